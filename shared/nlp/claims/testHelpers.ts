/** Shared helpers for the claim tests: read claims back as strings. */
import { extractClaims } from './index';
import type { ExtractClaimsOptions } from './types';

type ReadClaim = { speaker: string | null; mention: string | null; cue: string; content: string; direct: boolean; medium?: string; outlet?: string; when?: string };

export function read(text: string, options: ExtractClaimsOptions): ReadClaim[] {
  return extractClaims(text, options).map((c) => ({
    speaker: c.speaker,
    mention: c.speakerSpan ? text.slice(c.speakerSpan[0], c.speakerSpan[1]) : null,
    cue: text.slice(c.cue[0], c.cue[1]),
    content: text.slice(c.contentSpan[0], c.contentSpan[1]),
    direct: c.direct,
    ...(c.medium ? { medium: c.medium } : {}),
    ...(c.outlet ? { outlet: c.outlet } : {}),
    ...(c.when ? { when: c.when } : {}),
  }));
}
