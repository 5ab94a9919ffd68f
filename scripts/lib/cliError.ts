/**
 * A failure whose message tells the whole story to the person at the terminal (missing Java, busy
 * port, a build that failed above…): one French sentence, printed alone, without a stack trace.
 */
export class CliError extends Error {
  override name = 'CliError';
}

/** Prints a CliError as its sentence, anything else in full. */
export function reportFatal(error: unknown): void {
  console.error(error instanceof CliError ? `\n✖ ${error.message}\n` : error);
}
