import { describe, expect, it } from 'vitest';
import { knowledgeFrom, withKnowledge } from './caseLoop';

const corrected = [
  [
    { tokens: ['وصل', 'وفد', 'من', 'حزب', 'النهضة', 'إلى', 'الموصل', '.'], tags: ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O'] },
    { tokens: ['وقال', 'المتحدث', 'إن', 'الوفد', 'سيعود', '.'], tags: ['O', 'O', 'O', 'O', 'O', 'O'] },
  ],
];
// The reviewer saw the model call "الوفد" a place and miss the party.
const suggested = [[['O', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O'], ['O', 'O', 'O', 'B-LOC', 'O', 'O']]];

describe('the review loop on tokenised text', () => {
  it('confirms every gold name and rejects suggestions that are no name', () => {
    const known = knowledgeFrom(corrected, suggested);
    expect(known.gazetteer.map((g) => [g.name, g.type])).toEqual([
      ['حزب النهضة', 'ORG'],
      ['الموصل', 'LOC'],
    ]);
    expect([...known.rejected]).toEqual(['الوفد']);
  });

  it('applies them to a later sentence: a confirmed name with a proclitic tags its whole token', () => {
    const known = knowledgeFrom(corrected, suggested);
    const tokens = ['وأكد', 'الوفد', 'أن', 'لحزب', 'النهضة', 'مكتبا', 'في', 'الموصل', '.'];
    const predicted = ['O', 'B-LOC', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O'];
    expect(withKnowledge(tokens, predicted, known)).toEqual(['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-LOC', 'O']);
  });
});
