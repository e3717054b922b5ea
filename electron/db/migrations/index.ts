import { migration0001 } from './0001-initial';
import type { Migration } from './migration';

/** Every migration, in order. A new one is a new file and one line here. */
export const MIGRATIONS: readonly Migration[] = [migration0001];
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
