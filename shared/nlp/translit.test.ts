import { describe, expect, it } from 'vitest';
import { consonantSkeleton, sameNameAcrossScripts } from './translit';

describe('sameNameAcrossScripts', () => {
  it.each([
    ['Kirkuk', 'كركوك'],
    ['Mosul', 'الموصل'],
    ['Baghdad', 'بغداد'],
    ['Basra', 'البصرة'],
    ['Fallujah', 'الفلوجة'],
    ['Erbil', 'أربيل'],
    ['Khalid', 'خالد'],
  ])('%s ~ %s', (latin, arabic) => expect(sameNameAcrossScripts(latin, arabic)).toBe(true));

  it.each([
    ['Kirkuk', 'كربلاء'],
    ['Mosul', 'مسقط'],
    ['Basra', 'Basra'],
    ['Ali', 'علي'],
  ])('%s is not %s', (a, b) => expect(sameNameAcrossScripts(a, b)).toBe(false));

  it('drops the article in both scripts', () => {
    expect(consonantSkeleton('al-Anbar')).toBe(consonantSkeleton('الأنبار'));
  });
});
