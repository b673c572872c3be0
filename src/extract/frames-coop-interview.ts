// Dialogue that is no consultation between two actors: an interview given to a medium ("قال
// ماكرون في حوار مع صحيفة لوموند"، "في حوار مع قناة روسيا اليوم") and a dialogue rejected
// ("رفضت المعارضة الفنزويلية الحوار مع حكومة مادورو"). The noun rules read «حوار مع X» as a
// meeting; these drafts are dropped (words.json dialogue_words). Runs in the `cooperation`
// component.
import { bundledActors } from "../recognize/actors.js";
import type { Tok } from "../recognize/segment.js";
import type { Draft, Trigger } from "./scope.js";
import { commaBetween, type SentenceView } from "./units.js";

/** How far before the dialogue a verb of rejecting may stand (its subject between). */
const REJECT_REACH = 4;

/** Drops the meeting drafts of an interview or of a rejected dialogue (see the top). */
export function dropInterviews(
  v: SentenceView,
  triggers: readonly Trigger[],
  drafts: Draft[],
): void {
  const media = bundledActors().mediaHeads;
  for (const t of triggers) {
    const text = (v.tokens[t.first] as Tok).text.replace(/^[وفبل](?=..)/, "");
    if (t.kind !== "noun" || t.noun?.type !== "CONSULT" || !v.words.dialogue_words.has(text))
      continue;
    const rejected = triggers.some(
      (x) =>
        x.verb?.entry.type === "REJECT" &&
        x.last < t.first &&
        t.first - x.last <= REJECT_REACH &&
        !commaBetween(v, x.last, t.first),
    );
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k] as Draft;
      if (d.type !== "CONSULT" || d.first > t.first || t.first > d.last) continue;
      // The partner named by a medium's head ("صحيفة"، "قناة"، "وكالة").
      const head = (v.tokens[d.target.first] as Tok).text.replace(/^[وفبل](?=..)/, "");
      if (rejected || media.has(head)) drafts.splice(k, 1);
    }
  }
}
