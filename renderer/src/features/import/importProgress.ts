import type { ImportOutcome, ImportSummary, Progress } from '../../../../shared/domain/schemas';
import type { MessageKey, Params } from '../../../../shared/i18n/translate';

/**
 * What the batch in flight is doing: the page reads and sends the files, the back end stores them
 * one by one, then extracts names and claims from what it stored (same operationId).
 */
export type ImportStage = 'reading' | 'storing' | 'extracting';

/** The state of one import across all its batches (one operationId). */
export interface ImportState {
  phase: 'idle' | 'running' | 'done';
  stage: ImportStage;
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
  stage: 'reading',
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
      if (p.kind === 'extract') return { ...state, stage: 'extracting', extract: { done: p.done, total: p.total }, current: p.current };
      // The last import event of a batch means every file is stored: extraction starts next.
      const stage = p.finished ? 'extracting' : 'storing';
      return { ...state, stage, batchDone: p.done, current: p.current, ratePerSecond: p.ratePerSecond, extract: null };
    }
    case 'batchDone':
      return {
        ...state,
        stage: 'reading',
        doneBefore: state.doneBefore + action.sent,
        batchDone: 0,
        current: null,
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

/** The running import's stage in words (the item it is on is shown beside it). */
export function stageText(s: ImportState, t: (key: MessageKey, params?: Params) => string): string {
  switch (s.stage) {
    case 'reading':
      return t('import.reading');
    case 'storing':
      return t('import.storing');
    case 'extracting':
      return s.extract ? t('import.extracting', { done: s.extract.done, total: s.extract.total }) : t('import.extractStarting');
  }
}

/** The bar follows the stage: files while reading and storing, documents while extracting (unknown until the first one). */
export function stageProgress(s: ImportState): { value: number; max: number | null } {
  if (s.stage !== 'extracting') return { value: overallDone(s), max: s.total };
  return s.extract ? { value: s.extract.done, max: s.extract.total } : { value: 0, max: null };
}
