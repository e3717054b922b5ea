import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE_THRESHOLD, bandKeys, minhash, similarity } from './minhash';

const STORY = `The ferry between the two banks of the river resumed service on Monday after a week of repairs to its engines and landing ramps.
Port officials said the first crossing carried more than two hundred passengers and a dozen cars, and that timetables would return to normal by Thursday.
Traders in the market on the eastern bank welcomed the news, saying the closure had doubled the time it took to bring goods from the city.`;
const OTHER = `Engineers in the capital raised temporary flood barriers on Tuesday as the river rose for a third day in a row after heavy rain in the north.
A spokeswoman for the water ministry said the level was expected to peak on Thursday and that residents of low districts should move valuables upstairs.`;

describe('minhash', () => {
  it('scores a republished story with small edits above the threshold, and another story far below', () => {
    const a = minhash(STORY)!;
    const edited = minhash(STORY.replace('more than two hundred', 'about 250').replace('on Monday', 'on Monday morning'))!;
    const other = minhash(OTHER)!;
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, edited)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(similarity(a, other)).toBeLessThan(0.2);
    expect(bandKeys(a).filter((k, i) => k === bandKeys(edited)[i]).length).toBeGreaterThan(0);
  });

  it('ignores case, punctuation and Arabic letter variants, and skips texts too short to compare', () => {
    const arabic = 'قال المتحدث باسم الوزارة إن الطرق في المدينة أعيد فتحها بعد الظهر أمام السيارات والشاحنات، وإن فرق الهندسة تواصل عملها في المنطقة منذ صباح الأمس دون توقف.';
    const variant = arabic.replace(/أ|إ/g, 'ا').replace(/ة/g, 'ه').replace(/،/g, '');
    expect(similarity(minhash(arabic)!, minhash(variant)!)).toBe(1);
    expect(minhash('Too short to compare.')).toBeNull();
  });
});
