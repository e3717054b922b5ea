/** Article metadata from a web page's head: meta tags, JSON-LD and <time>, whichever is present. */
export interface PageMeta {
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
  siteName: string | null;
  language: string | null;
}

const meta = (doc: Document, ...names: string[]): string | null => {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
};

type Json = { [key: string]: unknown };

/** Every object in the page's JSON-LD blocks, flattening @graph and arrays. */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      collect((v as Json)['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common on real pages and simply ignored.
    }
  }
  return out;
}

const nameOf = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.map(nameOf).filter((s): s is string => s !== null).join(', ') || null;
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return ((v as Json).name as string).trim() || null;
  return null;
};

/** A date-time as an ISO day (YYYY-MM-DD), the granularity the archive keeps. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const direct = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (direct) return `${direct[1]}-${direct[2]}-${direct[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** Only web addresses are kept: a javascript: or data: URL is never stored. */
export const safeUrl = (value: string | null | undefined): string | null => (value && /^https?:\/\//i.test(value.trim()) ? value.trim() : null);

export function pageMeta(doc: Document): PageMeta {
  const ld = jsonLdObjects(doc).find((o) => typeof o.headline === 'string' || typeof o.datePublished === 'string');
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  return {
    title: meta(doc, 'og:title', 'twitter:title') ?? nameOf(ld?.headline) ?? (doc.querySelector('title')?.textContent?.trim() || null),
    author: meta(doc, 'author', 'article:author', 'byl') ?? nameOf(ld?.author),
    publishedAt: isoDay(meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued') ?? (ld?.datePublished as string | undefined) ?? time),
    url: safeUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? (ld?.url as string | undefined)),
    siteName: meta(doc, 'og:site_name', 'application-name') ?? nameOf(ld?.publisher),
    language: doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() || meta(doc, 'og:locale', 'language'),
  };
}
