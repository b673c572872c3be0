// Sanctions and attacks that did not happen: one a threat names ("هددت واشنطن بفرض عقوبات
// على أنقرة", "متوعدا بعقوبات ضد طهران", "هدد التنظيم بشن هجمات ضد العراق": the relation is
// the threat, THREATEN) and a sanction a condition supposes ("إذا قررت واشنطن تجديد العقوبات
// على طهران"). Neither is a SANCTION or an ASSAULT the text states as fact, claim, demand or
// plan (ANNOTATION.md): the rules' draft of a threatened act becomes the threat (unless the
// threat's frame drafted it), that of a supposed sanction is dropped. Runs in the
// `cooperation` component, over the sentence's drafts.

import type { Tok } from "../recognize/segment.js";
import type { RelationType } from "../schema.js";
import { isAttackNoun } from "./frames-conflict.js";
import type { Draft, Trigger } from "./scope.js";
import type { SentenceView } from "./units.js";

/** How far after a threat's word its threatened act may stand (past its subject). */
const THREAT_REACH = 8;
/** How far the act's بـ may stand before the sanction's word ("بفرض مزيد من العقوبات"). */
const ACT_REACH = 3;

/** The threatened act's preposition, on the word after a threat ("بفرض", "بالعقوبات"). */
const BY = "ب";

/**
 * How far before the act's word its بـ may stand: a sanction's word may come a few words after
 * it ("بفرض مزيد من العقوبات"); an attack is the word itself ("بمهاجمة", "بعملية عسكرية") or
 * the noun right after a light verb ("بشن هجمات"), so that "بالرد على الهجوم على" (an attack
 * that did happen, and the reply threatened) stays an attack.
 */
const ACT_REACH_OF: Partial<Record<RelationType, number>> = {
  SANCTION: ACT_REACH,
  ASSAULT: 1,
};

/**
 * Whether a THREATEN trigger stands before `first` and a word with بـ (the threatened act)
 * at most `reach` words before it, after the threat: "هددت واشنطن بفرض عقوبات".
 */
function threatened(
  v: SentenceView,
  triggers: readonly Trigger[],
  first: number,
  reach: number,
): boolean {
  return triggers.some((t) => {
    const type = t.verb?.entry.type ?? t.noun?.type;
    if (type !== "THREATEN" || t.last >= first || first - t.last > THREAT_REACH) return false;
    for (let j = Math.max(t.last + 1, first - reach); j <= first; j++)
      if ((v.tokens[j] as Tok).text.startsWith(BY)) return true;
    return false;
  });
}

/**
 * The first token of the act inside a draft's span: a trigger of the draft's type, or for an
 * attack drafted from its noun's frame ("هجمات ضد العراق"), the attack noun.
 */
function actAt(v: SentenceView, d: Draft, triggers: readonly Trigger[]): number | null {
  // The one nearest the target when several stand in the span («توعد الحوثيون إسرائيل بمزيد من
  // الهجمات بعد أن شنوا سلسلة من الضربات على إيلات»: the strikes done, not those threatened).
  const t = triggers.findLast(
    (x) =>
      x.first >= d.first &&
      x.last <= d.last &&
      x.first < d.target.first &&
      (x.verb?.entry.type === d.type || x.noun?.type === d.type),
  );
  if (t) return t.first;
  if (d.type !== "ASSAULT") return null;
  for (let i = d.first; i <= d.last; i++) if (isAttackNoun(v.tokens[i])) return i;
  return null;
}

/**
 * The act's word, or the quantity before it with its من («بشن مزيد من الهجمات»، «بسلسلة من
 * الضربات»; words.json act_quantities): the threatened act's بـ stands before the quantity.
 */
function pastQuantity(v: SentenceView, at: number): number {
  if (v.tokens[at - 1]?.text !== "من") return at;
  const quantityAt = (k: number) =>
    v.words.act_quantities.has(v.tokens[k]?.text.replace(/^ب/, "") ?? "");
  if (quantityAt(at - 2)) return at - 2;
  // One adjective may describe the quantity: «بشن موجة جديدة من الهجمات».
  return quantityAt(at - 3) ? at - 3 : at;
}

/** Drops the drafts of a threatened sanction or attack, or a supposed sanction (the head). */
export function dropUnrealActs(
  v: SentenceView,
  triggers: readonly Trigger[],
  drafts: Draft[],
): void {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k] as Draft;
    const reach = ACT_REACH_OF[d.type];
    if (reach === undefined) continue;
    if (d.type === "SANCTION" && d.modality === "hypothetical") {
      drafts.splice(k, 1);
      continue;
    }
    const act = actAt(v, d, triggers);
    const at = act === null ? null : pastQuantity(v, act);
    if (at === null || !threatened(v, triggers, at, reach)) continue;
    // The threat itself: kept as one when the threat's own frame did not draft it
    // ("متوعدا بعقوبات اقتصادية ضد طهران").
    const drafted = drafts.some(
      (x) =>
        x.type === "THREATEN" &&
        x.source.ref.id === d.source.ref.id &&
        x.target.ref.id === d.target.ref.id,
    );
    // The threatener names the threat before its act; an actor after it is no threatener.
    if (drafted || d.source.last >= at) drafts.splice(k, 1);
    else
      drafts[k] = {
        ...d,
        type: "THREATEN",
        mode: null,
        rule: `${d.rule}-threatened`,
        // The threatener's own words are no claim of someone else's.
        attributedTo: d.attributedTo?.ref.id === d.source.ref.id ? null : d.attributedTo,
      };
  }
}

/** The mode of the verb of retaliating («سترد على»): a threat only in the future. */
const RETALIATE = "retaliate";

/**
 * "سترد روسيا على طرد دبلوماسييها", "سنرد على أي دولة تورطت": a retaliation announced is a
 * threat to whom it answers; "ترد على الاتهامات", "يرد على أسئلة النواب" (now, not to come)
 * is a reply. Drops the retaliation drafts whose verb has no future marker (سـ، سوف).
 */
export function dropPresentReplies(triggers: readonly Trigger[], drafts: Draft[]): void {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k] as Draft;
    if (d.type !== "THREATEN" || d.mode !== RETALIATE) continue;
    const t = triggers.find(
      (x) => x.first >= d.first && x.last <= d.last && x.verb?.entry.mode === RETALIATE,
    );
    if (!t?.future) drafts.splice(k, 1);
  }
}
