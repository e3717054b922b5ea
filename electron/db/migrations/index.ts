import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-import-links';
import { migration0003 } from './0003-review';
import { migration0004 } from './0004-case-models';
import { migration0005 } from './0005-claim-date-source';
import { migration0006 } from './0006-case-model-fingerprint';
import { migration0007 } from './0007-search-proclitic-stems';
import { migration0008 } from './0008-document-list-indexes';
import type { Migration } from './migration';

/** Every migration, in order. A new one is a new file and one line here. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008];
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
