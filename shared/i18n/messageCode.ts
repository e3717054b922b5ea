import { z } from 'zod';
import { en, type MessageKey } from './en';
import { translate, type Params } from './translate';

/**
 * A user-facing message from the back end as a stable code (a dictionary key) and its parameters,
 * so each UI shows it in its own language. Parameters named `…Key` hold a dictionary key themselves
 * (an entity type, a status): they are translated too and fill the placeholder without `Key`.
 */
export const MessageCodeSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type MessageCode = z.infer<typeof MessageCodeSchema>;

/** A code with the English text kept beside it for logs, the CLI and readers that predate codes. */
export interface CodedText {
  message: string;
  messageCode: MessageCode;
}

type Translator = (key: MessageKey, params?: Params) => string;

const isMessageKey = (code: string): code is MessageKey => Object.hasOwn(en, code);

function resolveParams(t: Translator, params: Params): Params {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    const nested = name.endsWith('Key') && typeof value === 'string' && isMessageKey(value);
    out[nested ? name.slice(0, -3) : name] = nested ? t(value) : value;
  }
  return out;
}

/** The message in the translator's language; without a code this build knows, the stored English text. */
export function messageText(t: Translator, fallback: string, messageCode?: MessageCode): string {
  if (!messageCode || !isMessageKey(messageCode.code)) return fallback;
  return t(messageCode.code, resolveParams(t, messageCode.params));
}

const english: Translator = (key, params) => translate('en', key, params);

/** Builds a coded message; its English text comes from the same dictionary entry. */
export function coded(key: MessageKey, params: Params = {}): CodedText {
  const messageCode = { code: key, params: { ...params } };
  return { message: messageText(english, key, messageCode), messageCode };
}
