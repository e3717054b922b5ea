import type { ImportOutcome, ImportSummary, Progress } from '../../../../shared/domain/schemas';

/** The state of one import across all its batches (one operationId). */
export interface ImportState {
  phase: 'idle' | 'running' | 'done';
  operationId: string;
  total: number;
  /** Files finished in batches that have returned. */
  doneBefore: number;
  /** Files finished in the batch in flight, from the server's progress events. */
  batchDone: number;
  current: string | null;
  ratePerSecond: number;
  /** Extraction of the imported documents, reported under the same operationId once a batch is stored. */
  extract: { done: number; total: number } | null;
  cancelling: boolean;
  outcomes: ImportOutcome[];
  error: string | null;
}

export type ImportAction =
  | { type: 'start'; operationId: string; total: number }
  | { type: 'progress'; progress: Progress }
  | { type: 'batchDone'; summary: ImportSummary; sent: number }
  | { type: 'skipped'; outcomes: ImportOutcome[] }
  | { type: 'cancel' }
  | { type: 'fail'; message: string }
  | { type: 'finish' }
  | { type: 'close' };

export const initialImportState: ImportState = {
  phase: 'idle',
  operationId: '',
  total: 0,
  doneBefore: 0,
  batchDone: 0,
  current: null,
  ratePerSecond: 0,
  extract: null,
  cancelling: false,
  outcomes: [],
  error: null,
};

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'start':
      return { ...initialImportState, phase: 'running', operationId: action.operationId, total: action.total };
    case 'progress': {
      const p = action.progress;
      if (state.phase !== 'running' || p.operationId !== state.operationId) return state;
      if (p.kind === 'extract') return { ...state, extract: { done: p.done, total: p.total }, current: p.current };
      return { ...state, batchDone: p.done, current: p.current, ratePerSecond: p.ratePerSecond, extract: null };
    }
    case 'batchDone':
      return {
        ...state,
        doneBefore: state.doneBefore + action.sent,
        batchDone: 0,
        extract: null,
        outcomes: [...state.outcomes, ...action.summary.outcomes],
      };
    case 'skipped':
      return { ...state, outcomes: [...state.outcomes, ...action.outcomes] };
    case 'cancel':
      return state.phase === 'running' ? { ...state, cancelling: true } : state;
    case 'fail':
      return { ...state, error: action.message };
    case 'finish':
      return { ...state, phase: 'done', current: null, batchDone: 0 };
    case 'close':
      return initialImportState;
  }
}

/** Files done so far across batches, never more than the total. */
export const overallDone = (s: ImportState): number => Math.min(s.total, s.doneBefore + s.batchDone);

export function countOutcomes(outcomes: readonly ImportOutcome[]): Record<ImportOutcome['status'], number> {
  const counts = { imported: 0, duplicate: 0, 'near-duplicate': 0, failed: 0, cancelled: 0 };
  for (const o of outcomes) counts[o.status] += 1;
  return counts;
}
