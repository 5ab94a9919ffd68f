import {
  application,
  AVIS,
  formationId,
  slugify,
  type Application,
  type Avis,
  type Establishment,
  type Formation,
  type OriginAvis
} from '../../functions/src/shared/index.js';
import type { PupilRecord } from './pupils.js';
import { instantIn, type Random } from './random.js';
import { DOMAIN_CATALOGUE } from './specialties.js';

/** How many domains a pupil asks for (at most one interview per domain): weights of 0, 1, 2. */
const DOMAINS_PER_PUPIL = [48, 45, 7];
/** Demo collèges' pupils are further along, so the demo homes have plenty to show. */
const DOMAINS_PER_DEMO_PUPIL = [20, 58, 22];
/** Pupils mostly ask for lycées of their own département, and the demo lycées are popular. */
const SAME_DEPARTEMENT_WEIGHT = 4;
const DEMO_LYCEE_WEIGHT = 3;
/** Share of applications asking for a second formation of the domain when the lycée has one. */
const SECOND_FORMATION_SHARE = 0.35;

const AVIS_WEIGHTS: Record<Avis, number> = { favorable: 50, assez_favorable: 32, reserve: 18 };

/** Comments in the spirit the procedure asks for: the pupil's implication and motivation. */
const AVIS_COMMENTS: Record<Avis, string[]> = {
  favorable: [
    'Élève très investi dans sa démarche : portes ouvertes et mini-stage réalisés.',
    'Projet réfléchi, motivation constante tout au long de l’année.',
    'Sérieux et assidu, s’est bien renseigné sur les métiers du domaine.'
  ],
  assez_favorable: [
    'Motivation réelle, projet encore à préciser avec le référent.',
    'Élève volontaire, doit gagner en régularité dans son travail.',
    'S’est renseigné sur la formation ; démarche à poursuivre.'
  ],
  reserve: [
    'Projet peu construit à ce jour ; l’élève hésite entre plusieurs domaines.',
    'Implication irrégulière ; la démarche d’information reste à mener.',
    'Choix encore fragile, à confirmer lors de l’entretien.'
  ]
};

/** An avis, drawn in the proportions établissements give them. */
export const drawAvis = (random: Random): Avis => random.pickWeighted(AVIS, (a) => AVIS_WEIGHTS[a]);

/** One avis of the collège head and its comment. */
export function drawOriginAvis(random: Random): OriginAvis {
  const avis = drawAvis(random);
  return { avis, comment: random.pick(AVIS_COMMENTS[avis]) };
}

/** Levels that usually prepare a CAP rather than a 2nde professionnelle. */
const CAP_LEVELS = new Set(['3e_segpa', 'eana']);

export interface ApplicationOptions {
  campaignId: string;
  /** Registrations end: no application is dated after it (nor after today). */
  registeredBefore: Date;
  /** Share of applications whose collège head has already entered the avis. */
  originAvisShare: number;
  demoUais: ReadonlySet<string>;
  registrarOf: (college: Establishment) => string;
}

/** What a pupil can ask for in one domain at one lycée. */
interface Offer {
  lycee: Establishment;
  formations: Formation[];
}

/** Offers per domain id, each lycée once per domain. */
function offersByDomain(formations: Formation[], lyceesByUai: Map<string, Establishment>): Map<string, Offer[]> {
  const offers = new Map<string, Offer[]>();
  for (const f of formations) {
    const domainOffers = offers.get(f.domainId) ?? [];
    const offer = domainOffers.find((o) => o.lycee.uai === f.uai);
    if (offer) offer.formations.push(f);
    else domainOffers.push({ lycee: lyceesByUai.get(f.uai)!, formations: [f] });
    offers.set(f.domainId, domainOffers);
  }
  return offers;
}

/**
 * Each pupil's applications: zero to two domains, one lycée per domain, one or two of its
 * formations in that domain; for some, the collège head's avis is already entered.
 */
export function generateApplications(
  random: Random,
  pupils: PupilRecord[],
  establishments: Establishment[],
  formations: Formation[],
  options: ApplicationOptions
): Application[] {
  const byUai = new Map(establishments.map((e) => [e.uai, e]));
  const offers = offersByDomain(formations, byUai);
  const demand = new Map(DOMAIN_CATALOGUE.map((entry) => [slugify(entry.label), entry.demand]));
  const domainsOffered = [...offers.keys()];
  const domainLabel = (domainId: string) => offers.get(domainId)![0].formations[0].domainLabel;

  return pupils.flatMap(({ id: pupilId, pupil }) => {
    const college = byUai.get(pupil.collegeUai)!;
    const isDemoCollege = options.demoUais.has(college.uai);
    const weights = isDemoCollege ? DOMAINS_PER_DEMO_PUPIL : DOMAINS_PER_PUPIL;
    const count = random.pickWeighted([0, 1, 2], (n) => weights[n]);
    const domainIds = random.sampleWeighted(domainsOffered, count, (id) => demand.get(id) ?? 1);

    return domainIds.map((domainId) => {
      const offer = random.pickWeighted(
        offers.get(domainId)!,
        (o) =>
          (o.lycee.departement === college.departement ? SAME_DEPARTEMENT_WEIGHT : 1) *
          (options.demoUais.has(o.lycee.uai) ? DEMO_LYCEE_WEIGHT : 1)
      );
      const caps = offer.formations.filter((f) => f.diploma === 'CAP');
      const choosable = CAP_LEVELS.has(pupil.level) && caps.length > 0 ? caps : offer.formations;
      const chosen = random.sample(choosable, random.chance(SECOND_FORMATION_SHARE) ? 2 : 1);
      const ids = chosen.map(formationId);

      // Drawn for every application so that the share filled changes no other value.
      const avisEntered = random.chance(options.originAvisShare);
      const originAvis: Record<string, OriginAvis> = {};
      for (const id of ids) {
        const drawn = drawOriginAvis(random);
        if (avisEntered) originAvis[id] = drawn;
      }

      const createdAt = instantIn(random, { from: pupil.createdAt, to: options.registeredBefore });
      const createdBy = options.registrarOf(college);
      return application.parse({
        campaignId: options.campaignId,
        pupilId,
        pupil: { firstName: pupil.firstName, lastName: pupil.lastName, level: pupil.level },
        collegeUai: college.uai,
        collegeName: college.name,
        domainId,
        domainLabel: domainLabel(domainId),
        lyceeUai: offer.lycee.uai,
        lyceeName: offer.lycee.name,
        formationIds: ids,
        originAvis,
        status: 'registered',
        createdAt,
        createdBy,
        updatedAt: createdAt,
        updatedBy: createdBy
      });
    });
  });
}

/** Why pupils renounce, as a collège writes it (sometimes it says nothing). */
const WITHDRAWAL_REASONS = [
  'L’élève a choisi une autre orientation.',
  'Déménagement de la famille à la rentrée.',
  'Projet reporté après échange avec la famille.',
  ''
];

export interface WithdrawalOptions {
  /** Share of live requests withdrawn. */
  share: number;
  /** No withdrawal is dated after this (today, or the interviews deadline). */
  withdrawnBefore: Date;
  /** Who withdraws in a collège (its référent when it has one). */
  withdrawerOf: (collegeUai: string) => string;
}

/** Some requests withdrawn by the collège (a pupil renounced), with or without a reason. */
export function withdrawSome(random: Random, applications: Application[], options: WithdrawalOptions): Application[] {
  return applications.map((a) => {
    // Drawn for every request so that the share changes no other value.
    const [withdraw, reason] = [random.chance(options.share), random.pick(WITHDRAWAL_REASONS)];
    if (!withdraw || a.createdAt >= options.withdrawnBefore) return a;
    const at = instantIn(random, { from: a.createdAt, to: options.withdrawnBefore });
    const by = options.withdrawerOf(a.collegeUai);
    return application.parse({
      ...a,
      status: 'withdrawn',
      withdrawal: { at, by, reason },
      updatedAt: at,
      updatedBy: by
    });
  });
}
