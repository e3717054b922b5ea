import type { ImportOutcome } from '../../../../shared/domain/schemas';
import { messageText } from '../../../../shared/i18n/messageCode';
import type { MessageKey, Params } from '../../../../shared/i18n/translate';
import { formatSimilarity } from '../reader/documentDetails';
import { isolate } from '../review/mentionLabels';

type T = (key: MessageKey, params?: Params) => string;

/**
 * What happened to one file (or one part of it), in the UI language. The back end's reason is worded
 * from its code; without one (an older back end) it is its English text, isolated as it may be in the other script.
 */
export function outcomeText(o: ImportOutcome, t: T): string {
  switch (o.status) {
    case 'imported':
      return t('import.outcome.imported');
    case 'duplicate':
      return t('import.outcome.duplicate', { id: o.duplicateOf });
    case 'near-duplicate':
      return t('import.outcome.nearDuplicate', { id: o.nearDuplicateOf, similarity: formatSimilarity(o.similarity) });
    case 'failed':
      return t('import.outcome.failed', { reason: isolate(messageText(t, o.reason, o.reasonCode)) });
    case 'cancelled':
      return t('import.outcome.cancelled', { reason: isolate(messageText(t, o.reason, o.reasonCode)) });
  }
}

/** "archive.zip › folder/a.txt › row 3" as the file and the parts inside it. */
export function nameParts(name: string): { file: string; parts: string[] } {
  const [file = name, ...parts] = name.split(' › ');
  return { file, parts };
}
