/** The deployed functions. Each lives in its own module; this file only re-exports them. */
export { sendTestMail } from './callable/sendTestMail.js';
export { sendMail } from './triggers/sendMail.js';
