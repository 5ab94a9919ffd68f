import {
  applicationId,
  identityOf,
  isLive,
  pupil,
  type Application,
  type Establishment,
  type Level,
  type Pupil
} from '../../functions/src/shared/index.js';
import { FIRST_NAMES, LAST_NAMES } from './people.js';
import { instantIn, type Random, type TimeWindow } from './random.js';

/** A pupil with the id of its document (pupils have no id field). */
export interface PupilRecord {
  id: string;
  pupil: Pupil;
}

/** How often each level of the procedure appears among the pupils concerned. */
const LEVEL_WEIGHTS: Record<Level, number> = {
  '3e': 75,
  '3e_segpa': 10,
  '3e_prepa_metiers': 8,
  eana: 4,
  mlds: 3
};
const LEVELS = Object.keys(LEVEL_WEIGHTS) as Level[];

/** Class names as collèges write them; only ordinary 3e classes have a letter. */
const CLASS_NAMES: Record<Exclude<Level, '3e'>, string> = {
  '3e_segpa': '3e SEGPA',
  '3e_prepa_metiers': '3e Prépa-métiers',
  eana: 'UPE2A',
  mlds: 'MLDS'
};
const className = (random: Random, level: Level) =>
  level === '3e' ? `3e${random.pick(['A', 'B', 'C', 'D', 'E', 'F'])}` : CLASS_NAMES[level];

export interface PupilOptions {
  campaignId: string;
  /** When pupils were registered. */
  registeredDuring: TimeWindow;
  /** Pupils per collège, demo collèges apart (they get more, so their home is full). */
  perCollege: [min: number, max: number];
  perDemoCollege: [min: number, max: number];
  demoUais: ReadonlySet<string>;
  /** Uid recorded as the pupil's author in a collège. */
  registrarOf: (college: Establishment) => string;
}

/** The pupils of each collège, with fictional names and the levels the procedure names. */
export function generatePupils(random: Random, colleges: Establishment[], options: PupilOptions): PupilRecord[] {
  return colleges.flatMap((college) => {
    const [min, max] = options.demoUais.has(college.uai) ? options.perDemoCollege : options.perCollege;
    return Array.from({ length: random.int(min, max) }, () => {
      const level = random.pickWeighted(LEVELS, (l) => LEVEL_WEIGHTS[l]);
      const createdAt = instantIn(random, options.registeredDuring);
      const createdBy = options.registrarOf(college);
      return {
        id: random.documentId(),
        pupil: pupil.parse({
          firstName: random.pick(FIRST_NAMES),
          lastName: random.pick(LAST_NAMES),
          level,
          campaignId: options.campaignId,
          collegeUai: college.uai,
          className: className(random, level),
          createdAt,
          createdBy,
          updatedAt: createdAt,
          updatedBy: createdBy
        })
      };
    });
  });
}

/** The pupils with the domains of their live applications, as the collège's batches keep them. */
export function withLiveDomains(pupils: PupilRecord[], applications: Application[]): PupilRecord[] {
  const liveDomains = new Map<string, string[]>();
  for (const a of applications.filter(isLive))
    liveDomains.set(a.pupilId, [...(liveDomains.get(a.pupilId) ?? []), a.domainId]);
  return pupils.map(({ id, pupil: p }) => ({ id, pupil: { ...p, liveDomainIds: liveDomains.get(id) ?? [] } }));
}

/**
 * The same child registered twice in each demo collège: a second record of its first pupil, the
 * names typed another way, flagged by the twin trigger as it would be. The twin also asks for an
 * interview in his original's first domain, flagged as a twin request.
 */
export function addTwins(
  random: Random,
  pupils: PupilRecord[],
  applications: Application[],
  options: { demoUais: ReadonlySet<string>; registeredBefore: Date }
): { pupils: PupilRecord[]; applications: Application[] } {
  const twins: PupilRecord[] = [];
  const twinRequests: Application[] = [];
  for (const uai of options.demoUais) {
    const original = pupils.find((p) => p.pupil.collegeUai === uai);
    if (!original) continue;
    const createdAt = instantIn(random, { from: original.pupil.createdAt, to: options.registeredBefore });
    const twin: PupilRecord = {
      id: random.documentId(),
      pupil: pupil.parse({
        ...original.pupil,
        firstName: original.pupil.firstName.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
        lastName: original.pupil.lastName.toUpperCase(),
        twin: { pupilId: original.id, state: 'suspected' },
        createdAt,
        updatedAt: createdAt
      })
    };
    twins.push(twin);
    const request = applications.find((a) => a.pupilId === original.id && isLive(a));
    if (request) {
      twinRequests.push({
        ...request,
        pupilId: twin.id,
        pupil: identityOf(twin.pupil),
        twinOf: applicationId(original.id, request.domainId),
        createdAt,
        updatedAt: createdAt
      });
    }
  }
  return { pupils: [...pupils, ...twins], applications: [...applications, ...twinRequests] };
}
