import { describe, expect, it } from 'vitest';
import { findPublicationDate } from './publicationDate';

describe('findPublicationDate', () => {
  it('takes a dateline standing on its own line', () => {
    const text = 'Floods cut the coastal road\n\nFriday, March 6, 2020\n\nOn 2 February 2019 the same road was closed.';
    expect(findPublicationDate(text)).toBe('2020-03-06');
  });
  it('prefers a date introduced as the publication date', () => {
    const text = 'الأمطار تغلق الطريق الساحلي\n3 مارس 2014\nنشر بتاريخ: 12 مايو 2020\nوقعت فيضانات مماثلة بتاريخ 1 مايو 2020';
    expect(findPublicationDate(text)).toBe('2020-05-12');
  });
  it('takes a dateline after a place name', () => {
    expect(findPublicationDate('عنوان الخبر\nالرياض - 3 مارس 2014\nعاد الوفد بعد جولة')).toBe('2014-03-03');
  });
  it('takes a dateline that leads the first paragraph', () => {
    expect(findPublicationDate('Title\n\nMonday, March 2, 2020 Officials said the road was closed.')).toBe('2020-03-02');
  });
  it('leaves alone dates inside running text', () => {
    expect(findPublicationDate('عنوان الخبر\n\nعاد الوفد في 3 مارس 2014 بعد جولة في المنطقة')).toBeNull();
    expect(findPublicationDate('عنوان الخبر\n\nصدر القرار رقم 180 بتاريخ 2/5/1435 هـ عن مجلس الوزراء')).toBeNull();
  });
  it('ignores relative and partial dates and returns null when none', () => {
    expect(findPublicationDate('قال الوزير أمس إن الاجتماع في مايو 2020')).toBeNull();
    expect(findPublicationDate('')).toBeNull();
  });
});
