import type { Departement } from '$shared';
import { COMMUNES, INTERCOMMUNALITIES } from './communes.generated';
import { searchable } from './filters';

/**
 * The communes of the académie (official data, see communes.generated.ts) and how near two of
 * them are. The data gives no coordinates, so nearness is read from what it gives: same commune,
 * same intercommunality (EPT of the Grand Paris, or the EPCI elsewhere), same département, same
 * EPCI (the Métropole du Grand Paris joins the 93 and the 94), then the rest of the académie.
 */

export interface Commune {
  name: string;
  departement: Departement;
  postcodes: string[];
  /** The EPT for a commune of the Grand Paris, else its EPCI (a communauté d'agglomération or de communes). */
  territory: string | null;
  /** The EPCI (the Métropole du Grand Paris for the 93 and the 94). */
  epci: string | null;
}

export const communes: Commune[] = COMMUNES.map(([name, departement, postcodes, ept, epci]) => ({
  name,
  departement: departement as Departement,
  postcodes: postcodes.split(' '),
  territory: INTERCOMMUNALITIES[ept >= 0 ? ept : epci] ?? null,
  epci: INTERCOMMUNALITIES[epci] ?? null
}));

const group = (keyOf: (commune: Commune) => string[]) => {
  const map = new Map<string, Commune[]>();
  for (const commune of communes) {
    for (const key of keyOf(commune)) {
      const list = map.get(key);
      if (list) list.push(commune);
      else map.set(key, [commune]);
    }
  }
  return map;
};

/** Communes by their name as searched (« saint maur des fosses »). */
export const communesByName = group((c) => [searchable(c.name)]);

/** The first two or more words of a commune's name, short of the whole name. */
const nameStarts = (commune: Commune) => {
  const words = searchable(commune.name).split(' ');
  return words.slice(2).map((_, i) => words.slice(0, i + 2).join(' '));
};
/**
 * Communes by the start of their name, as people shorten it (« saint maur », « ozoir la »), when that
 * start names one commune only. A single word is never taken as a start: « bois » or « vert » are
 * trade words before they are Bois-le-Roi or Vert-Saint-Denis.
 */
export const communesByNameStart = new Map(
  [...group(nameStarts)].filter(([, list]) => new Set(list.map((c) => c.name)).size === 1)
);
/** Communes by postcode (a postcode may serve several communes). */
export const communesByPostcode = group((c) => c.postcodes);

/** The commune a lycée's city names, within its département; undefined if the city is spelt otherwise. */
export function communeOf(city: string, departement: string): Commune | undefined {
  return communesByName.get(searchable(city))?.find((c) => c.departement === departement);
}

/** How far a place is from another, from 0 (same commune) to 4 (elsewhere in the académie). */
export const NEARNESS = { commune: 0, territory: 1, departement: 2, epci: 3, academie: 4 } as const;
export type Nearness = (typeof NEARNESS)[keyof typeof NEARNESS];

/** How near a lycée (its commune when known, else its département) is to the commune searched. */
export function nearness(origin: Commune, commune: Commune | undefined, departement: string): Nearness {
  if (commune === origin) return NEARNESS.commune;
  if (commune && origin.territory !== null && commune.territory === origin.territory) return NEARNESS.territory;
  if (departement === origin.departement) return NEARNESS.departement;
  if (commune && origin.epci !== null && commune.epci === origin.epci) return NEARNESS.epci;
  return NEARNESS.academie;
}
