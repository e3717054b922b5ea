import { describe, expect, it } from 'vitest';
import { read } from './testHelpers';

const en = (text: string, documentDate?: string) => read(text, { language: 'en', ...(documentDate ? { documentDate } : {}) });

describe('English reporting verbs', () => {
  it('reads subject, title, date and "that"', () => {
    const [c] = en('Finance Minister Jane Porter said on Monday that interest rates would stay low.', '2024-03-13');
    expect(c).toMatchObject({ speaker: 'Jane Porter', mention: 'Jane Porter', cue: 'said', content: 'interest rates would stay low', direct: false, when: '2024-03-11' });
  });

  it('reads a full date between the verb and "that" as the date of saying, outside the content', () => {
    const text = 'Ahmed Saleh, a spokesman for the oil ministry, said on 15 March 2024 that exports would rise.';
    const at = text.indexOf('15 March 2024');
    const [c] = read(text, { language: 'en', documentDate: '2024-03-20', dates: [{ start: at, end: at + 13, value: { iso: '2024-03-15' } }] });
    expect(c).toMatchObject({ speaker: 'Ahmed Saleh', content: 'exports would rise', when: '2024-03-15' });
  });

  it('takes the person, not the body, in "X of the Ministry said", and a spokesman with the body he speaks for', () => {
    const claims = en(
      'Ahmed Saleh of the Ministry of Oil said the pipeline was repaired. A spokesman for the ministry said prices were stable. ' +
        'Exports will rise next year, said Laila Haddad of the Central Bank. Imports will fall, said an official at the ministry.',
    );
    expect(claims.map((c) => [c.speaker, c.content])).toEqual([
      ['Ahmed Saleh', 'the pipeline was repaired'],
      ['spokesman for the ministry', 'prices were stable'],
      ['Laila Haddad', 'Exports will rise next year'],
      ['official at the ministry', 'Imports will fall'],
    ]);
  });

  it('reads a quotation before the speaker, inverted or with an appositive', () => {
    const claims = en('"The bridge is safe," said Harris. "Repairs will finish in May," Tom Harris, the city engineer, said.');
    expect(claims.map((c) => [c.speaker, c.content, c.direct])).toEqual([
      ['Tom Harris', 'The bridge is safe', true],
      ['Tom Harris', 'Repairs will finish in May', true],
    ]);
  });

  it('resolves pronouns and titles to the nearest compatible speaker', () => {
    const claims = en('Prime Minister Ana Silva said the budget was balanced. The World Health Organization said the vaccine was safe. "No serious side effects were found," it added. She added that taxes would not rise. The prime minister said the deficit would shrink.');
    expect(claims.map((c) => c.speaker)).toEqual(['Ana Silva', 'World Health Organization', 'World Health Organization', 'Ana Silva', 'Ana Silva']);
    expect(claims[2]!.mention).toBeNull();
  });

  it('continues a quotation in the next sentence and the next paragraph', () => {
    const claims = en('"We are ready," Lopez said. "The new plan starts next week."\n\n"Nobody will be left behind."');
    expect(claims.map((c) => [c.speaker, c.content, c.cue])).toEqual([
      ['Lopez', 'We are ready', 'said'],
      ['Lopez', 'The new plan starts next week', 'said'],
      ['Lopez', 'Nobody will be left behind', 'said'],
    ]);
  });

  it('reads told, asked and urged with their addressees left out', () => {
    const claims = en('Mayor Anne Lopez told reporters that the city would hire more staff. She asked residents not to waste water. Officials urged drivers to avoid the bridge.');
    expect(claims.map((c) => [c.speaker, c.cue, c.content])).toEqual([
      ['Anne Lopez', 'told', 'the city would hire more staff'],
      ['Anne Lopez', 'asked', 'not to waste water'],
      ['Officials', 'urged', 'to avoid the bridge'],
    ]);
  });

  it('starts the content right after "that", dates included', () => {
    const [c] = en('Whitmore told the Weekly that on October 6 the suspect walked into the lobby.');
    expect(c).toMatchObject({ speaker: 'Whitmore', content: 'on October 6 the suspect walked into the lobby' });
  });

  it('separates a body from the name of the person speaking for it', () => {
    const [c] = en('"The plan must be well thought out," Refugee Council Enver Solomon told reporters.');
    expect(c).toMatchObject({ speaker: 'Enver Solomon', direct: true });
  });

  it('records the medium and reads "he added" chains', () => {
    const claims = en('Harris said in a statement that the road was closed. He added that it would reopen on Friday.');
    expect(claims[0]).toMatchObject({ speaker: 'Harris', medium: 'statement', content: 'the road was closed' });
    expect(claims[1]).toMatchObject({ speaker: 'Harris', mention: null, cue: 'added', content: 'it would reopen on Friday' });
  });

  it('reads "X said Y" as one claim when Y repeats the same speaker', () => {
    const claims = en('John Key said he believes the new flag has a strong rationale.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.content).toBe('he believes the new flag has a strong rationale');
  });

  it('reads a subject that ends the sentence', () => {
    const [c] = en('Almost half of the children are iodine deficient, researchers say.');
    expect(c).toMatchObject({ speaker: 'researchers', content: 'Almost half of the children are iodine deficient' });
  });
});

describe('English attribution phrases', () => {
  it('reads "according to" at the start and at the end', () => {
    const claims = en('According to the Health Ministry, 40 people were injured. Prices rose by 5 percent, according to Reuters.');
    expect(claims.map((c) => [c.speaker, c.content])).toEqual([
      ['Health Ministry', '40 people were injured'],
      ['Reuters', 'Prices rose by 5 percent'],
    ]);
  });

  it('makes the source an outlet when it relays a named speaker', () => {
    const claims = en('According to the BBC, Mayor Anne Lopez said the budget was approved. According to Agence France-Presse, quoting the state news agency Tass, the talks have failed.');
    expect(claims.map((c) => [c.speaker, c.outlet, c.content])).toEqual([
      ['Anne Lopez', 'BBC', 'the budget was approved'],
      ['Tass', 'Agence France-Presse', 'the talks have failed'],
    ]);
  });
});

describe("English: the article's own voice", () => {
  it('finds no claim in passives, unattributed estimates or nouns that look like verbs', () => {
    expect(en('It was reported that the factory closed. Estimates suggest 8000 people are at sea. The claims were never proven. The United States signed the treaty.')).toEqual([]);
  });
});
