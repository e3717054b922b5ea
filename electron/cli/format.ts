import type { Case, Document, ExtractionSummary, ImportPreview, ImportSummary, SearchHit, Segment } from '../../shared/domain/schemas';

export function formatCases(cases: Case[]): string {
  if (cases.length === 0) return 'No cases yet. Create one with: casefile case create NAME\n';
  const idWidth = Math.max(2, ...cases.map((c) => String(c.id).length));
  const lines = cases.map((c) => `${String(c.id).padStart(idWidth)}  ${String(c.documentCount).padStart(6)}  ${c.name}`);
  return `${'id'.padStart(idWidth)}  ${'docs'.padStart(6)}  name\n${lines.join('\n')}\n`;
}

export function formatImportSummary(s: ImportSummary & { extraction?: ExtractionSummary }): string {
  const near = s.nearDuplicates ? `, near-duplicates ${s.nearDuplicates}` : '';
  const lines = [`Imported ${s.imported}, duplicates ${s.duplicates}${near}, failed ${s.failed}${s.cancelled ? `, cancelled ${s.cancelled}` : ''}.`];
  if (s.extraction) {
    const x = s.extraction;
    const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    const failed = x.failed.length ? ` (${x.failed.length} failed)` : '';
    lines.push(`Extracted ${n(x.entities, 'entity', 'entities')} and ${n(x.claims, 'claim', 'claims')} from ${n(x.documents, 'document', 'documents')}${failed}.`);
  }
  for (const o of s.outcomes) {
    if (o.status === 'imported') lines.push(`  imported   #${o.documentId}  ${o.name}`);
    else if (o.status === 'duplicate') lines.push(`  duplicate  ${o.name}: ${o.reason}`);
    else if (o.status === 'near-duplicate') lines.push(`  imported   #${o.documentId}  ${o.name}: ${o.reason}`);
    else lines.push(`  ${o.status.padEnd(9)}  ${o.name}: ${o.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

function segmentsToText(segments: Segment[], color: boolean): string {
  return segments.map((s) => (s.hit ? (color ? `\x1b[1;7m${s.text}\x1b[0m` : `[${s.text}]`) : s.text)).join('');
}

export function formatSearch(total: number, hits: SearchHit[], color: boolean): string {
  if (hits.length === 0) return 'No matches.\n';
  const lines = [`${total} match${total === 1 ? '' : 'es'}${hits.length < total ? ` (showing ${hits.length})` : ''}`];
  for (const h of hits) {
    lines.push(`#${h.documentId}  ${segmentsToText(h.title, color)}  (${h.caseName})`);
    lines.push(`    ${segmentsToText(h.snippet, color)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatDocument(d: Document): string {
  const meta: [string, string | null][] = [
    ['Document', `#${d.id}`],
    ['Title', d.title],
    ['Language', d.language],
    ['Published', d.publishedAt],
    ['Author', d.author],
    ['Outlet', d.outlet],
    ['URL', d.url],
    ['File', `${d.file.name} (${d.file.mime}, ${d.file.size} bytes, ${d.file.encoding ?? 'binary'})`],
    ['SHA-256', d.file.sha256],
    ['Imported', d.importedAt],
  ];
  const header = meta.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `${k.padEnd(10)} ${v}`);
  return `${header.join('\n')}\n\n${d.text.endsWith('\n') ? d.text : `${d.text}\n`}`;
}

/** A table's columns and which document field each feeds, as `casefile columns` prints them. */
export function formatPreview(p: ImportPreview): string {
  const fields = Object.entries(p.mapping).map(([field, column]) => `  ${field.padEnd(7)} <- ${column}`);
  return [`${p.rows} rows; columns: ${p.columns.join(', ')}`, 'Mapping (change with --map FIELD=COLUMN,..., FIELD= for no column):', ...(fields.length ? fields : ['  (none found)'])].join('\n') + '\n';
}
