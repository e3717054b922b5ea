import { describe, expect, it } from 'vitest';
import { COMMON_WORD_RANK } from '../../shared/nlp/caseKnowledge';
import { newsRank } from './models';

describe('newsRank', () => {
  it('ranks words by the news of their script (the shipped models), and knows no rare coinage', () => {
    expect(newsRank('بأن')).toBeLessThan(COMMON_WORD_RANK);
    expect(newsRank('the')).toBeLessThan(50);
    expect(newsRank('زنوبياتوس')).toBeUndefined();
  });
});
