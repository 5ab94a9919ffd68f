import {
  domain,
  formation,
  slugify,
  type Domain,
  type Establishment,
  type Formation
} from '../../functions/src/shared/index.js';
import { DOMAIN_CATALOGUE } from './specialties.js';
import type { Random } from './random.js';

/** The capacities lycées usually announce. */
const CAPACITIES = [12, 15, 18, 24, 30];
/** Share of (lycée, domain) pairs interviewing pupils individually; the rest hold collective sessions. */
const INDIVIDUAL_SHARE = 0.8;
/** Share of formations whose lycée has already written the texts for pupils. */
const TEXTS_WRITTEN_SHARE = 0.65;

/** The domains of the catalogue, as documents. */
export function catalogueDomains(): Domain[] {
  return DOMAIN_CATALOGUE.map((entry) => domain.parse({ id: slugify(entry.label), label: entry.label }));
}

/**
 * Each lycée's formations: two or three domains (three for the demo lycées, so their home is
 * full), one to three specialties in each; every domain of the catalogue is offered somewhere.
 * All formations of a lycée in one domain share the interview format, since the interview
 * covers the whole domain.
 */
export function generateFormations(
  random: Random,
  lycees: Establishment[],
  campaignId: string,
  demoUais: ReadonlySet<string>
): Formation[] {
  // Rare domains would otherwise be left out: some lycées are drawn to open one domain each.
  const openers = random.sample(lycees, DOMAIN_CATALOGUE.length);
  const openedDomain = new Map(openers.map((lycee, i) => [lycee.uai, DOMAIN_CATALOGUE[i]]));

  return lycees.flatMap((lycee) => {
    const isDemo = demoUais.has(lycee.uai);
    const opened = openedDomain.get(lycee.uai);
    const count = isDemo ? 3 : random.int(2, 3);
    const entries = [
      ...(opened ? [opened] : []),
      ...random.sampleWeighted(
        DOMAIN_CATALOGUE.filter((e) => e !== opened),
        opened ? count - 1 : count,
        (e) => e.supply
      )
    ];
    return entries.flatMap((entry) => {
      const interviewFormat = random.chance(INDIVIDUAL_SHARE) ? 'individuel' : 'collectif';
      const specialties = random.sample(entry.specialties, random.int(isDemo ? 2 : 1, 3));
      return specialties.map((s) =>
        formation.parse({
          campaignId,
          domainId: slugify(entry.label),
          domainLabel: entry.label,
          uai: lycee.uai,
          lyceeName: lycee.name,
          departement: lycee.departement,
          city: lycee.city,
          diploma: s.diploma,
          specialty: s.specialty,
          interviewFormat,
          capacity: random.pick(CAPACITIES),
          contactEmail: lycee.functionalEmail,
          texts: random.chance(TEXTS_WRITTEN_SHARE) ? entry.texts : {}
        })
      );
    });
  });
}
