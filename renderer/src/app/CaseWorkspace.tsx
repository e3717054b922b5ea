import { useCallback, useEffect, useMemo, useState } from 'react';
import { ClaimList } from '../features/claims/ClaimList';
import { DocumentList } from '../features/documents/DocumentList';
import { ReExtractButton } from '../features/extraction/ReExtractButton';
import { DocumentReader } from '../features/reader/DocumentReader';
import { EntityRegister } from '../features/register/EntityRegister';
import { useI18n } from '../i18n/I18nContext';
import { call } from '../lib/api';
import { useLoad } from '../lib/useLoad';
import { useUndoRedo } from './useUndoRedo';
import { WorkspaceContext, type Workspace } from './WorkspaceContext';

const TABS = ['documents', 'register', 'claims'] as const;
type Tab = (typeof TABS)[number];
const TOAST_MS = 6000;

interface Props {
  caseId: number;
  caseName: string;
  /** Bumped by imports: the document list and every review view reload. */
  docsVersion: number;
  openDocId: number | null;
  onOpenDocument: (id: number | null) => void;
  onError: (error: unknown) => void;
}

/** One case: its documents and reader, entity register and claims, with undo/redo and re-extraction. */
export function CaseWorkspace({ caseId, caseName, docsVersion, openDocId, onOpenDocument, onError }: Props) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('documents');
  const [changes, setChanges] = useState(0);
  // Metadata edits and re-decoding change documents (and their dates and suggestions); review changes do not.
  const [docEdits, setDocEdits] = useState(0);
  // Undo and redo may put a document's details or text back.
  const [restores, setRestores] = useState(0);
  const [toast, setToast] = useState<{ id: number; text: string } | null>(null);
  // Where keyboard focus goes next: the reader once a document opened from the list shows, the list when the reader lets go.
  const [focusRequest, setFocusRequest] = useState<'reader' | 'list' | null>(null);
  const focusTaken = useCallback(() => setFocusRequest(null), []);
  const leaveReader = useCallback(() => setFocusRequest('list'), []);
  const openFromList = useCallback(
    (id: number) => {
      setFocusRequest('reader');
      onOpenDocument(id);
    },
    [onOpenDocument],
  );
  const version = docsVersion + changes + docEdits;
  // A document opened from outside (search) brings the documents tab forward.
  const [shownDocId, setShownDocId] = useState(openDocId);
  if (openDocId !== shownDocId) {
    setShownDocId(openDocId);
    if (openDocId !== null) setTab('documents');
  }

  const notify = useCallback((text: string) => setToast({ id: Date.now(), text }), []);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  const act = useCallback(
    async <T,>(change: () => Promise<T>): Promise<T | null> => {
      try {
        return await change();
      } catch (error) {
        onError(error);
        return null;
      } finally {
        setChanges((n) => n + 1);
      }
    },
    [onError],
  );
  const openDocument = useCallback(
    (id: number) => {
      setTab('documents');
      onOpenDocument(id);
    },
    [onOpenDocument],
  );
  const workspace = useMemo<Workspace>(() => ({ caseId, version, act, onError, notify, openDocument }), [caseId, version, act, onError, notify, openDocument]);
  const onRestored = useCallback(() => setRestores((n) => n + 1), []);
  const step = useUndoRedo(workspace, onRestored);
  const history = useLoad(`history:${caseId}`, version, () => call('app:review.history', { caseId }), onError);

  return (
    <WorkspaceContext.Provider value={workspace}>
      <div className="workspace">
        <header className="workspace__header">
          <h2 className="content__case-name" dir="auto">
            {caseName}
          </h2>
          <div className="workspace__tabs" role="tablist" aria-label={t('tabs.label')}>
            {TABS.map((name) => (
              <button key={name} type="button" role="tab" id={`tab-${name}`} aria-selected={tab === name} aria-controls="workspace-panel" className="tab" onClick={() => setTab(name)}>
                {t(`tabs.${name}`)}
              </button>
            ))}
          </div>
          <div className="workspace__actions">
            <button type="button" className="button" aria-keyshortcuts="Control+Z" disabled={!history?.undo} onClick={() => void step('undo')}>
              {t('history.undo')}
            </button>
            <button type="button" className="button" aria-keyshortcuts="Control+Shift+Z" disabled={!history?.redo} onClick={() => void step('redo')}>
              {t('history.redo')}
            </button>
            <ReExtractButton />
          </div>
        </header>
        <div id="workspace-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className={`workspace__panel workspace__panel--${tab}`}>
          {tab === 'documents' && (
            <>
              <section className="content__list" aria-label={t('documents.listLabel')}>
                <DocumentList
                  caseId={caseId}
                  version={docsVersion + docEdits + restores}
                  openId={openDocId}
                  onOpen={openFromList}
                  focusRequested={focusRequest === 'list'}
                  onFocusTaken={focusTaken}
                  onError={onError}
                />
              </section>
              <section className="content__reader">
                {openDocId === null ? (
                  <p className="empty empty--large">{t('reader.empty')}</p>
                ) : (
                  <DocumentReader
                    documentId={openDocId}
                    version={restores}
                    focus={{ requested: focusRequest === 'reader', taken: focusTaken, leave: leaveReader }}
                    onClose={() => {
                      setFocusRequest('list');
                      onOpenDocument(null);
                    }}
                    onDocumentChanged={() => setDocEdits((n) => n + 1)}
                    onError={onError}
                  />
                )}
              </section>
            </>
          )}
          {tab === 'register' && <EntityRegister />}
          {tab === 'claims' && (
            <div className="workspace__claims">
              <ClaimList documentId={null} />
            </div>
          )}
        </div>
        <div className="toast" role="status" aria-live="polite">
          {toast && (
            <span key={toast.id} dir="auto">
              {toast.text}
            </span>
          )}
        </div>
      </div>
    </WorkspaceContext.Provider>
  );
}
