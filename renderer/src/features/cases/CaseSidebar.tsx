import { useRef, useState, type KeyboardEvent } from 'react';
import type { Case } from '../../../../shared/domain/schemas';
import { useI18n } from '../../i18n/I18nContext';
import { latinKey } from '../../lib/latinKey';
import { nextIndex } from '../../lib/listNavigation';
import { ExportCaseButton } from '../export/ExportCaseButton';
import './cases.css';

interface Props {
  cases: readonly Case[] | null;
  selectedId: number | null;
  onSelect: (id: number) => void;
  onNewCase: () => void;
}

export function CaseSidebar({ cases, selectedId, onSelect, onNewCase }: Props) {
  const { t } = useI18n();
  const list = useRef<HTMLUListElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);

  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    if (!cases) return;
    const next = nextIndex(latinKey(e), focusIndex, cases.length);
    if (next === null) return;
    e.preventDefault();
    setFocusIndex(next);
    list.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  }

  return (
    <nav className="sidebar" aria-label={t('cases.heading')}>
      <div className="sidebar__header">
        <h2 className="sidebar__title">{t('cases.heading')}</h2>
        <button type="button" className="button button--primary" onClick={onNewCase}>
          {t('cases.new')}
        </button>
        <ExportCaseButton kase={cases?.find((c) => c.id === selectedId)} />
      </div>
      {cases === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : cases.length === 0 ? (
        <p className="empty">{t('cases.empty')}</p>
      ) : (
        <ul ref={list} className="case-list" aria-label={t('cases.listLabel')} onKeyDown={onKeyDown}>
          {cases.map((c, i) => (
            <li key={c.id}>
              <button
                type="button"
                className="case-list__item"
                aria-current={c.id === selectedId ? 'true' : undefined}
                tabIndex={i === focusIndex ? 0 : -1}
                onFocus={() => setFocusIndex(i)}
                onClick={() => onSelect(c.id)}
              >
                <span className="case-list__name" dir="auto">
                  {c.name}
                </span>
                <span className="case-list__count">{t('cases.documents', { count: c.documentCount })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
