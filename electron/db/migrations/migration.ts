export interface Migration {
  /** The user_version the archive has after this migration. */
  version: number;
  name: string;
  sql: string;
}
