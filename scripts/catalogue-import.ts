/**
 * `npm run catalogue:import -- FICHIER.xlsx [--campaign AAAA] [--dry-run] [--accept-rejected] [--project ID]`
 * — the académie's catalogue file into Firestore, with the same checks and report as the app.
 * Usage: scripts/catalogue/options.ts; docs/catalogue.md tells the whole story.
 */
import { runCatalogueImport, EXIT } from './catalogue/importCommand.js';
import { CATALOGUE_IMPORT_USAGE, parseCatalogueCommand } from './catalogue/options.js';
import { firestoreTarget, openFirestore } from './catalogue/target.js';
import { reportFatal } from './lib/cliError.js';

const command = parseCatalogueCommand(process.argv.slice(2));

if (command.kind === 'help') {
  console.log(CATALOGUE_IMPORT_USAGE);
} else if (command.kind === 'invalid') {
  console.error([...command.errors, '', CATALOGUE_IMPORT_USAGE].join('\n'));
  process.exitCode = EXIT.invalid;
} else {
  try {
    const target = firestoreTarget(command.projectId);
    console.log(
      target.kind === 'emulators'
        ? `Émulateur Firestore ${target.host} (projet ${target.projectId}).`
        : `Projet Firebase ${target.projectId}.`
    );
    const { db, close } = openFirestore(target);
    try {
      process.exitCode = await runCatalogueImport(command, db, (text) => console.log(text));
    } finally {
      await close();
    }
  } catch (error) {
    reportFatal(error);
    process.exitCode = EXIT.interrupted;
  }
}
