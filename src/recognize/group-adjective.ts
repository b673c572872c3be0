// A sector word that describes the one before it: «مسلحون انفصاليون» are separatist gunmen,
// «ناشطين معارضين» opposition activists, one group and not two. Read as two, the verb's
// subject attacked its own adjective («وقتل مسلحون انفصاليون جنديين»). Arabic adjectives
// agree with their noun in case and definiteness, and sound plurals show the case: the
// subject and object of one verb do not agree («هاجم مسلحون متظاهرين»), so they stay two.
import type { Found } from "./found.js";
import { adjacent } from "./found.js";
import type { Tok } from "./segment.js";

type Case = "nominative" | "oblique" | "accusative" | "feminine" | "unseen";

/** The word without the conjunction or preposition written onto it. */
function bareWord(text: string): string {
  return text
    .replace(/^[وف]/, "")
    .replace(/^(ب|ك)(?=ال)/, "")
    .replace(/^لل/, "ال");
}

/** The case a plural's ending shows: -ون, -ين, the accusative's -ا («أكرادا»), or -ات. */
export function caseShown(text: string): Case {
  const w = bareWord(text);
  if (w.length < 4) return "unseen";
  if (w.endsWith("ون")) return "nominative";
  if (w.endsWith("ين")) return "oblique";
  if (w.endsWith("ات")) return "feminine";
  if (w.endsWith("ا") && !w.endsWith("اا")) return "accusative";
  return "unseen";
}

/** Whether `adjective` can agree with `noun` as its adjective, by the endings both show. */
export function agreesAsAdjective(noun: string, adjective: string): boolean {
  if (bareWord(noun).startsWith("ال") !== bareWord(adjective).startsWith("ال")) return false;
  const n = caseShown(noun);
  const a = caseShown(adjective);
  switch (a) {
    // A broken plural («طلاب») shows no case; a nominative after it can only describe it.
    case "nominative":
      return n === "nominative" || n === "unseen";
    case "oblique":
      return n === "oblique";
    case "accusative":
      return n === "oblique" || n === "accusative";
    case "feminine":
      return n === "feminine";
    // «ناشطين أكراد»: after an oblique plural a broken one is its genitive adjective.
    case "unseen":
      return n === "oblique";
  }
}

/**
 * The generic mentions with every sector word that describes the one right before it folded
 * into that one: the first names the group (its noun), the span covers both.
 */
export function foldDescribingGroups(norm: string, tokens: Tok[], found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const head = out[out.length - 1];
    if (
      head &&
      head.rule === "generic" &&
      f.rule === "generic" &&
      f.first === head.last + 1 &&
      f.first === f.last &&
      // An adjective carries no و or preposition: «المسلمين والمسيحيين» is a list.
      f.start === (tokens[f.first] as Tok).start &&
      adjacent(norm, (tokens[head.last] as Tok).end, (tokens[f.first] as Tok).start) &&
      agreesAsAdjective((tokens[head.last] as Tok).text, (tokens[f.first] as Tok).text)
    ) {
      out[out.length - 1] = { ...head, last: f.last, end: f.end };
      continue;
    }
    out.push(f);
  }
  return out;
}
