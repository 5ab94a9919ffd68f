import {
  collection,
  limit,
  orderBy,
  query,
  where,
  type CollectionReference,
  type Firestore,
  type Query
} from 'firebase/firestore';
import { httpsCallable } from 'firebase/functions';
import { z } from 'zod';
import { COLLECTIONS, mailDocument, type MailDocument } from '$shared';
import { db, functions } from '$lib/firebase/app';
import { liveQuery } from '$lib/live/liveQuery';
import type { Live } from '$lib/live/live';
import { schemaConverter, type WithId } from './converter';

const converter = schemaConverter(COLLECTIONS.mail, mailDocument);

/** mail/, the outbox, read through the shared schema (only functions write it). */
export function mailRef(firestore: Firestore): CollectionReference<WithId<MailDocument>> {
  return collection(firestore, COLLECTIONS.mail).withConverter(converter);
}

/** The five latest test mails, newest first. */
export function recentTestMails(firestore: Firestore): Query<WithId<MailDocument>> {
  return query(mailRef(firestore), where('kind', '==', 'test'), orderBy('createdAt', 'desc'), limit(5));
}

/** The five latest test mails with their live delivery state. */
export function liveRecentTestMails(): Live<WithId<MailDocument>[]> {
  return liveQuery(recentTestMails(db));
}

const sendTestMailCallable = httpsCallable<void, unknown>(functions, 'sendTestMail');
const sendTestMailResult = z.object({ mailId: z.string().min(1) });

/** Asks the functions to mail the signed-in académie user a test message; resolves to the mail's id. */
export async function sendTestMail(): Promise<string> {
  const { data } = await sendTestMailCallable();
  return sendTestMailResult.parse(data).mailId;
}
