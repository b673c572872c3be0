// A mention found inside a sentence, before it is written out: token positions for the
// relation extractor, normalized offsets for spans.
import type { EntityRef } from "../schema.js";

export interface Found {
  entity: EntityRef;
  rule: string;
  /** First and last token index within the sentence. */
  first: number;
  last: number;
  /** Offsets into the normalized article text (proclitics excluded). */
  start: number;
  end: number;
  /** Metonymy: the capital or seat as written, when the mention stands for its state. */
  place?: EntityRef;
  /** A nisba adjective (الروسي) rather than a name. */
  adjective?: boolean;
  /** Not in the knowledge base. */
  provisional?: boolean;
  /** Provisional organisations: the state a nisba inside the name points to. */
  partOf?: string;
  /**
   * A place of another state that the same written form also names (عمان: Oman, or Amman in
   * Jordan); the article decides between them (recognize.ts, `resolveStateOrPlace`).
   */
  otherPlace?: { id: string; locative: boolean };
}

/** Whether two tokens are separated by white space only (no punctuation between them). */
export function adjacent(norm: string, end: number, nextStart: number): boolean {
  for (let i = end; i < nextStart; i++) {
    const c = norm.charCodeAt(i);
    // Hashtags read as words: "#عهد_التميمي", "دونالد #ترمب".
    if (
      !(
        c === 32 ||
        c === 9 ||
        c === 0xa0 ||
        c === 10 ||
        c === 13 ||
        c === 0x2d ||
        c === 0x23 ||
        c === 0x5f
      )
    )
      return false;
  }
  return true;
}
