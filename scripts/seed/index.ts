import {
  currentPhase,
  lastDayBefore,
  parisDate,
  PHASE_LABELS,
  type Campaign,
  type CampaignCalendar,
  type Phase
} from '../../functions/src/shared/index.js';
import { appUrl as localAppUrl, readLocalConfig } from '../lib/localConfig.js';
import { REPO_ROOT } from '../lib/paths.js';
import { defaultCalendar } from './calendar.js';
import { generateDemo } from './generate.js';
import { emulatorTarget, writeDemo, type WriteSummary } from './write.js';

export { defaultCalendar } from './calendar.js';
export { DEFAULT_SEED, generateDemo, type DemoData, type DemoOptions } from './generate.js';
export { emulatorTarget } from './write.js';

export interface SeedOptions {
  /** Defaults to now; the default calendar puts it in the registration period. */
  today?: Date;
  calendar?: CampaignCalendar;
  seed?: number;
  /** The app's address in the convocation mails: the tests' (PASSPRO_APP_URL), else `npm start`'s. */
  appUrl?: string;
}

export interface SeedSummary extends WriteSummary {
  campaign: Campaign;
  /** The campaign's phase at `today`. */
  phase: Phase;
}

/**
 * Resets the emulators and writes the demo académie: one campaign, its catalogue, collèges,
 * pupils, applications, the demo lycées' planning (slots, convocations, reports) and the demo accounts. Refuses to run outside the emulators.
 */
export async function seedDemo({
  today = new Date(),
  calendar,
  seed,
  appUrl = process.env.PASSPRO_APP_URL ?? localAppUrl(readLocalConfig(REPO_ROOT), 'dev')
}: SeedOptions = {}): Promise<SeedSummary> {
  const target = emulatorTarget();
  const demo = generateDemo({ today, calendar: calendar ?? defaultCalendar(today), seed, appUrl });
  const written = await writeDemo(demo, target);
  return { ...written, campaign: demo.campaign, phase: currentPhase(demo.campaign, today).phase };
}

/** A few French lines for the terminal: counts and dates, never a pupil's name. */
export function formatSeedSummary(summary: SeedSummary): string {
  const { campaign, counts } = summary;
  const seconds = (summary.durationMs / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  return [
    `Démo PASSPRO écrite dans les émulateurs (projet ${summary.projectId}) en ${seconds} s.`,
    `Campagne ${campaign.id}, phase « ${PHASE_LABELS[summary.phase]} » : ouverture le ${parisDate(campaign.opensAt)}, ` +
      `inscriptions jusqu’au ${lastDayBefore(campaign.registrationsCloseAt)}, ` +
      `fermeture à la fin du ${lastDayBefore(campaign.closesAt)}.`,
    `${counts.domains} domaines, ${counts.establishments} établissements, ${counts.formations} formations, ` +
      `${counts.pupils} élèves, ${counts.applications} candidatures, ${summary.authAccounts} comptes de démonstration.`,
    `Planning des lycées de démonstration : ${counts.interviewSlots} créneaux d’entretien, ` +
      `${counts.convocations} convocations (courriels déjà envoyés), ${counts.interviewReports} comptes rendus.`
  ].join('\n');
}
