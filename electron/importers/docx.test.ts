import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/ipc/result';
import { docxImporter } from './docx';
import { odtImporter } from './odt';

// A zip signature followed by bytes that are no zip: what a truncated or mislabelled download looks like.
const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 96 }, (_, i) => (i * 37) % 251)]);

async function failureOf(parse: () => unknown): Promise<UserError> {
  try {
    await parse();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('parsing did not fail');
}

describe('damaged office documents', () => {
  it('are reported as damaged Word or OpenDocument files, never as zip archives', async () => {
    for (const [importer, format] of [
      [docxImporter, 'Word'],
      [odtImporter, 'OpenDocument'],
    ] as const) {
      const error = await failureOf(() => importer.parse(damaged, `report.${importer.format}`, {}));
      expect(error.messageCode).toEqual({ code: 'msg.import.damagedDocument', params: { format } });
      expect(error.message).not.toMatch(/zip/i);
    }
  });
});
