import type { Mention } from '../../../../shared/domain/schemas';
import type { MessageKey, Params } from '../../../../shared/i18n/translate';
import type { I18n } from '../../i18n/I18nContext';

type T = (key: MessageKey, params?: Params) => string;

/** Wraps a name in bidi isolates so an Arabic name inside an English sentence (or the reverse) keeps its order. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

export const typeName = (t: T, type: Mention['type']): string => t(`type.${type}`);
export const typeShort = (t: T, type: Mention['type']): string => t(`type.short.${type}`);

/** "Person · suggested · model · 97%" (and the resolved date for DATE mentions): hover and focus text. */
export function describeMention({ t, percent }: Pick<I18n, 't' | 'percent'>, m: Mention): string {
  const parts = [typeName(t, m.type), t(`status.${m.status}`), t(`source.${m.source}`)];
  if (m.confidence !== null) parts.push(t('mention.confidence', { percent: percent(m.confidence) }));
  if (m.value) parts.push(m.value);
  return parts.join(' · ');
}
