import countries from 'i18n-iso-countries';
import type { Lang } from './paths';

/** Every country name and alias (ISO 3166) that i18n-iso-countries has in the language. */
export function countryNames(lang: Lang): string[] {
  return Object.values(countries.getNames(lang, { select: 'all' })).flat();
}
