import { useCallback, useState } from 'react';
import type { ImportPreview } from '../../../../shared/domain/schemas';
import { call } from '../../lib/api';
import { fileToBase64 } from '../../lib/base64';
import type { ColumnMapping, PendingFile } from './droppedFiles';
import { isHiddenPath } from './importBatches';
import { withMappings } from './tabularFiles';

interface Question {
  name: string;
  preview: ImportPreview;
  answer: (mapping: ColumnMapping | null) => void;
}

const preview = async (file: PendingFile): Promise<ImportPreview> =>
  call('app:import.preview', { file: { name: file.name, dataBase64: await fileToBase64(file.file) } });

/**
 * Before an import: asks the user for the column mapping of each table file (question is the one
 * on screen); prepare() resolves with the files to import, mapped ones carrying their mapping.
 */
export function useColumnMapping() {
  const [question, setQuestion] = useState<Question | null>(null);
  const [preparing, setPreparing] = useState(false);

  const ask = useCallback(
    (file: PendingFile, found: ImportPreview) =>
      new Promise<ColumnMapping | null>((resolve) =>
        setQuestion({
          name: file.name,
          preview: found,
          answer: (mapping) => {
            setQuestion(null);
            resolve(mapping);
          },
        }),
      ),
    [],
  );

  const prepare = useCallback(
    async (files: readonly PendingFile[]) => {
      setPreparing(true);
      try {
        // Hidden files are never imported: ask nothing about them.
        return await withMappings(files.filter((f) => !isHiddenPath(f.name)), { preview, ask });
      } finally {
        setPreparing(false);
      }
    },
    [ask],
  );

  return { question, preparing, prepare };
}
