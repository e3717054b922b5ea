import { appendAudit } from '../../../db/repositories/audit';
import { documentOfClaim } from '../../../db/repositories/claims';
import { dropRedoable, firstUndone, insertChangeset, lastActive, setUndone, type RowChange } from '../../../db/repositories/changesets';
import { readRow, restoreRow, type Row, type TrackedTable } from '../../../db/repositories/rows';
import type { BackendContext } from '../../context';

/** Collects the rows a command is about to change, so their before and after can be kept. */
export class Tracker {
  private readonly tracked: { table: TrackedTable; uid: string; before: Row | null }[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly ctx: BackendContext) {}

  get db() {
    return this.ctx.archive.db;
  }

  /** Call before changing, inserting (the row does not exist yet) or deleting a row. */
  track(table: TrackedTable, uid: string): void {
    const key = `${table}:${uid}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.tracked.push({ table, uid, before: readRow(this.db, table, uid) });
  }

  changes(): RowChange[] {
    return this.tracked
      .map((t) => ({ ...t, after: readRow(this.db, t.table, t.uid) }))
      .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
  }
}

/** The document a changed row belongs to, so the document's audit view shows it (links via their claim). */
function documentOf(ctx: BackendContext, row: Row | null): number | null {
  if (!row) return null;
  if (typeof row.document_id === 'number') return row.document_id;
  if (typeof row.claim_id === 'number') return documentOfClaim(ctx.archive.db, row.claim_id) ?? null;
  return null;
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
      documentId: documentOf(ctx, c.after) ?? documentOf(ctx, c.before),
      before: c.before,
      after: c.after,
    });
  }
}

/**
 * Runs one review command as one transaction: the change, its audit entries and its changeset
 * for undo. A command that changes nothing leaves no trace.
 */
export function runCommand<T>(ctx: BackendContext, caseId: number, action: string, description: string, body: (t: Tracker) => T): T {
  const db = ctx.archive.db;
  return db.transaction(() => {
    const tracker = new Tracker(ctx);
    const result = body(tracker);
    const changes = tracker.changes();
    if (changes.length > 0) {
      dropRedoable(db, caseId);
      insertChangeset(db, { uid: ctx.uid(), origin: ctx.archive.archiveId, caseId, at: ctx.now(), actor: ctx.actor, action, description, changes });
      auditChanges(ctx, caseId, action, changes);
    }
    return result;
  })();
}

/** Undoes the case's latest command; its rows go back to their before snapshots. */
export function undo(ctx: BackendContext, caseId: number): { description: string } | null {
  const db = ctx.archive.db;
  return db.transaction(() => {
    const c = lastActive(db, caseId);
    if (!c) return null;
    // Rows come back in any order (a mention before the entity it names): check keys at commit.
    db.pragma('defer_foreign_keys = ON');
    for (const change of [...c.changes].reverse()) restoreRow(db, change.table, change.uid, change.before);
    setUndone(db, c.id, true);
    auditChanges(ctx, caseId, `undo ${c.action}`, c.changes.map((x) => ({ ...x, before: x.after, after: x.before })));
    return { description: c.description };
  })();
}

/** Redoes the command undone most recently. */
export function redo(ctx: BackendContext, caseId: number): { description: string } | null {
  const db = ctx.archive.db;
  return db.transaction(() => {
    const c = firstUndone(db, caseId);
    if (!c) return null;
    db.pragma('defer_foreign_keys = ON');
    for (const change of c.changes) restoreRow(db, change.table, change.uid, change.after);
    setUndone(db, c.id, false);
    auditChanges(ctx, caseId, `redo ${c.action}`, c.changes);
    return { description: c.description };
  })();
}
