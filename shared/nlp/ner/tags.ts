/**
 * BILOU tag set over the four entity types, the transitions it allows, and conversions to and
 * from IOB2 (the corpora's and the CLI's encoding) and to entity spans.
 */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const POSITIONS = ['B', 'I', 'L', 'U'] as const;

/** Tag 0 is O; then B, I, L, U for each type in ENTITY_TYPES order. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => POSITIONS.map((p) => `${p}-${t}`))];
export const TAG_COUNT = TAGS.length;
const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag);
  if (i === undefined) throw new Error(`unknown tag ${tag}`);
  return i;
}

function position(tag: number): string {
  return tag === 0 ? 'O' : (POSITIONS[(tag - 1) % 4] ?? 'O');
}

export function tagType(tag: number): EntityType | undefined {
  return tag === 0 ? undefined : ENTITY_TYPES[Math.floor((tag - 1) / 4)];
}

/** Whether `cur` may follow `prev` (prev = -1 at sentence start). */
export function allowed(prev: number, cur: number): boolean {
  const prevOpen = prev >= 0 && (position(prev) === 'B' || position(prev) === 'I');
  const curPos = position(cur);
  if (prevOpen) return (curPos === 'I' || curPos === 'L') && tagType(cur) === tagType(prev);
  return curPos === 'O' || curPos === 'B' || curPos === 'U';
}

/** Whether a sentence may end on `tag`. */
export function allowedAtEnd(tag: number): boolean {
  const p = position(tag);
  return p === 'O' || p === 'L' || p === 'U';
}

/** Converts IOB2 tags to BILOU tag indices (an I- without its B- starts a new entity). */
export function bioToBilou(tags: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 'O';
    if (tag === 'O') {
      out.push(0);
      continue;
    }
    const type = tag.slice(2);
    const prev = tags[i - 1];
    const begins = tag.startsWith('B-') || prev === undefined || prev.slice(2) !== type || prev === 'O';
    const next = tags[i + 1];
    const continues = next !== undefined && next === `I-${type}`;
    const pos = begins ? (continues ? 'B' : 'U') : continues ? 'I' : 'L';
    out.push(tagIndex(`${pos}-${type}`));
  }
  return out;
}

// IOB2 tag of each BILOU index, built once: the CLI converts every token it labels.
const BIO_OF = TAGS.map((_, t) => {
  const type = tagType(t);
  if (!type) return 'O';
  const p = position(t);
  return `${p === 'B' || p === 'U' ? 'B' : 'I'}-${type}`;
});

/** Converts BILOU tag indices to IOB2 strings. */
export function bilouToBio(tags: readonly number[]): string[] {
  return tags.map((t) => BIO_OF[t] ?? 'O');
}

export interface TokenSpan {
  type: EntityType;
  /** First token index. */
  start: number;
  /** One past the last token index. */
  end: number;
}

/** Entity spans from IOB2 tags with conlleval semantics (an I- after another type starts a new one). */
export function bioSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  tags.forEach((tag, i) => {
    const type = tag.slice(2) as EntityType;
    const continues = open && tag.startsWith('I-') && open.type === type;
    if (continues && open) {
      open.end = i + 1;
      return;
    }
    open = undefined;
    if (tag !== 'O') {
      open = { type, start: i, end: i + 1 };
      spans.push(open);
    }
  });
  return spans;
}
