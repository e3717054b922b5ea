import type { Channel, Output, ParsedInput } from '../../shared/ipc/contract';
import { UserError } from '../../shared/ipc/result';
import { fromBytes, collectPaths } from '../importers/sources';
import type { BackendContext } from './context';
import { createCase, listAllCases } from './services/cases';
import { listCaseDocuments, requireDocument } from './services/documents';
import { exportCase } from './services/exportCase';
import { importSources } from './services/importFiles';
import { search } from './services/search';

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C> };

/** The back end: one handler per contract channel, the same object in every host. */
export function createHandlers(ctx: BackendContext): Handlers {
  return {
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
    'app:documents.list': (i) => listCaseDocuments(ctx, i.caseId, i.offset, i.limit),
    'app:documents.get': (i) => requireDocument(ctx, i.id),
    'app:search.query': (i) => search(ctx, i),
    'app:import.files': (i) =>
      importSources(
        ctx,
        i.caseId,
        i.files.map((f) => fromBytes(f.name, new Uint8Array(Buffer.from(f.dataBase64, 'base64')))),
        i.operationId,
      ),
    'app:import.paths': async (i) => {
      // A page served over HTTP must not make the server read arbitrary local paths.
      if (ctx.host === 'serve') throw new UserError('forbidden', 'Importing by path is not available in the browser; upload the files instead.');
      const archive = ctx.archive.path;
      const own = [archive, `${archive}-wal`, `${archive}-shm`, `${archive}-journal`];
      return importSources(ctx, i.caseId, await collectPaths(i.paths, own), i.operationId);
    },
    'app:operations.cancel': (i) => ({ cancelled: ctx.operations.cancel(i.operationId) }),
    'app:export.case': (i) => exportCase(ctx, i.caseId),
  };
}
