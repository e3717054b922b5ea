import { useState } from 'react';
import type { Case } from '../../../../shared/domain/schemas';
import { useI18n } from '../../i18n/I18nContext';
import { ExportDialog } from './ExportDialog';

/** The sidebar's entry to exporting the selected case; nothing when no case is selected. */
export function ExportCaseButton({ kase }: { kase: Case | undefined }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!kase) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('export.open')}
      </button>
      {open && <ExportDialog kase={kase} onClose={() => setOpen(false)} />}
    </>
  );
}
