import { FirebaseError } from 'firebase/app';

/** Codes whose message is technical, not written for the user. */
const TECHNICAL_FUNCTION_CODES = new Set([
  'functions/internal',
  'functions/unknown',
  'functions/unavailable',
  'functions/deadline-exceeded'
]);

/**
 * A French message for a failed write or call: the refusal a function wrote for the user (its
 * HttpsError message, without the HTTP status the web SDK appends), a word on the rules' refusal,
 * or `fallback` for anything technical.
 */
export function failureMessage(error: unknown, fallback: string): string {
  if (!(error instanceof FirebaseError)) return fallback;
  if (error.code.startsWith('functions/') && !TECHNICAL_FUNCTION_CODES.has(error.code)) {
    return error.message.replace(/\s*\[\d+\]$/, '');
  }
  if (error.code === 'permission-denied') return 'PASSPRO a refusé cette modification : votre compte n’y a pas droit.';
  return fallback;
}
