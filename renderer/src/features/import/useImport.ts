import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useErrorText } from '../../i18n/useErrorText';
import { call, onEvent } from '../../lib/api';
import { fileToBase64 } from '../../lib/base64';
import type { PendingFile } from './droppedFiles';
import { isHiddenPath, newOperationId, planRequests } from './importBatches';
import { importReducer, initialImportState } from './importProgress';

/**
 * Sends files to 'app:import.files' in batches under one operationId, following the server's
 * progress events; cancel() stops the batch in flight and sends no further batch.
 */
export function useImport(onBatchImported: () => void, notSentReason: string) {
  const [state, dispatch] = useReducer(importReducer, initialImportState);
  const errorText = useErrorText();
  const cancelled = useRef(false);
  const operation = useRef('');

  useEffect(() => onEvent('app:progress', (progress) => dispatch({ type: 'progress', progress })), []);

  const start = useCallback(
    async (caseId: number, pending: readonly PendingFile[]) => {
      const files = pending.filter((p) => !isHiddenPath(p.name));
      if (files.length === 0) return;
      const operationId = newOperationId();
      operation.current = operationId;
      cancelled.current = false;
      dispatch({ type: 'start', operationId, total: files.length });
      for (const request of planRequests(files.map((f) => ({ size: f.file.size, mapping: f.mapping })))) {
        const chosen = request.indices.map((i) => files[i]).filter((f): f is PendingFile => f !== undefined);
        if (cancelled.current) {
          dispatch({ type: 'skipped', outcomes: chosen.map((f) => ({ name: f.name, status: 'cancelled', reason: notSentReason })) });
          continue;
        }
        try {
          const payload = await Promise.all(chosen.map(async (f) => ({ name: f.name, dataBase64: await fileToBase64(f.file) })));
          const summary = await call('app:import.files', { caseId, operationId, files: payload, mapping: request.mapping });
          dispatch({ type: 'batchDone', summary, sent: chosen.length });
          onBatchImported();
        } catch (error) {
          const reason = errorText(error);
          dispatch({ type: 'fail', message: reason });
          dispatch({
            type: 'batchDone',
            summary: { imported: 0, duplicates: 0, failed: chosen.length, cancelled: 0, outcomes: chosen.map((f) => ({ name: f.name, status: 'failed', reason })) },
            sent: chosen.length,
          });
        }
      }
      dispatch({ type: 'finish' });
    },
    [onBatchImported, notSentReason, errorText],
  );

  const cancel = useCallback(async () => {
    cancelled.current = true;
    dispatch({ type: 'cancel' });
    try {
      await call('app:operations.cancel', { operationId: operation.current });
    } catch (error) {
      dispatch({ type: 'fail', message: errorText(error) });
    }
  }, [errorText]);

  const close = useCallback(() => dispatch({ type: 'close' }), []);

  return { state, start, cancel, close };
}
