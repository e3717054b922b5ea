import iconv from 'iconv-lite';

/** News-like text written for our tests (not taken from any corpus). */
export const ARABIC_ARTICLE = `اشتباكات قرب سد الموصل

أعلنت قيادة العمليات المشتركة، يوم الثلاثاء، أن قواتها أحبطت هجوماً على قرية تقع شمال سد الموصل.
وقال المتحدث باسم القيادة، العميد سامر الحداد، إنّ «الوضع تحت السيطرة» وإن الطرق أُعيد فتحها.
وأضاف أن فرق الهندسة تواصل تفكيك العبوات في المنطقة.
وأكد الحداد أن تعزيزات إضافية وصلت إلى القرية مساء أمس.
`;

export const ENGLISH_ARTICLE = `Flood barriers raised along the Tigris

Engineers in Baghdad raised temporary barriers on Tuesday as the Tigris rose for a third day.
"We expect the water to peak on Thursday," said Layla Hassan, a spokeswoman for the water ministry.
Residents of low-lying districts were told to move valuables upstairs.
`;

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const utf8Bom = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
export const utf16le = (text: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
export const utf16be = (text: string): Uint8Array => new Uint8Array([0xfe, 0xff, ...iconv.encode(text, 'utf-16be')]);
export const cp1256 = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'windows-1256'));
/** A file's bytes (text as UTF-8) as an upload carries them. */
export const b64 = (bytes: string | Uint8Array): string => Buffer.from(bytes).toString('base64');
