import type { ColumnChoice } from '../../shared/domain/schemas';
import { parseMappingSpec } from '../importers/columnMapping';
import { UsageError } from './args';

/**
 * Reads --map: "title=headline,text=body" chooses columns; "author=" (nothing after the sign)
 * maps a field to no column, also one the importer detected.
 */
export function parseMapOption(spec: string): ColumnChoice {
  try {
    return parseMappingSpec(spec);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
