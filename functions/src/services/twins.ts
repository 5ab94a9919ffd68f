import { normalisedName, type TwinFlag } from '../shared/index.js';

/** What twin detection reads of a pupil. */
export interface PupilNames {
  id: string;
  firstName: string;
  lastName: string;
  twin: TwinFlag | null;
  createdAt: Date;
}

/** The head has said these two records are two children. */
const confirmedDistinct = (a: PupilNames, b: PupilNames) =>
  (a.twin?.pupilId === b.id && a.twin.state === 'distinct') ||
  (b.twin?.pupilId === a.id && b.twin.state === 'distinct');

/**
 * The other records of the same collège and campaign that may be the same child as `pupil`:
 * same normalised first and last names, not confirmed distinct by the head. The earliest
 * registered first (then by id), so every replay picks the same twin.
 */
export function twinsOf(pupil: PupilNames, sameCollege: PupilNames[]): PupilNames[] {
  const key = normalisedName(pupil.firstName, pupil.lastName);
  return sameCollege
    .filter((other) => other.id !== pupil.id)
    .filter((other) => normalisedName(other.firstName, other.lastName) === key)
    .filter((other) => !confirmedDistinct(pupil, other))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}
