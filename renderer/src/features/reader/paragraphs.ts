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
