import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseFile } from '../../electron/importers/parseFile';
import type { ParsedArticle } from '../../electron/importers/types';
import { utf8 } from '../helpers/fixtures';
import { docx, eml, html, odt, pdf, zip } from './generate';

async function one(bytes: Uint8Array, name: string, options = {}): Promise<ParsedArticle> {
  const r = await parseFile(bytes, name, options);
  if (r.kind !== 'articles' || r.articles.length !== 1 || !r.articles[0]) throw new Error(`expected one article from ${name}`);
  return r.articles[0];
}

const PARAS = ['Flood barriers raised along the Tigris', 'Engineers in Baghdad raised temporary barriers on Tuesday as the river rose.', 'Residents were told to move valuables upstairs.'];

describe('formats', () => {
  it('reads the main article of a web page with its metadata, and drops everything executable', async () => {
    const head = `<meta name="author" content="Layla Hassan"><meta property="og:site_name" content="River Post"><link rel="canonical" href="https://river.example/a/7">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood barriers raised along the Tigris","datePublished":"2024-03-05T08:00:00+03:00"}</script><script>steal()</script>`;
    const extra = '<nav><a href="javascript:alert(1)">Home</a></nav><iframe src="https://ads.example"></iframe><div class="comments"><p>First comment!</p></div>';
    const a = await one(html(PARAS[0]!, PARAS.slice(1).map((p) => `${p} ${p}`), head, extra), 'page.html');
    expect(a).toMatchObject({ title: PARAS[0], author: 'Layla Hassan', outlet: 'River Post', url: 'https://river.example/a/7', publishedAt: '2024-03-05', language: 'en' });
    expect(a.text.startsWith(PARAS[0]!)).toBe(true);
    expect(a.text).toContain('Engineers in Baghdad');
    expect(a.text).not.toMatch(/steal|alert|javascript|First comment|<|>/);
  });

  it('takes the date from <time> when the page has no meta date, and honours a declared charset', async () => {
    const page = `<html lang="ar"><head><meta charset="windows-1256"><title>خبر</title></head><body><article><p>نص الخبر عن السد والنهر في المدينة.</p><time datetime="2023-11-02">٢ نوفمبر</time></article></body></html>`;
    const a = await one(new Uint8Array(iconv.encode(page, 'windows-1256')), 'old.htm');
    expect(a).toMatchObject({ title: 'خبر', publishedAt: '2023-11-02', language: 'ar', encoding: 'windows-1256' });
    expect(a.text).toContain('نص الخبر عن السد');
  });

  it('reads a saved web page (MHTML) with its address', async () => {
    const page = '<html lang="en"><head><title>Ferry resumes</title></head><body><article><p>The ferry resumed service across the river on Monday after repairs.</p></article></body></html>';
    const mhtml = `From: <Saved by Blink>\r\nSnapshot-Content-Location: https://river.example/ferry\r\nSubject: Ferry resumes\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://river.example/ferry\r\n\r\n${page}\r\n--B--\r\n`;
    const a = await one(utf8(mhtml), 'ferry.mhtml');
    expect(a).toMatchObject({ title: 'Ferry resumes', url: 'https://river.example/ferry', language: 'en' });
    expect(a.text).toContain('The ferry resumed service');
  });

  it('reads a PDF text layer with page boundaries', async () => {
    const a = await one(pdf([[PARAS[0]!, PARAS[1]!], [PARAS[2]!]], { title: 'River report' }), 'report.pdf');
    expect(a.title).toBe('River report');
    expect(a.text).toBe(`${PARAS[0]}\n${PARAS[1]}\n\f\n${PARAS[2]}`);
  });

  it('reads DOCX paragraphs and core properties', async () => {
    const a = await one(docx(PARAS, { author: 'Samir Haddad' }), 'story.docx');
    expect(a).toMatchObject({ title: PARAS[0], author: 'Samir Haddad' });
    expect(a.text).toBe(PARAS.join('\n\n'));
  });

  it('reads ODT paragraphs without annotations', async () => {
    const a = await one(odt(PARAS, 'Tigris flood'), 'story.odt');
    expect(a.title).toBe('Tigris flood');
    expect(a.text).toContain(PARAS[1]);
    expect(a.text).not.toContain('hidden comment');
  });

  it('reads RTF with code-page bytes and Unicode escapes', async () => {
    const rtf = String.raw`{\rtf1\ansi\ansicpg1256{\fonttbl{\f0 Arial;}}{\info{\title t}}\f0 Report\par \'c7\'e1\'e4\'e5\'d1 \u1605?\u1575?\u1569?\par}`;
    const a = await one(utf8(rtf), 'note.rtf');
    expect(a.text).toBe('Report\nالنهر ماء');
  });

  it('reads an e-mail with from, to, date and subject, carrying its attachment', async () => {
    const a = await one(
      eml({ from: 'Layla Hassan <layla@example.org>', to: 'desk@example.org', subject: 'Barriers on the Tigris', date: 'Tue, 05 Mar 2024 09:00:00 +0300', body: PARAS[1]!, attachment: { name: 'notes.txt', type: 'text/plain', data: utf8('Attached notes\n\nMore detail.') } }),
      'tip.eml',
    );
    expect(a).toMatchObject({ title: 'Barriers on the Tigris', author: 'Layla Hassan <layla@example.org>', publishedAt: '2024-03-05' });
    expect(a.text).toContain('To: desk@example.org');
    expect(a.text).toContain(PARAS[1]);
    expect(a.attachments?.map((f) => f.name)).toEqual(['notes.txt']);
  });

  it('splits an mbox into messages', async () => {
    const m = (s: string) => `From someone@example.org Tue Mar  5 09:00:00 2024\nFrom: a@example.org\nSubject: ${s}\nDate: Tue, 05 Mar 2024 09:00:00 +0000\n\nBody of ${s}.\n`;
    const r = await parseFile(utf8(m('first') + m('second')), 'box.mbox');
    expect(r.kind === 'articles' && r.articles.map((a) => [a.title, a.part])).toEqual([
      ['first', 'message 1'],
      ['second', 'message 2'],
    ]);
  });

  it('maps CSV, JSON and JSONL columns by name, and lets the mapping be overridden', async () => {
    const csv = 'headline;story;published;link\n"Dam repaired";"The dam was repaired, engineers said.";2024-01-02;https://x.example/1\n';
    const c = await one(utf8(csv), 'feed.csv');
    expect(c).toMatchObject({ title: 'Dam repaired', text: 'The dam was repaired, engineers said.', publishedAt: '2024-01-02', url: 'https://x.example/1', part: 'row 1' });
    const json = JSON.stringify({ items: [{ name: 'x', summary: 'short', content: 'Body from the content field.' }] });
    const j = await one(utf8(json), 'feed.json', { mapping: { title: 'summary' } });
    expect(j).toMatchObject({ title: 'short', text: 'Body from the content field.' });
    const r = await parseFile(utf8('{"title":"A","text":"One."}\n\n{"title":"B","text":"Two.","url":"javascript:x()"}\n'), 'feed.jsonl');
    expect(r.kind === 'articles' && r.articles.map((a) => [a.title, a.text, a.url])).toEqual([
      ['A', 'One.', null],
      ['B', 'Two.', null],
    ]);
  });

  it('lists the files of a zip archive for import one by one', async () => {
    const r = await parseFile(zip({ 'b/two.txt': 'Two', 'one.txt': 'One', '__MACOSX/._one.txt': 'x', '.hidden': 'x' }), 'bundle.zip');
    expect(r.kind === 'container' && r.entries.map((e) => e.name)).toEqual(['b/two.txt', 'one.txt']);
  });

  it('reads a file by its content when the extension is wrong', async () => {
    const a = await one(docx(PARAS), 'misnamed.txt');
    expect(a.mime).toContain('wordprocessingml');
  });
});
