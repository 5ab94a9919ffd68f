import type { z } from 'zod';
import { fieldErrors, FORM_ERROR, type FieldErrors } from './fieldErrors';

/**
 * The errors a form shows, for its fields (Field) and its summary (ErrorSummary). Each report
 * replaces the previous one, all errors at once, and moves the focus to the summary.
 *
 *   const errors = new FormErrors();
 *   const data = errors.check(schema, values); // null: the errors are shown
 *   if (!data) return;
 */
export class FormErrors {
  /** The errors by field path (FORM_ERROR for the whole form); empty when there are none. */
  fields = $state<FieldErrors>({});
  /** Counts the reports: the summary takes the focus at each, even when the errors are the same. */
  reports = $state(0);

  /** How many errors are shown. */
  get count(): number {
    return Object.keys(this.fields).length;
  }

  /** The error of one field (by path), if any: what its Field shows. */
  of(path: string): string | undefined {
    return this.fields[path];
  }

  /** Shows these errors, all at once, and sends the focus to the summary. */
  report(errors: FieldErrors): void {
    this.fields = errors;
    this.reports++;
  }

  /** Shows one error of the whole form (a refusal of the server), or of the field at `path`. */
  reportOne(message: string, path = FORM_ERROR): void {
    this.report({ [path]: message });
  }

  clear(): void {
    this.fields = {};
  }

  /** Parses `values`: the data when valid (the errors are cleared), or null with every error reported. */
  check<S extends z.ZodType>(schema: S, values: unknown): z.output<S> | null {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      this.clear();
      return parsed.data;
    }
    this.report(fieldErrors(parsed.error));
    return null;
  }
}
