// The language resources extraction reads, as one value passed in explicitly (as a spaCy
// pipeline is given its vocab): the relation lexicon (triggers, their frames and senses) and
// the closed-class word lists (negators, prepositions, complementizers ...). Each is validated
// by its zod schema when it is loaded (lexicon.ts, text/words.ts); nothing is read on import.
import { bundledWords, type Words } from "../text/words.js";
import { bundledLexicon, type Lexicon } from "./lexicon.js";

export interface Language {
  readonly lexicon: Lexicon;
  readonly words: Words;
}

let bundled: Language | null = null;

/** The lexicon and word lists shipped in lexicon/, loaded on first use. */
export function bundledLanguage(): Language {
  bundled ??= { lexicon: bundledLexicon(), words: bundledWords() };
  return bundled;
}
