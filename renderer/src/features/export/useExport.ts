import { useEffect, useRef, useState } from 'react';
import type { ExportRequest } from '../../../../shared/ipc/contract';
import { useErrorText } from '../../i18n/useErrorText';
import { call, onEvent } from '../../lib/api';
import { downloadFiles } from './downloadFiles';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'saved'; names: string[]; downloaded: boolean }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

/**
 * Runs one export: in Electron main saves it through a native dialog; in the browser the bytes
 * come back and are downloaded. Progress comes from the back end's events for our operation.
 */
export function useExport() {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const errorText = useErrorText();
  const operation = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('app:progress', (p) => {
        if (p.kind !== 'export' || p.operationId !== operation.current) return;
        setState((s) => (s.phase === 'running' ? { phase: 'running', done: p.done, total: p.total } : s));
      }),
    [],
  );

  async function run(request: Omit<ExportRequest, 'operationId'>): Promise<void> {
    const operationId = `export-${Date.now().toString(36)}`;
    operation.current = operationId;
    setState({ phase: 'running', done: 0, total: 0 });
    try {
      const { host } = await call('app:app.info', {});
      if (host === 'electron') {
        const saved = await call('app:export.save', { ...request, operationId });
        setState(saved.saved ? { phase: 'saved', names: saved.paths, downloaded: false } : { phase: 'cancelled' });
      } else {
        const { files } = await call('app:export.build', { ...request, operationId });
        downloadFiles(files);
        setState({ phase: 'saved', names: files.map((f) => f.name), downloaded: true });
      }
    } catch (error) {
      setState({ phase: 'failed', message: errorText(error) });
    } finally {
      operation.current = null;
    }
  }

  return { state, run };
}
