import { describe, expect, it } from 'vitest';
import type { ImportOutcome, Progress } from '../../shared/domain/schemas';
import { call, useBackend } from '../helpers/backend';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE, b64, cp1256, utf8 } from '../helpers/fixtures';
import { hasChromium, printToPdf } from './chromiumPdf';
import { docx, eml, pdf, zip } from './generate';

const paragraphs = (text: string) => text.trim().split(/\n\s*\n|\n/).filter((l) => l.trim() !== '');
const asHtml = (text: string, lang: string) =>
  `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"></head><body>${paragraphs(text).map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const docId = (o: ImportOutcome | undefined): number => (o && 'documentId' in o ? o.documentId : -1);

const WIRE = `Ferry service resumes across the Shatt al-Arab

The ferry between the two banks of the Shatt al-Arab resumed service on Monday after a week of repairs to its engines and landing ramps.
Port officials said the first crossing carried more than two hundred passengers and a dozen cars, and that timetables would return to normal by Thursday.
Traders in the market on the eastern bank welcomed the news, saying the closure had doubled the time it took to bring goods from the city.
The port authority said it would inspect the vessel again at the end of the month and publish a maintenance schedule for the rest of the year.
`;

describe('import pipeline', () => {
  const env = useBackend();
  async function newCase() {
    const backend = env.open();
    const c = await call(backend, 'app:cases.create', { name: 'Pipeline' });
    return { backend, caseId: c.id };
  }

  it('imports one article once whatever the format: text, PDF, DOCX and HTML copies are reported as the same article', async () => {
    const { backend, caseId } = await newCase();
    const files = [
      { name: 'ferry.txt', dataBase64: b64(utf8(WIRE)) },
      { name: 'ferry.pdf', dataBase64: b64(pdf([paragraphs(WIRE).slice(0, 2), paragraphs(WIRE).slice(2)])) },
      { name: 'ferry.docx', dataBase64: b64(docx(paragraphs(WIRE))) },
      { name: 'ferry.html', dataBase64: b64(utf8(asHtml(WIRE, 'en'))) },
    ];
    const summary = await call(backend, 'app:import.files', { caseId, files });
    expect(summary.outcomes.map((o) => o.status)).toEqual(['imported', 'duplicate', 'duplicate', 'duplicate']);
    expect(summary.outcomes.slice(1).every((o) => o.status === 'duplicate' && o.duplicateOf === docId(summary.outcomes[0]))).toBe(true);
  });

  it.skipIf(!hasChromium)('recognises an Arabic article printed to PDF by a browser, saved as DOCX, HTML and windows-1256 text', async () => {
    const { backend, caseId } = await newCase();
    const text = ARABIC_ARTICLE.replace(/[«»]/g, '"');
    const files = [
      { name: 'article.txt', dataBase64: b64(utf8(text)) },
      { name: 'article.pdf', dataBase64: b64(printToPdf(asHtml(text, 'ar'), env.tempDir())) },
      { name: 'article.docx', dataBase64: b64(docx(paragraphs(text))) },
      { name: 'article.html', dataBase64: b64(utf8(asHtml(text, 'ar'))) },
      { name: 'article-1256.txt', dataBase64: b64(cp1256(text)) },
    ];
    const summary = await call(backend, 'app:import.files', { caseId, files });
    expect(summary.outcomes.map((o) => `${o.name}: ${o.status}`)).toEqual([
      'article.txt: imported',
      'article.pdf: duplicate',
      'article.docx: duplicate',
      'article.html: duplicate',
      'article-1256.txt: duplicate',
    ]);
  });

  it('links a republished story with small edits as a near-duplicate, with its similarity', async () => {
    const { backend, caseId } = await newCase();
    const edited = WIRE.replace('more than two hundred', 'about 250').replace('by Thursday', 'by the end of the week');
    const summary = await call(backend, 'app:import.files', {
      caseId,
      files: [
        { name: 'wire.txt', dataBase64: b64(utf8(WIRE)) },
        { name: 'republished.txt', dataBase64: b64(utf8(edited)) },
        { name: 'other.txt', dataBase64: b64(utf8(ENGLISH_ARTICLE)) },
      ],
    });
    const [first, near, other] = summary.outcomes;
    expect(near).toMatchObject({ status: 'near-duplicate', nearDuplicateOf: docId(first), reason: expect.stringMatching(/^Near-duplicate of #\d+ \(similarity 0\.\d\d\)\.$/) });
    expect(near?.status === 'near-duplicate' && near.similarity).toBeGreaterThanOrEqual(0.7);
    expect(other?.status).toBe('imported');
    expect(summary.nearDuplicates).toBe(1);
    const doc = await call(backend, 'app:documents.get', { id: docId(near) });
    expect(doc.nearDuplicateOf).toEqual({ id: docId(first), similarity: expect.any(Number) });
  });

  it('imports the files of a zip, the rows of a CSV and an e-mail with its attachment linked to it', async () => {
    const { backend, caseId } = await newCase();
    const csv = utf8('headline,body,date\n"Bridge reopens","The old bridge reopened to traffic on Sunday.",2024-02-11\n"Power restored","Electricity returned to the northern districts.",2024-02-12\n');
    const mail = eml({ from: 'desk@example.org', to: 'team@example.org', subject: 'Tip about the ferry', date: 'Mon, 04 Mar 2024 10:00:00 +0000', body: 'See the attached note.', attachment: { name: 'note.txt', type: 'text/plain', data: utf8(ENGLISH_ARTICLE) } });
    const files = [
      { name: 'bundle.zip', dataBase64: b64(zip({ 'a/wire.txt': WIRE, 'feed.csv': csv })) },
      { name: 'tip.eml', dataBase64: b64(mail) },
    ];
    const summary = await call(backend, 'app:import.files', { caseId, files });
    expect(summary.outcomes.map((o) => `${o.name}: ${o.status}`)).toEqual([
      'bundle.zip › a/wire.txt: imported',
      'bundle.zip › feed.csv › row 1: imported',
      'bundle.zip › feed.csv › row 2: imported',
      'tip.eml: imported',
      'tip.eml › note.txt: imported',
    ]);
    const row = await call(backend, 'app:documents.get', { id: docId(summary.outcomes[1]) });
    expect(row).toMatchObject({ title: 'Bridge reopens', publishedAt: '2024-02-11', sourcePart: 'row 1' });
    const note = await call(backend, 'app:documents.get', { id: docId(summary.outcomes[4]) });
    expect(note.parentDocumentId).toBe(docId(summary.outcomes[3]));
    const again = await call(backend, 'app:import.files', { caseId, files: [{ name: 'feed-again.csv', dataBase64: b64(csv) }] });
    expect(again.outcomes).toEqual([{ name: 'feed-again.csv', status: 'duplicate', duplicateOf: row.id, reason: `Duplicate of #${row.id} (same file).` }]);
  });

  it('counts the entries of a zip in the progress and stops inside it when cancelled', async () => {
    const { backend, caseId } = await newCase();
    const entries = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`n${String(i).padStart(2, '0')}.txt`, `Report ${i}\n\nBody of report number ${i}.`]));
    const events: Progress[] = [];
    backend.subscribe((event, payload) => {
      if (event !== 'app:progress') return;
      const p = payload as Progress;
      if (p.kind !== 'import') return;
      events.push(p);
      if (p.done >= 3) void backend.invoke('app:operations.cancel', { operationId: 'op-zip' });
    });
    const summary = await call(backend, 'app:import.files', { caseId, files: [{ name: 'reports.zip', dataBase64: b64(zip(entries)) }], operationId: 'op-zip' });
    expect(summary.outcomes).toHaveLength(30);
    expect(summary.imported).toBeGreaterThanOrEqual(2);
    expect(summary.cancelled).toBe(30 - summary.imported);
    expect(events.at(-1)).toMatchObject({ finished: true, total: 31 });
  });

  it('previews and applies a column mapping', async () => {
    const { backend, caseId } = await newCase();
    const json = utf8(JSON.stringify([{ hed: 'Dam inspected', copy: 'Inspectors visited the dam on Monday and found it sound.', src: 'https://n.example/1' }]));
    const preview = await call(backend, 'app:import.preview', { file: { name: 'x.json', dataBase64: b64(json) } });
    expect(preview).toMatchObject({ columns: ['hed', 'copy', 'src'], rows: 1, mapping: {} });
    const summary = await call(backend, 'app:import.files', { caseId, files: [{ name: 'x.json', dataBase64: b64(json) }], mapping: { title: 'hed', text: 'copy', url: 'src' } });
    const doc = await call(backend, 'app:documents.get', { id: docId(summary.outcomes[0]) });
    expect(doc).toMatchObject({ title: 'Dam inspected', url: 'https://n.example/1', text: 'Inspectors visited the dam on Monday and found it sound.' });
  });

  it('maps a detected column to none: the field stays empty, and a title comes from the text', async () => {
    const { backend, caseId } = await newCase();
    const body = 'Inspectors visited the Haditha dam on Monday and found the spillway sound.';
    const json = utf8(JSON.stringify([{ headline: 'Dam inspected', text: body, url: 'https://n.example/2', byline: 'Metro desk' }]));
    const preview = await call(backend, 'app:import.preview', { file: { name: 'y.json', dataBase64: b64(json) } });
    expect(preview.mapping).toMatchObject({ title: 'headline', url: 'url', author: 'byline' });
    const noText = await call(backend, 'app:import.files', { caseId, files: [{ name: 'y.json', dataBase64: b64(json) }], mapping: { text: null } });
    expect(noText.outcomes[0]).toMatchObject({ status: 'failed', reason: expect.stringContaining('no column') });
    const summary = await call(backend, 'app:import.files', { caseId, files: [{ name: 'y.json', dataBase64: b64(json) }], mapping: { title: null, author: null } });
    const doc = await call(backend, 'app:documents.get', { id: docId(summary.outcomes[0]) });
    expect(doc).toMatchObject({ title: body, author: null, url: 'https://n.example/2', text: body });
  });

  it('edits metadata in one audited change, and re-decodes a text file with a chosen encoding', async () => {
    const { backend, caseId } = await newCase();
    const text = 'خبر قصير\n\nقال المتحدث إن الطرق في المدينة أعيد فتحها بعد الظهر أمام السيارات.';
    const summary = await call(backend, 'app:import.files', { caseId, files: [{ name: 'short.txt', dataBase64: b64(cp1256(text)) }] });
    const id = docId(summary.outcomes[0]);
    const updated = await call(backend, 'app:documents.updateMetadata', { id, metadata: { author: 'سارة علي', publishedAt: '2024-05-01', outlet: 'River Post' } });
    expect(updated).toMatchObject({ title: 'خبر قصير', author: 'سارة علي', publishedAt: '2024-05-01', outlet: 'River Post' });
    const log = backend.ctx.archive.db.prepare("SELECT before_json, after_json FROM audit_log WHERE action = 'document.updateMetadata' AND object_type = 'documents'").all() as { before_json: string; after_json: string }[];
    expect(log).toHaveLength(1);
    expect(JSON.parse(log[0]!.after_json)).toMatchObject({ author: 'سارة علي' });
    const wrong = await call(backend, 'app:documents.redecode', { id, encoding: 'iso-8859-6' });
    expect(wrong.text).not.toBe(text);
    const right = await call(backend, 'app:documents.redecode', { id, encoding: 'windows-1256' });
    expect(right).toMatchObject({ text, title: 'خبر قصير', file: { encoding: 'windows-1256' } });
  });
});
