import { appendAudit } from '../../../db/repositories/audit';
import { documentOfClaim } from '../../../db/repositories/claims';
import { dropRedoable, firstUndone, insertChangeset, lastActive, setUndone, type Changeset, type RowChange } from '../../../db/repositories/changesets';
import { getDocument } from '../../../db/repositories/documents';
import { deleteAnnotationsExcept, documentRows } from '../../../db/repositories/documentText';
import { readRow, restoreRow, type Row, type TrackedTable } from '../../../db/repositories/rows';
import type { CodedText } from '../../../../shared/i18n/messageCode';
import type { BackendContext } from '../../context';
import { reresolveDates } from '../dates';
import { resignDocument } from '../nearDuplicates';
import { decodeDescription, encodeDescription } from './description';

/** Collects the rows a command is about to change, so their before and after can be kept. */
export class Tracker {
  private readonly tracked: { table: TrackedTable; uid: string; before: Row | null }[] = [];
  private readonly seen = new Set<string>();
  private readonly documents = new Set<number>();

  constructor(readonly ctx: BackendContext) {}

  get db() {
    return this.ctx.archive.db;
  }

  /** Call before changing, inserting (the row does not exist yet) or deleting a row. */
  track(table: TrackedTable, uid: string, before: Row | null = readRow(this.db, table, uid)): void {
    const key = `${table}:${uid}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.tracked.push({ table, uid, before });
  }

  /**
   * Call before a change to a whole document (its metadata, its text, its suggestions): tracks the
   * document row and every mention, claim and link of it, and the rows it gains meanwhile.
   */
  trackDocument(documentId: number): void {
    this.documents.add(documentId);
    for (const r of documentRows(this.db, documentId)) this.track(r.table, r.uid);
  }

  changes(): RowChange[] {
    // Rows a tracked document gained (a fresh extraction) did not exist before the command.
    for (const id of this.documents) for (const r of documentRows(this.db, id)) this.track(r.table, r.uid, null);
    return this.tracked
      .map((t) => ({ ...t, after: readRow(this.db, t.table, t.uid) }))
      .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
  }
}

/** The document a changed row belongs to, so the document's audit view shows it (links via their claim). */
function documentOf(ctx: BackendContext, table: TrackedTable, row: Row | null): number | null {
  if (!row) return null;
  if (table === 'documents' && typeof row.id === 'number') return row.id;
  if (typeof row.document_id === 'number') return row.document_id;
  if (typeof row.claim_id === 'number') return documentOfClaim(ctx.archive.db, row.claim_id) ?? null;
  return null;
}

/** What the audit log keeps of a row: a document's text is in the archive already, and may be long. */
function audited(table: TrackedTable, row: Row | null): Row | null {
  if (!row || table !== 'documents') return row;
  const { text: _text, ...rest } = row;
  return rest;
}

function auditChanges(ctx: BackendContext, caseId: number, action: string, changes: RowChange[]): void {
  for (const c of changes) {
    appendAudit(ctx.archive.db, {
      uid: ctx.uid(),
      origin: ctx.archive.archiveId,
      at: ctx.now(),
      actor: ctx.actor,
      action,
      objectType: c.table,
      objectUid: c.uid,
      caseId,
      documentId: documentOf(ctx, c.table, c.after) ?? documentOf(ctx, c.table, c.before),
      before: audited(c.table, c.before),
      after: audited(c.table, c.after),
    });
  }
}

/**
 * Runs one review command as one transaction: the change, its audit entries and its changeset
 * for undo. A command that changes nothing leaves no trace.
 */
export function runCommand<T>(ctx: BackendContext, caseId: number, action: string, description: CodedText, body: (t: Tracker) => T): T {
  const db = ctx.archive.db;
  return db.transaction(() => {
    const tracker = new Tracker(ctx);
    const result = body(tracker);
    const changes = tracker.changes();
    if (changes.length > 0) {
      dropRedoable(db, caseId);
      insertChangeset(db, { uid: ctx.uid(), origin: ctx.archive.archiveId, caseId, at: ctx.now(), actor: ctx.actor, action, description: encodeDescription(description), changes });
      auditChanges(ctx, caseId, action, changes);
    }
    return result;
  })();
}

/** The documents a changeset changes, as one side puts them back, and whether their text or date differ. */
function documentChanges(c: Changeset, side: 'before' | 'after'): { id: number; caseId: number; text: string; textChanged: boolean; dateChanged: boolean }[] {
  return c.changes.flatMap((x) => {
    const row = x[side];
    if (x.table !== 'documents' || !row || typeof row.id !== 'number' || typeof row.case_id !== 'number' || typeof row.text !== 'string') return [];
    return [{ id: row.id, caseId: row.case_id, text: row.text, textChanged: x.before?.text !== x.after?.text, dateChanged: x.before?.published_at !== x.after?.published_at }];
  });
}

/** Puts every row of a changeset back to one side's snapshots, in one transaction, audited. */
function restoreSide(ctx: BackendContext, caseId: number, c: Changeset, side: 'before' | 'after', action: string): void {
  const db = ctx.archive.db;
  // Rows come back in any order (a mention before the entity it names): check keys at commit.
  db.pragma('defer_foreign_keys = ON');
  const documents = documentChanges(c, side);
  // Suggestions made for the text being replaced (a re-extraction after the command) would point into the wrong text.
  const known = c.changes.map((x) => x.uid);
  for (const d of documents) if (d.textChanged) deleteAnnotationsExcept(db, d.id, known);
  const ordered = side === 'before' ? [...c.changes].reverse() : c.changes;
  for (const change of ordered) {
    // A changed row a re-extraction has removed since stays removed: the suggestion that replaced it stands.
    if (change.before && change.after && !readRow(db, change.table, change.uid)) continue;
    restoreRow(db, change.table, change.uid, change[side]);
  }
  for (const d of documents) {
    if (d.textChanged) resignDocument(db, d.caseId, d.id, d.text);
    // Suggestions made since the command resolved their dates against the date being replaced.
    const doc = d.dateChanged ? getDocument(db, d.id) : undefined;
    if (doc) reresolveDates(db, doc, ctx.now());
  }
  setUndone(db, c.id, side === 'before');
  const other = side === 'before' ? 'after' : 'before';
  auditChanges(ctx, caseId, action, c.changes.map((x) => ({ ...x, before: x[other], after: x[side] })));
}

/** What undo and redo report: the step's description in English, and its code when it has one. */
export type StepDescription = ReturnType<typeof decodeDescription>;

/** Undoes the case's latest command; its rows go back to their before snapshots. */
export function undo(ctx: BackendContext, caseId: number): StepDescription | null {
  const db = ctx.archive.db;
  return db.transaction(() => {
    const c = lastActive(db, caseId);
    if (!c) return null;
    restoreSide(ctx, caseId, c, 'before', `undo ${c.action}`);
    return decodeDescription(c.description);
  })();
}

/** Redoes the command undone most recently. */
export function redo(ctx: BackendContext, caseId: number): StepDescription | null {
  const db = ctx.archive.db;
  return db.transaction(() => {
    const c = firstUndone(db, caseId);
    if (!c) return null;
    restoreSide(ctx, caseId, c, 'after', `redo ${c.action}`);
    return decodeDescription(c.description);
  })();
}
