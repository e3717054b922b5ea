import { Modal } from '../../components/Modal';
import { useI18n } from '../../i18n/I18nContext';
import { SHORTCUTS } from './reviewKeys';

/** Every review shortcut with what it does, in the interface language ("?" opens it). */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal title={t('help.title')} onClose={onClose} wide>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <th scope="row">
                <kbd dir="ltr">{s.keys}</kbd>
              </th>
              <td>{t(s.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={onClose}>
        {t('import.close')}
      </button>
    </Modal>
  );
}
