import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import { parseMapOption } from './mapOption';

describe('--map', () => {
  it('reads columns, and FIELD= as no column', () => {
    expect(parseMapOption('title=العنوان, text=body,author=')).toEqual({ title: 'العنوان', text: 'body', author: null });
    expect(parseMapOption('url= ')).toEqual({ url: null });
  });

  it('refuses an unknown field, also without a column', () => {
    expect(() => parseMapOption('headline=')).toThrow(UsageError);
    expect(() => parseMapOption('headline=title')).toThrow(/FIELD=COLUMN/);
  });
});
