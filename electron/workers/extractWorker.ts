/** worker_threads entry: runs shared/nlp extraction so the back end's thread stays free. */
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../../shared/nlp/extract';
import { adaptedModels, MissingAdaptation } from '../nlp/caseAdaptations';
import { nerModels } from '../nlp/models';
import type { ExtractRequest, ExtractResponse } from '../nlp/extractMessages';

const port = parentPort;
if (!port) throw new Error('extractWorker must run as a worker thread.');
const models = nerModels();

port.on('message', (req: ExtractRequest) => {
  let response: ExtractResponse;
  try {
    const caseModels = adaptedModels(models, req.adaptations);
    response = { id: req.id, ok: true, extraction: extractDocument(req.text, { models: caseModels, anchor: req.anchor }) };
  } catch (error) {
    const missing = error instanceof MissingAdaptation ? error.key : undefined;
    response = { id: req.id, ok: false, message: error instanceof Error ? error.message : String(error), missing };
  }
  port.postMessage(response);
});
