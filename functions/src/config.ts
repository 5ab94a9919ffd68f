import { defineSecret } from 'firebase-functions/params';
import { z } from 'zod';
import { inFrench } from './shared/index.js';

/**
 * The only reader of the environment. Non-secret values come from process.env (functions/.env.<projectId>
 * when deployed; the local scripts pass them through the emulator's environment); the SMTP password is
 * a Firebase secret, bound only to the functions that send mail.
 */

export { FUNCTIONS_REGION } from './shared/deployment.js';

export const smtpPassword = defineSecret('SMTP_PASSWORD');

const smtpEnv = z.object({
  SMTP_HOST: z.string().trim().min(1),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535),
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  SMTP_USER: z.string().trim().default(''),
  MAIL_FROM: z.string().trim().min(1).default('PASSPRO <ne-pas-repondre@ac-creteil.fr>')
});

const appEnv = z.object({ APP_URL: z.url() });

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); false means plain, upgraded by STARTTLS when offered. */
  secure: boolean;
  /** Absent when SMTP_USER is empty: the server takes mail without authentication (local maildev). */
  auth?: { user: string; pass: string };
  from: string;
}

/**
 * SMTP settings of the sending functions. Call it inside a handler: secrets have no value while the
 * deploy tooling loads the code. Throws a French message naming the faulty variables.
 */
export function smtpConfig(): SmtpConfig {
  const env = readEnv(smtpEnv);
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE === 'true',
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: smtpPassword.value() } : undefined,
    from: env.MAIL_FROM
  };
}

/** Public address of the PASSPRO app, for links in mails. */
export function appUrl(): string {
  return readEnv(appEnv).APP_URL;
}

function readEnv<T extends z.ZodType>(schema: T): z.output<T> {
  const result = schema.safeParse(process.env, inFrench);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} : ${issue.message}`);
    throw new Error(`Configuration invalide : ${problems.join(' ; ')}`);
  }
  return result.data;
}
