import { resolveDate } from '../../../shared/nlp/dates';
import { documentUid } from '../../db/repositories/documents';
import { listMentions, setMentionValue } from '../../db/repositories/mentions';
import type { BackendContext } from '../context';
import { audit } from './audit';
import { requireDocument } from './documents';

/**
 * Resolves a document's dates again against its (changed) publication date: "yesterday" follows
 * the new date, absolute dates stay. One transaction, audited; returns how many values changed.
 */
export function reresolveDates(ctx: BackendContext, documentId: number): number {
  const doc = requireDocument(ctx, documentId);
  const anchor = doc.publishedAt ? doc.publishedAt.slice(0, 10) : null;
  const language = doc.language === 'en' ? 'en' : 'ar';
  const db = ctx.archive.db;
  return db.transaction(() => {
    const changes: { text: string; before: string | null; after: string | null }[] = [];
    for (const m of listMentions(db, documentId)) {
      if (m.type !== 'DATE') continue;
      // Re-reading the text gives the same value for absolute dates and a new one for relative ones.
      const value = resolveDate({ text: m.text, value: null, relative: true }, anchor, language)?.iso ?? null;
      if (value === m.value) continue;
      setMentionValue(db, m.id, value, ctx.now());
      changes.push({ text: m.text, before: m.value, after: value });
    }
    if (changes.length > 0) {
      const uid = documentUid(db, documentId) ?? '';
      audit(ctx, { action: 'document.reresolveDates', objectType: 'document', objectUid: uid, caseId: doc.caseId, documentId, before: { anchor: null }, after: { anchor, changes } });
    }
    return changes.length;
  })();
}
