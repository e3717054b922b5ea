import { describe, expect, it } from 'vitest';
import { findPublicationDate } from './publicationDate';

describe('findPublicationDate', () => {
  it('takes a dateline standing on its own line', () => {
    const text = 'Floods cut the coastal road\n\nFriday, March 6, 2020\n\nOn 2 February 2019 the same road was closed.';
    expect(findPublicationDate(text)).toBe('2020-03-06');
  });
  it('prefers a date introduced as the publication date', () => {
    const text = 'الأمطار تغلق الطريق الساحلي\n\nوقعت فيضانات مماثلة في 3 مارس 2014. نشر بتاريخ 12 مايو 2020';
    expect(findPublicationDate(text)).toBe('2020-05-12');
  });
  it('falls back to the first full date in the header', () => {
    expect(findPublicationDate('عاد الوفد في 3 مارس 2014 بعد جولة')).toBe('2014-03-03');
  });
  it('ignores relative and partial dates and returns null when none', () => {
    expect(findPublicationDate('قال الوزير أمس إن الاجتماع في مايو 2020')).toBeNull();
    expect(findPublicationDate('')).toBeNull();
  });
});
