import { type NerLang, type NerResources } from './resources';
import { TAG_COUNT } from './tags';
import type { Transitions } from './viterbi';
import { WeightTable } from './weights';

/**
 * Compact binary model: magic, a JSON header, then 4-byte aligned sections. Weights are
 * quantised to int16 with one scale per stage. Lexical resources are tab-separated UTF-8 text.
 * Decoding takes bytes only (no I/O), so Node and workers load it the same way.
 */
const MAGIC = 'CFNER2';
const T = TAG_COUNT;

export interface ModelStage {
  table: WeightTable;
  transitions: Transitions;
}

export interface ModelContents {
  lang: NerLang;
  /** Stage 0 labels without document memory; stage 1 (optional) re-labels with it. */
  stages: ModelStage[];
  resources: NerResources;
  /** Divides scores before forward-backward so span confidences are calibrated (set on dev). */
  temperature: number;
}

interface Header {
  lang: NerLang;
  tagCount: number;
  stages: StageLayout[];
  vocabBytes: number;
  gazBytes: number;
  maxPhraseTokens: number;
  temperature?: number;
}

export const align4 = (n: number) => (n + 3) & ~3;
const transitionFloats = T * T + 2 * T;

function vocabText(res: NerResources): string {
  const byRank = [...res.vocabRank.entries()].sort((a, b) => a[1] - b[1]).map(([w]) => w);
  const lines = byRank.map((w) => `${w}\t${res.clusters.get(w) ?? ''}`);
  // Clustered words outside the vocabulary keep their cluster but get no rank.
  for (const [w, path] of res.clusters) if (!res.vocabRank.has(w)) lines.push(`${w}\t${path}\t-`);
  return lines.join('\n');
}

function gazText(res: NerResources): string {
  return [...res.gazetteer.entries()].map(([p, bits]) => `${p}\t${bits}`).join('\n');
}

/** Header entry per stage: its row count and int16 quantisation scale. */
export interface StageLayout {
  rows: number;
  scale: number;
}

export function stageLayouts(stages: readonly ModelStage[]): StageLayout[] {
  return stages.map((s) => {
    let max = 0;
    for (const v of s.table.weights) max = Math.max(max, Math.abs(v));
    return { rows: s.table.keys.length, scale: max > 0 ? max / 32767 : 1 };
  });
}

/** Bytes the stage sections take (each starts 4-byte aligned). */
export function stagesByteLength(layouts: readonly StageLayout[]): number {
  return layouts.reduce((size, s) => size + s.rows * 4 + align4(s.rows * T * 2) + transitionFloats * 4, 0);
}

/** Writes stage sections (keys, int16 weights, float32 transitions) at `at`; returns the end. */
export function writeStages(out: Uint8Array, at: number, stages: readonly ModelStage[], layouts: readonly StageLayout[]): number {
  stages.forEach((s, i) => {
    const { rows, scale } = layouts[i] ?? { rows: 0, scale: 1 };
    new Uint32Array(out.buffer, out.byteOffset + at, rows).set(s.table.keys);
    at += rows * 4;
    const quantised = new Int16Array(out.buffer, out.byteOffset + at, rows * T);
    s.table.weights.forEach((v, k) => (quantised[k] = Math.round(v / scale)));
    at += align4(rows * T * 2);
    const tr = new Float32Array(out.buffer, out.byteOffset + at, transitionFloats);
    tr.set(s.transitions.trans, 0);
    tr.set(s.transitions.start, T * T);
    tr.set(s.transitions.end, T * T + T);
    at += transitionFloats * 4;
  });
  return at;
}

/** Reads stage sections written by writeStages from an aligned buffer; returns them and the end. */
export function readStages(buf: ArrayBuffer, at: number, layouts: readonly StageLayout[]): { stages: ModelStage[]; end: number } {
  const stages = layouts.map(({ rows, scale }) => {
    const keys = new Uint32Array(buf, at, rows);
    at += rows * 4;
    const quantised = new Int16Array(buf, at, rows * T);
    const weights = new Float32Array(rows * T);
    for (let k = 0; k < weights.length; k++) weights[k] = (quantised[k] ?? 0) * scale;
    at += align4(rows * T * 2);
    const tr = new Float32Array(buf, at, transitionFloats);
    at += transitionFloats * 4;
    const transitions = { trans: tr.slice(0, T * T), start: tr.slice(T * T, T * T + T), end: tr.slice(T * T + T) };
    return { table: new WeightTable(keys, weights), transitions };
  });
  return { stages, end: at };
}

export function encodeModel(m: ModelContents): Uint8Array {
  const enc = new TextEncoder();
  const vocab = enc.encode(vocabText(m.resources));
  const gaz = enc.encode(gazText(m.resources));
  const stages = stageLayouts(m.stages);
  const header: Header = { lang: m.lang, tagCount: T, stages, vocabBytes: vocab.length, gazBytes: gaz.length, maxPhraseTokens: m.resources.maxPhraseTokens, temperature: m.temperature };
  const headerBytes = enc.encode(JSON.stringify(header));
  const size = align4(MAGIC.length + 4 + headerBytes.length) + stagesByteLength(stages) + vocab.length + gaz.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(enc.encode(MAGIC), 0);
  view.setUint32(MAGIC.length, headerBytes.length, true);
  out.set(headerBytes, MAGIC.length + 4);
  const at = writeStages(out, align4(MAGIC.length + 4 + headerBytes.length), m.stages, stages);
  out.set(vocab, at);
  out.set(gaz, at + vocab.length);
  return out;
}

/** Calls `row(fields)` for each line of tab-separated text (indexOf scanning: this runs at load). */
function eachLine(text: string, row: (line: string, tab: number) => void): void {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    row(line, line.indexOf('\t'));
    start = end + 1;
  }
}

function parseResources(lang: NerLang, vocab: string, gaz: string, maxPhraseTokens: number): NerResources {
  const clusters = new Map<string, string>();
  const vocabRank = new Map<string, number>();
  eachLine(vocab, (line, tab) => {
    const word = line.slice(0, tab);
    const rest = line.slice(tab + 1);
    const unranked = rest.endsWith('\t-');
    const path = unranked ? rest.slice(0, -2) : rest;
    if (path) clusters.set(word, path);
    if (!unranked) vocabRank.set(word, vocabRank.size);
  });
  const gazetteer = new Map<string, number>();
  eachLine(gaz, (line) => {
    const tab = line.lastIndexOf('\t');
    gazetteer.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  });
  return { lang, clusters, vocabRank, gazetteer, maxPhraseTokens };
}

export function decodeModel(bytes: Uint8Array): ModelContents {
  const dec = new TextDecoder();
  if (dec.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('not a Casefile NER model');
  // Copy once so typed-array views are aligned regardless of the caller's buffer offset.
  const buf = bytes.slice().buffer;
  const view = new DataView(buf);
  const headerLength = view.getUint32(MAGIC.length, true);
  const header = JSON.parse(dec.decode(new Uint8Array(buf, MAGIC.length + 4, headerLength))) as Header;
  if (header.tagCount !== T) throw new Error(`model has ${header.tagCount} tags, expected ${T}`);
  const { stages, end: at } = readStages(buf, align4(MAGIC.length + 4 + headerLength), header.stages);
  const vocab = dec.decode(new Uint8Array(buf, at, header.vocabBytes));
  const gaz = dec.decode(new Uint8Array(buf, at + header.vocabBytes, header.gazBytes));
  return { lang: header.lang, stages, resources: parseResources(header.lang, vocab, gaz, header.maxPhraseTokens), temperature: header.temperature ?? 1 };
}
