import { z } from 'zod';

/**
 * Parse options giving zod's built-in messages in French, for the issues our schemas do not word
 * themselves (their own messages still win). Pass to `safeParse(value, inFrench)`.
 */
export const inFrench = { error: z.locales.fr().localeError };
