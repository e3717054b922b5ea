import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fromDataTransfer, type PendingFile } from './droppedFiles';
import './import.css';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** Makes the whole window a drop target for files and folders while a case is open. */
export function DropZone({ caseName, onFiles }: { caseName: string | null; onFiles: (files: PendingFile[]) => void }) {
  const { t } = useI18n();
  const [depth, setDepth] = useState(0);

  useEffect(() => {
    const enter = (e: DragEvent) => hasFiles(e) && setDepth((d) => d + 1);
    const leave = (e: DragEvent) => hasFiles(e) && setDepth((d) => Math.max(0, d - 1));
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without preventDefault the browser would open the file and leave the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = caseName === null ? 'none' : 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      setDepth(0);
      if (caseName !== null) void fromDataTransfer(e.dataTransfer).then(onFiles);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [caseName, onFiles]);

  if (depth === 0) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p dir="auto">{caseName === null ? t('import.needCase') : t('import.dropHere', { case: caseName })}</p>
    </div>
  );
}
