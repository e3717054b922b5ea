import type { Migration } from './migration';

/**
 * A digest of what a case model was trained on (the corrected documents and their accepted names),
 * so re-extraction retrains only when a review changed it. Empty for models trained before.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'case-model-fingerprint',
  sql: `
ALTER TABLE case_models ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
`,
};
