import { describe, expect, it } from 'vitest';
import { read } from './testHelpers';

const ar = (text: string, documentDate?: string) => read(text, { language: 'ar', ...(documentDate ? { documentDate } : {}) });

describe('Arabic reporting verbs', () => {
  it('reads verb, title, name, date and إنّ in VSO order', () => {
    const [c] = ar('قال وزير المالية خالد العمري، اليوم الثلاثاء، إنّ الحكومة ستخفض الضرائب العام المقبل.', '2024-03-12');
    expect(c).toMatchObject({ speaker: 'خالد العمري', mention: 'خالد العمري', cue: 'قال', content: 'الحكومة ستخفض الضرائب العام المقبل', direct: false, when: '2024-03-12' });
  });

  it('takes the governed preposition and complementiser into the cue', () => {
    const claims = ar('قال الوزير خالد العمري إن الخطة جاهزة. وأشار إلى أن التمويل متوفر. ولفت العمري إلى وجود عجز صغير.');
    expect(claims.map((c) => [c.cue, c.content, c.speaker])).toEqual([
      ['قال', 'الخطة جاهزة', 'خالد العمري'],
      ['وأشار إلى أن', 'التمويل متوفر', 'خالد العمري'],
      ['ولفت', 'وجود عجز صغير', 'خالد العمري'],
    ]);
  });

  it('carries the speaker to participles, feminine and plural', () => {
    const claims = ar('وقالت وزارة الصحة في بيان إن عدد الإصابات ارتفع، موضحةً أن المستشفيات جاهزة. وقال شهود عيان إن النيران اندلعت فجراً، مؤكدين أن فرق الإطفاء وصلت متأخرة.');
    expect(claims.map((c) => [c.speaker, c.cue, c.content])).toEqual([
      ['وزارة الصحة', 'وقالت', 'عدد الإصابات ارتفع'],
      ['وزارة الصحة', 'موضحةً أن', 'المستشفيات جاهزة'],
      ['شهود عيان', 'وقال', 'النيران اندلعت فجراً'],
      ['شهود عيان', 'مؤكدين أن', 'فرق الإطفاء وصلت متأخرة'],
    ]);
    expect(claims[0]!.medium).toBe('بيان');
  });

  it('gives a speakerless verb the last speaker of the same gender', () => {
    const claims = ar('وقالت الشرطة إن المشتبه به اعتقل. وقال المحامي سامر خليل إن موكله بريء. وأضافت أن التحقيق مستمر.');
    expect(claims.map((c) => c.speaker)).toEqual(['الشرطة', 'سامر خليل', 'الشرطة']);
  });

  it('keeps descriptive speakers whole and resolves a bare title to the earlier speaker', () => {
    const claims = ar('قال مسؤول أمني رفيع إن الهجوم أسفر عن مقتل ثلاثة جنود. وقال المتحدث باسم الجيش إن الوضع تحت السيطرة. وأكد المتحدث أن التعزيزات وصلت.');
    expect(claims.map((c) => c.speaker)).toEqual(['مسؤول أمني رفيع', 'المتحدث باسم الجيش', 'المتحدث باسم الجيش']);
  });

  it('attributes to the spokesman, not the minister he speaks for', () => {
    const [c] = ar('وقال متحدث باسم وزير الخارجية يوسف الخطيب إن الزيارة تأجلت.');
    expect(c!.speaker).toBe('متحدث باسم وزير الخارجية');
  });

  it('expands a family name to the full name given earlier', () => {
    const claims = ar('قال أبو علي الساعدي، مدير الشرطة، إن الطريق أغلق. ولفت الساعدي إلى وجود ازدحام.');
    expect(claims.map((c) => c.speaker)).toEqual(['أبو علي الساعدي', 'أبو علي الساعدي']);
    expect(claims[1]!.mention).toBe('الساعدي');
  });
});

describe('Arabic relays, attributions and quotations', () => {
  it('reads نقلت ... عن X قوله إنّ with the outlet', () => {
    const [c] = ar('ونقلت وكالة الأنباء الرسمية عن رئيس الوزراء سامي الحداد قوله إنّ المفاوضات ستستأنف قريباً.');
    expect(c).toMatchObject({ speaker: 'سامي الحداد', cue: 'قوله إنّ', content: 'المفاوضات ستستأنف قريباً', outlet: 'وكالة الأنباء الرسمية' });
  });

  it('reads بحسب at the start and at the end of a sentence', () => {
    const claims = ar('وبحسب مصادر مطلعة، فإن الاجتماع تأجل إلى الأسبوع المقبل. وارتفعت الأسعار بنسبة عشرة في المئة، بحسب وكالة رويترز.');
    expect(claims.map((c) => [c.speaker, c.content])).toEqual([
      ['مصادر مطلعة', 'الاجتماع تأجل إلى الأسبوع المقبل'],
      ['رويترز', 'وارتفعت الأسعار بنسبة عشرة في المئة'],
    ]);
  });

  it('does not take وفق followed by a long manner phrase as a source', () => {
    expect(ar('ونفذت البلدية المشروع وفق خطة مدروسة تمتد لعشر سنوات وتشمل عدة مراحل متتابعة.')).toEqual([]);
  });

  it('reads «» and “” quotations as direct, across sentences', () => {
    const claims = ar('وقال العقيد نبيل حداد: «لن نسمح بأي خرق للهدنة». وقال الرئيس “هذا يوم تاريخي. سنبني المستقبل معاً.”');
    expect(claims.map((c) => [c.speaker, c.content, c.direct])).toEqual([
      ['نبيل حداد', 'لن نسمح بأي خرق للهدنة', true],
      ['الرئيس', 'هذا يوم تاريخي. سنبني المستقبل معاً', true],
    ]);
  });

  it('reads a colon without quotation marks as direct', () => {
    const [c] = ar('وقال المتحدث: ستستمر العمليات حتى نهاية الشهر.');
    expect(c).toMatchObject({ content: 'ستستمر العمليات حتى نهاية الشهر', direct: true });
  });

  it('keeps a quoted name in the speaker phrase and a closing mark that balances the content', () => {
    const [c] = ar('وأوضح "العتيبي" في تصريح أن الحملة تستهدف حسابات "الذباب".');
    expect(c).toMatchObject({ content: 'الحملة تستهدف حسابات "الذباب"', medium: 'تصريح', direct: false });
  });

  it('reads a denial with a noun object', () => {
    const [c] = ar('ونفى المتهم سعيد الزهراني التهم الموجهة إليه.');
    expect(c).toMatchObject({ speaker: 'سعيد الزهراني', cue: 'ونفى', content: 'التهم الموجهة إليه' });
  });

  it('reads a report nested in another claim as its own claim', () => {
    const claims = ar('وقالت المصادر إن المدير أبلغ الموظفين بأن الشركة ستغلق فرعها.');
    expect(claims.map((c) => [c.speaker, c.content])).toEqual([
      ['المصادر', 'المدير أبلغ الموظفين بأن الشركة ستغلق فرعها'],
      ['المدير', 'الشركة ستغلق فرعها'],
    ]);
  });
});

describe("the article's own voice", () => {
  it('finds no claim in topics, impersonal reports and things that indicate', () => {
    expect(ar('تحدث الوزير عن خطط الحكومة. يذكر أن المشروع بدأ قبل سنوات. وهذا يشير إلى تحسن الاقتصاد.')).toEqual([]);
  });

  it('does not read إلا أن as the opening of content', () => {
    expect(ar('وذكر التقرير السنوي تفاصيل كثيرة، إلا أن الأرقام لم تتغير.')).toEqual([]);
  });
});
