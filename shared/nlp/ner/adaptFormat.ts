import type { CaseAdaptation } from './adapt';
import { align4, readStages, stageLayouts, stagesByteLength, type StageLayout, writeStages } from './modelFormat';
import type { NerLang } from './resources';
import { TAG_COUNT } from './tags';

/**
 * Compact bytes of a case adaptation (the archive keeps one per case): magic, a JSON header,
 * then the delta stages in the model file's own section layout (int16 weights, one scale each).
 */
const MAGIC = 'CFADP1';

interface Header {
  lang: NerLang;
  tagCount: number;
  documents: number;
  stages: StageLayout[];
}

export function encodeAdaptation(a: CaseAdaptation): Uint8Array {
  const stages = stageLayouts(a.stages);
  const header: Header = { lang: a.lang, tagCount: TAG_COUNT, documents: a.documents, stages };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const start = align4(MAGIC.length + 4 + headerBytes.length);
  const out = new Uint8Array(start + stagesByteLength(stages));
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  out.set(headerBytes, MAGIC.length + 4);
  writeStages(out, start, a.stages, stages);
  return out;
}

export function decodeAdaptation(bytes: Uint8Array): CaseAdaptation {
  const dec = new TextDecoder();
  if (dec.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('not a Casefile case adaptation');
  // Copy once so typed-array views are aligned whatever the caller's buffer offset.
  const buf = bytes.slice().buffer;
  const headerLength = new DataView(buf).getUint32(MAGIC.length, true);
  const header = JSON.parse(dec.decode(new Uint8Array(buf, MAGIC.length + 4, headerLength))) as Header;
  if (header.tagCount !== TAG_COUNT) throw new Error(`adaptation has ${header.tagCount} tags, expected ${TAG_COUNT}`);
  const { stages } = readStages(buf, align4(MAGIC.length + 4 + headerLength), header.stages);
  return { lang: header.lang, documents: header.documents, stages };
}
