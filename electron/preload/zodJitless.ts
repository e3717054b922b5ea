import { z } from 'zod';

// The contract's schemas are built when the preload loads; without this, Zod probes for eval with
// new Function(), which the page's CSP forbids. Imported first in index.ts.
z.config({ jitless: true });
