import { z } from 'zod';

/**
 * UAI (ex-RNE): 7 digits (3 for the département, 4 for the number) and a check letter.
 * The letter is the 7-digit number modulo 23, read in an alphabet without I, O and Q.
 */
const CHECK_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export function uaiCheckLetter(digits: string): string {
  return CHECK_ALPHABET[Number(digits) % 23];
}

export function isValidUai(value: string): boolean {
  const match = /^(\d{7})([A-Z])$/.exec(value);
  return match !== null && uaiCheckLetter(match[1]) === match[2];
}

/** The département a UAI belongs to ('0770001A' → '77'). */
export function uaiDepartement(uai: string): string {
  return uai.slice(1, 3);
}

/** Accepts the spellings found in files (lower case, spaces) and yields the canonical UAI. */
export const uai = z
  .string({ error: 'UAI attendu' })
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine((value) => /^\d{7}[A-Z]$/.test(value), 'UAI invalide : 7 chiffres suivis d’une lettre attendus')
  .refine(isValidUai, 'UAI invalide : la lettre de contrôle ne correspond pas');
