/** One paragraph per non-empty line: each gets its own direction in the reader. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The date part of an ISO timestamp (unambiguous in both languages); other strings as they are. */
export function displayDate(value: string | null): string | null {
  if (!value) return null;
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(value);
  return match?.[1] ?? value;
}

/** Only http(s) addresses become links; anything else is shown as text. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
