import type { Channel, Output, ParsedInput } from '../../shared/ipc/contract';
import { UserError } from '../../shared/ipc/result';
import { fromBytes, collectPaths } from '../importers/sources';
import type { ImportSummary } from '../../shared/domain/schemas';
import type { BackendContext } from './context';
import { createImportHandlers } from './importHandlers';
import { createReviewHandlers } from './reviewHandlers';
import { createCase, listAllCases } from './services/cases';
import { listCaseDocuments, requireDocument } from './services/documents';
import { exportCase } from './services/exportCase';
import { buildExportFiles } from './services/export/exportFiles';
import { extractDocuments, reextractCase } from './services/extraction';
import { listMentions } from '../db/repositories/mentions';
import { importSources } from './services/importFiles';
import { search } from './services/search';

/** What an import brought in is extracted right after, under the same operation id. */
async function withExtraction<S extends ImportSummary>(ctx: BackendContext, caseId: number, summary: S, operationId?: string) {
  const ids = summary.outcomes.flatMap((o) => (o.status === 'imported' || o.status === 'near-duplicate' ? [o.documentId] : []));
  if (ids.length === 0) return summary;
  return { ...summary, extraction: await extractDocuments(ctx, caseId, ids, operationId) };
}

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C> };

/** The back end: one handler per contract channel, the same object in every host. */
export function createHandlers(ctx: BackendContext): Handlers {
  return {
    ...createReviewHandlers(ctx),
    ...createImportHandlers(ctx),
    'app:app.info': () => ({
      version: ctx.version,
      host: ctx.host,
      archivePath: ctx.archive.path,
      archiveId: ctx.archive.archiveId,
      schemaVersion: ctx.archive.schemaVersion,
      canImportPaths: ctx.host !== 'serve',
    }),
    'app:cases.list': () => listAllCases(ctx),
    'app:cases.create': (i) => createCase(ctx, i.name, i.description),
    'app:documents.list': (i) => listCaseDocuments(ctx, i),
    'app:documents.get': (i) => requireDocument(ctx, i.id),
    'app:search.query': (i) => search(ctx, i),
    'app:import.files': async (i) =>
      withExtraction(
        ctx,
        i.caseId,
        await importSources(
          ctx,
          i.caseId,
          i.files.map((f) => fromBytes(f.name, new Uint8Array(Buffer.from(f.dataBase64, 'base64')))),
          i.operationId,
          { mapping: i.mapping },
        ),
        i.operationId,
      ),
    'app:import.paths': async (i) => {
      // A page served over HTTP must not make the server read arbitrary local paths.
      if (ctx.host === 'serve') throw UserError.coded('forbidden', 'msg.error.importPathsInBrowser');
      const archive = ctx.archive.path;
      const own = [archive, `${archive}-wal`, `${archive}-shm`, `${archive}-journal`];
      return withExtraction(ctx, i.caseId, await importSources(ctx, i.caseId, await collectPaths(i.paths, own), i.operationId, { mapping: i.mapping }), i.operationId);
    },
    'app:operations.cancel': (i) => ({ cancelled: ctx.operations.cancel(i.operationId) }),
    'app:mentions.list': (i) => {
      requireDocument(ctx, i.documentId);
      return listMentions(ctx.archive.db, i.documentId);
    },
    'app:extraction.run': (i) => reextractCase(ctx, i.caseId, i.documentIds, i.operationId),
    'app:export.case': (i) => exportCase(ctx, i.caseId),
    'app:export.build': (i) => buildExportFiles(ctx, i),
    // Electron's main process answers this itself (it owns the save dialog); other hosts download.
    'app:export.save': () => {
      throw UserError.coded('unsupported', 'msg.error.saveDialogDesktopOnly');
    },
  };
}
