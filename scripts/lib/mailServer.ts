import { MailDev } from 'maildev';
import type { LocalConfig } from './localConfig.js';

/**
 * Starts maildev in this process: SMTP for the functions, a web inbox (and its REST API) for people
 * and tests. Both listen on the mail server host only, never on every interface.
 * Resolves with the function that stops it.
 */
export async function startMailServer(config: LocalConfig): Promise<() => Promise<void>> {
  const { host, smtpPort, webPort } = config.mailServer;
  const maildev = new MailDev({ smtp: smtpPort, ip: host, web: webPort, webIp: host, silent: true });
  await maildev.start();
  return () => maildev.stop();
}
