import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../shared/domain/schemas';
import { call, importTexts, useBackend } from '../../../tests/helpers/backend';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../../tests/helpers/fixtures';
import type { Backend } from '../openBackend';

/** A new case with these files (name to text) imported, and the ids of the documents made. */
/** Rejects a document's open name suggestions, as a reviewer finishing it would. */
async function rejectOpenNames(backend: Backend, documentId: number) {
  const open = (await call(backend, 'app:mentions.list', { documentId })).filter((m) => m.type !== 'DATE' && m.status === 'suggested');
  if (open.length) await call(backend, 'app:mentions.review', { mentionIds: open.map((m) => m.id), status: 'rejected' });
}

/** Accepts a name the model found in a document, or adds it where the model missed it. */
async function confirmName(backend: Backend, documentId: number, text: string, name: string, type: Mention['type']) {
  const existing = (await call(backend, 'app:mentions.list', { documentId })).find((m) => m.text === name);
  if (existing) await call(backend, 'app:mentions.review', { mentionIds: [existing.id], status: 'accepted' });
  else await call(backend, 'app:mentions.add', { documentId, start: text.indexOf(name), end: text.indexOf(name) + name.length, type });
}

describe('extraction on import', () => {
  const env = useBackend();

  async function imported(text: string) {
    const backend = env.open();
    const { caseId, summary } = await importTexts(backend, 'Extraction', { 'a.txt': text });
    const outcome = summary.outcomes[0];
    if (outcome?.status !== 'imported') throw new Error(`not imported: ${JSON.stringify(outcome)}`);
    return { backend, caseId, documentId: outcome.documentId, summary };
  }

  it('stores suggested mentions with offsets into the document text, and claims', async () => {
    const { backend, documentId, summary } = await imported(ARABIC_ARTICLE);
    expect(summary.extraction).toMatchObject({ documents: 1, failed: [] });
    const mentions = await call(backend, 'app:mentions.list', { documentId });
    expect(mentions.length).toBe(summary.extraction?.entities);
    expect(mentions.every((m) => m.status === 'suggested' && m.source === 'model')).toBe(true);
    for (const m of mentions) expect(ARABIC_ARTICLE.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.some((m) => m.type === 'DATE' && m.text.includes('الثلاثاء'))).toBe(true);
    const claims = await call(backend, 'app:claims.list', { documentId });
    expect(claims.length).toBeGreaterThan(0);
    const quoted = claims.find((c) => c.content.includes('الوضع تحت السيطرة'));
    expect(quoted).toBeDefined();
    expect(quoted?.speaker).toContain('سامر الحداد');
    expect(quoted?.status).toBe('unreviewed');
    const byCase = await call(backend, 'app:claims.list', { caseId: (await call(backend, 'app:documents.get', { id: documentId })).caseId });
    expect(byCase.map((c) => c.id)).toEqual(claims.map((c) => c.id));
  });

  it('re-extraction keeps reviewed mentions and never re-proposes a span already decided', async () => {
    const { backend, caseId, documentId } = await imported(ENGLISH_ARTICLE);
    const db = backend.ctx.archive.db;
    const before = await call(backend, 'app:mentions.list', { documentId });
    expect(before.length).toBeGreaterThan(0);
    const [first, second] = before;
    db.prepare("UPDATE mentions SET status = 'rejected' WHERE id = ?").run(first!.id);
    if (second) db.prepare("UPDATE mentions SET status = 'accepted' WHERE id = ?").run(second.id);
    const run = await call(backend, 'app:extraction.run', { caseId });
    expect(run.documents).toBe(1);
    const after = await call(backend, 'app:mentions.list', { documentId });
    expect(after.filter((m) => m.start === first!.start && m.end === first!.end).map((m) => m.status)).toEqual(['rejected']);
    // The rejected text is not suggested again anywhere in the document.
    expect(after.filter((m) => m.text === first!.text && m.status === 'suggested')).toEqual([]);
    const keptSuggestions = before.filter((m) => m.status === 'suggested' && m.id !== first!.id && m.id !== second?.id && m.text !== first!.text);
    expect(after.filter((m) => m.status === 'suggested')).toHaveLength(keptSuggestions.length);
    if (second) expect(after.find((m) => m.id === second.id)?.status).toBe('accepted');
    const audit = db.prepare("SELECT count(*) FROM audit_log WHERE action = 'document.extract'").pluck().get();
    expect(audit).toBe(2);
  });

  it('refuses claims.list without exactly one scope', async () => {
    const { backend } = await imported(ENGLISH_ARTICLE);
    const result = await backend.invoke('app:claims.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('either documentId or caseId') } });
  });
});

describe('corrections teach the case', () => {
  const env = useBackend();

  it('proposes a confirmed name in other documents and never re-proposes a rejected text', async () => {
    const backend = env.open();
    const first = 'تقرير أول\n\nزار وفد من منظمة زهرة الرافدين مخيم النازحين قرب سنجار يوم الأحد.\n';
    const second = 'تقرير ثان\n\nقالت منظمة زهرة الرافدين إن المساعدات وصلت إلى سنجار، وأشاد بها المدعو زهرة.\n';
    const { caseId, ids } = await importTexts(backend, 'Teaching', { 'one.txt': first, 'two.txt': second });
    const [oneId, twoId] = ids;
    const org = 'منظمة زهرة الرافدين';
    const at = first.indexOf(org);
    await call(backend, 'app:mentions.add', { documentId: oneId!, start: at, end: at + org.length, type: 'ORG' });
    const wrong = (await call(backend, 'app:mentions.list', { documentId: twoId! })).filter((m) => m.type !== 'DATE' && !org.includes(m.text));
    if (wrong[0]) await call(backend, 'app:mentions.review', { mentionIds: [wrong[0].id], status: 'rejected' });

    await call(backend, 'app:extraction.run', { caseId });
    const two = await call(backend, 'app:mentions.list', { documentId: twoId! });
    const fromCase = two.find((m) => m.text === org || (m.text.includes('زهرة الرافدين') && m.start <= second.indexOf(org) + 6));
    expect(fromCase).toBeDefined();
    expect(fromCase?.type).toBe('ORG');
    if (wrong[0]) {
      const again = two.filter((m) => m.text === wrong[0]!.text && m.status === 'suggested');
      expect(again).toEqual([]);
    }
  });
});

describe('dates follow the publication date', () => {
  const env = useBackend();

  it('re-resolves relative dates when a user corrects the publication date, and keeps absolute ones', async () => {
    const backend = env.open();
    const text = 'Bridge reopens\n\nThe bridge reopened yesterday, the council said. Repairs began on 3 March 2024.\n';
    const [id = 0] = (await importTexts(backend, 'Dates', { 'bridge.txt': text })).ids;
    await call(backend, 'app:documents.updateMetadata', { id, metadata: { publishedAt: '2024-03-20' } });
    const dates = () => call(backend, 'app:mentions.list', { documentId: id }).then((ms) => ms.filter((m) => m.type === 'DATE'));
    expect((await dates()).map((m) => [m.text, m.value])).toEqual([
      ['yesterday', '2024-03-19'],
      ['3 March 2024', '2024-03-03'],
    ]);
    await call(backend, 'app:documents.updateMetadata', { id, metadata: { publishedAt: '2024-04-02' } });
    expect((await dates()).map((m) => m.value)).toEqual(['2024-04-01', '2024-03-03']);
  });
});

describe('the case model learns from finished documents', () => {
  const env = useBackend();

  it('retrains on re-extraction from documents with no open suggestion, and keeps working with the delta', async () => {
    const backend = env.open();
    const first = 'Port talks\n\nDelegates from Qartaba Holdings met port officials in Umm Qasr on Sunday.\n';
    const second = 'Port deal\n\nQartaba Holdings signed the Umm Qasr contract, officials said.\n';
    const { caseId, ids } = await importTexts(backend, 'Learning', { 'a.txt': first, 'b.txt': second });
    const [aId, bId] = ids;
    // Finish document a: decide every name suggestion, and add the company the model may have missed.
    await rejectOpenNames(backend, aId!);
    const org = 'Qartaba Holdings';
    await confirmName(backend, aId!, first, org, 'ORG');

    const run = await call(backend, 'app:extraction.run', { caseId });
    expect(run).toMatchObject({ learnedFrom: 1, failed: [] });
    const models = backend.ctx.archive.db.prepare('SELECT language, documents, length(adaptation) AS size FROM case_models WHERE case_id = ?').all(caseId);
    expect(models).toEqual([{ language: 'en', documents: 1, size: expect.any(Number) }]);
    const b = await call(backend, 'app:mentions.list', { documentId: bId! });
    expect(b.some((m) => m.text === org && m.type === 'ORG')).toBe(true);
  });

  it('retrains only when a review changed what it learns from', async () => {
    const backend = env.open();
    const text = 'Dam survey\n\nEngineers from Nahrain Consult inspected the Haditha dam with Layla Hassan on Monday.\n';
    const { caseId, ids } = await importTexts(backend, 'Fingerprint', { 'a.txt': text });
    const [id = 0] = ids;
    await rejectOpenNames(backend, id);
    const org = 'Nahrain Consult';
    await call(backend, 'app:mentions.add', { documentId: id, start: text.indexOf(org), end: text.indexOf(org) + org.length, type: 'ORG' });
    const model = () => backend.ctx.archive.db.prepare('SELECT fingerprint, updated_at, hex(adaptation) AS delta FROM case_models WHERE case_id = ?').get(caseId) as { fingerprint: string; updated_at: string; delta: string };

    expect(await call(backend, 'app:extraction.run', { caseId })).toMatchObject({ learnedFrom: 1 });
    const first = model();
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // Nothing reviewed since: the stored model stays as it is, and still teaches the extraction.
    expect(await call(backend, 'app:extraction.run', { caseId })).toMatchObject({ learnedFrom: 1 });
    expect(model()).toEqual(first);

    await confirmName(backend, id, text, 'Layla Hassan', 'PER');
    await call(backend, 'app:extraction.run', { caseId });
    const second = model();
    expect(second.fingerprint).not.toBe(first.fingerprint);
    expect(second.updated_at).not.toBe(first.updated_at);

    // Undoing that review brings the inputs, and so the fingerprint, back to the first model's.
    await call(backend, 'app:review.undo', { caseId });
    await call(backend, 'app:extraction.run', { caseId });
    expect(model()).toMatchObject({ fingerprint: first.fingerprint, delta: first.delta });
  });
});
