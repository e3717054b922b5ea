import { DocumentSortSchema, ReviewStateSchema } from '../../../../shared/ipc/contract';
import { DateRangeFields } from '../../components/DateRangeFields';
import { useI18n } from '../../i18n/I18nContext';
import { DEFAULT_CHOICE, type ListChoice } from './documentListChoice';

const DATE_LABELS = { from: 'documents.from', to: 'documents.to', fromPlaceholder: 'documents.fromShort', toPlaceholder: 'documents.toShort' } as const;
const SORT_LABELS = { newest: 'documents.sortNewest', oldest: 'documents.sortOldest', imported: 'documents.sortImported', title: 'documents.sortTitle' } as const;

interface Props {
  choice: ListChoice;
  outlets: readonly string[];
  unreadable: { from: boolean; to: boolean };
  onChange: (update: Partial<ListChoice>) => void;
}

/** The sort and filter controls above the document list. */
export function DocumentFilters({ choice, outlets, unreadable, onChange }: Props) {
  const { t } = useI18n();
  // A remembered outlet stays choosable even when no document names it any more.
  const outletOptions = choice.outlet && !outlets.includes(choice.outlet) ? [choice.outlet, ...outlets] : outlets;
  return (
    <div className="filter-bar doc-filters" role="group" aria-label={t('documents.filters')}>
      <select aria-label={t('documents.sort')} value={choice.sort} onChange={(e) => onChange({ sort: DocumentSortSchema.parse(e.target.value) })}>
        {DocumentSortSchema.options.map((sort) => (
          <option key={sort} value={sort}>
            {t(SORT_LABELS[sort])}
          </option>
        ))}
      </select>
      <select aria-label={t('documents.filterLanguage')} value={choice.language} onChange={(e) => onChange({ language: e.target.value === 'ar' || e.target.value === 'en' ? e.target.value : '' })}>
        <option value="">{t('documents.allLanguages')}</option>
        <option value="ar">{t('language.ar')}</option>
        <option value="en">{t('language.en')}</option>
      </select>
      <select aria-label={t('documents.filterReview')} value={choice.review} onChange={(e) => onChange({ review: ReviewStateSchema.safeParse(e.target.value).data ?? '' })}>
        <option value="">{t('documents.allReview')}</option>
        {ReviewStateSchema.options.map((state) => (
          <option key={state} value={state}>
            {t(`documents.review.${state}`)}
          </option>
        ))}
      </select>
      <select aria-label={t('documents.filterOutlet')} value={choice.outlet} onChange={(e) => onChange({ outlet: e.target.value })}>
        <option value="">{t('documents.allOutlets')}</option>
        {outletOptions.map((outlet) => (
          <option key={outlet} value={outlet}>
            {outlet}
          </option>
        ))}
      </select>
      <DateRangeFields from={choice.from} to={choice.to} unreadable={unreadable} labels={DATE_LABELS} onChange={onChange} />
      <button type="button" className="button" onClick={() => onChange(DEFAULT_CHOICE)}>
        {t('documents.clearFilters')}
      </button>
    </div>
  );
}
