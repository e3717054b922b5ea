/** Builds test files of every format at test time, from text written for the tests. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { utf8 } from '../helpers/fixtures';

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function zip(files: Record<string, string | Uint8Array>, level: 0 | 6 | 9 = 6): Uint8Array {
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(files)) entries[name] = [typeof data === 'string' ? strToU8(data) : data, { level }];
  return zipSync(entries);
}

/** A minimal Word document: one w:p per paragraph, optional core properties and DOCTYPE. */
export function docx(paragraphs: readonly string[], options: { title?: string; author?: string; doctype?: string; rawXml?: boolean } = {}): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${options.rawXml ? p : xmlEscape(p)}</w:t></w:r></w:p>`).join('');
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?>${options.doctype ?? ''}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  };
  if (options.title || options.author) {
    files['docProps/core.xml'] = `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${options.title ? `<dc:title>${xmlEscape(options.title)}</dc:title>` : ''}${options.author ? `<dc:creator>${xmlEscape(options.author)}</dc:creator>` : ''}</cp:coreProperties>`;
  }
  return zip(files);
}

export function odt(paragraphs: readonly string[], title?: string): Uint8Array {
  const body = paragraphs.map((p, i) => (i === 0 ? `<text:h text:outline-level="1">${xmlEscape(p)}</text:h>` : `<text:p>${xmlEscape(p)}</text:p>`)).join('');
  return zip({
    mimetype: 'application/vnd.oasis.opendocument.text',
    'content.xml': `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${body}<text:p>note<office:annotation><text:p>hidden comment</text:p></office:annotation></text:p></office:text></office:body></office:document-content>`,
    'meta.xml': `<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>${title ? `<dc:title>${xmlEscape(title)}</dc:title>` : ''}</office:meta></office:document-meta>`,
  });
}

/** Word-wraps a paragraph into lines that fit the page, as a real PDF does. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return line === '' ? lines : [...lines, line];
}

/**
 * A PDF with a text layer in Helvetica (Latin text only), one page per entry of `pages`.
 * `encrypt` adds a standard security handler whose password is not empty.
 */
export function pdf(pages: readonly (readonly string[])[], options: { title?: string; encrypt?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids: number[] = [];
  for (const paragraphsOfPage of pages) {
    const lines = paragraphsOfPage.flatMap((p) => wrap(p, 80));
    const ops = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 16} Td (${l.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`).join('\n');
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = add(`<< /Title (${options.title ?? ''}) /Producer (casefile tests) >>`);
  const encrypt = options.encrypt ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a'}> /U <${'9f61f2b6e5fa4b43f2a2a1a7f1c3b0b3d4e5f60718293a4b5c6d7e8f90a1b2c3'}> /P -44 >>`) : 0;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

export function html(title: string, paragraphs: readonly string[], head = '', extraBody = ''): Uint8Array {
  return utf8(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${xmlEscape(title)}</title>${head}</head><body><article><h1>${xmlEscape(title)}</h1>${paragraphs.map((p) => `<p>${xmlEscape(p)}</p>`).join('')}</article>${extraBody}</body></html>`);
}

export function eml(o: { from: string; to: string; subject: string; date: string; body: string; attachment?: { name: string; type: string; data: Uint8Array } }): Uint8Array {
  const headers = `From: ${o.from}\r\nTo: ${o.to}\r\nSubject: ${o.subject}\r\nDate: ${o.date}\r\nMIME-Version: 1.0\r\n`;
  if (!o.attachment) return utf8(`${headers}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${o.body}\r\n`);
  const b = 'BOUNDARY42';
  return utf8(
    `${headers}Content-Type: multipart/mixed; boundary="${b}"\r\n\r\n--${b}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${o.body}\r\n--${b}\r\n` +
      `Content-Type: ${o.attachment.type}\r\nContent-Disposition: attachment; filename="${o.attachment.name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(o.attachment.data).toString('base64')}\r\n--${b}--\r\n`,
  );
}
