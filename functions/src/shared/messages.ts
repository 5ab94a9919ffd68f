import { z } from 'zod';

/**
 * Parse options giving zod's built-in messages in French, for the issues our schemas do not word
 * themselves (their own messages still win). Pass to `safeParse(value, inFrench)`.
 */
export const inFrench = { error: z.locales.fr().localeError };

/**
 * One French sentence per problem, naming the field by its label: what the user reads.
 * `labels` maps a field path ("pupil.firstName") to its French label; unknown paths are shown as is.
 */
export function frenchIssues(error: z.ZodError, labels: Record<string, string> = {}): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const field = labels[path] ?? path;
    return field ? `${capitalize(`le champ « ${field} »`)} : ${issue.message}.` : `${capitalize(issue.message)}.`;
  });
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
