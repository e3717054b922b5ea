import type { z } from 'zod';

/** A value kept as JSON (localStorage): parsed and checked, else the fallback (none yet, hand edits, an older format). */
export function parseStored<T>(schema: z.ZodType<T>, raw: string | null, fallback: T): T {
  if (raw === null) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
