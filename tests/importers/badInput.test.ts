import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, useBackend } from '../helpers/backend';
import { ENGLISH_ARTICLE, b64, utf8 } from '../helpers/fixtures';
import { docx, eml, html, pdf, zip } from './generate';

const GOOD_PDF = pdf([['Dam inspection report', 'Inspectors found cracks in the spillway on Monday.'], ['Repairs begin next week.']]);
const nested = (depth: number): Uint8Array => (depth === 0 ? utf8('Deep inside\n\nA note at the bottom of the nesting.') : zip({ [`level${depth}.zip`]: nested(depth - 1) }));
const junk = (): Uint8Array => {
  const bytes = randomBytes(4096);
  bytes[10] = 0;
  bytes[20] = 0;
  bytes[0] = 0x21;
  return new Uint8Array(bytes);
};

/** Each bad file with the outcome it must get; good files sit between them to show the batch goes on. */
const CORPUS: [name: string, bytes: Uint8Array, expected: RegExp][] = [
  ['empty.txt', new Uint8Array(), /^failed: The file is empty\.$/],
  ['zero.pdf', new Uint8Array(), /^failed: The file is empty\.$/],
  ['zero.docx', new Uint8Array(), /^failed: The file is empty\.$/],
  ['blank.md', utf8('  \n\n\t \n'), /^failed: The file contains no text\.$/],
  ['truncated.pdf', GOOD_PDF.slice(0, Math.floor(GOOD_PDF.length * 0.6)), /^failed: The PDF is damaged or not a PDF/],
  ['header-only.pdf', utf8('%PDF-1.7\n'), /^failed: The PDF is damaged or not a PDF/],
  ['encrypted.pdf', pdf([['Secret minutes of the meeting']], { encrypt: true }), /^failed: The PDF is password-protected/],
  ['not-really.pdf', utf8('This is a plain note saved with the wrong extension.'), /^failed: The PDF is damaged or not a PDF/],
  ['good-1.txt', utf8(ENGLISH_ARTICLE), /^imported$/],
  ['pdf-named.txt', GOOD_PDF, /^imported$/],
  ['docx-named.pdf', docx(['Council meets on water rights', 'The council met on Sunday to discuss water rights.']), /^imported$/],
  ['junk.txt', junk(), /^failed: The file looks binary/],
  ['nul-heavy.md', new Uint8Array([0x23, 0x20, 0x41, 0, 0, 0, 0x42, 0, 0x43]), /^failed: The file looks binary/],
  ['invalid-utf8.txt', new Uint8Array([...utf8('Caf'), 0xc3, 0x28, ...utf8(' in the old quarter reopened on Friday.')]), /^imported$/],
  ['bad-bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]), /^failed: The file starts as UTF-8 but contains invalid UTF-8 bytes\.$/],
  ['one-line-50mb.txt', new Uint8Array(50 * 1024 * 1024).fill(0x61), /^failed: Too long for one article: 52\.4 million characters/],
  [
    'hostile.html',
    html('Market reopens after the storm', ['Traders returned to the central market on Saturday after repairs to the roof were finished.'], '<script>document.cookie</script>', '<a href="javascript:alert(1)" onclick="steal()">click</a><iframe src="https://evil.example"></iframe><img src=x onerror="alert(2)">'),
    /^imported$/,
  ],
  ['only-script.html', utf8('<html><body><script>while(true){}</script><style>p{}</style></body></html>'), /^failed: The page contains no article text\.$/],
  ['bomb.zip', zip({ 'zeros.txt': new Uint8Array(20 * 1024 * 1024) }, 9), /^failed: "zeros\.txt" expands \d+× \(refused as a possible zip bomb\)\.$/],
  ['many.zip', zip(Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`f${i}.txt`, 'x'])), 0), /^failed: The archive has more than 10000 entries/],
  ['nested.zip', nested(4), /^failed: Archives nested more than 3 deep are not opened/],
  ['damaged.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(64)]), /^failed: The zip archive is damaged/],
  ['no-body.docx', zip({ '[Content_Types].xml': '<Types/>', 'word/other.xml': '<x/>' }), /^failed: The Word document has no body/],
  [
    'xxe.docx',
    docx(['Report &xxe; ends'], { rawXml: true, doctype: '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' }),
    /^failed: The document declares XML entities \(a DOCTYPE\), which are never resolved/,
  ],
  ['empty.eml', new Uint8Array(), /^failed: The file is empty\.$/],
  [
    'malformed.eml',
    utf8('From: =?utf-8?B?!!!broken?= <not an address\nSubject: =?x-unknown?Q?Dam=20report?=\nDate: 45 Smarch 2024 99:99\nGarbage line without colon\nContent-Type: multipart/mixed; boundary="never-closed"\n\n--never-closed\nContent-Type: text/plain\n\nThe dam report body survives the broken headers.\n'),
    /^imported$/,
  ],
  ['headers-only.eml', utf8('X-Nothing: here\n\n'), /^failed: The message has neither a subject nor a body\.$/],
  ['broken.json', utf8('{"title": "Unclosed", "text": '), /^failed: The file is not valid JSON/],
  ['no-list.json', utf8('{"title": "One object only"}'), /^failed: The JSON holds no list of articles/],
  ['bad-line.jsonl', utf8('{"title":"A","text":"Body of A is here."}\n{broken\n'), /^failed: Line 2 is not valid JSON\.$/],
  ['no-text.csv', utf8('id,flag\n1,yes\n2,no\n'), /^failed: No column holds the article text/],
  ['header-only.csv', utf8('title,text\n'), /^failed: The file has no rows\.$/],
  ['program.txt', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...randomBytes(200)]), /^failed: The file is a program, media file or unsupported archive/],
  ['elf.pdf', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, ...randomBytes(200)]), /^failed: The file is a program, media file or unsupported archive/],
  ['archive.html', new Uint8Array([0x1f, 0x8b, 0x08, 0x00, ...randomBytes(100)]), /^failed: The file is a program, media file or unsupported archive/],
  ['broken.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(300)]), /^failed: The image cannot be read/],
  ['spreadsheet.xlsx', utf8('not a spreadsheet'), /^failed: \.xlsx files are not supported/],
  ['README', utf8('A file with no extension.'), /^failed: files without an extension are not supported/],
  ['good-2.eml', eml({ from: 'desk@example.org', to: 'team@example.org', subject: 'Ferry service resumes', date: 'Mon, 04 Mar 2024 10:00:00 +0000', body: 'The ferry resumed service across the river on Monday morning.' }), /^imported$/],
  ['copy-of-good-1.txt', utf8(ENGLISH_ARTICLE), /^duplicate: Duplicate of #1 \(same file\)\.$/],
];

describe('bad-input corpus', () => {
  const env = useBackend();

  it(`gives each of ${CORPUS.length} files its outcome and never stops the batch or leaves a partial document`, async () => {
    const backend = env.open();
    const c = await call(backend, 'app:cases.create', { name: 'Bad inputs' });
    const summary = await call(backend, 'app:import.files', { caseId: c.id, files: CORPUS.map(([name, bytes]) => ({ name, dataBase64: b64(bytes) })) });
    // Outcomes inside a file (a zip's entries) are named "file › entry": each is keyed by its file.
    const got = Object.fromEntries(summary.outcomes.map((o) => [o.name.split(' › ')[0], o.status === 'imported' ? 'imported' : `${o.status}: ${'reason' in o ? o.reason : ''}`]));
    for (const [name, , expected] of CORPUS) expect({ name, outcome: got[name] }).toEqual({ name, outcome: expect.stringMatching(expected) });
    expect(summary.outcomes).toHaveLength(CORPUS.length);
    const db = backend.ctx.archive.db;
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(summary.imported);
    // Every stored file belongs to a document: nothing is left behind by a failure.
    expect(db.prepare('SELECT count(*) FROM files f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.file_id = f.id)').pluck().get()).toBe(0);
    const hostile = await call(backend, 'app:documents.get', { id: (summary.outcomes.find((o) => o.name === 'hostile.html') as { documentId: number }).documentId });
    expect(hostile.text).toContain('Traders returned');
    expect(hostile.text).not.toMatch(/cookie|javascript|steal|alert|evil|<|>/);
  });
});
