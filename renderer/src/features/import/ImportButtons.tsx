import { useRef, type RefObject } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fromFileList, type PendingFile } from './droppedFiles';

interface Props {
  fileInputRef: RefObject<HTMLInputElement | null>;
  disabled: boolean;
  onFiles: (files: PendingFile[]) => void;
}

/** Two pickers: files, and a whole folder (webkitdirectory); the inputs stay hidden behind buttons. */
export function ImportButtons({ fileInputRef, disabled, onFiles }: Props) {
  const { t } = useI18n();
  const folderInput = useRef<HTMLInputElement>(null);

  const take = (input: HTMLInputElement) => {
    const files = fromFileList(input.files);
    input.value = '';
    if (files.length > 0) onFiles(files);
  };

  return (
    <div className="import-buttons">
      <button type="button" className="button button--primary" disabled={disabled} onClick={() => fileInputRef.current?.click()}>
        {t('import.files')}
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => folderInput.current?.click()}>
        {t('import.folder')}
      </button>
      <input
        ref={fileInputRef}
        className="visually-hidden"
        type="file"
        multiple
        tabIndex={-1}
        aria-label={t('import.fileInput')}
        onChange={(e) => take(e.currentTarget)}
      />
      <input
        ref={(el) => {
          folderInput.current = el;
          // webkitdirectory is not in React's attribute list; set it on the element itself.
          el?.setAttribute('webkitdirectory', '');
        }}
        className="visually-hidden"
        type="file"
        multiple
        tabIndex={-1}
        aria-label={t('import.folderInput')}
        onChange={(e) => take(e.currentTarget)}
      />
    </div>
  );
}
