import { campaign, type Campaign, type Phase } from '../../functions/src/shared/index.js';
import { CAMPAIGN_ID } from './world.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A campaign of the procedure; dates follow the official order, one day apart from `opensAt`. */
export function campaignDoc(overrides: Partial<Campaign> = {}): Campaign {
  const opensAt = overrides.opensAt ?? new Date('2027-02-01T00:00:00+01:00');
  const day = (n: number) => new Date(opensAt.getTime() + n * DAY);
  return campaign.parse({
    id: CAMPAIGN_ID,
    label: `Campagne PASSPRO ${CAMPAIGN_ID}`,
    opensAt,
    registrationsCloseAt: day(1),
    convocationsCloseAt: day(2),
    interviewsCloseAt: day(3),
    reportDelayDays: 3,
    summarySheetsCloseAt: day(4),
    closesAt: day(5),
    ...overrides
  });
}

/** The deadlines in the order of the procedure. */
const DEADLINES = [
  'opensAt',
  'registrationsCloseAt',
  'convocationsCloseAt',
  'interviewsCloseAt',
  'summarySheetsCloseAt',
  'closesAt'
] as const;

/** How many deadlines are behind us in each phase (as `currentPhase` reads them). */
const DEADLINES_PASSED: Record<Phase, number> = {
  before_opening: 0,
  registration: 1,
  convocation: 2,
  interviews: 3,
  summary_sheets: 4,
  closed: 6
};

/**
 * A campaign that is in `phase` at `now`: the deadlines already passed lie 1, 2, … days behind,
 * the others 1, 2, … days ahead. The rules read request.time, which a test cannot set, so the
 * campaign is placed around the real clock instead.
 */
export function campaignInPhase(phase: Phase, now = new Date()): Campaign {
  const passed = DEADLINES_PASSED[phase];
  const dates = Object.fromEntries(
    DEADLINES.map((deadline, i) => {
      const days = i < passed ? i - passed : i - passed + 1;
      return [deadline, new Date(now.getTime() + days * DAY)];
    })
  );
  return campaignDoc(dates);
}

/**
 * A campaign whose `deadline` falls `offsetMinutes` from now (negative: that long ago), the
 * deadlines before it 1, 2, … days earlier and those after it 1, 2, … days later: the way to test
 * a write one minute before or after a deadline.
 */
export function campaignWithDeadlineIn(
  deadline: (typeof DEADLINES)[number],
  offsetMinutes: number,
  now = new Date()
): Campaign {
  const at = now.getTime() + offsetMinutes * MINUTE;
  const index = DEADLINES.indexOf(deadline);
  const dates = Object.fromEntries(DEADLINES.map((key, i) => [key, new Date(at + (i - index) * DAY)]));
  return campaignDoc(dates);
}
