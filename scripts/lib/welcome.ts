import type { DemoAccount } from '../../src/lib/demo/accounts.js';

export interface WelcomeDetails {
  appUrl: string;
  inboxUrl: string;
  accounts: readonly DemoAccount[];
  password: string;
  seconds: number;
}

/** The block `npm start` prints once the app is usable: where to go and whom to sign in as. */
export function welcomeBlock({ appUrl, inboxUrl, accounts, password, seconds }: WelcomeDetails): string {
  const widest = (pick: (account: DemoAccount) => string) => Math.max(0, ...accounts.map((a) => pick(a).length));
  const roleWidth = widest((a) => a.role);
  const emailWidth = widest((a) => a.email);
  const rows = accounts.map((a) =>
    [
      `    ${a.role.padEnd(roleWidth)}`,
      a.email.padEnd(emailWidth),
      a.displayName,
      a.establishmentName ?? 'académie'
    ].join('  ')
  );
  return [
    '',
    `PASSPRO est prêt (démarré en ${seconds} s).`,
    `  Application          ${appUrl}`,
    `  Boîte de réception   ${inboxUrl}  (les courriels envoyés par les functions)`,
    `  Comptes de démonstration, mot de passe « ${password} » :`,
    ...rows,
    '  Ctrl-C arrête tout.',
    ''
  ].join('\n');
}
