/** What a matched expression means, before it is resolved against an anchor. */
import type { AgoUnit, Shift, Unit } from './lexicon';

export interface CalendarFields {
  year?: number;
  month?: number;
  day?: number;
}

export type DateExpr =
  | (CalendarFields & { kind: 'gregorian'; weekday?: number; shift?: Shift })
  | (CalendarFields & { kind: 'hijri' })
  /** today (0), yesterday (-1), أول أمس (-2) ... */
  | { kind: 'offset'; days: number }
  /** A weekday: without shift the latest one on or before the anchor (news report the past). */
  | { kind: 'weekday'; weekday: number; shift?: Shift }
  | { kind: 'unit'; unit: Unit; shift: Shift }
  /** "قبل عشر سنوات", "two days ago" */
  | { kind: 'ago'; unit: AgoUnit; count: number }
  | { kind: 'range'; from: DateExpr; to: DateExpr };

/** Tokens [from, to) matched as one date. */
export interface Match {
  from: number;
  to: number;
  expr: DateExpr;
}
