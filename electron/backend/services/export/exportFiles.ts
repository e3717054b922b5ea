import type { ExportFiles, ExportRequest } from '../../../../shared/ipc/contract';
import type { BackendContext } from '../../context';
import { exportCase } from '../exportCase';
import { onlyAccepted } from './acceptedOnly';
import { caseTables } from './caseTables';
import { toCsv } from './csv';

/** A case name made safe as a file name on every system; letters of any script stay. */
export function fileStem(caseName: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = caseName.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '_').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 100);
  return safe === '' ? 'case' : safe;
}

/** Builds the export files in memory; the host decides where they go (a save dialog, a download, a folder). */
export function buildExportFiles(ctx: BackendContext, request: ExportRequest): ExportFiles {
  const full = exportCase(ctx, request.caseId, request.operationId);
  const data = request.acceptedOnly ? onlyAccepted(full) : full;
  const stem = `${fileStem(data.case.name)}${request.acceptedOnly ? '-accepted' : ''}`;
  if (request.format === 'json') {
    return { files: [{ name: `${stem}.json`, mediaType: 'application/json', text: `${JSON.stringify(data, null, 2)}\n` }] };
  }
  const tables = caseTables(data);
  return {
    files: (['entities', 'claims', 'documents'] as const).map((table) => ({
      name: `${stem}-${table}.csv`,
      mediaType: 'text/csv',
      text: toCsv(tables[table]),
    })),
  };
}
