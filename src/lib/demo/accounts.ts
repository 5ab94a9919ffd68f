// Imported relatively, not through $shared: the seed runs under tsx, where kit aliases do not exist.
import { slugify, uaiCheckLetter, type Role } from '../../../functions/src/shared/index.js';

/**
 * The accounts of the local demo académie, created by the seed (scripts/seed) in the Auth
 * emulator, listed on the sign-in page in emulator mode and printed by the start script.
 */
export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  /** The établissement the account belongs to; null for the académie. */
  uai: string | null;
  establishmentName: string | null;
}

/** Password of every demo account. Emulator only: no real project ever holds these accounts. */
export const DEMO_PASSWORD = 'passpro-demo';

/** A UAI from its 7 digits, with the check letter computed rather than typed. */
const withCheckLetter = (digits: string) => `${digits}${uaiCheckLetter(digits)}`;

const COLLEGE_93 = { uai: withCheckLetter('0931623'), establishmentName: 'Collège Louise Michel' };
const COLLEGE_94 = { uai: withCheckLetter('0941487'), establishmentName: 'Collège Pablo Neruda' };
const COLLEGE_77 = { uai: withCheckLetter('0771352'), establishmentName: 'Collège Jacques Prévert' };
const LYCEE_93 = { uai: withCheckLetter('0932118'), establishmentName: 'Lycée professionnel Hélène Boucher' };
const LYCEE_94 = { uai: withCheckLetter('0940743'), establishmentName: 'Lycée professionnel Gustave Eiffel' };
const LYCEE_77 = { uai: withCheckLetter('0772296'), establishmentName: 'Lycée professionnel Camille Claudel' };

const ACADEMIE = { uai: null, establishmentName: null };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'claire.vasseur@ac-creteil.fr', displayName: 'Claire Vasseur', role: 'academie', ...ACADEMIE },
  { email: 'julien.marchetti@ac-creteil.fr', displayName: 'Julien Marchetti', role: 'academie', ...ACADEMIE },
  { email: 'nadia.berrada@ac-creteil.fr', displayName: 'Nadia Berrada', role: 'college_head', ...COLLEGE_93 },
  { email: 'thomas.lebrun@ac-creteil.fr', displayName: 'Thomas Lebrun', role: 'referent', ...COLLEGE_93 },
  { email: 'philippe.garnier@ac-creteil.fr', displayName: 'Philippe Garnier', role: 'college_head', ...COLLEGE_94 },
  { email: 'amina.diarra@ac-creteil.fr', displayName: 'Amina Diarra', role: 'referent', ...COLLEGE_94 },
  { email: 'sophie.renaud@ac-creteil.fr', displayName: 'Sophie Renaud', role: 'college_head', ...COLLEGE_77 },
  { email: 'mehdi.chaouch@ac-creteil.fr', displayName: 'Mehdi Chaouch', role: 'referent', ...COLLEGE_77 },
  { email: 'isabelle.moreau@ac-creteil.fr', displayName: 'Isabelle Moreau', role: 'lycee', ...LYCEE_93 },
  { email: 'olivier.perrin@ac-creteil.fr', displayName: 'Olivier Perrin', role: 'lycee', ...LYCEE_94 },
  { email: 'fatou.sissoko@ac-creteil.fr', displayName: 'Fatou Sissoko', role: 'lycee', ...LYCEE_77 }
];

/** The Auth uid of a demo account, stable across seeds ("demo-claire-vasseur"). */
export function demoUid(account: Pick<DemoAccount, 'email'>): string {
  return `demo-${slugify(account.email.split('@')[0])}`;
}
