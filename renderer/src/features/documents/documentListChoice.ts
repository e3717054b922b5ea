import { parseStored } from '../../lib/storedJson';
import { z } from 'zod';
import { DocumentSortSchema, ReviewStateSchema, type DocumentFilter, type DocumentSort } from '../../../../shared/ipc/contract';
import { readDateBound } from '../claims/claimFilters';

/** How the editor sorts and narrows a case's document list; '' means "any". Dates are kept as typed. */
export interface ListChoice {
  sort: DocumentSort;
  language: '' | 'ar' | 'en';
  review: '' | z.output<typeof ReviewStateSchema>;
  outlet: string;
  from: string;
  to: string;
}

export const DEFAULT_CHOICE: ListChoice = { sort: 'imported', language: '', review: '', outlet: '', from: '', to: '' };

const ListChoiceSchema = z.object({
  sort: DocumentSortSchema,
  language: z.enum(['', 'ar', 'en']),
  review: z.union([z.literal(''), ReviewStateSchema]),
  outlet: z.string().max(500),
  from: z.string().max(100),
  to: z.string().max(100),
});

/** Per archive and case: another archive's case ids name other cases. */
export const listChoiceKey = (archiveId: string, caseId: number): string => `casefile.documentList.${archiveId}.${caseId}`;

/** The stored choice, or the default when there is none or it is not one of ours. */
export function parseListChoice(raw: string | null): ListChoice {
  return parseStored(ListChoiceSchema, raw, DEFAULT_CHOICE);
}

/** What documents.list gets for a choice; a date that cannot be read is left out and flagged. */
export function listQuery(choice: ListChoice): { sort: DocumentSort; filter: DocumentFilter; unreadable: { from: boolean; to: boolean } } {
  const from = readDateBound(choice.from);
  const to = readDateBound(choice.to);
  const filter: DocumentFilter = {};
  if (choice.language) filter.language = choice.language;
  if (choice.review) filter.review = choice.review;
  if (choice.outlet) filter.outlet = choice.outlet;
  if (from) filter.from = from;
  if (to) filter.to = to;
  return { sort: choice.sort, filter, unreadable: { from: from === null, to: to === null } };
}

/** Whether the filter narrows the list, so the count shows "shown of all". */
export const isFiltered = (filter: DocumentFilter): boolean => Object.keys(filter).length > 0;
