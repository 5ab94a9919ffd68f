import { slugify, type Diploma, type InterviewFormat } from '../catalogue.js';
import type { Departement } from '../primitives.js';

/**
 * Cell values as the years' files write them, turned into the model's values. A value that is not
 * recognised is passed on unchanged, so that the schema refuses it with its own French message.
 */

/**
 * A MEF code of the national nomenclature (BCN): 3 digits of « dispositif de formation », 3 of
 * speciality group, 2 of order (these may hold letters), then the length in years and the year (and,
 * in 11 characters, a last one). Only first years are an entry in a lycée: 240–242 are the CAP in 1,
 * 2 or 3 years (« 1CAP1 », « 1CAP2 », « 1CAP3 »), 247 the bac pro in 3 years, whose first year
 * (« 1PRO3 ») is the 2nde professionnelle.
 */
function diplomaOfMef(slug: string): Diploma | undefined {
  const mef = /^(\d{3})[0-9a-z]{5}(\d)(\d)[0-9a-z]?$/.exec(slug);
  if (!mef || mef[3] !== '1') return undefined;
  if (['240', '241', '242'].includes(mef[1])) return 'CAP';
  if (mef[1] === '247' && mef[2] === '3') return '2NDE_PRO';
  return undefined;
}

/**
 * « CAP », « cap 2 ans », « 2nde professionnelle », « 2de pro », « Seconde bac pro »…, and the
 * national nomenclature's labels and codes: « 1CAP2 », « CAP EN 2 ANS », « 2NDPRO »,
 * « BAC PRO 3 ANS » (its first year), a MEF code.
 */
export function readDiploma(value: string): Diploma | string {
  const slug = slugify(value);
  if (/^(cap|c-a-p)(-|$)/.test(slug) || slug.startsWith('certificat-d-aptitude-professionnelle')) return 'CAP';
  // The nomenclature's short labels: « 1CAP2 » is the first year of a CAP in 2 years.
  if (/^1-?cap-?[123](-|$)/.test(slug)) return 'CAP';
  if (/^(2nde|2de|2nd|2e|2eme|seconde)-?(pro|professionnelle|bac-pro)(-|$)/.test(slug)) return '2NDE_PRO';
  // The procedure concerns the first year of the bac pro only, so a « Bac pro » line is its 2nde.
  if (/^(bac-pro|baccalaureat-professionnel)(-|$)/.test(slug)) return '2NDE_PRO';
  return diplomaOfMef(slug) ?? value;
}

/** « Individuel », « INDIVIDUELS », « Entretien collectif », « collective »… */
export function readInterviewFormat(value: string): InterviewFormat | string {
  const slug = slugify(value);
  if (/(^|-)individuel/.test(slug)) return 'individuel';
  if (/(^|-)collecti(f|ve)/.test(slug)) return 'collectif';
  return value;
}

const DEPARTEMENT_NAMES: Record<string, Departement> = {
  'seine-et-marne': '77',
  'seine-saint-denis': '93',
  'val-de-marne': '94'
};

/**
 * « 77 », « 077 » (a number cell), « 93 - Seine-Saint-Denis », « Val-de-Marne (94) »,
 * « Seine-et-Marne »; empty: the département of the UAI, which begins with it.
 */
export function readDepartement(value: string, uai: string): string {
  if (value === '') {
    const fromUai = /^\s*0(\d{2})/.exec(uai);
    return fromUai ? fromUai[1] : '';
  }
  const code = /^0?(\d{2})(?!\d)/.exec(value.trim()) ?? /\(0?(\d{2})\)/.exec(value);
  if (code) return code[1];
  return DEPARTEMENT_NAMES[slugify(value)] ?? value;
}

/**
 * « 15 », « 15 places », « 15,0 »: a number, or NaN for text the schema must refuse. An empty cell
 * stays undefined, so the message says a number is expected.
 */
export function readCapacity(value: string): number | undefined {
  if (value === '') return undefined;
  const match = /^(-?\d+(?:[.,]\d+)?)(?:\s*places?)?$/i.exec(value.trim());
  return match ? Number(match[1].replace(',', '.')) : Number.NaN;
}

/** An address as a hyperlink cell may hold it (« mailto:ce.0770124s@ac-creteil.fr »). */
export const readEmail = (value: string) => value.replace(/^mailto:/i, '').trim();
