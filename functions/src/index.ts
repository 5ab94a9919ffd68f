/** The deployed functions. Each lives in its own module; this file only re-exports them. */
export { manageAccounts } from './callable/manageAccounts.js';
export { sendTestMail } from './callable/sendTestMail.js';
export { setAccountDisabled } from './callable/setAccountDisabled.js';
export { sendMail } from './triggers/sendMail.js';
export { resendConvocation } from './callable/resendConvocation.js';
export { convocationOnApplication } from './triggers/convocationOnApplication.js';
export { convocationOnSlot } from './triggers/convocationOnSlot.js';
export { auditApplication } from './triggers/auditApplication.js';
export { auditInterviewReport } from './triggers/auditInterviewReport.js';
export { flagApplicationTwin } from './triggers/flagApplicationTwin.js';
export { flagPupilTwin } from './triggers/flagPupilTwin.js';
export { releaseWithdrawnSeat } from './triggers/releaseWithdrawnSeat.js';
export { statusOnReport } from './triggers/statusOnReport.js';
export { overlapOnConvocation } from './triggers/overlapOnConvocation.js';
