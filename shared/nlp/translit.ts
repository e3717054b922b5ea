/**
 * A consonant skeleton shared by a name written in Arabic and in Latin letters, so "Kirkuk" and
 * "كركوك", "Mosul" and "الموصل", "Baghdad" and "بغداد" can be offered as one entity. Vowels,
 * long-vowel letters and the article are dropped; letters with one usual romanisation share a class.
 */
import { normalizeArabic } from './normalize';

const ARABIC: Record<string, string> = {
  ب: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 's', ص: 's',
  ض: 'd', ط: 't', ظ: 'd', ع: '', غ: 'g', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: '', ي: '',
  ا: '', ء: '', ئ: '', ؤ: '', پ: 'b', چ: 'j', گ: 'g', ڤ: 'f',
};

// Digraphs first: "kh", "gh", "sh", "th", "dh" are one Arabic letter each.
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/sh/g, 's'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ch/g, 'j'],
  [/ph/g, 'f'],
];
const LATIN: Record<string, string> = {
  b: 'b', c: 'k', d: 'd', f: 'f', g: 'g', h: 'h', j: 'j', k: 'k', l: 'l', m: 'm', n: 'n', p: 'b', q: 'k',
  r: 'r', s: 's', t: 't', v: 'f', x: 'ks', z: 'z',
};

const ARABIC_ARTICLE = /(^|\s)ال(?=\S)/g;
const LATIN_ARTICLE = /(^|\s)(al|el|ad|ar|as|ash|an)[- ]/g;

const dedupe = (s: string): string => s.replace(/(.)\1+/g, '$1');

export function consonantSkeleton(name: string): string {
  const text = normalizeArabic(name).toLowerCase();
  if (/[\u0621-\u064A]/.test(text)) {
    // A final ه is almost always a folded taa marbuta, which romanisations write as a vowel.
    const stripped = text.replace(ARABIC_ARTICLE, '$1').replace(/ه(?=\s|$)/g, '');
    return dedupe([...stripped].map((c) => ARABIC[c] ?? '').join(''));
  }
  let latin = text.normalize('NFD').replace(/\p{M}/gu, '').replace(LATIN_ARTICLE, '$1');
  for (const [re, to] of LATIN_DIGRAPHS) latin = latin.replace(re, to);
  // A final or pre-consonant h is usually a vowel marker (Fallujah, Salah), not a letter.
  latin = latin.replace(/([aeiouy])h(?=[^aeiouy]|$)/g, '$1');
  return dedupe([...latin].map((c) => LATIN[c] ?? '').join(''));
}

const isArabic = (s: string) => /[\u0621-\u064A]/.test(s);

/** True when one name is Arabic, the other Latin, and their skeletons agree (at least 3 consonants). */
export function sameNameAcrossScripts(a: string, b: string): boolean {
  if (isArabic(a) === isArabic(b)) return false;
  const sa = consonantSkeleton(a);
  return sa.length >= 3 && sa === consonantSkeleton(b);
}
