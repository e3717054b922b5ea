import { Highlighted } from '../../components/Highlighted';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../i18n/I18nContext';
import type { Search } from './useSearch';

interface Props {
  search: Search;
  query: string;
  active: number;
  onChoose: (index: number) => void;
  onClose: () => void;
}

/** The results popup: ranked hits with highlighted title and snippet, dimmed while a new query runs. */
export function SearchResults({ search, query, active, onChoose, onClose }: Props) {
  const { t } = useI18n();
  return (
    <div className="search__popup">
      <div className="search__summary muted">
        <span>
          {search.stale
            ? t('app.loading')
            : search.total === 0
              ? t('search.none', { query })
              : t('search.count', { count: search.total })}
        </span>
        <button type="button" className="button button--quiet" aria-label={t('search.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {search.stale && <ProgressBar label={t('app.loading')} value={0} max={null} />}
      <ul
        id="search-results"
        className={search.stale ? 'search__results search__results--stale' : 'search__results'}
        role="listbox"
        aria-label={t('search.results')}
        aria-busy={search.stale}
      >
        {search.hits.map((hit, i) => (
          <li
            key={`${hit.documentId}-${i}`}
            id={`search-hit-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'hit hit--active' : 'hit'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChoose(i)}
          >
            <span className="hit__title" dir="auto">
              <Highlighted segments={hit.title} />
            </span>
            <span className="hit__case muted" dir="auto">
              {hit.caseName}
            </span>
            <span className="hit__snippet" dir="auto">
              <Highlighted segments={hit.snippet} />
            </span>
          </li>
        ))}
      </ul>
      {search.hits.length < search.total && (
        <button type="button" className="button search__more" onMouseDown={(e) => e.preventDefault()} onClick={() => void search.more()}>
          {t('search.more')}
        </button>
      )}
    </div>
  );
}
