import type { Migration } from './migration';

/**
 * Who set a claim's date: the extractor ('model', re-resolved when the publication date changes)
 * or a reviewer ('user', kept). Claims added by hand, and model claims whose date an audited edit
 * changed, were set by a reviewer.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'claim-date-source',
  sql: `
ALTER TABLE claims ADD COLUMN date_source TEXT NOT NULL DEFAULT 'model' CHECK (date_source IN ('model', 'user'));
UPDATE claims SET date_source = 'user'
WHERE source = 'user'
   OR uid IN (SELECT object_uid FROM audit_log
              WHERE action = 'claim.edit' AND object_type = 'claims'
                AND json_extract(before_json, '$.claim_date') IS NOT json_extract(after_json, '$.claim_date'));
`,
};
