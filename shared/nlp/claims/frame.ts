/** The intermediate result of reading one attribution, before speakers are resolved. */
import type { Range } from './textUnits';

export type Gender = 'm' | 'f';

export type Mention = {
  start: number;
  end: number;
  text: string;
  kind: 'name' | 'description' | 'pronoun';
  /** Normalised title and head words around the mention (المتحدث، وزير, spokesman), for "the minister". */
  descriptors: string[];
  plural: boolean;
  /** For pronouns and descriptions: whether the referent is a person (he/she vs it). */
  person?: boolean;
};

export type Frame = {
  cue: [number, number];
  content: [number, number];
  direct: boolean;
  /** The speaker as mentioned in the claim's own sentence, if it is. */
  mention: Mention | null;
  /** Agreement of the cue (Arabic verb or participle), used to pick the carried speaker. */
  gender?: Gender;
  plural?: boolean;
  medium?: string;
  outlet?: string;
  confidence: number;
  sentence: Range;
  /** Full names seen next to the speaker (the minister in "a spokesman for minister X"). */
  names: Mention[];
  /** Continuations of a split quotation take the speaker of the claim they continue. */
  continues?: Frame;
};
