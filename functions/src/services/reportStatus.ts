import type { ApplicationStatus, Attendance, InterviewFormat } from '../shared/index.js';

/** The statuses a submitted report may move a request from: placed in a slot, or already reported on. */
const REPORTABLE: readonly ApplicationStatus[] = ['convoked', 'interviewed', 'absent', 'reported'];

/**
 * The status a request takes once the lycée has submitted what happened at its interview, or null
 * when it keeps its own: a draft says nothing yet, and a request withdrawn or no longer placed is
 * not the lycée's to move. An absent pupil is 'absent'; a present one is 'reported' after an
 * individual interview (a report and avis exist) and 'interviewed' after a collective one (no
 * report is given).
 */
export function statusAfterReport(
  current: ApplicationStatus,
  report: { attendance: Attendance; submittedAt: Date | null },
  format: InterviewFormat
): ApplicationStatus | null {
  if (report.submittedAt === null || !REPORTABLE.includes(current)) return null;
  const next: ApplicationStatus =
    report.attendance === 'absent' ? 'absent' : format === 'individuel' ? 'reported' : 'interviewed';
  return next === current ? null : next;
}
