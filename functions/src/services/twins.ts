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

/** Registration order: by creation time, then by id, so that every replay sees the same order. */
const byRegistration = (a: PupilNames, b: PupilNames) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

/** Whether `other` was registered before `pupil` (the original a later duplicate points to). */
export const registeredBefore = (other: PupilNames, pupil: PupilNames) => byRegistration(other, pupil) < 0;

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
    .sort(byRegistration);
}
