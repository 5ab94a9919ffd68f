import { randomUUID } from 'node:crypto';
import type { LocalConfig } from '../../scripts/lib/localConfig';
import { waitFor } from './waitFor';

/** The fields of a maildev message the tests read (GET /api/email). */
export interface ReceivedMail {
  id: string;
  subject: string;
  text?: string;
  html?: string;
  from: { address: string; name: string }[];
  to: { address: string; name: string }[];
  headers: Record<string, string>;
  attachments?: { generatedFileName: string; contentType: string }[];
}

/** A recipient address no other test uses, so tests need not empty the shared inbox. */
export function freshAddress(label = 'destinataire'): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

/** The REST API of the local maildev inbox (the config's mailServer.webPort). */
export function maildevInbox(config: Pick<LocalConfig, 'mailServer'>) {
  const api = `http://${config.mailServer.host}:${config.mailServer.webPort}/api`;

  async function list(): Promise<ReceivedMail[]> {
    const response = await fetch(`${api}/email`);
    if (!response.ok) throw new Error(`maildev answered ${response.status} to GET /api/email`);
    return (await response.json()) as ReceivedMail[];
  }

  async function to(address: string): Promise<ReceivedMail[]> {
    const wanted = address.toLowerCase();
    return (await list()).filter((mail) => mail.to.some((recipient) => recipient.address.toLowerCase() === wanted));
  }

  return {
    list,
    /** Messages received for `address`. */
    to,
    /** Resolves with the messages for `address` once at least `count` have arrived. */
    waitForMailTo(address: string, count = 1, timeoutMs?: number): Promise<ReceivedMail[]> {
      return waitFor(
        () => to(address),
        (mails) => mails.length >= count,
        {
          what: `${count} mail(s) in maildev`,
          timeoutMs
        }
      );
    },
    /** The text of the first attachment of a received message whose type starts with `contentType`. */
    async attachment(mail: ReceivedMail, contentType: string): Promise<string> {
      const found = mail.attachments?.find((a) => a.contentType.startsWith(contentType));
      if (!found) throw new Error(`no ${contentType} attachment in mail ${mail.id}`);
      const response = await fetch(`${api}/email/${mail.id}/attachment/${encodeURIComponent(found.generatedFileName)}`);
      if (!response.ok) throw new Error(`maildev answered ${response.status} to GET attachment of ${mail.id}`);
      return response.text();
    },
    /** Empties the inbox. */
    async clear(): Promise<void> {
      const response = await fetch(`${api}/email/all`, { method: 'DELETE' });
      if (!response.ok) throw new Error(`maildev answered ${response.status} to DELETE /api/email/all`);
    }
  };
}
