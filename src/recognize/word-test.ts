// Yes/no questions that a pass asks of every token of every sentence ("is it a word of
// appointing?", "may an actor's name start on it?"). Most words answer no, and the answer
// depends only on the word and the word lists asked about, so each distinct word answers once:
// the answer is kept as a bit on its shared info record (TokInfo.testKnown / testHits).
import type { Tok } from "./segment.js";

/** Bits given out so far (one per test; an int32 holds 31). */
let bits = 0;
/**
 * Bumped whenever a test is asked about other word lists than the last time (tests, a custom
 * language): every record's answers are then stale, and are worked out again on first use.
 */
let generation = 1;

/**
 * `test`, answered once per distinct word for the word lists `w` it is last asked about. The
 * test must read nothing of the token but its text (its stems are a function of the text).
 */
export function wordTest<W extends object>(
  test: (t: Tok, w: W) => boolean,
): (t: Tok, w: W) => boolean {
  if (bits >= 31) throw new Error("wordTest: more than 31 tests");
  const bit = 1 << bits++;
  let owner: W | null = null;
  return (t, w) => {
    const info = t.info;
    if (!info) return test(t, w);
    if (owner !== w) {
      owner = w;
      generation++;
    }
    if (info.testGen !== generation) {
      info.testGen = generation;
      info.testKnown = 0;
      info.testHits = 0;
    }
    if ((info.testKnown & bit) !== 0) return (info.testHits & bit) !== 0;
    const hit = test(t, w);
    info.testKnown |= bit;
    if (hit) info.testHits |= bit;
    return hit;
  };
}
