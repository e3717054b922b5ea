import { UserError } from '../shared/ipc/result';
import { resolveArchivePath } from './backend/archivePath';
import { openBackend } from './backend/openBackend';
import { parseCliArgs, USAGE, UsageError } from './cli/args';
import { runCommand, type Io } from './cli/commands';
import { runExtract, runNer } from './cli/nlpCommands';

/** `casefile`: the back end in-process, one command per run. */
async function main(argv: string[]): Promise<number> {
  let backend;
  try {
    const args = parseCliArgs(argv);
    if (args.help || args.positionals.length === 0) {
      process.stdout.write(USAGE);
      return args.help ? 0 : 2;
    }
    const interruptHandlers: (() => void)[] = [];
    process.on('SIGINT', () => interruptHandlers.forEach((h) => h()));
    process.on('SIGTERM', () => interruptHandlers.forEach((h) => h()));
    const io: Io = { out: process.stdout, err: process.stderr, onInterrupt: (h) => interruptHandlers.push(h) };
    // Text analysis commands work on files and never open an archive.
    if (args.positionals[0] === 'ner') return runNer(args, io);
    if (args.positionals[0] === 'extract') return await runExtract(args, io);
    backend = openBackend(resolveArchivePath(args.archive), 'cli');
    return await runCommand(backend, args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`casefile: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof UserError) {
      process.stderr.write(`casefile: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`casefile: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  } finally {
    backend?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`casefile: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
