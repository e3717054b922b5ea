import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../../shared/ipc/result';
import { previewTable } from '../importers/tabular';
import type { Handlers } from './backend';
import type { BackendContext } from './context';
import { redecodeDocument, updateDocumentMetadata } from './services/documentMetadata';

type ImportHandlers = Pick<Handlers, 'app:import.preview' | 'app:documents.updateMetadata' | 'app:documents.redecode'>;

/** Channels of the import pipeline beside the import itself: the column preview and metadata fixes. */
export function createImportHandlers(ctx: BackendContext): ImportHandlers {
  return {
    'app:import.preview': async (i) => {
      if (i.path !== undefined && ctx.host === 'serve') throw UserError.coded('forbidden', 'msg.import.pathInBrowser');
      const [name, bytes] = i.file ? [i.file.name, Buffer.from(i.file.dataBase64, 'base64')] : [basename(i.path ?? ''), await readFile(i.path ?? '')];
      return previewTable(new Uint8Array(bytes), name);
    },
    'app:documents.updateMetadata': (i) => updateDocumentMetadata(ctx, i.id, i.metadata),
    'app:documents.redecode': (i) => redecodeDocument(ctx, i.id, i.encoding),
  };
}
