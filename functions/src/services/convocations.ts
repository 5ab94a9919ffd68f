import { randomBytes } from 'node:crypto';
import { FieldValue } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import * as logs from '../logs.js';
import { COLLECTIONS, convocation, instant, type Convocation } from '../shared/index.js';
import {
  convocationExpiry,
  convocationRecipients,
  formationLabel,
  icsUidOf,
  lyceeAddressOf,
  planConvocation,
  type ConvocationApplication
} from './convocationBuilder.js';
import { pendingDelivery } from './mailDelivery.js';

/** A fresh pupil token: 32 random bytes (256 bits) in base64url. */
export const newConvocationToken = () => randomBytes(32).toString('base64url');

/**
 * Rebuilds the convocation of one request from the current documents, in one transaction: the
 * private convocation, the public one, and — for a new version — its mail, created under a
 * deterministic id only if absent. Called by the triggers on applications and slots whatever the
 * event said, so replays and events out of order converge on the same state.
 */
export async function rebuildConvocation(applicationId: string, appUrl: string): Promise<void> {
  const outcome = await db.runTransaction(async (tx) => {
    const appSnap = await tx.get(db.collection(COLLECTIONS.applications).doc(applicationId));
    const convocationRef = db.collection(COLLECTIONS.convocations).doc(applicationId);
    const previousSnap = await tx.get(convocationRef);
    const previous: Convocation | null = previousSnap.exists ? convocation.parse(previousSnap.data()) : null;
    const app = appSnap.data() as (ConvocationApplication & { formationIds: string[] }) | undefined;
    if (!app && !previous) return null;

    const slotSnap = app?.slotId ? await tx.get(db.collection(COLLECTIONS.interviewSlots).doc(app.slotId)) : null;
    const slotData = slotSnap?.data();
    const collegeUai = app?.collegeUai ?? previous!.collegeUai;
    const [lycee, college, campaign] = await Promise.all([
      tx.get(db.collection(COLLECTIONS.establishments).doc(app?.lyceeUai ?? previous!.lyceeUai)),
      tx.get(db.collection(COLLECTIONS.establishments).doc(collegeUai)),
      tx.get(db.collection(COLLECTIONS.campaigns).doc(app?.campaignId ?? previous!.campaignId))
    ]);
    const formations = app
      ? await Promise.all(app.formationIds.map((id) => tx.get(db.collection(COLLECTIONS.formations).doc(id))))
      : [];
    const referentUid = college.get('referentUid') as string | null | undefined;
    const referent = referentUid ? await tx.get(db.collection(COLLECTIONS.users).doc(referentUid)) : null;
    const recipients = convocationRecipients(college.get('functionalEmail'), referent?.get('email'));

    const token = previous?.token ?? newConvocationToken();
    const plan = planConvocation({
      applicationId,
      application: app ? { ...app, slotId: app.slotId ?? null } : null,
      slot:
        slotSnap && slotData
          ? {
              id: slotSnap.id,
              lyceeUai: slotData.lyceeUai,
              format: slotData.format,
              mode: slotData.mode,
              startsAt: instant.parse(slotData.startsAt),
              endsAt: instant.parse(slotData.endsAt),
              place: slotData.place,
              meetingUrl: slotData.meetingUrl ?? null
            }
          : null,
      lyceeAddress: lyceeAddressOf(lycee.data() ?? {}),
      formationLabels: formations.map((f) => formationLabel(f.data(), f.id)),
      previous,
      token,
      icsUid: previous?.icsUid ?? icsUidOf(token),
      expiresAt: convocationExpiry(instant.parse(campaign.get('interviewsCloseAt'))),
      recipients,
      appUrl,
      now: new Date()
    });
    if (!plan) return null;

    const mailRef = plan.mail ? db.collection(COLLECTIONS.mail).doc(plan.mail.id) : null;
    const mailExists = mailRef ? (await tx.get(mailRef)).exists : true;
    tx.set(convocationRef, plan.convocation);
    tx.set(db.collection(COLLECTIONS.publicConvocations).doc(plan.convocation.token), plan.publicConvocation);
    if (mailRef && plan.mail && !mailExists) {
      tx.create(mailRef, {
        ...plan.mail.request,
        createdAt: FieldValue.serverTimestamp(),
        delivery: pendingDelivery()
      });
    }
    return { version: plan.convocation.version, mailId: plan.mail?.id ?? null };
  });
  if (outcome) logs.convocationRebuilt(applicationId, outcome.version, outcome.mailId);
}

/**
 * The "resend" action: puts the mail of the convocation's current version back to pending, so the
 * sendMail trigger sends it again, and shows it pending on the convocation.
 */
export async function resendConvocationMail(applicationId: string): Promise<void> {
  const convocationRef = db.collection(COLLECTIONS.convocations).doc(applicationId);
  await db.runTransaction(async (tx) => {
    const current = convocation.parse((await tx.get(convocationRef)).data());
    const mailRef = db.collection(COLLECTIONS.mail).doc(current.delivery.mailId);
    if (!(await tx.get(mailRef)).exists) return;
    tx.update(mailRef, { 'delivery.state': 'pending', 'delivery.error': null, 'delivery.leaseExpiresAt': null });
    tx.update(convocationRef, { delivery: { ...current.delivery, state: 'pending', error: null } });
  });
}
