import { describe, expect, it } from 'vitest';
import { scriptLang } from './scriptLang';

describe('scriptLang', () => {
  it('tells Arabic snippets from Latin ones', () => {
    expect(scriptLang('أعمال تأهيل السوق ستبدأ في أيلول')).toBe('ar');
    expect(scriptLang('fares would rise by ten percent')).toBe('en');
    expect(scriptLang('Port Salim قال')).toBe('ar');
  });
});
