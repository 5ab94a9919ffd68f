import {
  ACADEMIE_DEPARTEMENTS,
  establishment,
  slugify,
  uaiCheckLetter,
  uaiDepartement,
  type Departement,
  type Establishment,
  type LyceeInfo
} from '../../functions/src/shared/index.js';
import { DEMO_ACCOUNTS, demoUid } from '../../src/lib/demo/accounts.js';
import { LYCEE_NAMES, PRIVATE_COLLEGE_NAMES, PUBLIC_COLLEGE_NAMES, STREETS, TOWNS } from './places.js';
import type { Random } from './random.js';

export interface EstablishmentCounts {
  lyceesPerDepartement: number;
  collegesPerDepartement: number;
}

/** Share of collèges that are privés sous contrat. */
const PRIVATE_SHARE = 0.15;

/** An établissement named by a demo account, so the demo homes show data. */
interface DemoEstablishment {
  uai: string;
  name: string;
  kind: Establishment['kind'];
  referentUid: string | null;
}

function demoEstablishments(): DemoEstablishment[] {
  const byUai = new Map<string, DemoEstablishment>();
  for (const account of DEMO_ACCOUNTS) {
    if (!account.uai || !account.establishmentName) continue;
    const entry = byUai.get(account.uai) ?? {
      uai: account.uai,
      name: account.establishmentName,
      kind: account.role === 'lycee' ? 'lycee' : 'college',
      referentUid: null
    };
    if (account.role === 'referent') entry.referentUid = demoUid(account);
    byUai.set(account.uai, entry);
  }
  return [...byUai.values()];
}

/** What the demo lycées tell families on their formations' pages (the others have written nothing yet). */
function demoLyceeInfo(uai: string, name: string, town: string): LyceeInfo {
  const shortName = name.replace('Lycée professionnel ', '');
  return {
    phone: `01 ${uai.slice(1, 3)} ${uai.slice(3, 5)} ${uai.slice(5, 7)} 00`,
    website: `https://lp-${slugify(shortName)}.ac-creteil.fr`,
    transport: `Bus, arrêt « ${shortName} » ; gare de ${town} à 10 minutes à pied.`,
    openDays: 'Samedi 13 mars, de 9 h à 12 h 30 : visite des ateliers et rencontre avec les enseignants.'
  };
}

/**
 * The académie's lycées professionnels and collèges, the demo accounts' ones among them. Names
 * are unique in the académie, so that lists never show two lookalikes.
 */
export function generateEstablishments(random: Random, counts: EstablishmentCounts): Establishment[] {
  const demo = demoEstablishments();
  const usedUais = new Set(demo.map((e) => e.uai));
  const newUai = (departement: Departement) => {
    for (;;) {
      const digits = `0${departement}${String(random.int(100, 2999)).padStart(4, '0')}`;
      const candidate = `${digits}${uaiCheckLetter(digits)}`;
      if (!usedUais.has(candidate)) {
        usedUais.add(candidate);
        return candidate;
      }
    }
  };
  const namePool = (names: string[]) => names.filter((name) => !demo.some((e) => e.name === name));
  const pools = {
    lycee: namePool(LYCEE_NAMES),
    public: namePool(PUBLIC_COLLEGE_NAMES),
    prive_sous_contrat: namePool(PRIVATE_COLLEGE_NAMES)
  };
  /** Draws names out of a pool for good. */
  const takeNames = (pool: string[], count: number) => {
    const names = random.sample(pool, count);
    for (const name of names) pool.splice(pool.indexOf(name), 1);
    return names;
  };

  return ACADEMIE_DEPARTEMENTS.flatMap((departement) => {
    const build = (
      e: Pick<DemoEstablishment, 'uai' | 'name' | 'referentUid'>,
      kind: Establishment['kind'],
      sector: Establishment['sector']
    ) => {
      const town = random.pick(TOWNS[departement]);
      const isDemoLycee = kind === 'lycee' && demo.some((d) => d.uai === e.uai);
      return establishment.parse({
        uai: e.uai,
        kind,
        sector,
        name: e.name,
        departement,
        city: town.name,
        address: `${random.int(1, 120)} ${random.pick(STREETS)}, ${town.postalCode} ${town.name}`,
        functionalEmail: `ce.${e.uai.toLowerCase()}@ac-creteil.fr`,
        referentUid: e.referentUid,
        ...(isDemoLycee ? demoLyceeInfo(e.uai, e.name, town.name) : {})
      });
    };
    const invented = (pool: string[], count: number, kind: Establishment['kind'], sector: Establishment['sector']) =>
      takeNames(pool, count).map((name) => build({ uai: newUai(departement), name, referentUid: null }, kind, sector));
    const demoHere = (kind: Establishment['kind']) =>
      demo.filter((e) => e.kind === kind && uaiDepartement(e.uai) === departement);

    const demoLycees = demoHere('lycee');
    const demoColleges = demoHere('college');
    const otherColleges = counts.collegesPerDepartement - demoColleges.length;
    const privateColleges = Math.round(otherColleges * PRIVATE_SHARE);
    return [
      ...demoLycees.map((e) => build(e, 'lycee', 'public')),
      ...invented(pools.lycee, counts.lyceesPerDepartement - demoLycees.length, 'lycee', 'public'),
      ...demoColleges.map((e) => build(e, 'college', 'public')),
      ...invented(pools.public, otherColleges - privateColleges, 'college', 'public'),
      ...invented(pools.prive_sous_contrat, privateColleges, 'college', 'prive_sous_contrat')
    ];
  });
}
