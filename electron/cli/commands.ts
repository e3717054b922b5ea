import { join } from 'node:path';
import type { EventPayload } from '../../shared/ipc/contract';
import { UserError } from '../../shared/ipc/result';
import type { Backend } from '../backend/openBackend';
import { findCaseByName } from '../backend/services/cases';
import { startServer } from '../serve/server';
import { UsageError, type CliArgs } from './args';
import { exportForCli, exportFormat } from './exportCommand';
import { formatCases, formatDocument, formatImportSummary, formatPreview, formatSearch } from './format';
import { parseMapOption } from './mapOption';
import { createProgressBar } from './progressBar';

export interface Io {
  out: NodeJS.WriteStream;
  err: NodeJS.WriteStream;
  onInterrupt(handler: () => void): void;
}

function caseIdByName(backend: Backend, name: string | undefined, required: true): number;
function caseIdByName(backend: Backend, name: string | undefined, required: false): number | undefined;
function caseIdByName(backend: Backend, name: string | undefined, required: boolean): number | undefined {
  if (name === undefined) {
    if (required) throw new UsageError('--case NAME is required.');
    return undefined;
  }
  const found = findCaseByName(backend.ctx, name);
  if (!found) throw new UserError('not_found', `No case named "${name}". List cases with: casefile case list`);
  return found.id;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Runs one command; returns the exit code. */
export async function runCommand(backend: Backend, args: CliArgs, io: Io): Promise<number> {
  const [command, ...rest] = args.positionals;
  switch (command) {
    case 'case': {
      const [verb, ...names] = rest;
      if (verb === 'list' && names.length === 0) {
        const cases = await backend.call('app:cases.list', {});
        io.out.write(args.json ? json(cases) : formatCases(cases));
        return 0;
      }
      if (verb === 'create' && names.length === 1 && names[0]) {
        const created = await backend.call('app:cases.create', { name: names[0] });
        io.out.write(args.json ? json(created) : `Created case #${created.id} "${created.name}".\n`);
        return 0;
      }
      throw new UsageError('Use "case create NAME" (quote a name with spaces) or "case list".');
    }
    case 'import': {
      if (rest.length === 0) throw new UsageError('Name at least one file or folder to import.');
      const caseId = caseIdByName(backend, args.caseName, true);
      const bar = createProgressBar(io.err);
      const operationId = `cli-${process.pid}`;
      const unsubscribe = backend.subscribe((event, payload) => {
        if (event === 'app:progress') bar.update(payload as EventPayload<'app:progress'>);
      });
      io.onInterrupt(() => void backend.invoke('app:operations.cancel', { operationId }));
      try {
        const mapping = args.map === undefined ? undefined : parseMapOption(args.map);
        const summary = await backend.call('app:import.paths', { caseId, paths: rest, operationId, mapping });
        bar.done();
        io.out.write(args.json ? json(summary) : formatImportSummary(summary));
        return summary.cancelled > 0 ? 130 : 0;
      } finally {
        unsubscribe();
      }
    }
    case 'columns': {
      if (rest.length !== 1) throw new UsageError('Give one file: casefile columns FILE.csv');
      const preview = await backend.call('app:import.preview', { path: rest[0] });
      io.out.write(args.json ? json(preview) : formatPreview(preview));
      return 0;
    }
    case 'search': {
      if (rest.length === 0) throw new UsageError('Give a query: casefile search QUERY');
      const caseId = caseIdByName(backend, args.caseName, false);
      const result = await backend.call('app:search.query', { query: rest.join(' '), caseId, limit: 50 });
      io.out.write(args.json ? json(result) : formatSearch(result.total, result.hits, Boolean(io.out.isTTY)));
      return 0;
    }
    case 'show': {
      const id = Number(rest[0]);
      if (rest.length !== 1 || !Number.isInteger(id) || id < 1) throw new UsageError('Give a document id: casefile show DOC_ID');
      const doc = await backend.call('app:documents.get', { id });
      io.out.write(args.json ? json(doc) : formatDocument(doc));
      return 0;
    }
    case 'export': {
      const format = exportFormat(args);
      io.out.write(await exportForCli(backend, caseIdByName(backend, args.caseName, true), format, args));
      return 0;
    }
    case 'serve': {
      const server = await startServer({ backend, rendererDir: join(__dirname, 'renderer'), port: args.port });
      io.out.write(`Casefile is serving ${backend.ctx.archive.path}\nOpen ${server.url}\nPress Ctrl+C to stop.\n`);
      await new Promise<void>((resolve) => io.onInterrupt(() => resolve()));
      await server.close();
      return 0;
    }
    default:
      throw new UsageError(command === undefined ? 'No command given.' : `Unknown command "${command}".`);
  }
}
