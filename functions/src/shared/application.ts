import { z } from 'zod';
import { avis } from './avis.js';
import { domain } from './catalogue.js';
import { instant, text } from './primitives.js';
import { pupilIdentity } from './pupil.js';
import { uai } from './uai.js';

/** The collège head's avis and comment on one requested formation, entered before the interview. */
export const originAvis = z.object({
  avis,
  comment: text(1000)
});
export type OriginAvis = z.infer<typeof originAvis>;

export const APPLICATION_STATUSES = ['registered', 'convoked', 'interviewed'] as const;

/**
 * applications/{pupilId}_{domainId}: a pupil's request for an interview in one domain, at one
 * lycée, for one or more of its formations. The id makes "one interview per pupil per domain"
 * a property of the data; the rules accept no other id. A pupil who renounces has the document deleted.
 * At most 3 formations, so that the rules can check each avis.
 * The pupil's identity is copied in so the lycée never reads pupils/.
 */
export const application = z.object({
  campaignId: z.string(),
  pupilId: z.string(),
  pupil: pupilIdentity,
  collegeUai: uai,
  collegeName: text(120),
  domainId: domain.shape.id,
  domainLabel: text(120),
  lyceeUai: uai,
  lyceeName: text(120),
  formationIds: z
    .array(z.string())
    .min(1, 'au moins une formation')
    .max(3, 'au plus 3 formations d’un même domaine et d’un même lycée'),
  /** formationId → avis of the collège head; written by the collège only. */
  originAvis: z.record(z.string(), originAvis).default({}),
  status: z.enum(APPLICATION_STATUSES).default('registered'),
  convocationId: z.string().nullable().default(null),
  createdAt: instant,
  createdBy: z.string()
});
export type Application = z.infer<typeof application>;

export const applicationId = (pupilId: string, domainId: string) => `${pupilId}_${domainId}`;
