import {
  campaignFromCalendar,
  type Application,
  type Campaign,
  type CampaignCalendar,
  type Convocation,
  type Domain,
  type Establishment,
  type Formation,
  type InterviewReport,
  type PreparationSheet
} from '../../functions/src/shared/index.js';
import { DEMO_ACCOUNTS, demoUid } from '../../src/lib/demo/accounts.js';
import { generateApplications, withdrawSome } from './applications.js';
import { campaignIdOf } from './calendar.js';
import { generateEstablishments } from './establishments.js';
import { catalogueDomains, generateFormations } from './formations.js';
import { planInterviews, type MailRecord, type PublicConvocationRecord, type SlotRecord } from './planning.js';
import { generatePreparationSheets } from './preparationSheets.js';
import { addTwins, generatePupils, withLiveDomains, type PupilRecord } from './pupils.js';
import { createRandom, type TimeWindow } from './random.js';
import { demoUsers, type DemoUser } from './users.js';

export interface DemoOptions {
  /** The instant the demo is seeded at: nothing is dated after it. */
  today: Date;
  calendar: CampaignCalendar;
  /** Seed of the pseudo-random source; the default gives the usual demo. */
  seed?: number;
  /** The app's address, in the pupils' links of the convocation mails. */
  appUrl?: string;
}

/** The whole demo académie, every document already parsed by its schema. */
export interface DemoData {
  campaign: Campaign;
  domains: Domain[];
  establishments: Establishment[];
  formations: Formation[];
  pupils: PupilRecord[];
  applications: Application[];
  preparationSheets: PreparationSheet[];
  interviewSlots: SlotRecord[];
  convocations: Convocation[];
  publicConvocations: PublicConvocationRecord[];
  mails: MailRecord[];
  interviewReports: InterviewReport[];
  users: DemoUser[];
}

export const DEFAULT_SEED = 20270528;

/** The app's address under `npm start` with the default ports (scripts/lib/localConfig.ts). */
export const DEFAULT_APP_URL = 'http://127.0.0.1:5173';

/** Author recorded on the documents of collèges that have no demo account. */
export const SEED_AUTHOR = 'seed';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Builds the demo académie. Pure: the same options always give the same data. Names and counts
 * depend on `seed` alone; `today` and the calendar move dates, the campaign id (part of the
 * formation ids) and how many collège avis are already entered.
 */
export function generateDemo({
  today,
  calendar,
  seed = DEFAULT_SEED,
  appUrl = DEFAULT_APP_URL
}: DemoOptions): DemoData {
  const campaign = campaignFromCalendar(campaignIdOf(calendar), calendar);
  const demoUais = new Set(DEMO_ACCOUNTS.flatMap((a) => (a.uai ? [a.uai] : [])));
  // One stream per stage, so that a change in one stage leaves the others as they were.
  const [
    forEstablishments,
    forFormations,
    forPupils,
    forApplications,
    forTwins,
    forWithdrawals,
    forSheets,
    forPlanning
  ] = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => createRandom(seed + k));

  const establishments = generateEstablishments(forEstablishments, {
    lyceesPerDepartement: 10,
    collegesPerDepartement: 20
  });
  const lycees = establishments.filter((e) => e.kind === 'lycee');
  const colleges = establishments.filter((e) => e.kind === 'college');
  const formations = generateFormations(forFormations, lycees, campaign.id, demoUais);
  // The head registers pupils (the rules allow no one else), so the demo head is the author.
  const registrarOf = (college: Establishment) => {
    const head = DEMO_ACCOUNTS.find((a) => a.role === 'college_head' && a.uai === college.uai);
    return head ? demoUid(head) : SEED_AUTHOR;
  };

  const registrationEnd = new Date(Math.min(today.getTime(), campaign.registrationsCloseAt.getTime()));
  // Before the opening, pupils are only being recensés: date them in the last week.
  const registeredDuring: TimeWindow = {
    from: registrationEnd > campaign.opensAt ? campaign.opensAt : new Date(registrationEnd.getTime() - 7 * DAY_MS),
    to: registrationEnd
  };
  const pupils = generatePupils(forPupils, colleges, {
    campaignId: campaign.id,
    registeredDuring,
    perCollege: [6, 14],
    perDemoCollege: [18, 24],
    demoUais,
    registrarOf
  });
  const registered = generateApplications(forApplications, pupils, establishments, formations, {
    campaignId: campaign.id,
    registeredBefore: registrationEnd,
    // Once registrations are closed, every collège head has entered the avis.
    originAvisShare: today >= campaign.registrationsCloseAt ? 1 : 0.45,
    demoUais,
    registrarOf
  });
  // The référent withdraws requests and fills the sheets with the pupils, where the demo has one.
  const referentOf = (collegeUai: string) => {
    const referent = DEMO_ACCOUNTS.find((a) => a.role === 'referent' && a.uai === collegeUai);
    return referent ? demoUid(referent) : SEED_AUTHOR;
  };
  const withTwins = addTwins(forTwins, pupils, registered, { demoUais, registeredBefore: registrationEnd });
  const lastWithdrawal = new Date(Math.min(today.getTime(), campaign.interviewsCloseAt.getTime()));
  const applications = withdrawSome(forWithdrawals, withTwins.applications, {
    share: 0.06,
    withdrawnBefore: lastWithdrawal,
    withdrawerOf: referentOf
  });
  const preparationSheets = generatePreparationSheets(forSheets, applications, {
    demoUais,
    writtenBefore: lastWithdrawal,
    writerOf: referentOf
  });

  const accountsCreatedAt = new Date(Math.min(today.getTime(), campaign.opensAt.getTime()) - 14 * DAY_MS);
  const users = demoUsers(accountsCreatedAt);
  const { applications: planned, ...planning } = planInterviews(forPlanning, applications, {
    campaign,
    today,
    establishments,
    formations,
    users,
    appUrl
  });
  return {
    campaign,
    domains: catalogueDomains(),
    establishments,
    formations,
    pupils: withLiveDomains(withTwins.pupils, planned),
    applications: planned,
    preparationSheets,
    ...planning,
    users
  };
}
