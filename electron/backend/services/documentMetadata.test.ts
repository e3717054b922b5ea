import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { call, useBackend } from '../../../tests/helpers/backend';
import { b64 } from '../../../tests/helpers/fixtures';
import type { Backend } from '../openBackend';

// Undated: the claims' dates come from أمس and the publication date once it is set.
const COUNCIL = 'تصويت المجلس\n\nوقال المحافظ أمس إن الجسر سيفتح الشهر المقبل. وأكد مسؤولون أن أعمال الصيانة بدأت في 3 آذار 2024.\n';

async function imported(backend: Backend, name: string, bytes: string | Uint8Array) {
  const c = await call(backend, 'app:cases.create', { name: `Case ${name}` });
  const s = await call(backend, 'app:import.files', { caseId: c.id, files: [{ name, dataBase64: b64(bytes) }] });
  const outcome = s.outcomes[0];
  if (outcome?.status !== 'imported') throw new Error(`not imported: ${JSON.stringify(outcome)}`);
  return { caseId: c.id, id: outcome.documentId };
}

const claimDates = async (backend: Backend, documentId: number) =>
  (await call(backend, 'app:claims.list', { documentId })).map((c) => [c.content.slice(0, 10), c.when, c.source]);
const dateValues = async (backend: Backend, documentId: number) =>
  (await call(backend, 'app:mentions.list', { documentId })).filter((m) => m.type === 'DATE').map((m) => [m.text, m.value]);

describe('claim dates follow the publication date', () => {
  const env = useBackend();

  it('re-resolves the extractor\'s claim dates with the publication date, and keeps dates a reviewer set', async () => {
    const backend = env.open();
    const { id } = await imported(backend, 'council.txt', COUNCIL);
    const [mayor, officials] = await call(backend, 'app:claims.list', { documentId: id });
    expect(mayor?.content).toContain('الجسر');
    expect(officials?.content).toContain('الصيانة');
    expect([mayor?.when, officials?.when]).toEqual([null, null]);

    await call(backend, 'app:documents.updateMetadata', { id, metadata: { publishedAt: '2024-03-20' } });
    expect((await call(backend, 'app:claims.list', { documentId: id })).map((c) => c.when)).toEqual(['2024-03-19', '2024-03-20']);

    // A reviewer dates the officials' claim, and adds one of their own with a date.
    await call(backend, 'app:claims.update', { claimId: officials!.id, when: '2024-01-05' });
    const start = COUNCIL.indexOf('أعمال');
    await call(backend, 'app:claims.add', { documentId: id, contentSpan: [start, start + 'أعمال الصيانة'.length], direct: false, when: '2023-12-01' });

    await call(backend, 'app:documents.updateMetadata', { id, metadata: { publishedAt: '2024-04-02' } });
    expect(await claimDates(backend, id)).toEqual([
      ['الجسر سيفت', '2024-04-01', 'model'],
      ['أعمال الصي', '2024-01-05', 'model'],
      ['أعمال الصي', '2023-12-01', 'user'],
    ]);
    // A claim the extractor still finds, but whose date was not touched, is not counted as reviewed.
    const untouched = backend.ctx.archive.db.prepare('SELECT count(*) FROM claims WHERE id = ? AND updated_at = created_at').pluck().get(mayor!.id);
    expect(untouched).toBe(1);
  });
});

describe('metadata edits and re-decoding are undoable', () => {
  const env = useBackend();

  it('undoes and redoes a publication date with the dates of its names and claims, as one step', async () => {
    const backend = env.open();
    const { caseId, id } = await imported(backend, 'council.txt', COUNCIL);
    await call(backend, 'app:documents.updateMetadata', { id, metadata: { publishedAt: '2024-03-20', author: 'سارة علي' } });
    await call(backend, 'app:documents.updateMetadata', { id, metadata: { publishedAt: '2024-04-02', title: 'تصويت المجلس البلدي' } });
    expect(await call(backend, 'app:review.history', { caseId })).toMatchObject({ undo: 2, redo: 0, undoDescription: `Edit the details of document #${id}` });
    const later = { claims: await claimDates(backend, id), dates: await dateValues(backend, id) };
    expect(later.dates).toContainEqual(['أمس', '2024-04-01']);

    expect(await call(backend, 'app:review.undo', { caseId })).toEqual({
      description: `Edit the details of document #${id}`,
      descriptionCode: { code: 'msg.history.editDocument', params: { id: String(id) } },
    });
    expect(await call(backend, 'app:documents.get', { id })).toMatchObject({ title: 'تصويت المجلس', publishedAt: '2024-03-20', author: 'سارة علي' });
    expect(await dateValues(backend, id)).toContainEqual(['أمس', '2024-03-19']);
    expect((await claimDates(backend, id)).map((c) => c[1])).toEqual(['2024-03-19', '2024-03-20']);
    // Search follows the restored title.
    expect((await call(backend, 'app:search.query', { query: 'البلدي', caseId })).total).toBe(0);

    await call(backend, 'app:review.undo', { caseId });
    expect(await call(backend, 'app:documents.get', { id })).toMatchObject({ publishedAt: null, author: null });
    expect((await claimDates(backend, id)).map((c) => c[1])).toEqual([null, null]);

    await call(backend, 'app:review.redo', { caseId });
    await call(backend, 'app:review.redo', { caseId });
    expect(await call(backend, 'app:documents.get', { id })).toMatchObject({ title: 'تصويت المجلس البلدي', publishedAt: '2024-04-02' });
    expect({ claims: await claimDates(backend, id), dates: await dateValues(backend, id) }).toEqual(later);
    const audit = backend.ctx.archive.db.prepare("SELECT object_type, after_json FROM audit_log WHERE action = 'redo document.updateMetadata'").all() as { object_type: string; after_json: string }[];
    expect(new Set(audit.map((a) => a.object_type))).toEqual(new Set(['documents', 'mentions', 'claims']));
    // The audit log names the document's change without copying its text.
    expect(audit.filter((a) => a.object_type === 'documents').every((a) => !('text' in (JSON.parse(a.after_json) as object)))).toBe(true);
  });

  it('undoes a date edit after a re-extraction without doubling its suggestions, whose dates follow the restored date', async () => {
    const backend = env.open();
    const { caseId, id } = await imported(backend, 'council.txt', COUNCIL);
    await call(backend, 'app:documents.updateMetadata', { id, metadata: { publishedAt: '2024-03-20' } });
    await call(backend, 'app:extraction.run', { caseId });
    const extracted = await call(backend, 'app:mentions.list', { documentId: id });
    expect(extracted.filter((m) => m.text === 'أمس').map((m) => m.value)).toEqual(['2024-03-19']);

    await call(backend, 'app:review.undo', { caseId });
    const after = await call(backend, 'app:mentions.list', { documentId: id });
    expect(after.map((m) => [m.start, m.end])).toEqual(extracted.map((m) => [m.start, m.end]));
    expect(after.filter((m) => m.text === 'أمس').map((m) => m.value)).toEqual([null]);
    expect((await call(backend, 'app:claims.list', { documentId: id })).map((c) => c.when)).toEqual([null, null]);
  });

  it('undoes a re-decode: the old text, encoding and suggestions come back, and redo decodes again', async () => {
    const backend = env.open();
    const { caseId, id } = await imported(backend, 'council.txt', new Uint8Array(iconv.encode(COUNCIL, 'windows-1256')));
    const db = backend.ctx.archive.db;
    const original = await call(backend, 'app:documents.get', { id });
    expect(original.text).toBe(COUNCIL);
    const before = await call(backend, 'app:mentions.list', { documentId: id });
    const claimsBefore = await call(backend, 'app:claims.list', { documentId: id });
    const signature = () => db.prepare('SELECT hex(signature) FROM document_minhash WHERE document_id = ?').pluck().get(id);
    const originalSignature = signature();

    const wrong = await call(backend, 'app:documents.redecode', { id, encoding: 'iso-8859-6' });
    expect(wrong.text).not.toBe(COUNCIL);
    expect(wrong.file.encoding).toBe('iso-8859-6');
    expect(signature()).not.toBe(originalSignature);
    const wrongMentions = await call(backend, 'app:mentions.list', { documentId: id });
    expect(await call(backend, 'app:review.history', { caseId })).toMatchObject({ undo: 1, undoDescription: `Decode document #${id} as iso-8859-6` });

    // A re-extraction after the re-decode adds suggestions for the wrong text; undo must not keep them.
    await call(backend, 'app:extraction.run', { caseId });

    await call(backend, 'app:review.undo', { caseId });
    expect(await call(backend, 'app:documents.get', { id })).toMatchObject({ text: COUNCIL, title: original.title, file: { encoding: original.file.encoding } });
    expect(await call(backend, 'app:mentions.list', { documentId: id })).toEqual(before);
    expect(await call(backend, 'app:claims.list', { documentId: id })).toEqual(claimsBefore);
    expect(signature()).toBe(originalSignature);
    expect((await call(backend, 'app:search.query', { query: 'المحافظ', caseId })).total).toBe(1);

    await call(backend, 'app:review.redo', { caseId });
    expect(await call(backend, 'app:documents.get', { id })).toMatchObject({ text: wrong.text, file: { encoding: 'iso-8859-6' } });
    expect(await call(backend, 'app:mentions.list', { documentId: id })).toEqual(wrongMentions);
    expect((await call(backend, 'app:search.query', { query: 'المحافظ', caseId })).total).toBe(0);
  });
});
