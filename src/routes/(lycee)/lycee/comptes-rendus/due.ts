import type { Campaign, Convocation, InterviewReport } from '$shared';

const DAY = 86_400_000;

export interface DueReport {
  convocation: Convocation & { id: string };
  /** When the report can no longer be written: the delay after the interview, or closure. */
  deadline: Date;
  state: 'à rédiger' | 'brouillon' | 'envoyé';
}

/**
 * The individual interviews whose report the lycée may write now: started, within the campaign's
 * delay after their end, before closure (the rules' window), with the report's state.
 */
export function reportsDue(
  convocations: (Convocation & { id: string })[],
  reports: InterviewReport[],
  campaign: Campaign,
  now: Date
): DueReport[] {
  const byApplication = new Map(reports.map((r) => [r.applicationId, r]));
  return convocations
    .filter((c) => c.format === 'individuel' && c.state === 'active' && c.startsAt <= now)
    .map((c) => {
      const deadline = new Date(
        Math.min(c.endsAt.getTime() + campaign.reportDelayDays * DAY, campaign.closesAt.getTime())
      );
      const report = byApplication.get(c.applicationId);
      const state: DueReport['state'] = !report ? 'à rédiger' : report.submittedAt ? 'envoyé' : 'brouillon';
      return { convocation: c, deadline, state };
    })
    .filter((d) => now < d.deadline)
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
}
