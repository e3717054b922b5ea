import { createContext, useContext } from 'react';

/** What every review view of the open case needs: where it is, how to report, how to refresh others. */
export interface Workspace {
  caseId: number;
  /** Bumped after every change to the case, so every view reloads what it shows. */
  version: number;
  /** Runs a change; afterwards every view reloads. Errors go to the error banner; resolves to null then. */
  act: <T>(change: () => Promise<T>) => Promise<T | null>;
  onError: (error: unknown) => void;
  /** A short message in the status line (undo/redo descriptions, bulk counts). */
  notify: (message: string) => void;
  openDocument: (documentId: number) => void;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside a case workspace');
  return value;
}
