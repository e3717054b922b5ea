import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../shared/domain/schemas';
import { ErrorBanner } from '../components/ErrorBanner';
import { CaseSidebar } from '../features/cases/CaseSidebar';
import { NewCaseDialog } from '../features/cases/NewCaseDialog';
import { useCases } from '../features/cases/useCases';
import { ColumnMappingDialog } from '../features/import/ColumnMappingDialog';
import { DropZone } from '../features/import/DropZone';
import { ImportButtons } from '../features/import/ImportButtons';
import { ImportPanel } from '../features/import/ImportPanel';
import { useColumnMapping } from '../features/import/useColumnMapping';
import { useImport } from '../features/import/useImport';
import type { PendingFile } from '../features/import/droppedFiles';
import { SearchBar } from '../features/search/SearchBar';
import { useI18n } from '../i18n/I18nContext';
import { useErrorText } from '../i18n/useErrorText';
import { call, isConnected, onEvent } from '../lib/api';
import { CaseWorkspace } from './CaseWorkspace';
import { LanguageSwitch } from './LanguageSwitch';
import { useHotkeys } from './useHotkeys';
import { useOpenSelection } from './useOpenSelection';

export function App() {
  const { t } = useI18n();
  if (!isConnected()) {
    return (
      <main className="notice" role="alert">
        <h1>{t('app.title')}</h1>
        <p>{t('app.notConnected')}</p>
      </main>
    );
  }
  return <Workspace />;
}

function Workspace() {
  const { t } = useI18n();
  // Errors are kept as thrown, so switching the UI language re-words them.
  const [errors, setErrors] = useState<unknown[]>([]);
  const errorText = useErrorText();
  const reportError = useCallback((error: unknown) => setErrors((list) => [...list, error]), []);
  const { cases, reload: reloadCases } = useCases(reportError);
  const [docsVersion, setDocsVersion] = useState(0);
  const [newCaseOpen, setNewCaseOpen] = useState(false);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const onBatchImported = useCallback(() => {
    setDocsVersion((v) => v + 1);
    reloadCases();
  }, [reloadCases]);
  const { caseId, openDocId, select, openDocument } = useOpenSelection(info?.archiveId ?? null, cases);
  const { state: importState, start: beginImport, cancel: cancelImport, close: closeImport } = useImport(onBatchImported, t('import.notSent'));
  const currentCase = cases?.find((c) => c.id === caseId) ?? null;
  const { question: mappingQuestion, preparing, prepare } = useColumnMapping();
  const importBusy = importState.phase === 'running' || preparing;

  useEffect(() => {
    call('app:app.info', {}).then(setInfo, reportError);
  }, [reportError]);

  const openImportPicker = useCallback(() => {
    if (currentCase && !importBusy) fileInput.current?.click();
  }, [currentCase, importBusy]);
  const focusSearch = useCallback(() => searchInput.current?.focus(), []);
  useHotkeys({ focusSearch, openImport: openImportPicker });

  useEffect(
    () =>
      onEvent('app:menu', ({ command }) => {
        if (command === 'import') openImportPicker();
        else if (command === 'search') focusSearch();
        else setNewCaseOpen(true);
      }),
    [openImportPicker, focusSearch],
  );

  const startImport = useCallback(
    (files: PendingFile[]) => {
      if (caseId === null || importBusy) return;
      // Table files wait for their column mapping; the rest of the same drop imports with them.
      void prepare(files).then((ready) => beginImport(caseId, ready));
    },
    [caseId, importBusy, prepare, beginImport],
  );

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="topbar__brand">{t('app.title')}</h1>
        <SearchBar
          inputRef={searchInput}
          caseId={caseId}
          onError={reportError}
          onOpen={(documentId, hitCaseId) => select(hitCaseId, documentId)}
        />
        <ImportButtons fileInputRef={fileInput} disabled={currentCase === null || importBusy} onFiles={startImport} />
        <LanguageSwitch />
      </header>
      <ErrorBanner messages={errors.map(errorText)} onDismiss={() => setErrors([])} />
      <CaseSidebar
        cases={cases}
        selectedId={caseId}
        onNewCase={() => setNewCaseOpen(true)}
        onSelect={(id) => select(id)}
      />
      <main className="content">
        {caseId === null ? (
          <p className="empty empty--large">{t('cases.select')}</p>
        ) : (
          <CaseWorkspace
            key={caseId}
            caseId={caseId}
            caseName={currentCase?.name ?? ''}
            docsVersion={docsVersion}
            openDocId={openDocId}
            onOpenDocument={openDocument}
            onError={reportError}
          />
        )}
      </main>
      <footer className="statusbar muted">
        {info && (
          <>
            {t('app.archive')}: <bdi dir="ltr">{info.archivePath}</bdi>
          </>
        )}
      </footer>
      <ImportPanel state={importState} onCancel={() => void cancelImport()} onClose={closeImport} />
      <DropZone caseName={importBusy ? null : (currentCase?.name ?? null)} onFiles={startImport} />
      {mappingQuestion && (
        <ColumnMappingDialog
          key={mappingQuestion.name}
          name={mappingQuestion.name}
          preview={mappingQuestion.preview}
          onImport={mappingQuestion.answer}
          onSkip={() => mappingQuestion.answer(null)}
        />
      )}
      {newCaseOpen && (
        <NewCaseDialog
          onClose={() => setNewCaseOpen(false)}
          onCreated={(created) => {
            setNewCaseOpen(false);
            select(created.id);
            reloadCases();
          }}
        />
      )}
    </div>
  );
}
