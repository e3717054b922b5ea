/** English attribution lexicon: reporting verbs, titles, descriptive speaker heads. */

export type EnglishCueEntry = {
  /** Object before the content: told reporters that, asked the governments to. */
  addressee: boolean;
  /** The content is a demand starting at "to" (asked X not to ...). */
  demand: boolean;
  /** Also a common noun or name (claims, states, notes): needs a subject or "that" next to it. */
  ambiguous: boolean;
  /** A participle continuing the sentence's subject (", adding that"). */
  participle: boolean;
};

const PLAIN = ['said', 'says', 'say', 'added', 'adds', 'warned', 'warns', 'claimed', 'denied', 'denies', 'stated', 'announced', 'announces',
  'believes', 'explained', 'explains', 'insisted', 'insists', 'argued', 'argues', 'confirmed', 'confirms', 'acknowledged',
  'admitted', 'admits', 'stressed', 'emphasised', 'emphasized', 'declared',
  'alleged', 'alleges', 'commented', 'remarked', 'replied', 'responded', 'recalled', 'noted',
  'reported', 'cautioned', 'contended', 'conceded', 'countered'];
const AMBIGUOUS = ['wrote', 'writes', 'revealed', 'estimated', 'predicted', 'suggested', 'concluded', 'observed', 'disclosed', 'claims', 'claim', 'states', 'notes', 'reports', 'believe', 'warn', 'deny', 'announce', 'explain', 'argue', 'insist', 'confirm'];
const ADDRESSEE = ['told', 'tells', 'informed', 'assured'];
const DEMAND = ['asked', 'asks', 'urged', 'urges', 'called'];
const PARTICIPLES = ['saying', 'adding', 'warning', 'noting', 'explaining', 'insisting', 'arguing', 'claiming', 'stressing', 'denying'];

function build(): Map<string, EnglishCueEntry> {
  const lex = new Map<string, EnglishCueEntry>();
  const base = { addressee: false, demand: false, ambiguous: false, participle: false };
  for (const w of PLAIN) lex.set(w, base);
  for (const w of AMBIGUOUS) lex.set(w, { ...base, ambiguous: true });
  for (const w of ADDRESSEE) lex.set(w, { ...base, addressee: true });
  for (const w of DEMAND) lex.set(w, { ...base, addressee: true, demand: true });
  for (const w of PARTICIPLES) lex.set(w, { ...base, participle: true });
  return lex;
}

export const ENGLISH_CUES = build();

/** Words between a subject and its verb: "has said", "also warned", "later added". */
export const SKIPPABLE_BEFORE_CUE = new Set(['also', 'later', 'then', 'previously', 'earlier', 'again', 'further', 'recently',
  'reportedly', 'has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'could', 'may', 'might', 'not', 'once', 'had',
  'publicly', 'repeatedly', 'separately', 'today', 'yesterday', 'subsequently', 'allegedly', 'however', 'too']);

export const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

export const PRONOUNS: Record<string, { person: boolean | undefined; plural: boolean }> = {
  he: { person: true, plural: false },
  she: { person: true, plural: false },
  it: { person: false, plural: false },
  they: { person: undefined, plural: true },
  i: { person: true, plural: false },
  we: { person: undefined, plural: true },
};

/** Titles dropped from the front of a name: "Prime Minister John Key" gives "John Key". */
export const TITLES_EN = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'professor', 'prof', 'emeritus', 'president', 'prime', 'minister',
  'general', 'major', 'lieutenant', 'colonel', 'captain', 'commander', 'admiral', 'sergeant', 'senator', 'sen', 'rep',
  'representative', 'governor', 'judge', 'justice', 'secretary', 'chairman', 'chairwoman', 'chair', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'chief', 'executive', 'king', 'queen', 'prince', 'princess', 'sheikh', 'pope', 'father',
  'rev', 'reverend', 'ambassador', 'mayor', 'deputy', 'vice', 'editor', 'officer', 'ceo', 'leader', 'head', 'coach',
  'manager', 'founder', 'superintendent', 'inspector', 'detective', 'constable', 'chancellor', 'premier', 'lord', 'lady',
  'dame', 'brigadier', 'marshal', 'gen', 'col', 'lt', 'capt', 'sgt', 'st']);

/** Lowercase heads of descriptive speakers: officials, a spokesman, the government, state media. */
export const DESCRIPTIVE_HEADS = new Set(['government', 'ministry', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials',
  'police', 'military', 'army', 'navy', 'analysts', 'analyst', 'experts', 'expert', 'sources', 'source', 'witnesses', 'witness',
  'residents', 'authorities', 'company', 'agency', 'media', 'minister', 'president', 'director', 'chairman', 'group',
  'investigators', 'researchers', 'scientists', 'doctors', 'organisers', 'organizers', 'report', 'statement', 'department',
  'office', 'spokespeople', 'observers', 'activists', 'diplomats', 'officers', 'commission', 'committee', 'council',
  'court', 'prosecutors', 'lawyers', 'lawyer', 'leaders', 'leader', 'team', 'study', 'survey', 'organisation', 'organization',
  'television', 'newspaper', 'channel', 'website', 'broadcaster', 'authors', 'researchers', 'paper', 'magazine']);

/** Words that mark an organisation rather than a person. */
export const ORG_WORDS = new Set(['agency', 'department', 'ministry', 'government', 'news', 'authority', 'council', 'party', 'army',
  'navy', 'police', 'corporation', 'company', 'university', 'organisation', 'organization', 'nations', 'union', 'commission',
  'committee', 'office', 'house', 'court', 'media', 'bank', 'military', 'institute', 'association', 'group', 'force', 'forces',
  'report', 'statement', 'study', 'survey', 'letter', 'email', 'e-mail', 'paper', 'website', 'document', 'poll', 'analysis',
  'magazine', 'newspaper', 'television', 'channel', 'broadcaster', 'blog']);

/** Pronouns that are never speakers: "That said, ...", "which said". */
export const NON_SPEAKERS = new Set(['that', 'this', 'which', 'who', 'what', 'there', 'these', 'those', 'it\'s']);

export const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'al', 'bin', 'van', 'von', 'der', 'la', 'le', 'du', 'da']);
export const DETERMINERS = new Set(['the', 'a', 'an']);
/** Prepositions that hang a body from a speaker: "X of the ministry", "an official at the ministry". */
export const ATTACHING = new Set(['of', 'for', 'at', 'from', 'with']);
export const MEDIA_EN = new Set(['statement', 'interview', 'remarks', 'press', 'conference', 'briefing', 'speech', 'tweet', 'letter',
  'email', 'post', 'broadcast', 'television', 'radio', 'twitter', 'facebook', 'address', 'blog']);
