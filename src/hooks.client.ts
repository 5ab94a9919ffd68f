// The core's config alone: importing `z` would put all of zod in every page, the pupil's too.
import { config } from 'zod/v4/core';

// zod compiles object parsers with `new Function` when it can, and probes for that by trying it
// once: under the Content-Security-Policy (no 'unsafe-eval') the probe, though caught, is reported
// as a violation. The app parses small documents; the interpreted parser is enough. This module is
// the first of the app the browser runs, before any schema is built.
config({ jitless: true });
