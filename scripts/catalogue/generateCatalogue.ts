import { ACADEMIE_DEPARTEMENTS, DIPLOMA_LABELS, uaiCheckLetter } from '../../functions/src/shared/index.js';
import { CATALOGUE_COLUMN_ORDER, CATALOGUE_COLUMNS } from '../../functions/src/shared/catalogueImport/index.js';
import type { SheetContent } from '../../src/lib/spreadsheet/spreadsheet.js';
import { LYCEE_NAMES, TOWNS } from '../seed/places.js';
import { createRandom } from '../seed/random.js';
import { DOMAIN_CATALOGUE } from '../seed/specialties.js';

/** Formations per generated lycée: a large lycée professionnel offers about twenty. */
const FORMATIONS_PER_LYCEE = 20;
const CAPACITIES = [12, 15, 18, 24, 30];

/**
 * A catalogue file of `count` formations shaped like the académie's (same columns and headers),
 * for the benchmark and the emulator tests: lycées with real-looking UAIs of the three
 * départements, the demo's domains and specialties. The same `seed` always gives the same file.
 */
export function generateCatalogueSheet(count: number, seed = 2027): SheetContent {
  const random = createRandom(seed);
  const specialties = DOMAIN_CATALOGUE.flatMap((entry) =>
    entry.specialties.map((s) => ({ ...s, domain: entry.label }))
  );
  const rows: (string | number)[][] = [];
  for (let lycee = 0; rows.length < count; lycee++) {
    const departement = ACADEMIE_DEPARTEMENTS[lycee % ACADEMIE_DEPARTEMENTS.length];
    // Numbers 5000 and up: clear of the demo seed's UAIs (100–2999) and the sample file's.
    const digits = `0${departement}${String(5000 + lycee).padStart(4, '0')}`;
    const uai = `${digits}${uaiCheckLetter(digits)}`;
    const name = `${LYCEE_NAMES[lycee % LYCEE_NAMES.length]} ${Math.floor(lycee / LYCEE_NAMES.length) + 1}`;
    const city = random.pick(TOWNS[departement]).name;
    // One interview format per domain of a lycée: the interview covers the whole domain.
    const formats = new Map<string, string>();
    for (const s of random.sample(specialties, Math.min(FORMATIONS_PER_LYCEE, count - rows.length))) {
      if (!formats.has(s.domain)) formats.set(s.domain, random.chance(0.8) ? 'Individuel' : 'Collectif');
      const cells = {
        domain: s.domain,
        departement,
        city,
        lycee: name,
        uai,
        diploma: DIPLOMA_LABELS[s.diploma],
        specialty: s.specialty,
        interviewFormat: formats.get(s.domain)!,
        capacity: random.pick(CAPACITIES),
        email: `ce.${uai.toLowerCase()}@ac-creteil.fr`
      };
      rows.push(CATALOGUE_COLUMN_ORDER.map((column) => cells[column]));
    }
  }
  return {
    sheet: 'Catalogue Passpro',
    header: CATALOGUE_COLUMN_ORDER.map((column) => CATALOGUE_COLUMNS.names[column]),
    rows
  };
}
