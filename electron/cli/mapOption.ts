import type { ColumnChoice } from '../../shared/domain/schemas';
import { parseMappingSpec } from '../importers/columnMapping';
import { MAPPED_FIELDS } from '../importers/types';
import { UsageError } from './args';

const isField = (f: string): f is (typeof MAPPED_FIELDS)[number] => (MAPPED_FIELDS as readonly string[]).includes(f);

/**
 * Reads --map: "title=headline,text=body" chooses columns; "author=" (nothing after the sign)
 * maps a field to no column, also one the importer detected.
 */
export function parseMapOption(spec: string): ColumnChoice {
  const pairs = spec.split(',').map((p) => p.trim()).filter(Boolean);
  const none = pairs.filter((p) => /=\s*$/.test(p));
  try {
    const choice: ColumnChoice = parseMappingSpec(pairs.filter((p) => !none.includes(p)).join(','));
    for (const pair of none) {
      const field = pair.slice(0, pair.indexOf('=')).trim();
      if (!isField(field)) throw new Error(`Bad mapping "${pair}": use FIELD=COLUMN, or FIELD= for no column, with FIELD one of ${MAPPED_FIELDS.join(', ')}.`);
      choice[field] = null;
    }
    return choice;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
