/** "ar" when a text has Arabic letters, else "en": picks the font and quotation marks of a snippet whose document language is not at hand. */
export function scriptLang(text: string): 'ar' | 'en' {
  return /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/.test(text) ? 'ar' : 'en';
}
