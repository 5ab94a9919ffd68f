import type { MailRequest } from '../shared/index.js';

/** The test mail an académie administrator sends to themself to check that PASSPRO's mail gets through. */
export function testMail(to: string, appUrl: string): MailRequest {
  return {
    kind: 'test',
    to: [to],
    subject: 'PASSPRO : courriel de test',
    text: [
      'Bonjour,',
      '',
      'Ce courriel de test confirme que PASSPRO parvient à envoyer des messages : les convocations aux entretiens partiront de la même façon.',
      '',
      `Application PASSPRO : ${appUrl}`,
      '',
      'Ce message est envoyé automatiquement, merci de ne pas y répondre.'
    ].join('\n')
  };
}
