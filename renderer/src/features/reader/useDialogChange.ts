import { useState } from 'react';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useErrorText } from '../../i18n/useErrorText';

/** A dialog's change through act (every view reloads after it); the server's refusal stays in the form, not the banner. */
export function useDialogChange() {
  const errorText = useErrorText();
  const { act } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run<T>(change: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setError(null);
    const result = await act(async () => {
      try {
        return await change();
      } catch (err) {
        setError(errorText(err));
        return null;
      }
    });
    setBusy(false);
    return result;
  }

  return { busy, error, setError, run };
}
