import { useState } from 'react';
import type { MergeSuggestion, RegisterEntity } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';

const keyOf = (s: MergeSuggestion) => [...s.entityIds].sort((a, b) => a - b).join(',');

/** Proposed merges, confirmed with one click (into the most mentioned entity) or dismissed for this session. */
export function MergeSuggestions({ entities }: { entities: readonly RegisterEntity[] }) {
  const { t } = useI18n();
  const { caseId, version, act, onError } = useWorkspace();
  const suggestions = useLoad(`suggestions:${caseId}`, version, () => call('app:entities.suggestMerges', { caseId }), onError) ?? [];
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const shown = suggestions.filter((s) => !dismissed.has(keyOf(s)));
  if (shown.length === 0) return null;

  const confirm = (s: MergeSuggestion) => {
    const members = entities.filter((e) => s.entityIds.includes(e.id)).sort((a, b) => b.mentionCount - a.mentionCount);
    const into = members[0]?.id ?? s.entityIds[0];
    if (into !== undefined) void act(() => call('app:entities.merge', { entityIds: s.entityIds, intoId: into }));
  };

  return (
    <section className="merge-suggestions" aria-label={t('register.suggestions')}>
      <h3>{t('register.suggestions')}</h3>
      <ul>
        {shown.map((s) => (
          <li key={keyOf(s)}>
            <span className="merge-suggestions__names">
              {s.names.map((n, i) => (
                <bdi key={i}>{n}</bdi>
              ))}
            </span>
            <span className="muted">{t(`mergeReason.${s.reason}`)}</span>
            <button type="button" className="button button--primary" onClick={() => confirm(s)}>
              {t('register.confirmMerge')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setDismissed((d) => new Set([...d, keyOf(s)]))}>
              {t('register.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
