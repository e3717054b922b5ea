import { useState, type KeyboardEvent, type RefObject } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { nextIndex } from '../../lib/listNavigation';
import { SearchResults } from './SearchResults';
import { useSearch } from './useSearch';
import './search.css';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  caseId: number | null;
  onOpen: (documentId: number, caseId: number) => void;
  onError: (error: unknown) => void;
}

/** The search field with its scope and a results popup; arrows move, Enter opens, Escape closes. */
export function SearchBar({ inputRef, caseId, onOpen, onError }: Props) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [allCases, setAllCases] = useState(false);
  const [open, setOpen] = useState(false);
  // The active hit belongs to one result set; a new query or scope starts again at the top.
  const [activeFor, setActiveFor] = useState({ key: '', index: 0 });
  const scopeCaseId = allCases || caseId === null ? undefined : caseId;
  const search = useSearch(query, scopeCaseId, onError);
  const showResults = open && query.trim() !== '';
  // Hits of the previous query stay visible (dimmed) while the new one runs, but cannot be opened.
  const stale = search.stale;
  const active = activeFor.key === search.key ? activeFor.index : 0;
  const setActive = (index: number) => setActiveFor({ key: search.key, index });

  function choose(index: number) {
    const hit = stale ? undefined : search.hits[index];
    if (!hit) return;
    setOpen(false);
    onOpen(hit.documentId, hit.caseId);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Escape') {
      setOpen(false);
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const next = nextIndex(e.key, active, search.hits.length);
    if (next === null) return;
    e.preventDefault();
    setOpen(true);
    setActive(next);
    document.getElementById(`search-hit-${next}`)?.scrollIntoView({ block: 'nearest' });
  }

  return (
    <div
      className="search"
      role="search"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <input
        ref={inputRef}
        type="search"
        className="search__input"
        dir="auto"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        role="combobox"
        aria-expanded={showResults}
        aria-controls={showResults ? 'search-results' : undefined}
        aria-activedescendant={showResults && search.hits.length > 0 ? `search-hit-${active}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <select
        className="search__scope"
        aria-label={t('search.scope')}
        value={scopeCaseId === undefined ? 'all' : 'case'}
        onChange={(e) => setAllCases(e.target.value === 'all')}
      >
        <option value="case" disabled={caseId === null}>
          {t('search.scopeCase')}
        </option>
        <option value="all">{t('search.scopeAll')}</option>
      </select>
      {showResults && (
        <SearchResults
          search={search}
          query={query.trim()}
          active={active}
          onChoose={choose}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}
