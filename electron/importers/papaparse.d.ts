// papaparse ships no types; only the part we call is declared.
declare module 'papaparse' {
  interface ParseResult {
    data: Record<string, string | undefined>[];
    errors: { message: string; row?: number }[];
    meta: { fields?: string[]; delimiter: string };
  }
  const Papa: { parse(input: string, config: { header: boolean; skipEmptyLines: boolean | 'greedy'; delimiter?: string }): ParseResult };
  export default Papa;
}
