import type { CaseExport } from '../../../../shared/domain/schemas';
import type { CsvTable } from './csv';

type ExportedDocument = CaseExport['documents'][number];

// Several aliases share one cell; a separator unlikely inside a name in either script.
const ALIAS_SEPARATOR = ' | ';

function entitiesTable(data: CaseExport): CsvTable {
  return {
    header: ['id', 'type', 'name', 'aliases', 'mentions', 'documents'],
    rows: data.entities.map((e) => [e.id, e.type, e.name, e.aliases.map((a) => a.alias).join(ALIAS_SEPARATOR), e.mentionCount, e.documentIds.length]),
  };
}

function claimsTable(data: CaseExport): CsvTable {
  const published = new Map(data.documents.map((d) => [d.id, d.publishedAt]));
  return {
    header: ['id', 'status', 'speaker', 'cue', 'content', 'direct', 'date', 'document_id', 'document_title', 'document_date', 'note'],
    rows: data.documents
      .flatMap((d) => d.claims)
      .map((c) => [c.id, c.status, c.speaker, c.cueText, c.content, c.direct, c.when, c.documentId, c.documentTitle, published.get(c.documentId) ?? null, c.note]),
  };
}

function documentRow(d: ExportedDocument) {
  return [d.id, d.title, d.language, d.publishedAt, d.author, d.outlet, d.url, d.fileName, d.sourcePart ?? null, d.file.sha256, d.importedAt, d.chars, d.mentions.length, d.claims.length];
}

function documentsTable(data: CaseExport): CsvTable {
  return {
    header: ['id', 'title', 'language', 'published', 'author', 'outlet', 'url', 'file', 'part', 'sha256', 'imported', 'characters', 'mentions', 'claims'],
    rows: data.documents.map(documentRow),
  };
}

/** The case as three flat tables a spreadsheet can open: entities, claims and documents. */
export function caseTables(data: CaseExport): { entities: CsvTable; claims: CsvTable; documents: CsvTable } {
  return { entities: entitiesTable(data), claims: claimsTable(data), documents: documentsTable(data) };
}
