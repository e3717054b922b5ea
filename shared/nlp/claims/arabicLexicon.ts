/**
 * Arabic attribution lexicon, keyed by normalizeForSearch forms (أإآ→ا, ة→ه, ى→ي, no harakat).
 * Verb forms are generated for the third person, which is all reported speech uses.
 */
import type { Gender } from './frame';

type GrammaticalNumber = 'sg' | 'pl';

export type ArabicCueEntry = {
  lemma: string;
  kind: 'verb' | 'participle';
  gender?: Gender;
  number: GrammaticalNumber;
  /** Present tense (يشير، تقول): also "indicates"/"says" of things, so it needs a clear subject. */
  present: boolean;
  /** Prepositions the cue governs (أشار إلى، حذر من); they open the content. */
  preps: string[];
  /** Whether the content may be a bare noun phrase with no opener (أعلن إكمال تقريرها). */
  nominal: boolean;
  /** Whether a quotation may follow directly as the content (قال «...»; not دعا or نفى). */
  quotes: boolean;
  /** The object belongs to the content (وصف الهجوم بأنه ...). */
  object: boolean;
  /** A demand with an addressee before the content (دعا المواطنين إلى، طالب الجهات بـ). */
  demand: boolean;
};

type Forms = [m: string, f: string, pl: string];
type VerbSpec = { lemma: string; past: Forms; present?: Forms; preps?: string[]; nominal?: boolean; quotes?: boolean; object?: boolean; demand?: boolean };

function regular(lemma: string, past: string, presentStem: string, extra: Partial<VerbSpec> = {}): VerbSpec {
  return { lemma, past: [past, past + 'ت', past + 'وا'], present: ['ي' + presentStem, 'ت' + presentStem, 'ي' + presentStem + 'ون'], ...extra };
}

const VERBS: VerbSpec[] = [
  { lemma: 'قال', past: ['قال', 'قالت', 'قالوا'], present: ['يقول', 'تقول', 'يقولون'] },
  regular('اكد', 'اكد', 'ؤكد', { nominal: true, preps: ['علي'] }),
  { lemma: 'اشار', past: ['اشار', 'اشارت', 'اشاروا'], present: ['يشير', 'تشير', 'يشيرون'], preps: ['الي'] },
  regular('لفت', 'لفت', 'لفت', { preps: ['الي'] }),
  regular('اوضح', 'اوضح', 'وضح'),
  regular('حذر', 'حذر', 'حذر', { preps: ['من'] }),
  regular('اعلن', 'اعلن', 'علن', { nominal: true, preps: ['عن'], quotes: false }),
  { lemma: 'نفي', past: ['نفي', 'نفت', 'نفوا'], present: ['ينفي', 'تنفي', 'ينفون'], nominal: true, quotes: false },
  regular('كشف', 'كشف', 'كشف', { preps: ['عن'], quotes: false }),
  regular('ذكر', 'ذكر', 'ذكر'),
  regular('صرح', 'صرح', 'صرح'),
  // Only the past: يعتبر/تعتبر mostly mean "is considered".
  { lemma: 'اعتبر', past: ['اعتبر', 'اعتبرت', 'اعتبروا'], object: true },
  { lemma: 'راي', past: ['راي', 'رات', 'راوا'], present: ['يري', 'تري', 'يرون'] },
  { lemma: 'اضاف', past: ['اضاف', 'اضافت', 'اضافوا'], present: ['يضيف', 'تضيف', 'يضيفون'] },
  regular('تابع', 'تابع', 'تابع'),
  { lemma: 'افاد', past: ['افاد', 'افادت', 'افادوا'], present: ['يفيد', 'تفيد', 'يفيدون'] },
  regular('شدد', 'شدد', 'شدد', { preps: ['علي'] }),
  // Only the past: يبلغ/تبلغ are also "amounts to".
  { lemma: 'ابلغ', past: ['ابلغ', 'ابلغت', 'ابلغوا'], quotes: false },
  regular('وصف', 'وصف', 'صف', { object: true, quotes: false }),
  regular('زعم', 'زعم', 'زعم'),
  regular('اعترف', 'اعترف', 'عترف', { preps: ['ب'], quotes: false }),
  regular('نوه', 'نوه', 'نوه', { preps: ['الي', 'ب'] }),
  regular('طالب', 'طالب', 'طالب', { preps: ['ب'], nominal: true, quotes: false, demand: true }),
  { lemma: 'دعا', past: ['دعا', 'دعت', 'دعوا'], present: ['يدعو', 'تدعو', 'يدعون'], preps: ['الي'], quotes: false, demand: true },
  regular('اردف', 'اردف', 'ردف'),
  regular('اعتقد', 'اعتقد', 'عتقد'),
  { lemma: 'توقع', past: ['توقع', 'توقعت', 'توقعوا'] },
  { lemma: 'رجح', past: ['رجح', 'رجحت', 'رجحوا'] },
  // "كتب على حسابه أن"; also the plural of كتاب, so only with an opener.
  { lemma: 'كتب', past: ['كتب', 'كتبت', 'كتبوا'] },
];

/** Present forms that, with no subject, are the impersonal passive: يُذكر أن، يُعتقد أن. */
export const IMPERSONAL_LEMMAS = new Set(['ذكر', 'اعتقد']);

/** Participles continue the previous speaker: مشيراً، مؤكدةً، موضحين. */
const PARTICIPLES: { lemma: string; stem: string; preps?: string[] }[] = [
  { lemma: 'اشار', stem: 'مشير', preps: ['الي'] },
  { lemma: 'اكد', stem: 'مؤكد', preps: ['علي'] },
  { lemma: 'اوضح', stem: 'موضح' },
  { lemma: 'بين', stem: 'مبين' },
  { lemma: 'لفت', stem: 'لافت', preps: ['الي'] },
  { lemma: 'حذر', stem: 'محذر', preps: ['من'] },
  { lemma: 'اضاف', stem: 'مضيف' },
  { lemma: 'قال', stem: 'قائل' },
  { lemma: 'اعتبر', stem: 'معتبر' },
  { lemma: 'نوه', stem: 'منوه', preps: ['الي', 'ب'] },
  { lemma: 'شدد', stem: 'مشدد', preps: ['علي'] },
  { lemma: 'توعد', stem: 'متوعد', preps: ['ب'] },
  { lemma: 'طالب', stem: 'مطالب', preps: ['ب'] },
  { lemma: 'دعا', stem: 'داعي', preps: ['الي'] },
  { lemma: 'كشف', stem: 'كاشف', preps: ['عن'] },
  { lemma: 'نفي', stem: 'نافي' },
  { lemma: 'اعلن', stem: 'معلن', preps: ['عن'] },
  { lemma: 'اعرب', stem: 'معرب', preps: ['عن'] },
];

function buildLexicon(): Map<string, ArabicCueEntry> {
  const lex = new Map<string, ArabicCueEntry>();
  for (const v of VERBS) {
    const base = { lemma: v.lemma, kind: 'verb' as const, preps: v.preps ?? [], nominal: v.nominal ?? false, quotes: v.quotes ?? true, object: v.object ?? false, demand: v.demand ?? false };
    for (const [forms, present] of [[v.past, false], ...(v.present ? [[v.present, true] as const] : [])] as const) {
      lex.set(forms[0], { ...base, present, gender: 'm', number: 'sg' });
      lex.set(forms[1], { ...base, present, gender: 'f', number: 'sg' });
      lex.set(forms[2], { ...base, present, gender: 'm', number: 'pl' });
    }
  }
  for (const p of PARTICIPLES) {
    const base = { lemma: p.lemma, kind: 'participle' as const, preps: p.preps ?? [], nominal: false, quotes: true, object: false, demand: false, present: false };
    lex.set(p.stem + 'ا', { ...base, gender: 'm', number: 'sg' });
    lex.set(p.stem + 'ه', { ...base, gender: 'f', number: 'sg' });
    lex.set(p.stem + 'ين', { ...base, gender: 'm', number: 'pl' });
    lex.set(p.stem + 'ون', { ...base, gender: 'm', number: 'pl' });
  }
  return lex;
}

export const ARABIC_CUES = buildLexicon();

/** "His saying" after نقل ... عن X: قوله، قولها، قولهم. */
export const SAYING_NOUNS = new Set(['قوله', 'قولها', 'قولهم', 'قولهما', 'بقوله', 'بقولها', 'بالقول']);

/** "In accordance with" objects: وفق أسس فنية is a manner, not a source. */
export const MANNER_NOUNS = new Set(['اساليب', 'اسلوب', 'اسس', 'نظام', 'انظمه', 'خطه', 'معايير', 'شروط', 'اليه', 'ضوابط', 'قواعد',
  'برنامج', 'جدول', 'مبادئ', 'قانون', 'لائحه', 'احكام', 'اتفاق', 'اتفاقيه', 'توجيهات', 'تعليمات', 'رؤيه', 'منهج', 'طريقه',
  'خطط', 'اجراءات', 'متطلبات', 'مواصفات', 'نسب', 'ترتيب', 'اولويات', 'الاليه', 'ما', 'عدد', 'حجم', 'نسبه', 'مستوي', 'قيمه']);

/** Attribution prepositions: بحسب X، وفقاً لـ X، نقلاً عن X. */
export const ATTRIBUTION_PREPS = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'نقلا', 'حسبما', 'بحسبما', 'وفقما']);

const COMPLEMENTISER_BASES = ['ان', 'بان', 'لان'];
const PRONOUN_SUFFIXES = ['', 'ه', 'ها', 'هم', 'هن', 'هما', 'نا', 'ني'];
export const COMPLEMENTISERS = new Set(
  COMPLEMENTISER_BASES.flatMap((b) => PRONOUN_SUFFIXES.map((s) => b + s)).filter((w) => w !== 'لان'),
);

/** Titles, ranks and descriptive heads, without ال; they are never part of a name. */
export const TITLES = new Set([
  'رئيس', 'رئيسه', 'وزير', 'وزيره', 'نائب', 'مدير', 'مديره', 'قائد', 'امين', 'عام', 'سفير', 'شيخ', 'امير', 'ملك',
  'فريق', 'لواء', 'عميد', 'عقيد', 'مقدم', 'رائد', 'نقيب', 'دكتور', 'د', 'مهندس', 'استاذ', 'مستشار', 'محافظ',
  'عضو', 'متحدث', 'متحدثه', 'ناطق', 'ناطقه', 'باسم', 'رسمي', 'مسؤول', 'مسؤوله', 'مسؤولون', 'مسؤولين', 'مصدر',
  'مصادر', 'ضابط', 'ضباط', 'شاهد', 'شهود', 'خبير', 'خبراء', 'محلل', 'محللون', 'مراقبون', 'سكان', 'مواطن',
  'مواطنون', 'ناشط', 'ناشطون', 'نشطاء', 'مندوب', 'مبعوث', 'منسق', 'زعيم', 'قاضي', 'مفتي', 'امام', 'محامي',
  'كاتب', 'صحفي', 'باحث', 'سيد', 'سيده', 'معالي', 'سمو', 'فخامه', 'صاحب', 'وكيل', 'مساعد', 'رئيسي', 'مكلف',
  'اعلامي', 'اعلاميه', 'وزاره', 'هيئه', 'مديريه', 'شركه', 'مجموعه', 'وكاله', 'صحيفه', 'قناه', 'حزب',
  'حركه', 'تنظيم', 'جماعه', 'لجنه', 'مجلس', 'قياده', 'جهاز', 'شرطه', 'جيش', 'حكومه', 'منظمه', 'جمعيه', 'مركز',
  'اداره', 'سفاره', 'محكمه', 'نيابه', 'بيان', 'وسائل', 'اعلام', 'عهد', 'ولي', 'خادم', 'حرمين', 'شريفين',
  'ولايه', 'منطقه', 'محافظه', 'مدينه', 'بلده', 'قريه', 'اقليم', 'دوله', 'جمهوريه', 'مملكه', 'اماره', 'حي', 'سابق', 'متهم',
]);

/** Heads of places and bodies: a name right after one is theirs (محافظة جدة، شركة أرامكو). */
export const PLACE_AND_BODY_HEADS = new Set(['ولايه', 'منطقه', 'محافظه', 'مدينه', 'بلده', 'قريه', 'اقليم', 'دوله', 'جمهوريه',
  'مملكه', 'اماره', 'حي', 'وزاره', 'هيئه', 'مديريه', 'شركه', 'مجموعه', 'وكاله', 'صحيفه', 'قناه', 'حزب', 'حركه', 'تنظيم',
  'جماعه', 'لجنه', 'مجلس', 'قياده', 'جهاز', 'منظمه', 'جمعيه', 'مركز', 'اداره', 'سفاره', 'محكمه', 'نيابه', 'جامعه', 'نادي',
  'شرطه', 'جيش', 'حكومه', 'بلديه', 'امانه', 'مستشفي', 'ملحقيه', 'قنصليه', 'كليه', 'عماده', 'غرفه', 'اتحاد', 'امم', 'مؤسسه',
  'صندوق', 'بنك', 'مصرف', 'معهد', 'مدرسه', 'فرع', 'قسم', 'دائره', 'مكتب', 'ديوان', 'سلطه', 'مصلحه']);

/** Words that end a speaker noun phrase or never belong to one. */
export const FUNCTION_WORDS = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'مثلما', 'حسبما', 'عندما', 'حينما', 'بعدما', 'لما', 'مما', 'كلما', 'اذا', 'لو', 'اذ', 'و', 'او', 'ثم', 'الذي', 'التي', 'الذين', 'اللذين', 'هو', 'هي', 'هم',
  'وهو', 'وهي', 'وهم', 'قد', 'لقد', 'كان', 'كانت', 'ايضا', 'كما', 'فيما', 'بينما', 'حيث', 'خلال', 'عبر', 'امام',
  'بعد', 'قبل', 'منذ', 'لدي', 'لـ', 'ل', 'ب', 'له', 'لها', 'ان', 'ما', 'لا', 'لم', 'لن', 'هذا', 'هذه', 'ذلك',
  'تلك', 'انه', 'انها', 'اليوم', 'امس', 'الماضي', 'الماضيه', 'الحالي', 'يوم', 'صباح', 'مساء', 'حين', 'حينها',
  'لذا', 'ولذا', 'لذلك', 'ولذلك', 'وقد', 'فقد', 'بالتالي', 'وبالتالي', 'كذلك', 'هكذا', 'واذ', 'بدوره', 'بدورها',
  'جانبه', 'جانبها', 'جهته', 'جهتها', 'كل', 'بعض', 'جميع', 'اي', 'عدد', 'معظم', 'احد', 'احدي', 'غير', 'سوي', 'مثل',
  'لكن', 'ولكن', 'بل', 'حتي', 'دون', 'بدون', 'رغم', 'برغم', 'الا', 'اما', 'وان', 'فان', 'لان', 'كي', 'لكي', 'عليه', 'عليها', 'اليه', 'اليها',
]);

/** Generic nouns before a quoted name: قناة "العربية"، برنامج «المتهم»، صحيفة "الوطن". */
export const NAME_HEADS = new Set(['قناه', 'برنامج', 'صحيفه', 'موقع', 'وكاله', 'شركه', 'مجموعه', 'حمله', 'مبادره',
  'مشروع', 'تنظيم', 'حركه', 'فيلم', 'كتاب', 'مسلسل', 'مجله', 'جريده', 'اذاعه', 'تطبيق', 'حساب', 'وسم', 'هاشتاق',
  'عمليه', 'مهرجان', 'مركز', 'جمعيه', 'منظمه', 'حزب', 'جماعه', 'نادي', 'فريق', 'مسابقه', 'جائزه']);

/** Prepositions that end a name or open a medium phrase (في بيان، عبر حسابه). */
export const PREPOSITIONS = new Set(['في', 'من', 'علي', 'عن', 'خلال', 'امام', 'لدي', 'عبر', 'الي', 'مع', 'ب', 'ل', 'عند', 'حول', 'بين']);

/** Media of a statement, after في: في بيان، في مؤتمر صحفي، في تصريحات. */
export const MEDIA = new Set([
  'بيان', 'تصريح', 'تصريحات', 'مؤتمر', 'كلمه', 'مقابله', 'حديث', 'تغريده', 'تغريدات', 'تعقيب', 'رساله', 'خطاب',
  'لقاء', 'اتصال', 'منشور', 'تدوينه', 'مداخله', 'محاضره', 'ندوه', 'اجتماع', 'حساب', 'صفحه',
]);

/** Connectives that may stand before a following cue; they end the previous content. */
export const CLAUSE_LINKS = new Set(['فيما', 'بينما', 'كما', 'و', 'ثم', 'حيث', 'في', 'حين']);

export const WEEKDAYS_AR = new Set(['السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه']);

/** Plural heads (broken plurals and sound plurals) of descriptive speakers. */
export function isArabicPluralHead(norm: string): boolean {
  const bare = norm.replace(/^ال/, '');
  return /(ون|ين)$/.test(bare) || ['مصادر', 'ضباط', 'شهود', 'خبراء', 'نشطاء', 'سكان', 'وسائل'].includes(bare);
}
