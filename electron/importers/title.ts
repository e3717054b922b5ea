const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+/;
const MAX_TITLE = 300;

/** A title cut to a readable length. */
export function clipTitle(raw: string): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/** The first non-empty line, without Markdown heading marks; the file name when there is none. */
export function titleFrom(text: string, fileName: string): string {
  const first = text.split('\n').find((line) => line.trim() !== '');
  const title = clipTitle((first ?? '').replace(MARKDOWN_HEADING, ''));
  return title === '' ? fileName.replace(/\.[^.]+$/, '') : title;
}

/**
 * Prefixes a title found in metadata when the body does not already start with it, so a web page
 * whose heading was stripped still reads like the article. Titles derived from the text are never added.
 */
export function withTitle(title: string | null, body: string): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  return !title || flat(body).startsWith(flat(title)) ? body : `${title}\n\n${body}`;
}
