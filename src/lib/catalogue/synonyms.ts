import type { Departement, Diploma } from '$shared';

/**
 * The words families and staff use for what the catalogue names otherwise. Keys and values are
 * written as the search normalises them (lower case, no accents, words separated by a space).
 * Kept small on purpose: each line answers a query that found nothing (docs/catalogue.md).
 */

/** Ways of naming a diploma; a query naming one keeps that diploma only. */
export const DIPLOMA_WORDS: Record<string, Diploma> = {
  cap: 'CAP',
  'cap 2 ans': 'CAP',
  // The procedure concerns the first year of the bac pro only: its 2nde.
  'bac pro': '2NDE_PRO',
  bacpro: '2NDE_PRO',
  'bac professionnel': '2NDE_PRO',
  'seconde pro': '2NDE_PRO',
  'seconde professionnelle': '2NDE_PRO',
  'seconde bac pro': '2NDE_PRO',
  '2de pro': '2NDE_PRO',
  '2nde pro': '2NDE_PRO',
  '2nd pro': '2NDE_PRO',
  '2de professionnelle': '2NDE_PRO',
  '2nde professionnelle': '2NDE_PRO',
  '2de': '2NDE_PRO',
  '2nde': '2NDE_PRO',
  seconde: '2NDE_PRO'
};

/** The départements by name; their numbers are read as such. */
export const DEPARTEMENT_WORDS: Record<string, Departement> = {
  'seine et marne': '77',
  'seine saint denis': '93',
  'val de marne': '94'
};

/**
 * Everyday words and abbreviations of the trades, with the words of the catalogue they stand for
 * (a formation matching any of them matches). The word itself is always searched too.
 */
export const TRADE_WORDS: Record<string, string[]> = {
  cuisinier: ['cuisine'],
  cuisiniere: ['cuisine'],
  cuistot: ['cuisine'],
  restaurant: ['restauration', 'cuisine'],
  serveur: ['restaurant', 'service'],
  hotel: ['hotellerie'],
  auto: ['automobile', 'vehicule', 'voiture', 'carrosserie'],
  voiture: ['vehicule', 'automobile'],
  garage: ['vehicule', 'automobile', 'carrosserie'],
  mecanique: ['vehicule', 'mecanique'],
  mecanicien: ['vehicule', 'mecanique'],
  vente: ['vendeur', 'commerce', 'relation client'],
  vendeur: ['vente', 'commerce', 'relation client'],
  vendeuse: ['vente', 'commerce', 'relation client'],
  magasin: ['commerce', 'vente'],
  caissier: ['commerce', 'vente'],
  mrc: ['relation client'],
  commerce: ['relation client', 'vente'],
  electricien: ['electricite'],
  electricite: ['electricien'],
  melec: ['electricite'],
  plombier: ['sanitaire', 'plomberie'],
  plomberie: ['sanitaire'],
  coiffeur: ['coiffure'],
  coiffeuse: ['coiffure'],
  estheticienne: ['esthetique'],
  boulangerie: ['boulanger'],
  patisserie: ['patissier'],
  boucherie: ['boucher'],
  menuiserie: ['menuisier'],
  btp: ['batiment', 'travaux publics'],
  chantier: ['batiment', 'construction'],
  secretaire: ['gestion administrative'],
  secretariat: ['gestion administrative'],
  gatl: ['gestion administrative'],
  magasinier: ['logistique'],
  cariste: ['logistique'],
  chauffeur: ['conducteur'],
  livreur: ['conducteur livreur'],
  assp: ['accompagnement soins'],
  aepe: ['petite enfance'],
  creche: ['petite enfance'],
  enfant: ['enfance'],
  sante: ['soins'],
  'aide soignant': ['soins'],
  'aide soignante': ['soins'],
  avion: ['aeronautique'],
  couture: ['mode'],
  styliste: ['mode'],
  soudeur: ['soudage'],
  informatique: ['numerique'],
  vigile: ['securite']
};

/** Words that carry no meaning in a search (« près de Bobigny »). */
export const STOP_WORDS = new Set(
  'a au aux autour d dans de des du en et l la le les ou pour pres proche sur un une vers'.split(' ')
);
