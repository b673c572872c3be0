// Relations of one sentence: the sentence's scope run through its components in order
// (src/extract/components.ts): triggers' arguments, frames, and the drafts they make.
import { SENTENCE_COMPONENTS } from "./components.js";
import type { Lexicon } from "./lexicon.js";
import { newScope, type SentenceComponent, type SentenceResult, type Trigger } from "./scope.js";
import type { SentenceView, Unit } from "./units.js";

/** Whether a state's nisba stands in the sentence outside every actor. */
const hasStateNisba = (v: SentenceView) =>
  v.found.some((f) => f.adjective && f.entity.kind === "state");

export function extractSentence(
  v: SentenceView,
  lex: Lexicon,
  units: Unit[],
  triggers: Trigger[],
  previousSubject: Unit[] | null,
  components: readonly SentenceComponent[] = SENTENCE_COMPONENTS,
): SentenceResult {
  const scope = newScope(v, lex, units, triggers, previousSubject);
  // A relation needs two parties: with no actor in the sentence, no state's nisba (which a
  // frame may take as a party: "قتل 125 فلسطينيا برصاص إسرائيلي") and no pair carried from
  // the one before, no component can find one (the subject carried on stays the same).
  if (units.length > 0 || hasStateNisba(v) || (previousSubject?.length ?? 0) >= 2)
    for (const c of components) c.run(scope);
  const { drafts, frames, according, verbSubjects } = scope;
  return {
    drafts,
    subject: scope.sentenceSubject ?? scope.speechSubject,
    frames,
    according,
    verbSubjects,
  };
}
