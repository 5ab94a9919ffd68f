import { applicationId, formationId, uaiCheckLetter, type Diploma } from '../../functions/src/shared/index.js';

/**
 * The small académie every factory's defaults belong to: one campaign, two collèges, two lycées,
 * one domain with formations at both lycées, one pupil per collège. Ids are fixed so tests and
 * seeds can name documents; UAIs get their real check letter so the shared schemas accept them.
 */
const withCheckLetter = (digits: string) => `${digits}${uaiCheckLetter(digits)}`;

export const CAMPAIGN_ID = '2027';

export const COLLEGE_A = withCheckLetter('0930101');
export const COLLEGE_B = withCheckLetter('0940202');
export const LYCEE_L1 = withCheckLetter('0930303');
export const LYCEE_L2 = withCheckLetter('0770404');
/** A collège the académie has not imported yet. */
export const COLLEGE_NEW = withCheckLetter('0770505');

/**
 * A collège of a test's own, for tests whose triggers may still run after the next test began.
 * Drawn from 0939000–0939999, which neither the demo nor the sample catalogue uses: a collège left
 * with a lycée's UAI would make the catalogue import reject that lycée's rows.
 */
export const freshCollegeUai = () =>
  withCheckLetter(`0939${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`);

export const ESTABLISHMENT_NAMES: Record<string, string> = {
  [COLLEGE_A]: 'Collège Aimé Césaire',
  [COLLEGE_B]: 'Collège Berthe Morisot',
  [LYCEE_L1]: 'Lycée professionnel Louis Lumière',
  [LYCEE_L2]: 'Lycée professionnel Lucie Aubrac'
};

/** Uids of the staff accounts of this académie (the rules tests sign in as them). */
export const STAFF_UIDS = {
  admin: 'admin-saio',
  headA: 'head-college-a',
  referentA: 'referent-college-a',
  headB: 'head-college-b',
  lyceeL1: 'staff-lycee-l1',
  lyceeL2: 'staff-lycee-l2',
  lyceeL1Colleague: 'staff-lycee-l1-bis'
} as const;

export const DOMAIN_ID = 'electricite-energie';
export const DOMAIN_LABEL = 'Électricité, énergie';
export const OTHER_DOMAIN_ID = 'hotellerie-restauration';
export const OTHER_DOMAIN_LABEL = 'Hôtellerie, restauration';

interface FormationSpec {
  uai: string;
  domainId: string;
  diploma: Diploma;
  specialty: string;
}

/** Four formations of the domain at L1 (one more than an application may request), one at L2,
 * one of another domain at L1. */
export const FORMATION_SPECS = {
  electricienL1: { uai: LYCEE_L1, domainId: DOMAIN_ID, diploma: 'CAP', specialty: 'Électricien' },
  melecL1: {
    uai: LYCEE_L1,
    domainId: DOMAIN_ID,
    diploma: '2NDE_PRO',
    specialty: 'Métiers de l’électricité et de ses environnements connectés'
  },
  numeriqueL1: { uai: LYCEE_L1, domainId: DOMAIN_ID, diploma: '2NDE_PRO', specialty: 'Systèmes numériques' },
  thermiqueL1: {
    uai: LYCEE_L1,
    domainId: DOMAIN_ID,
    diploma: 'CAP',
    specialty: 'Monteur en installations thermiques'
  },
  electricienL2: { uai: LYCEE_L2, domainId: DOMAIN_ID, diploma: 'CAP', specialty: 'Électricien' },
  cuisineL1: { uai: LYCEE_L1, domainId: OTHER_DOMAIN_ID, diploma: 'CAP', specialty: 'Cuisine' }
} as const satisfies Record<string, FormationSpec>;

export type FormationKey = keyof typeof FORMATION_SPECS;

/** The document id of a formation of this académie. */
export const formationIdOf = (key: FormationKey) => formationId({ campaignId: CAMPAIGN_ID, ...FORMATION_SPECS[key] });

export const PUPIL_A = 'pupil-college-a';
export const PUPIL_B = 'pupil-college-b';
export const APPLICATION_A = applicationId(PUPIL_A, DOMAIN_ID);
export const APPLICATION_B = applicationId(PUPIL_B, DOMAIN_ID);

export const SLOT_INDIVIDUAL_L1 = 'slot-l1-individuel';
export const SLOT_COLLECTIVE_L1 = 'slot-l1-collectif';
export const CONVOCATION_TOKEN = 'k3Vq9ZtR2mWx7LpB4nHs8Yc';
