import { normalizeForSearch } from '../nlp/normalize';

/** Two spellings a reader treats as the same name share a key (hamza, harakat, case, spacing). */
export function nameKey(text: string): string {
  return normalizeForSearch(text)
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/^[\s"'«»“”‘’()[\]]+|[\s"'«»“”‘’()[\].,،:;؛!?؟]+$/g, '')
    .trim();
}
