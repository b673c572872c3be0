// A person's name inside the name of a place or an institution named after them is no mention
// of the person: «مركز الملك سلمان للإغاثة»، «مطار الملك عبد العزيز»، «قاعدة عين الأسد»،
// «جامعة الملك سعود». The head word before the name (lexicon/words.json eponym_heads) in the
// construct state, with a title between or none, makes it so.
import type { Words } from "../text/words.js";
import { adjacent, type Found } from "./found.js";
import type { Tok } from "./segment.js";

/** The head word as written, without a conjunction or preposition on it («بمطار»، «ولجامعة»). */
function bareHead(text: string): string[] {
  const noConj = text.replace(/^[وف]/, "");
  return [text, noConj, noConj.replace(/^[بلك]/, "")];
}

/** Whether the person found at `f` is named in an eponym: a head word right before. */
function inEponym(words: Words, norm: string, tokens: Tok[], f: Found): boolean {
  let k = f.first - 1;
  const title = tokens[k];
  if (
    title &&
    words.title_heads.has(title.text) &&
    !bareHead(title.text).some((w) => words.eponym_heads.has(w))
  )
    k--;
  const head = tokens[k];
  const next = tokens[k + 1];
  if (!head || !next || !adjacent(norm, head.end, next.start)) return false;
  return bareHead(head.text).some((w) => words.eponym_heads.has(w));
}

/** The mentions of a sentence without the persons named only in an eponym. */
export function dropEponyms(words: Words, norm: string, tokens: Tok[], found: Found[]): Found[] {
  if (!found.some((f) => f.entity.kind === "person")) return found;
  return found.filter((f) => f.entity.kind !== "person" || !inEponym(words, norm, tokens, f));
}
