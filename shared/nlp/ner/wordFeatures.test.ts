import { describe, expect, it } from 'vitest';
import { feature } from './hash';
import { addGazetteerPhrase, emptyResources, GAZ_CATEGORIES, lexKey } from './resources';
import { gazetteerAtoms, SentenceFeaturizer } from './sentenceFeatures';
import { computeWordInfo, titleCase, vocabularyStem, WordInfoCache, wordCasing, wordShape } from './wordFeatures';

describe('word features', () => {
  it('computes shapes', () => {
    expect(wordShape('McDonald')).toBe('XxXx');
    expect(wordShape('1996-08-22')).toBe('d-d-d');
    expect(wordShape('بغداد')).toBe('a');
  });

  it('checks stems against the vocabulary', () => {
    const rank = new Map(['قال', 'وزارة', 'مدينة', 'وقال', 'زارة'].map((w, i) => [lexKey('ar', w), i]));
    expect(vocabularyStem('وقال', rank).stem).toBe('قال');
    expect(vocabularyStem('وزارة', rank).stem).toBe('وزارة');
    expect(vocabularyStem('بالمدينة', rank)).toEqual({ stem: 'مدينة', proclitics: 'ب', article: true });
    expect(vocabularyStem('كتابهم', rank).stem).toBe('كتابهم');
  });

  it('gives a clustered word its cluster-path prefixes', () => {
    const res = emptyResources('ar');
    res.clusters.set('بغداد', '3/7');
    res.vocabRank.set('بغداد', 0);
    const info = computeWordInfo(res, 'وبغداد');
    expect(info.own).toContain(feature('sc0', '3'));
    expect(info.own).toContain(feature('sc1', '3/7'));
    expect(info.stemMatch).toBe('بغداد');
  });

  it('marks gazetteer matches with their position, also after a clitic', () => {
    const res = emptyResources('ar');
    addGazetteerPhrase(res, 'الأمم المتحدة', 'ORG');
    res.vocabRank.set('الامم', 0);
    const f = new SentenceFeaturizer(res);
    const atoms = gazetteerAtoms(res, f.wordInfos(['قالت', 'والأمم', 'المتحدة', 'أمس']));
    const org = GAZ_CATEGORIES.indexOf('ORG');
    expect(org).toBeGreaterThanOrEqual(0);
    expect(atoms[1]).toEqual([feature('gz', 'ORG-B')]);
    expect(atoms[2]).toEqual([feature('gz', 'ORG-L')]);
    expect(atoms[0]).toEqual([]);
  });

  it('marks tokens that occur inside multi-token gazetteer names', () => {
    const res = emptyResources('en');
    addGazetteerPhrase(res, 'Kofi Annan', 'PER');
    const cache = new WordInfoCache(res);
    expect(cache.get('Annan').own).toContain(feature('gzt', 'PER'));
    expect(cache.get('Annan').own).not.toContain(feature('gzt', 'LOC'));
    expect(cache.get('Smith').own).not.toContain(feature('gzt', 'PER'));
  });

  it('lays out features per token, neighbours depending on position', () => {
    const f = new SentenceFeaturizer(emptyResources('en'));
    const a = f.featurize(['Peter', 'Smith', 'said']);
    const b = f.featurize(['Smith', 'Peter', 'said']);
    expect(a.offs.length).toBe(4);
    const tokenFeats = (s: typeof a, i: number) => Array.from(s.feats.slice(s.offs[i], s.offs[i + 1]));
    expect(tokenFeats(a, 1)).not.toEqual(tokenFeats(b, 0));
    expect(tokenFeats(a, 2)).not.toEqual(tokenFeats(b, 2));
  });
});

describe('casing helpers', () => {
  it('maps headline capitals to the usual form and classifies casing', () => {
    expect(titleCase('LONDON')).toBe('London');
    expect(titleCase('London')).toBeUndefined();
    expect(titleCase('A')).toBeUndefined();
    expect(['storm', 'Storm', 'STORM', '1996', 'بغداد'].map(wordCasing)).toEqual(['lower', 'initial', 'upper', 'none', 'none']);
  });

  it('gives an ALL-CAPS word the cluster of its title-case form', () => {
    const res = emptyResources('en');
    res.clusters.set('London', '3/1/2');
    const caps = computeWordInfo(res, 'LONDON');
    const title = computeWordInfo(res, 'London');
    expect(caps.ctx[2]).toBe(title.ctx[2]);
  });
});
