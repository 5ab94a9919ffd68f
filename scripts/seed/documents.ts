import type { z } from 'zod';
import {
  application,
  applicationId,
  campaign,
  COLLECTIONS,
  convocation,
  domain,
  establishment,
  formation,
  formationId,
  interviewReport,
  interviewSlot,
  mailDocument,
  preparationSheet,
  preparationSheetId,
  publicConvocation,
  pupil,
  userProfile
} from '../../functions/src/shared/index.js';
import type { DemoData } from './generate.js';

/** The collections the seed writes, each with the schema its documents must parse with. */
export const SEEDED_SCHEMAS = {
  [COLLECTIONS.campaigns]: campaign,
  [COLLECTIONS.domains]: domain,
  [COLLECTIONS.establishments]: establishment,
  [COLLECTIONS.formations]: formation,
  [COLLECTIONS.pupils]: pupil,
  [COLLECTIONS.applications]: application,
  [COLLECTIONS.preparationSheets]: preparationSheet,
  [COLLECTIONS.interviewSlots]: interviewSlot,
  [COLLECTIONS.convocations]: convocation,
  [COLLECTIONS.publicConvocations]: publicConvocation,
  [COLLECTIONS.mail]: mailDocument,
  [COLLECTIONS.interviewReports]: interviewReport,
  [COLLECTIONS.users]: userProfile
} satisfies Record<string, z.ZodType>;

export type SeededCollection = keyof typeof SEEDED_SCHEMAS;

export interface SeedDocument {
  collection: SeededCollection;
  id: string;
  data: Record<string, unknown>;
}

/**
 * Every Firestore document of the demo, with the id the data model gives it, validated once
 * more by its collection's schema right before it is written.
 */
export function demoDocuments(demo: DemoData): SeedDocument[] {
  const each = <T>(
    collection: SeededCollection,
    items: T[],
    idOf: (item: T) => string,
    dataOf: (item: T) => unknown = (item) => item
  ): SeedDocument[] =>
    items.map((item) => ({
      collection,
      id: idOf(item),
      data: SEEDED_SCHEMAS[collection].parse(dataOf(item)) as Record<string, unknown>
    }));
  return [
    ...each(COLLECTIONS.campaigns, [demo.campaign], (c) => c.id),
    ...each(COLLECTIONS.domains, demo.domains, (d) => d.id),
    ...each(COLLECTIONS.establishments, demo.establishments, (e) => e.uai),
    ...each(COLLECTIONS.formations, demo.formations, formationId),
    ...each(
      COLLECTIONS.pupils,
      demo.pupils,
      (p) => p.id,
      (p) => p.pupil
    ),
    ...each(COLLECTIONS.applications, demo.applications, (a) => applicationId(a.pupilId, a.domainId)),
    ...each(COLLECTIONS.preparationSheets, demo.preparationSheets, (s) =>
      preparationSheetId(s.applicationId, s.formationId)
    ),
    ...each(
      COLLECTIONS.interviewSlots,
      demo.interviewSlots,
      (s) => s.id,
      (s) => s.slot
    ),
    ...each(COLLECTIONS.convocations, demo.convocations, (c) => c.applicationId),
    ...each(
      COLLECTIONS.publicConvocations,
      demo.publicConvocations,
      (c) => c.token,
      (c) => c.convocation
    ),
    ...each(
      COLLECTIONS.mail,
      demo.mails,
      (m) => m.id,
      (m) => m.mail
    ),
    ...each(COLLECTIONS.interviewReports, demo.interviewReports, (r) => r.applicationId),
    ...each(
      COLLECTIONS.users,
      demo.users,
      (u) => u.profile.uid,
      (u) => u.profile
    )
  ];
}
