/**
 * Gives every frame its speaker: the fullest name the document has for the mention, the named
 * speaker a title or pronoun refers back to, or the previous compatible speaker when the
 * sentence names none (وأضاف، مشيراً، he added).
 */
import { normalizeForSearch } from '../normalize';
import { bareWord, isDefinite, isTitle } from './arabicWords';
import type { Doc } from './doc';
import { tokenAt } from './textUnits';
import type { Frame, Gender, Mention } from './frame';
import type { ClaimLanguage } from './types';

export type Resolved = { speaker: string | null; speakerSpan: [number, number] | null };

type Referent = { name: string; words: string[]; descriptors: Set<string>; gender?: Gender; plural: boolean; person?: boolean };

function wordsOf(text: string): string[] {
  return normalizeForSearch(text).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

function endsWith(long: string[], short: string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  return short.every((w, k) => long[long.length - short.length + k] === w);
}

/** "Full Name (ACRONYM)" definitions in the text. */
function acronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/((?:\p{Lu}[\p{L}-]*\s+){1,6}\p{Lu}[\p{L}-]*)\s*\((\p{Lu}{2,8})\)/gu)) out.set(m[2]!, m[1]!.replace(/^The\s+/, ''));
  return out;
}

function cleanName(text: string): string {
  return text.replace(/^[\s"«»“”'(]+|[\s"«»“”'),.،:؛]+$/g, '').replace(/^(the|a|an)\s+/i, '');
}

class SpeakerResolver {
  private readonly referents: Referent[] = [];
  private readonly names: string[];
  private readonly acronyms: Map<string, string>;

  constructor(private readonly doc: Doc, frames: Frame[], private readonly language: ClaimLanguage) {
    const mentions = frames.flatMap((f) => [...(f.mention?.kind === 'name' ? [f.mention] : []), ...f.names]);
    this.names = [...mentions.map((m) => cleanName(m.text)), ...doc.entities.filter((e) => e.type === 'PER' || e.type === 'ORG').map((e) => cleanName(e.text))];
    this.acronyms = acronyms(doc.text);
  }

  /** The longest known name that ends with the mention's words: البصري → أبو علي البصري. */
  private fullName(text: string): string {
    const expanded = this.acronyms.get(text);
    if (expanded) return expanded;
    const words = wordsOf(text);
    let best = text;
    let bestLen = words.length;
    for (const name of this.names) {
      const nameWords = wordsOf(name);
      if (nameWords.length > bestLen && endsWith(nameWords, words)) {
        best = name;
        bestLen = nameWords.length;
      }
    }
    return best;
  }

  private find(match: (r: Referent) => boolean): Referent | undefined {
    return this.referents.find(match);
  }

  /** A bare definite title (المتحدث، المصادر, the minister) naming an earlier speaker. */
  private anaphor(mention: Mention): Referent | string | undefined {
    const tokens = this.doc.tokens;
    const at = tokenAt(tokens, mention.start);
    if (this.language === 'ar') {
      const first = tokens[at];
      if (!first || !isDefinite(first.norm) || !isTitle(first)) return undefined;
      const head = bareWord(first.norm);
      const words = tokens.slice(at, tokenAt(tokens, mention.end)).filter((t) => t.isWord).map((t) => bareWord(t.norm));
      // المتحدث باسم جنتيلوني: every word known from an earlier speaker's phrase.
      const described = this.find((r) => words.every((w) => r.descriptors.has(w) || r.words.includes(w)));
      if (described) return described;
      const earlier = words.length <= 2 ? this.find((r) => r.descriptors.has(head) || r.words.includes(head)) : undefined;
      if (earlier) return earlier;
      // "المواطن" after "وثقه مواطن،": the definite noun takes up an indefinite one introduced earlier
      // on its own (not in construct, as in "شركة أبل").
      const intro = tokens.slice(0, at).findIndex((t, k) => t.norm === head && tokens[k + 1]?.isWord === false);
      return intro >= 0 ? tokens[intro]!.text : undefined;
    }
    if (tokens[at - 1]?.norm !== 'the' || /\p{Lu}/u.test(mention.text)) return undefined;
    const words = wordsOf(mention.text);
    return this.find((r) => words.some((w) => r.descriptors.has(w)));
  }

  /** A longer description of an earlier speaker (مصادر مطلعة على مسودة التقرير after مصادر مطلعة). */
  private extended(mention: Mention): Referent | undefined {
    const words = wordsOf(cleanName(mention.text));
    return this.find((r) => r.words.length >= 2 && r.words.length < words.length && r.words.every((w, k) => words[k] === w));
  }

  /** "I" and "we" in a transcript turn ("Aner Shalev: When I ...") are the turn's speaker. */
  private turnSpeaker(mention: Mention): string | undefined {
    if (!/^(i|we)$/i.test(mention.text)) return undefined;
    const lineStart = this.doc.text.lastIndexOf('\n', mention.start) + 1;
    return /^(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}): /u.exec(this.doc.text.slice(lineStart, mention.start))?.[1];
  }

  private carried(frame: Frame, mention: Mention | null): Referent | undefined {
    if (mention?.kind === 'pronoun') {
      const wantPerson = mention.person;
      return this.find((r) => (wantPerson === undefined ? r.plural || r.person !== true : r.person === undefined || r.person === wantPerson));
    }
    const agrees = (r: Referent): boolean => !frame.gender || !r.gender || r.gender === frame.gender;
    if (frame.plural) return this.find((r) => agrees(r) && r.plural) ?? this.find(agrees);
    return this.find(agrees) ?? this.referents[0];
  }

  private remember(name: string, frame: Frame, mention: Mention | null): void {
    const words = wordsOf(name);
    const key = words.join(' ');
    const existing = this.referents.findIndex((r) => r.words.join(' ') === key);
    const old = existing >= 0 ? this.referents.splice(existing, 1)[0] : undefined;
    const named = frame.names.flatMap((n) => wordsOf(n.text));
    const descriptors = new Set([...(old?.descriptors ?? []), ...(mention?.descriptors ?? []), ...named]);
    const explicit = mention !== null && mention.kind !== 'pronoun';
    const gender = explicit ? (frame.gender ?? old?.gender) : (old?.gender ?? frame.gender);
    const person = mention?.person ?? old?.person;
    this.referents.unshift({
      name,
      words,
      descriptors,
      plural: (explicit && mention.plural) || (old?.plural ?? false) || (explicit && frame.plural === true),
      ...(gender ? { gender } : {}),
      ...(person === undefined ? {} : { person }),
    });
  }

  private nameFor(frame: Frame, continued?: Resolved): string | null {
    const mention = frame.mention;
    if (continued) return continued.speaker;
    if (!mention || mention.kind === 'pronoun') return (mention && this.turnSpeaker(mention)) ?? this.carried(frame, mention)?.name ?? null;
    const anaphor = mention.kind === 'description' ? (this.anaphor(mention) ?? this.extended(mention)) : undefined;
    if (typeof anaphor === 'string') return anaphor;
    return anaphor?.name ?? this.fullName(cleanName(mention.text));
  }

  resolve(frame: Frame, continued?: Resolved): Resolved {
    const mention = frame.mention;
    const name = this.nameFor(frame, continued);
    if (name) this.remember(name, frame, mention);
    const span: [number, number] | null = mention && mention.kind !== 'pronoun' && !continued ? [mention.start, mention.end] : null;
    return { speaker: name, speakerSpan: span };
  }
}

export function resolveSpeakers(doc: Doc, frames: Frame[], language: ClaimLanguage): Map<Frame, Resolved> {
  const resolver = new SpeakerResolver(doc, frames, language);
  const out = new Map<Frame, Resolved>();
  const ordered = [...frames].sort((a, b) => a.cue[0] - b.cue[0] || a.content[0] - b.content[0]);
  for (const frame of ordered) out.set(frame, resolver.resolve(frame, frame.continues ? out.get(frame.continues) : undefined));
  return out;
}
