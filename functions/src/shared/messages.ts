import type { z } from 'zod';

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
