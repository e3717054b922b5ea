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

  it('resolves a repeated title to the named speaker who held it', () => {
    const claims = ar('قال المتحدث باسم الجيش العميد يحيى سالم إن القوات تقدمت. وفي تطور آخر، أكد المتحدث باسم الجيش أن الطريق آمن.');
    expect(claims.map((c) => [c.speaker, c.mention])).toEqual([
      ['يحيى سالم', 'يحيى سالم'],
      ['يحيى سالم', 'المتحدث باسم الجيش'],
    ]);
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

  it('takes no common noun for a name after a title when the recogniser found none there', () => {
    const text = 'ونفى المتحدث وجود خلافات بين الوزارتين.';
    expect(read(text, { language: 'ar', entities: [] })[0]).toMatchObject({ speaker: 'المتحدث', content: 'وجود خلافات بين الوزارتين' });
    const named = 'ونفى المتهم سعيد الزهراني التهم الموجهة إليه.';
    const at = named.indexOf('سعيد');
    const entities = [{ type: 'PER' as const, start: at, end: at + 'سعيد الزهراني'.length, text: 'سعيد الزهراني' }];
    expect(read(named, { language: 'ar', entities })[0]).toMatchObject({ speaker: 'سعيد الزهراني', content: 'التهم الموجهة إليه' });
  });

  it('reads a report nested in another claim as its own claim', () => {
    const claims = ar('وقالت المصادر إن المدير أبلغ الموظفين بأن الشركة ستغلق فرعها.');
    expect(claims.map((c) => [c.speaker, c.content])).toEqual([
      ['المصادر', 'المدير أبلغ الموظفين بأن الشركة ستغلق فرعها'],
      ['المدير', 'الشركة ستغلق فرعها'],
    ]);
  });
});

describe('Arabic speaker phrases in harder positions', () => {
  it('reads the subject between كان and قد before the verb', () => {
    const [c] = ar('وكانت وزيرة الإعلام منى الساعدي قد قالت في وقت سابق إن الرحلات ستستأنف.');
    expect(c).toMatchObject({ speaker: 'منى الساعدي', content: 'الرحلات ستستأنف' });
  });

  it('does not take a quoted word that the content goes on from as the whole content', () => {
    const [c] = ar('وأشارت الصحيفة إلى أن "الحارس" وصل إلى المدينة أمس.');
    expect(c).toMatchObject({ content: '"الحارس" وصل إلى المدينة أمس', direct: false });
  });

  it('keeps a quoted outlet after لـ out of the content', () => {
    const [c] = ar('وقال العقيد سامر الحربي لـ"الوطن" إن الطريق سيفتح غداً.');
    expect(c).toMatchObject({ speaker: 'سامر الحربي', content: 'الطريق سيفتح غداً', direct: false });
  });

  it('skips an aside between dashes and a compound first name', () => {
    const [c] = ar('وقال رئيس اللجنة عبد الواحد المالكي - في ختام الاجتماع - إن النتائج ستعلن الأحد.');
    expect(c).toMatchObject({ speaker: 'عبد الواحد المالكي', content: 'النتائج ستعلن الأحد' });
  });

  it('leaves a name after an indefinite place to the place', () => {
    const [c] = ar('وأوضح أمين محافظة الخبر أن المشروع اكتمل.');
    expect(c!.speaker).toBe('أمين محافظة الخبر');
  });

  it('reads a name written before its title and one after a title with more titles', () => {
    const claims = ar('وقال سامي رودان نائب مستشار الأمن القومي إن المحادثات مستمرة. وأوضح العميد يوسف بن أحمد الغانم الوكيل المساعد أن المنافذ مفتوحة.');
    expect(claims.map((c) => c.speaker)).toEqual(['سامي رودان', 'يوسف بن أحمد الغانم']);
  });

  it('gives a participle the subject of the verb that opens its sentence', () => {
    const claims = ar('من جهته ثمّن السفير أحمد الفارس دعم الشركات للمستشفى، مؤكداً أن المبادرة ستستمر.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ speaker: 'أحمد الفارس', cue: 'مؤكداً أن', content: 'المبادرة ستستمر' });
  });

  it("keeps a participle's object and its quoted words in the content", () => {
    const claims = ar('وقال المحامي: "القضية انتهت"، معتبراً الحكم قراراً "غير عادل".');
    expect(claims[1]).toMatchObject({ cue: 'معتبراً', content: 'الحكم قراراً "غير عادل"', direct: false });
  });

  it('reads the topic of أما ... ف as the subject', () => {
    const [c] = ar('أما المحامي سالم العتيبي، فقد كتب على حسابه قائلاً: "القضية لم تنته بعد".');
    expect(c).toMatchObject({ speaker: 'سالم العتيبي', content: 'القضية لم تنته بعد', direct: true });
  });

  it('ends the speaker phrase at the addressee and takes the name before a prize', () => {
    const claims = ar('وقال الابن لوكالة الأنباء المحلية (واس) إن الرسالة وصلت. وكتبت الناشطة الحائزة على جائزة نوبل للسلام منى الراشد، على حسابها، أن الحملة مستمرة.');
    expect(claims.map((c) => c.speaker)).toEqual(['الابن', 'منى الراشد']);
  });

  it('reads "حسب قوله" as the speaker already in view', () => {
    const claims = ar('وقال المهندس فهد الدوسري إن العمل بدأ. وسينتهي المشروع خلال عامين، حسب قوله.');
    expect(claims[1]).toMatchObject({ speaker: 'فهد الدوسري', mention: null, content: 'وسينتهي المشروع خلال عامين' });
  });

  it('keeps the addressee of a demand out of the speaker and the content', () => {
    const claims = ar('وقال المواطن خالد سعيد إن الطريق خطير. وطالب الجهات المعنية بسرعة إصلاحه. ودعت الوزارة المواطنين إلى الحذر.');
    expect(claims.map((c) => [c.speaker, c.content])).toEqual([
      ['خالد سعيد', 'الطريق خطير'],
      ['خالد سعيد', 'بسرعة إصلاحه'],
      ['الوزارة', 'الحذر'],
    ]);
  });

  it('reads a partitive speaker', () => {
    const [c] = ar('وقال عدد من السكان إن المياه انقطعت منذ يومين.');
    expect(c!.speaker).toBe('عدد من السكان');
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
