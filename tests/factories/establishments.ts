import { establishment, type Establishment } from '../../functions/src/shared/index.js';
import { COLLEGE_A, ESTABLISHMENT_NAMES, LYCEE_L1, LYCEE_L2 } from './world.js';

/** An établissement of the test académie; collège or lycée is read from its UAI. */
export function establishmentDoc(uai: string = COLLEGE_A, overrides: Partial<Establishment> = {}): Establishment {
  const isLycee = uai === LYCEE_L1 || uai === LYCEE_L2;
  return establishment.parse({
    uai,
    kind: isLycee ? 'lycee' : 'college',
    sector: 'public',
    name: ESTABLISHMENT_NAMES[uai] ?? `Établissement ${uai}`,
    departement: uai.slice(1, 3),
    city: 'Créteil',
    address: '1 rue de l’École',
    functionalEmail: `ce.${uai.toLowerCase()}@ac-creteil.fr`,
    referentUid: null,
    ...overrides
  });
}
