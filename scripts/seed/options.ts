import { parseArgs } from 'node:util';
import { z } from 'zod';
import { campaignFromCalendar, frenchIssues, PHASES, type CampaignCalendar } from '../../functions/src/shared/index.js';
import { campaignIdOf, defaultCalendar } from './calendar.js';

/** Command-line flag → calendar field; each flag overrides one day of the default calendar. */
const CALENDAR_FLAGS = {
  opens: 'opens',
  'registrations-end': 'registrationsEnd',
  'convocations-end': 'convocationsEnd',
  'interviews-end': 'interviewsEnd',
  'summary-sheets-end': 'summarySheetsEnd',
  closure: 'closure'
} as const satisfies Record<string, keyof CampaignCalendar>;

export const SEED_USAGE = `Usage : tsx scripts/seed.ts [--phase ${PHASES.join('|')}]
       [--opens AAAA-MM-JJ] [--registrations-end AAAA-MM-JJ] [--convocations-end AAAA-MM-JJ]
       [--interviews-end AAAA-MM-JJ] [--summary-sheets-end AAAA-MM-JJ] [--closure AAAA-MM-JJ]
Sans option, la campagne de démonstration est en période d'inscription aujourd'hui.
--phase décale le calendrier pour qu'aujourd'hui tombe dans cette phase ; une date donnée
explicitement remplace celle du calendrier.`;

const day = z.iso.date({ error: 'date attendue au format AAAA-MM-JJ' }).optional();

const cliValues = z.strictObject(
  {
    help: z.boolean().optional(),
    phase: z.enum(PHASES, { error: `phase inconnue (attendu : ${PHASES.join(', ')})` }).default('registration'),
    ...(Object.fromEntries(Object.keys(CALENDAR_FLAGS).map((flag) => [flag, day])) as Record<
      keyof typeof CALENDAR_FLAGS,
      typeof day
    >)
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `option inconnue : ${issue.keys.map((key) => `--${key}`).join(', ')}`
        : undefined
  }
);

/** Labels of the fields in error messages: the flags the user typed. */
const FLAG_LABELS = Object.fromEntries([...Object.keys(CALENDAR_FLAGS), 'phase'].map((flag) => [flag, `--${flag}`]));
const CALENDAR_LABELS = Object.fromEntries(Object.entries(CALENDAR_FLAGS).map(([flag, field]) => [field, `--${flag}`]));

export type SeedCommand =
  { kind: 'help' } | { kind: 'invalid'; errors: string[] } | { kind: 'seed'; calendar: CampaignCalendar };

/**
 * Reads the seed's command line into the campaign calendar to write, or the French sentences
 * saying what is wrong with it.
 */
export function parseSeedCommand(argv: string[], today: Date): SeedCommand {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: false,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      phase: { type: 'string' },
      ...Object.fromEntries(Object.keys(CALENDAR_FLAGS).map((flag) => [flag, { type: 'string' as const }]))
    }
  });
  const parsed = cliValues.safeParse(values);
  const errors = [
    ...(positionals.length > 0 ? [`Argument inattendu : ${positionals.join(' ')}.`] : []),
    ...(parsed.success ? [] : frenchIssues(parsed.error, FLAG_LABELS))
  ];
  if (!parsed.success || errors.length > 0) return { kind: 'invalid', errors };
  if (parsed.data.help) return { kind: 'help' };

  const calendar = defaultCalendar(today, parsed.data.phase);
  for (const [flag, field] of Object.entries(CALENDAR_FLAGS)) {
    const value = parsed.data[flag as keyof typeof CALENDAR_FLAGS];
    if (value) calendar[field] = value;
  }
  try {
    campaignFromCalendar(campaignIdOf(calendar), calendar);
  } catch (error) {
    if (error instanceof z.ZodError) return { kind: 'invalid', errors: frenchIssues(error, CALENDAR_LABELS) };
    throw error;
  }
  return { kind: 'seed', calendar };
}
