import { describe, expect, it } from 'vitest';
import { parseCatalogueCommand } from './options.js';

describe('parseCatalogueCommand', () => {
  it('reads a file alone as an import into the latest campaign of the emulators', () => {
    expect(parseCatalogueCommand(['catalogue.xlsx'])).toEqual({
      kind: 'import',
      file: 'catalogue.xlsx',
      campaignId: null,
      dryRun: false,
      acceptRejected: false,
      projectId: null
    });
  });

  it('reads every option, before or after the file', () => {
    expect(
      parseCatalogueCommand([
        '--campaign',
        '2028',
        'c.xlsx',
        '--dry-run',
        '--accept-rejected',
        '--project',
        'passpro-creteil'
      ])
    ).toEqual({
      kind: 'import',
      file: 'c.xlsx',
      campaignId: '2028',
      dryRun: true,
      acceptRejected: true,
      projectId: 'passpro-creteil'
    });
  });

  it('says what is wrong, in French', () => {
    expect(parseCatalogueCommand(['--campaign', '28'])).toEqual({
      kind: 'invalid',
      errors: ['Indiquez un seul fichier à importer.', '--campaign : année sur 4 chiffres attendue (reçu « 28 »).']
    });
    expect(parseCatalogueCommand(['c.xlsx', '--force'])).toEqual({
      kind: 'invalid',
      errors: ['Option inconnue ou incomplète : --force.']
    });
  });

  it('asks for help with -h', () => {
    expect(parseCatalogueCommand(['-h'])).toEqual({ kind: 'help' });
  });
});
