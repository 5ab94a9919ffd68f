/**
 * `npm run seed` — writes the demo académie into the running emulators.
 * Usage and options: scripts/seed/options.ts (or `tsx scripts/seed.ts --help`).
 */
import { formatSeedSummary, seedDemo } from './seed/index.js';
import { parseSeedCommand, SEED_USAGE } from './seed/options.js';

const today = new Date();
const command = parseSeedCommand(process.argv.slice(2), today);

if (command.kind === 'help') {
  console.log(SEED_USAGE);
} else if (command.kind === 'invalid') {
  console.error([...command.errors, '', SEED_USAGE].join('\n'));
  process.exitCode = 2;
} else {
  try {
    console.log(formatSeedSummary(await seedDemo({ today, calendar: command.calendar })));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
