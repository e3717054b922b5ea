/**
 * Builds assets/models/clusters-<lang>.tsv from fastText vectors trained on the unlabeled text:
 * hierarchical spherical k-means (coarse → fine), so each word gets a path like "12/3/5" whose
 * prefixes act like Brown-cluster bit prefixes. Rows are in frequency order and double as the
 * stemmer's vocabulary.
 *
 * Vectors (dev-time only, not committed), then clusters:
 *   tsx tools/ner/prepareCorpus.ts --lang ar --out /tmp/ar.tok
 *   fasttext skipgram -input /tmp/ar.tok -output /tmp/ar_ft -dim 100 -minCount 3 -epoch 5 -minn 2 -maxn 5
 *   tsx tools/ner/buildClusters.ts --lang ar --vec /tmp/ar_ft.vec [--words 150000] [--out FILE]
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { lexKey } from '../../shared/nlp/ner/resources';
import { seededRandom } from '../../shared/nlp/ner/perceptron';
import { argValue, numberArg } from './args';
import { parseLangArg } from './paths';
import { clusterFile } from './resourcesLoader';

const LEVELS = [64, 16, 8];
const ITERATIONS = 12;

async function readVectors(file: string, limit: number, key: (w: string) => string): Promise<{ words: string[]; vecs: Float32Array[] }> {
  const words: string[] = [];
  const vecs: Float32Array[] = [];
  const seen = new Set<string>();
  let first = true;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (first) {
      first = false;
      continue;
    }
    const parts = line.trimEnd().split(' ');
    const word = key(parts[0] ?? '');
    if (!word || seen.has(word) || word === '</s>') continue;
    seen.add(word);
    const v = Float32Array.from(parts.slice(1), Number);
    const norm = Math.hypot(...v) || 1;
    for (let k = 0; k < v.length; k++) v[k] = (v[k] ?? 0) / norm;
    words.push(word);
    vecs.push(v);
    if (words.length >= limit) break;
  }
  return { words, vecs };
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += (a[k] ?? 0) * (b[k] ?? 0);
  return s;
}

/** Spherical k-means over the given members; returns the cluster of each member. */
function kmeans(vecs: Float32Array[], members: number[], k: number, random: () => number): number[] {
  if (members.length <= k) return members.map((_, i) => i);
  const dim = vecs[0]?.length ?? 0;
  // Seeds from the most frequent members (members are in frequency order) mixed with random ones.
  const centroids = Array.from({ length: k }, (_, c) => Float32Array.from(vecs[members[c < k / 2 ? c : Math.floor(random() * members.length)] ?? 0] ?? []));
  const assign = new Array<number>(members.length).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    members.forEach((m, i) => {
      let best = 0;
      let top = -Infinity;
      centroids.forEach((c, j) => {
        const s = dot(vecs[m] ?? c, c);
        if (s > top) {
          top = s;
          best = j;
        }
      });
      assign[i] = best;
    });
    const sums = Array.from({ length: k }, () => new Float32Array(dim));
    members.forEach((m, i) => {
      const sum = sums[assign[i] ?? 0];
      const v = vecs[m];
      if (sum && v) for (let d = 0; d < dim; d++) sum[d] = (sum[d] ?? 0) + (v[d] ?? 0);
    });
    sums.forEach((s, j) => {
      const norm = Math.hypot(...s);
      if (norm > 0) centroids[j] = s.map((x) => x / norm);
    });
  }
  return assign;
}

async function main(): Promise<void> {
  const [lang] = parseLangArg(process.argv);
  const vec = argValue('--vec');
  if (!lang || !vec) throw new Error('usage: buildClusters --lang ar|en --vec FILE.vec [--words N] [--out FILE]');
  const { words, vecs } = await readVectors(vec, numberArg('--words', 150_000), (w) => lexKey(lang, w));
  const random = seededRandom(7);
  const paths = words.map(() => '');
  let groups: number[][] = [words.map((_, i) => i)];
  for (const k of LEVELS) {
    const next: number[][] = [];
    for (const group of groups) {
      const assign = kmeans(vecs, group, k, random);
      const children = Array.from({ length: k }, () => [] as number[]);
      group.forEach((m, i) => {
        const c = assign[i] ?? 0;
        children[c]?.push(m);
        paths[m] = paths[m] ? `${paths[m]}/${c}` : String(c);
      });
      next.push(...children.filter((c) => c.length > 0));
    }
    groups = next;
    console.log(`level k=${k}: ${groups.length} clusters`);
  }
  const out = argValue('--out') ?? clusterFile(lang);
  fs.writeFileSync(out, words.map((w, i) => `${w}\t${paths[i]}`).join('\n') + '\n');
  console.log(`wrote ${out} (${words.length} words)`);
}

void main();
