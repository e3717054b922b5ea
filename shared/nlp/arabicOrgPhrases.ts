/**
 * Arabic organisation names built on a head noun, as our conventions want them
 * (../shared/data/gold/README.md: ministries, governments, parliaments, armies and police forces,
 * parties, companies ... are ORG, and the longest name wins): وزارة الداخلية العراقية, مجلس الأمن
 * الدولي, الحكومة العراقية, قوات الأمن. ANERcorp-trained models often leave such phrases untagged
 * or tag only a piece of them. The heads are unambiguous ones (no قيادة "driving", قناة "canal").
 */
import type { EntitySpan } from './ner';
import { normalizeArabic } from './normalize';
import { cliticReadings } from './tokenize';

const HEADS = new Set(
  [
    'وزارة', 'حكومة', 'برلمان', 'مجلس', 'هيئة', 'مفوضية', 'منظمة', 'مؤسسة', 'وكالة', 'سفارة', 'قنصلية', 'حزب', 'حركة',
    'جبهة', 'تحالف', 'ائتلاف', 'جيش', 'قوات', 'شرطة', 'مديرية', 'محكمة', 'جامعة', 'معهد', 'أكاديمية', 'مستشفى', 'شركة',
    'بنك', 'مصرف', 'صندوق', 'بورصة', 'اتحاد', 'نقابة', 'رابطة', 'لجنة', 'نادي', 'منتخب', 'صحيفة', 'جريدة',
  ].map(normalizeArabic),
);

/**
 * Heads that name with the article and a nisba (الحكومة العراقية, الجيش التركي, الاتحاد الأوروبي);
 * others only describe then (الشركة اليابانية, المؤسسة العسكرية).
 */
const DEFINITE_HEADS = new Set(
  ['حكومة', 'برلمان', 'مجلس', 'مفوضية', 'سفارة', 'قنصلية', 'حزب', 'حركة', 'جبهة', 'تحالف', 'ائتلاف', 'جيش', 'قوات', 'شرطة', 'بنك', 'جامعة', 'اتحاد', 'نادي', 'منتخب'].map(
    normalizeArabic,
  ),
);

/** Definite words that describe, date or start another phrase rather than name (الحكومة الحالية). */
const NOT_NAMING = new Set(
  [
    'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'الحالي', 'الحالية', 'السابق', 'السابقة', 'الجديد',
    'الجديدة', 'المقبل', 'المقبلة', 'الماضي', 'الماضية', 'الثاني', 'الثانية', 'التالي', 'التالية', 'الأول', 'الأولى',
    'الأخير', 'الأخيرة', 'اليوم', 'الآن', 'الرئيسي', 'الرئيسية', 'الرسمي', 'الرسمية', 'الأساسي', 'الأساسية', 'المحلي',
    'المحلية', 'الخلفي', 'الخلفية', 'الأمامي', 'الأمامية', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة',
    'السبت', 'الكبرى', 'الصغرى', 'الوسطى',
  ].map(normalizeArabic),
);

const WORD = /[\u0621-\u064A\u0640\p{M}]+|\S/gu;
const MAX_MODIFIERS = 4;

interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], key: normalizeArabic(m[0]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** The head a word carries after its proclitics, and how many letters those take: وللحكومة → حكومة, definite, 2. */
function headOf(key: string): { cut: number; definite: boolean; key: string } | null {
  const reading = cliticReadings(key).find((r) => HEADS.has(r.stem));
  return reading ? { cut: reading.proclitics.length, definite: reading.article, key: reading.stem } : null;
}

// The article as written (إليزابيث only looks like one once hamza is folded).
const isDefinite = (w: Word) => /^ال/u.test(w.text) && w.key.length >= 4 && !NOT_NAMING.has(w.key);
const isNisba = (w: Word) => isDefinite(w) && /(ي|يه|ية)$/u.test(w.key);

/** Head-noun organisation phrases of an Arabic text: the name (proclitics of the head left out) and where its first word starts. */
export function arabicOrgPhrases(text: string): { start: number; end: number; wordStart: number }[] {
  const ws = words(text);
  const out: { start: number; end: number; wordStart: number }[] = [];
  for (let i = 0; i < ws.length; i++) {
    const head = headOf(ws[i]!.key);
    if (!head) continue;
    // A bare head takes its genitive (وزارة الداخلية), a definite one names only with a nisba
    // (الحكومة العراقية); nisba adjectives may follow (وزارة الدفاع السعودية, حزب العمال الكردستاني).
    const first = ws[i + 1];
    const named = first !== undefined && (head.definite ? DEFINITE_HEADS.has(head.key) && isNisba(first) : isDefinite(first));
    if (!named) continue;
    let j = i + 2;
    while (j < ws.length && j <= i + MAX_MODIFIERS && isNisba(ws[j]!)) j++;
    out.push({ start: ws[i]!.start + head.cut, end: ws[j - 1]!.end, wordStart: ws[i]!.start });
    i = j - 1;
  }
  return out;
}

/**
 * The model's spans with head-noun organisation phrases applied: a phrase replaces the spans
 * inside it (الداخلية tagged alone becomes وزارة الداخلية العراقية); where a model span reaches
 * beyond the phrase, the model's reading stands.
 */
export function applyArabicConventions(spans: readonly EntitySpan[], text: string): EntitySpan[] {
  const out = [...spans];
  for (const phrase of arabicOrgPhrases(text)) {
    // Model spans start at whole tokens, proclitics included (وللحكومة).
    const inside = out.filter((s) => s.start < phrase.end && phrase.wordStart < s.end);
    if (inside.some((s) => s.start < phrase.wordStart || s.end > phrase.end)) continue;
    const confidence = Math.max(0.5, ...inside.map((s) => s.confidence));
    for (const s of inside) out.splice(out.indexOf(s), 1);
    out.push({ type: 'ORG', start: phrase.start, end: phrase.end, text: text.slice(phrase.start, phrase.end), confidence });
  }
  return out.sort((a, b) => a.start - b.start);
}
