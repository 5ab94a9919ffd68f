import { z } from 'zod';
import { departement, email, optionalText, text } from './primitives.js';
import { uai } from './uai.js';

/** domains/{domainId}: a professional domain ("Électricité, énergie"); id is the label's slug. */
export const domain = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,80}$/),
  label: text(120)
});
export type Domain = z.infer<typeof domain>;

export const DIPLOMAS = ['CAP', '2NDE_PRO'] as const;
export const diploma = z.enum(DIPLOMAS, { error: 'diplôme non concerné (CAP ou 2nde professionnelle)' });
export type Diploma = z.infer<typeof diploma>;
export const DIPLOMA_LABELS: Record<Diploma, string> = { CAP: 'CAP', '2NDE_PRO': '2nde professionnelle' };

export const INTERVIEW_FORMATS = ['individuel', 'collectif'] as const;
export const interviewFormat = z.enum(INTERVIEW_FORMATS, {
  error: "modalité d'entretien inconnue (individuel ou collectif)"
});
export type InterviewFormat = z.infer<typeof interviewFormat>;

/** The texts the procedure asks the app to give pupils; written by the lycée, never by the import. */
export const formationTexts = z.object({
  attendus: optionalText(3000),
  metiers: optionalText(3000),
  conditions: optionalText(3000)
});
export type FormationTexts = z.infer<typeof formationTexts>;

/**
 * formations/{campaignId}_{uai}_{diploma}_{specialtySlug}: one formation of the catalogue of a
 * campaign. The lycée's name, city and département are copied in so the catalogue is one query.
 */
export const formation = z.object({
  campaignId: z.string(),
  domainId: domain.shape.id,
  domainLabel: text(120),
  uai,
  lyceeName: text(120),
  departement,
  city: text(80),
  diploma,
  specialty: text(200),
  interviewFormat,
  capacity: z.number({ error: 'nombre attendu' }).int('nombre entier attendu').positive('doit être positif'),
  contactEmail: email,
  texts: formationTexts
});
export type Formation = z.infer<typeof formation>;

/** Lower-case, accent-free, dash-separated slug ("Électricité, énergie" → "electricite-energie"). */
export function slugify(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

export const formationId = (f: Pick<Formation, 'campaignId' | 'uai' | 'diploma' | 'specialty'>) =>
  `${f.campaignId}_${f.uai}_${f.diploma}_${slugify(f.specialty)}`;
