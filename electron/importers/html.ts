import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Language } from '../../shared/domain/schemas';
import { detectLanguage } from '../../shared/nlp/langid';
import { UserError } from '../../shared/ipc/result';
import { decodeText, decodeWith, type Decoded } from './encoding';
import { domToText } from './htmlText';
import { pageMeta } from './htmlMeta';
import { clipTitle, titleFrom, withTitle } from './title';
import { articles, type Importer, type ParsedArticle } from './types';

/** Page furniture dropped when Readability finds no article and the whole body is used. */
const FURNITURE = 'nav, aside, footer, header, form, [role="navigation"], [role="banner"], [role="complementary"], [class*="comment"], [id*="comment"], [class*="advert"], [class~="ad"], [class*="share"]';

/** The charset a page declares in its first bytes, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

export function decodeHtml(bytes: Uint8Array, encoding?: string): Decoded {
  if (encoding) return decodeWith(bytes, encoding);
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return { ...decodeWith(bytes, declared), confidence: 0.9 };
    } catch {
      // An unknown declared charset falls back to detection.
    }
  }
  return decodeText(bytes);
}

const toLanguage = (lang: string | null): Language | undefined => (lang?.startsWith('ar') ? 'ar' : lang?.startsWith('en') ? 'en' : undefined);

/** The text's own language; the page's declaration only when the text cannot tell (site templates often keep lang="en"). */
function pageLanguage(declared: string | null, text: string): Language | undefined {
  const detected = detectLanguage(text);
  return detected === 'und' ? toLanguage(declared) : detected;
}

/** The main article of an HTML page as text and metadata. Nothing executable is kept: only text. */
export function htmlToArticle(html: string, fileName: string, mime = 'text/html'): ParsedArticle {
  const { document } = parseHTML(html);
  const meta = pageMeta(document);
  const article = new Readability<Node>(document.cloneNode(true) as Document, { serializer: (n) => n, charThreshold: 200 }).parse();
  let body = article?.content ? domToText(article.content) : '';
  if (body.length < 80) {
    const root = document.body ?? document.documentElement;
    if (root) for (const el of root.querySelectorAll(FURNITURE)) el.remove();
    body = root ? domToText(root) : '';
  }
  if (body.trim() === '') throw UserError.coded('invalid_input', 'msg.import.pageNoText');
  const metaTitle = clipTitle(meta.title ?? article?.title ?? '') || null;
  const text = withTitle(metaTitle, body);
  return {
    title: metaTitle ?? titleFrom(body, fileName),
    text,
    mime,
    encoding: null,
    language: pageLanguage(meta.language ?? article?.lang ?? null, text),
    publishedAt: meta.publishedAt,
    author: meta.author ?? article?.byline?.trim() ?? null,
    outlet: meta.siteName ?? article?.siteName ?? null,
    url: meta.url,
  };
}

export const htmlImporter: Importer = {
  format: 'html',
  extensions: ['html', 'htm', 'xhtml'],
  parse(bytes, name, options) {
    if (bytes.byteLength === 0) throw UserError.coded('invalid_input', 'msg.import.empty');
    const decoded = decodeHtml(bytes, options.encoding);
    return articles({ ...htmlToArticle(decoded.text, name), encoding: decoded.encoding, encodingConfidence: decoded.confidence });
  },
};
