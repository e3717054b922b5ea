export const PAGE_SIZE = 500;

/** Page numbers covering rows first..last (inclusive). */
export function pagesInRange(first: number, last: number, pageSize = PAGE_SIZE): number[] {
  if (last < first || last < 0) return [];
  const pages: number[] = [];
  for (let p = Math.floor(Math.max(0, first) / pageSize); p <= Math.floor(last / pageSize); p++) pages.push(p);
  return pages;
}

/** The row at index from loaded pages, or undefined while its page is not loaded. */
export function rowAt<T>(pages: ReadonlyMap<number, readonly T[]>, index: number, pageSize = PAGE_SIZE): T | undefined {
  return pages.get(Math.floor(index / pageSize))?.[index % pageSize];
}

/** The list index of the row with this id among loaded pages, or -1 when its page is not loaded. */
export function indexOfId<T extends { id: number }>(pages: ReadonlyMap<number, readonly T[]>, id: number, pageSize = PAGE_SIZE): number {
  for (const [page, rows] of pages) {
    const at = rows.findIndex((r) => r.id === id);
    if (at >= 0) return page * pageSize + at;
  }
  return -1;
}
