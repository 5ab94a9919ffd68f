import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config.js';

/** A mail as handed to the SMTP server; the sender comes from the transport's configuration. */
export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; contentType: string; content: string }[];
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/**
 * A transport to the SMTP server of `config`. Its timeouts are short, so that a stalled server fails
 * the send well within the trigger's timeout instead of holding the mail's lease.
 */
export function createSmtpTransport(config: SmtpConfig): MailTransport {
  const transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.auth,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000
  });
  return {
    async send(mail) {
      const info = await transporter.sendMail({ from: config.from, ...mail });
      return { messageId: info.messageId };
    }
  };
}
