import { parseArgs } from 'node:util';

export const CATALOGUE_IMPORT_USAGE = `Usage : npm run catalogue:import -- FICHIER.xlsx [--campaign AAAA] [--dry-run] [--accept-rejected] [--project ID]
Importe le catalogue Passpro (fichier .xlsx ou .csv de l'académie) dans Firestore.
  --campaign AAAA     campagne visée (par défaut : la dernière campagne créée)
  --dry-run           affiche le rapport sans rien écrire
  --accept-rejected   importe les lignes valides même si d'autres sont rejetées ou en conflit
  --project ID        un vrai projet Firebase (identifiants : GOOGLE_APPLICATION_CREDENTIALS) ;
                      sans cette option, les émulateurs (FIRESTORE_EMULATOR_HOST, sinon firebase.json)
Code de sortie : 0 importé (ou rien à faire), 1 lignes écartées, 2 fichier ou commande invalide,
3 import interrompu (relancez la même commande : elle reprend là où elle s'est arrêtée).`;

export interface CatalogueImportCommand {
  kind: 'import';
  file: string;
  campaignId: string | null;
  dryRun: boolean;
  acceptRejected: boolean;
  /** A real project; null for the emulators. */
  projectId: string | null;
}

export type CatalogueCommand = { kind: 'help' } | { kind: 'invalid'; errors: string[] } | CatalogueImportCommand;

/** Reads the command line of `npm run catalogue:import` into a command, or the French sentences saying what is wrong. */
export function parseCatalogueCommand(argv: string[]): CatalogueCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        campaign: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'accept-rejected': { type: 'boolean' },
        project: { type: 'string' }
      }
    });
  } catch (error) {
    // parseArgs says in English which option it does not know or lacks a value.
    const option = /'(--?[\w-]+)/.exec((error as Error).message)?.[1] ?? '';
    return { kind: 'invalid', errors: [`Option inconnue ou incomplète : ${option}.`] };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };

  const errors: string[] = [];
  if (positionals.length !== 1) errors.push('Indiquez un seul fichier à importer.');
  if (values.campaign !== undefined && !/^\d{4}$/.test(values.campaign)) {
    errors.push(`--campaign : année sur 4 chiffres attendue (reçu « ${values.campaign} »).`);
  }
  if (values.project !== undefined && !/^[a-z][a-z0-9-]{4,29}$/.test(values.project)) {
    errors.push(`--project : identifiant de projet Firebase invalide (« ${values.project} »).`);
  }
  if (errors.length > 0) return { kind: 'invalid', errors };
  return {
    kind: 'import',
    file: positionals[0],
    campaignId: values.campaign ?? null,
    dryRun: values['dry-run'] ?? false,
    acceptRejected: values['accept-rejected'] ?? false,
    projectId: values.project ?? null
  };
}
