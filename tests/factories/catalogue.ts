import { domain, formation, type Domain, type Formation } from '../../functions/src/shared/index.js';
import {
  CAMPAIGN_ID,
  DOMAIN_ID,
  DOMAIN_LABEL,
  ESTABLISHMENT_NAMES,
  FORMATION_SPECS,
  OTHER_DOMAIN_ID,
  OTHER_DOMAIN_LABEL,
  type FormationKey
} from './world.js';

const DOMAIN_LABELS: Record<string, string> = { [DOMAIN_ID]: DOMAIN_LABEL, [OTHER_DOMAIN_ID]: OTHER_DOMAIN_LABEL };

/** domains/{id} */
export function domainDoc(id: string = DOMAIN_ID): Domain {
  return domain.parse({ id, label: DOMAIN_LABELS[id] ?? id });
}

/** formations/{id} for one of the formations of the test académie (formationIdOf gives its id). */
export function formationDoc(key: FormationKey = 'electricienL1', overrides: Partial<Formation> = {}): Formation {
  const spec = FORMATION_SPECS[key];
  return formation.parse({
    campaignId: CAMPAIGN_ID,
    ...spec,
    domainLabel: DOMAIN_LABELS[spec.domainId],
    lyceeName: ESTABLISHMENT_NAMES[spec.uai],
    departement: spec.uai.slice(1, 3),
    city: 'Créteil',
    interviewFormat: 'individuel',
    capacity: 12,
    contactEmail: `ce.${spec.uai.toLowerCase()}@ac-creteil.fr`,
    texts: { attendus: '', metiers: '', conditions: '' },
    ...overrides
  });
}
