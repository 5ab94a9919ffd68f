import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CliError } from './cliError.js';

/** Debian's Chromium by default; PASSPRO_CHROMIUM names another Chromium or Chrome executable. */
export const CHROMIUM_PATH = process.env.PASSPRO_CHROMIUM || '/usr/bin/chromium';

/** Starts headless Chromium (end-to-end tests, benchmark), or fails with a French sentence saying what to install. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new CliError(
      `Chromium est introuvable (${CHROMIUM_PATH}) : installez-le (apt-get install chromium) ou donnez son chemin dans la variable PASSPRO_CHROMIUM.`
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage'
    ]
  });
}
