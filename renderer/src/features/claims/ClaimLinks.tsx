import { useState } from 'react';
import type { Claim } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';

const RELATIONS = ['supports', 'contradicts', 'duplicates'] as const;
type Relation = (typeof RELATIONS)[number];

/** A claim's evidence links, each removable, and a picker adding a link to another claim or a document. */
export function ClaimLinks({ claim }: { claim: Claim }) {
  const { t } = useI18n();
  const { caseId, version, act, onError } = useWorkspace();
  const [relation, setRelation] = useState<Relation>('supports');
  const [target, setTarget] = useState('');
  const caseClaims = useLoad(`claims-case:${caseId}`, version, () => call('app:claims.list', { caseId }), onError) ?? [];
  const documents = useLoad(`documents:${caseId}`, version, () => call('app:documents.list', { caseId, limit: 1000 }), onError)?.items ?? [];
  const claimTitle = (id: number | null) => caseClaims.find((c) => c.id === id);
  const documentTitle = (id: number | null) => documents.find((d) => d.id === id)?.title ?? `#${id}`;

  const add = async () => {
    const [kind, id] = target.split(':');
    if (!id) return;
    const where = kind === 'claim' ? { targetClaimId: Number(id) } : { targetDocumentId: Number(id) };
    if (await act(() => call('app:claims.link', { claimId: claim.id, relation, ...where }))) setTarget('');
  };

  return (
    <div className="claim-links">
      {claim.links.length > 0 && (
        <ul className="claim-links__list" aria-label={t('claims.links')}>
          {claim.links.map((l) => {
            const other = claimTitle(l.targetClaimId);
            return (
              <li key={l.id}>
                <span className="claim-links__relation">{t(`relation.${l.relation}`)}</span>{' '}
                <bdi>{l.targetClaimId !== null ? (other ? `${other.speaker ?? '—'}: ${other.content}` : `#${l.targetClaimId}`) : documentTitle(l.targetDocumentId)}</bdi>
                <button type="button" className="button button--quiet" onClick={() => void act(() => call('app:claims.unlink', { linkId: l.id }))}>
                  {t('claims.unlink')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="claim-links__add">
        <select aria-label={t('claims.relation')} value={relation} onChange={(e) => setRelation(e.target.value as Relation)}>
          {RELATIONS.map((r) => (
            <option key={r} value={r}>
              {t(`relation.${r}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('claims.linkTarget')} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('claims.pickTarget')}</option>
          <optgroup label={t('claims.otherClaims')}>
            {caseClaims
              .filter((c) => c.id !== claim.id)
              .map((c) => (
                <option key={c.id} value={`claim:${c.id}`}>
                  {`${c.speaker ?? '—'}: ${c.content.slice(0, 80)}`}
                </option>
              ))}
          </optgroup>
          <optgroup label={t('claims.documents')}>
            {documents.map((d) => (
              <option key={d.id} value={`document:${d.id}`}>
                {d.title}
              </option>
            ))}
          </optgroup>
        </select>
        <button type="button" className="button" disabled={!target} onClick={() => void add()}>
          {t('claims.link')}
        </button>
      </div>
    </div>
  );
}
