// worker_threads entry: parses files off the thread that owns the archive and the window.
import { parentPort } from 'node:worker_threads';
import { failureOf, parseFile, type ParseRequest, type ParseResponse } from '../importers/parseFile';

parentPort?.on('message', (req: ParseRequest) => {
  parseFile(req.bytes, req.name, req.options).then(
    (result) => parentPort?.postMessage({ id: req.id, ok: true, result } satisfies ParseResponse),
    (error: unknown) => parentPort?.postMessage(failureOf(req.id, error)),
  );
});

// Tells the parent the parsers are loaded, so a file's time limit never counts the worker's start.
parentPort?.postMessage({ ready: true });
