import { parseArgs } from 'node:util';

export const USAGE = `Usage:
  casefile [--archive PATH] case create NAME
  casefile [--archive PATH] case list
  casefile [--archive PATH] import --case NAME [--map title=COL,text=COL,date=COL,url=COL,author=COL] FILE_OR_DIR...
                                              (FIELD= with no column: that field is read from no column)
  casefile [--archive PATH] columns FILE      (the columns and mapping found in a CSV/JSON/JSONL file)
  casefile [--archive PATH] search QUERY [--case NAME] [--json]
  casefile [--archive PATH] show DOC_ID [--json]
  casefile [--archive PATH] export --case NAME --format json [--accepted]        (JSON on standard output)
  casefile [--archive PATH] export --case NAME --format csv --out DIR [--accepted] (entities, claims, documents .csv in DIR)
  casefile [--archive PATH] serve [--port N]
  casefile ner --lang ar|en --conll FILE
  casefile extract FILE [--lang ar|en] [--date YYYY-MM-DD] [--json]

The archive defaults to the desktop app's own (in the Casefile user-data folder);
--archive PATH or the CASEFILE_ARCHIVE environment variable choose another.
`;

export class UsageError extends Error {}

export interface CliArgs {
  archive: string | undefined;
  caseName: string | undefined;
  json: boolean;
  port: number | undefined;
  format: string | undefined;
  lang: string | undefined;
  conll: string | undefined;
  date: string | undefined;
  /** Column mapping for CSV/JSON/JSONL imports, e.g. "title=headline,text=body"; "author=" maps no column. */
  map: string | undefined;
  /** export: the folder CSV tables are written to. */
  out: string | undefined;
  /** export: only accepted names and verified claims. */
  accepted: boolean;
  help: boolean;
  positionals: string[];
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        archive: { type: 'string' },
        case: { type: 'string' },
        json: { type: 'boolean', default: false },
        port: { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        conll: { type: 'string' },
        date: { type: 'string' },
        map: { type: 'string' },
        out: { type: 'string' },
        accepted: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}".`);
  }
  return {
    archive: values.archive,
    caseName: values.case,
    json: values.json ?? false,
    port,
    format: values.format,
    lang: values.lang,
    conll: values.conll,
    date: values.date,
    map: values.map,
    out: values.out,
    accepted: values.accepted ?? false,
    help: values.help ?? false,
    positionals,
  };
}
