/** Command-line options of the NER tools: `--name value` pairs and bare flags. */

/** The value after `name`, if the option is given. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function hasFlag(name: string): boolean {
  return process.argv.includes(name);
}

/** A number option (≥ 0), or `fallback` when it is not given. */
export function numberArg(name: string, fallback: number): number {
  const given = argValue(name);
  const value = given === undefined ? fallback : Number(given);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
}
