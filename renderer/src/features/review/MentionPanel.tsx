import type { Mention } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { describeMention, isolate } from './mentionLabels';
import { TypeSelect } from './TypeSelect';
import type { MentionReview } from './useMentionReview';

/** The focused mention: what it is, and every action on it, including one name across the document or case. */
export function MentionPanel({ review, documentId }: { review: MentionReview; documentId: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { caseId, act, notify } = useWorkspace();
  const m: Mention | null = review.focused;
  const suggestions = review.mentions.filter((x) => x.status === 'suggested').length;

  if (!m) {
    return (
      <section className="mention-panel" aria-label={t('review.panel')}>
        <p className="muted">{t('review.noFocus', { count: suggestions })}</p>
      </section>
    );
  }

  const reviewName = async (scope: 'document' | 'case', status: 'accepted' | 'rejected') => {
    const done = await act(() => call('app:mentions.reviewName', { caseId, documentId: scope === 'document' ? documentId : null, text: m.text, status }));
    if (done) notify(t('review.bulkDone', { count: done.changed, text: isolate(m.text) }));
  };

  return (
    <section className="mention-panel" aria-label={t('review.panel')}>
      <h3 className="mention-panel__text" dir="auto">
        {m.text}
      </h3>
      <p className="mention-panel__meta" aria-live="polite">
        {describeMention(i18n, m)}
        {review.drafting && <span className="muted"> · {t('review.resizing')}</span>}
      </p>
      <div className="mention-panel__actions">
        <button type="button" className="button button--primary" onClick={() => void review.review('accepted')} disabled={m.status === 'accepted'}>
          {t('review.accept')}
        </button>
        <button type="button" className="button button--danger" onClick={() => void review.review('rejected')} disabled={m.status === 'rejected'}>
          {t('review.reject')}
        </button>
        {m.status !== 'suggested' && (
          <button type="button" className="button" onClick={() => void review.review('suggested')}>
            {t('review.unreview')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={() => void review.remove()}>
          {t('review.delete')}
        </button>
      </div>
      <label className="field">
        <span>{t('review.type')}</span>
        <TypeSelect value={m.type} onChange={(type) => void review.retype(type)} />
      </label>
      <fieldset className="mention-panel__bulk">
        <legend>{t('review.allOf', { text: isolate(m.text) })}</legend>
        <button type="button" className="button" onClick={() => void reviewName('document', 'accepted')}>
          {t('review.acceptInDocument')}
        </button>
        <button type="button" className="button" onClick={() => void reviewName('document', 'rejected')}>
          {t('review.rejectInDocument')}
        </button>
        <button type="button" className="button" onClick={() => void reviewName('case', 'accepted')}>
          {t('review.acceptInCase')}
        </button>
        <button type="button" className="button" onClick={() => void reviewName('case', 'rejected')}>
          {t('review.rejectInCase')}
        </button>
      </fieldset>
    </section>
  );
}
