import { z } from 'zod';

// Zod probes for eval with new Function() when it builds an object schema; the CSP forbids eval
// and reports each probe as a violation. Imported first in main.tsx, before any schema exists.
z.config({ jitless: true });
