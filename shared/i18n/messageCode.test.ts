import { describe, expect, it } from 'vitest';
import { en } from './en';
import { coded, messageText } from './messageCode';
import { dictionaries, placeholdersOf, translate, type MessageKey, type Params } from './translate';

const t = (locale: 'en' | 'ar') => (key: MessageKey, params?: Params) => translate(locale, key, params);
const codes = Object.keys(en).filter((k): k is MessageKey => k.startsWith('msg.'));

describe('back-end message codes', () => {
  it('word every code in both languages, with the same placeholders', () => {
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes) {
      expect(dictionaries.ar[code].trim(), code).not.toBe('');
      expect(dictionaries.ar[code], code).not.toBe(dictionaries.en[code]);
      expect(placeholdersOf(dictionaries.ar[code]), code).toEqual(placeholdersOf(dictionaries.en[code]));
    }
  });

  it('fill every placeholder, translating the parameters that name a dictionary entry', () => {
    const m = coded('msg.history.retypeName', { name: 'كردستان', typeKey: 'type.LOC' });
    expect(m.message).toBe('Change the type of “كردستان” to Place');
    expect(messageText(t('ar'), m.message, m.messageCode)).toBe('تغيير نوع "كردستان" إلى مكان');
    const damaged = coded('msg.import.damagedDocument', { format: 'Word' });
    expect(messageText(t('ar'), damaged.message, damaged.messageCode)).toBe('مستند Word تالف أو ليس ملف Word حقيقيًا.');
    expect(messageText(t('en'), damaged.message, damaged.messageCode)).not.toMatch(/zip|\{/);
    expect(messageText(t('ar'), '', coded('msg.history.claimStatus', { id: '2', statusKey: 'claimStatus.disputed' }).messageCode)).toBe('تعليم الادعاء #2 بأنه محل خلاف');
  });

  it('fall back to the English text without a code, or with one this build does not know', () => {
    expect(messageText(t('ar'), 'Make “كردستان” ORG')).toBe('Make “كردستان” ORG');
    expect(messageText(t('ar'), 'Something new.', { code: 'msg.fromTheFuture', params: {} })).toBe('Something new.');
  });
});
