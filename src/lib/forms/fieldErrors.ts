import type { z } from 'zod';

/**
 * The errors of a form, by field path ("displayName", "pupil.firstName"): one French sentence
 * each, shown under its field and linked from the error summary. The key FORM_ERROR holds what
 * belongs to no field (a refusal of the server, a rule across fields with no path).
 */
export type FieldErrors = Record<string, string>;

/** The key of the errors that belong to the whole form rather than one field. */
export const FORM_ERROR = '';

/**
 * Every problem of a failed zod parse, at once, under its field's path: the first message of each
 * field (the one to fix first), as a sentence. The shared schemas already word them in French.
 */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= sentence(issue.message);
  }
  return errors;
}

/** A message of the schemas ("année sur 4 chiffres attendue") as a sentence: capital, final stop. */
export function sentence(message: string): string {
  const trimmed = message.trim();
  const capitalized = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}
