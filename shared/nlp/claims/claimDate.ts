/**
 * The date of the act of saying: a date mention in the claim's sentence outside its content
 * (nearest the cue), else a relative day word resolved against the document date, else the
 * document date itself.
 */
import type { Doc } from './doc';
import { tokenAt } from './textUnits';
import type { Frame } from './frame';
import type { DateMention } from './types';

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  'الاحد': 0, 'الاثنين': 1, 'الثلاثاء': 2, 'الاربعاء': 3, 'الخميس': 4, 'الجمعه': 5, 'السبت': 6,
};
const TODAY = new Set(['today', 'اليوم']);
const YESTERDAY = new Set(['yesterday', 'امس']);
const PAST = new Set(['الماضي', 'last']);

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function outside(frame: Frame, start: number, end: number): boolean {
  return start >= frame.sentence.start && end <= frame.sentence.end && (end <= frame.content[0] || start >= frame.content[1]);
}

/** A relative day word (اليوم، أمس، الثلاثاء الماضي, yesterday, on Tuesday) outside the content. */
function relativeDay(doc: Doc, frame: Frame, base: Date): string | undefined {
  const sentence = doc.tokens.slice(tokenAt(doc.tokens, frame.sentence.start), tokenAt(doc.tokens, frame.sentence.end));
  const tokens = sentence.filter((t) => outside(frame, t.start, t.end));
  tokens.sort((a, b) => Math.abs(a.start - frame.cue[0]) - Math.abs(b.start - frame.cue[0]));
  for (const tok of tokens) {
    const day = new Date(base);
    if (TODAY.has(tok.norm)) return isoDay(day);
    if (YESTERDAY.has(tok.norm)) {
      day.setUTCDate(day.getUTCDate() - 1);
      return isoDay(day);
    }
    const weekday = WEEKDAYS[tok.norm];
    if (weekday === undefined) continue;
    const index = tokenAt(doc.tokens, tok.start);
    const past = PAST.has(doc.tokens[index + 1]?.norm ?? '') || PAST.has(doc.tokens[index - 1]?.norm ?? '');
    let back = (base.getUTCDay() - weekday + 7) % 7;
    if (back === 0 && past) back = 7;
    day.setUTCDate(day.getUTCDate() - back);
    return isoDay(day);
  }
  return undefined;
}

export function claimDate(doc: Doc, frame: Frame, dates: DateMention[] | undefined, documentDate: string | undefined): string | undefined {
  const mentioned = (dates ?? [])
    .filter((d) => d.value && outside(frame, d.start, d.end))
    .sort((a, b) => Math.abs(a.start - frame.cue[0]) - Math.abs(b.start - frame.cue[0]))[0];
  if (mentioned?.value) return mentioned.value.iso;
  const base = documentDate ? parseDay(documentDate) : null;
  if (!base) return undefined;
  return (frame.continues ? undefined : relativeDay(doc, frame, base)) ?? isoDay(base);
}
