/**
 * The SQLite driver. This is the only import of it: switching to the API-compatible
 * better-sqlite3-multiple-ciphers (encryption at rest) is a change of this one line.
 */
export { default as Driver } from 'better-sqlite3';
export type { Database as Db, Statement } from 'better-sqlite3';
