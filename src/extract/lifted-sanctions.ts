// Sanctions lifted or eased are a concession, not a sanction: «رفعت الولايات المتحدة العقوبات
// عن كوبا»، «تخفيف واشنطن للعقوبات على كوبا»، «ورفع مجلس الأمن حظر الأسلحة المفروض على
// الصومال». The sanction's frames find the pair (who imposed, on whom); the word of lifting
// before the sanction's word turns it (PLOVER: CONCEDE covers easing sanctions and blockades).
import { prepOf } from "./arguments.js";
import { modalityAt } from "./modality.js";
import type { Draft, SentenceScope, Trigger } from "./scope.js";
import { listWordBefore, type SentenceView, type Unit, unbroken } from "./units.js";

/** How far after the sanction's word the one it was on may stand («العقوبات المفروضة على»). */
const TARGET_REACH = 4;

/** The types whose acts a word of lifting undoes: sanctions, and blockades and sieges. */
const LIFTED_TYPES = new Set(["SANCTION", "COERCE"]);

/**
 * The word of lifting before the trigger's word, right before it or before the actor who lifts
 * or whose act is lifted («رفع مجلس الأمن حظر»، «تخفيف واشنطن للعقوبات»), in one stretch without
 * punctuation and with no negator before it («لن ترفع»: the sanction stays, frames-conflict.ts
 * unnegateEasing); -1 when none.
 */
function liftingWordAt(v: SentenceView, t: Trigger): number {
  const k = listWordBefore(v, t.first, v.words.lifting_words);
  return k < 0 || v.words.negators.has(v.tokens[k - 1]?.text ?? "") ? -1 : k;
}

/**
 * Who lifts: the actor between the lifting word and the sanction («رفعت الولايات المتحدة
 * العقوبات»، «تخفيف واشنطن للعقوبات»), else the subject right before a lifting noun under a
 * verb that is no relation's («أعلن الاتحاد الأوروبي رفع العقوبات»; not «طالبت قطر برفع»).
 */
function lifter(s: SentenceScope, t: Trigger, k: number): Unit | null {
  const between = s.units.find((u) => u.first > k && u.last < t.first && !u.place);
  if (between) return between;
  const before = s.units.find((u) => u.last === k - 1 && !u.place);
  if (!before || !unbroken(s.v, before.last, k)) return null;
  return s.triggers.some((x) => x.kind !== "speech" && x.last === before.first - 1) ? null : before;
}

/** The one a lifted sanction was on: after عن or على, soon after its word. */
function liftedFrom(s: SentenceScope, t: Trigger): Unit | null {
  const u = s.units.find((x) => x.first > t.last && x.first <= t.last + TARGET_REACH && !x.place);
  return u && s.v.words.lifted_from.has(prepOf(s.v, u)) && unbroken(s.v, t.last, u.first)
    ? u
    : null;
}

/**
 * A concession for a lifted sanction no frame paired, its word of lifting at `k` («رفع
 * الاتحاد الأوروبي العقوبات عن بيلاروسيا»).
 */
function liftedDraft(s: SentenceScope, t: Trigger, k: number): Draft | null {
  const source = lifter(s, t, k);
  const target = source && liftedFrom(s, t);
  if (!source || !target || source.ref.id === target.ref.id) return null;
  return {
    type: "CONCEDE",
    mode: null,
    source,
    target,
    polarity: "affirmed",
    modality: modalityAt(s.v, k, { future: false }),
    attributedTo: s.according,
    first: Math.min(source.first, k),
    last: target.last,
    rule: "lifted-sanction",
    confidence: 0.6,
  };
}

/** Turns the drafts of a sanction or blockade the sentence lifts into concessions. */
export function liftedSanctions(s: SentenceScope): void {
  const lifted: Array<{ t: Trigger; k: number }> = [];
  for (const t of s.triggers) {
    const type = t.verb?.entry.type ?? t.noun?.type;
    const k = type && LIFTED_TYPES.has(type) ? liftingWordAt(s.v, t) : -1;
    if (k >= 0) lifted.push({ t, k });
  }
  if (lifted.length === 0) return;
  const turned = new Set<Trigger>();
  for (const d of s.drafts) {
    if (!LIFTED_TYPES.has(d.type)) continue;
    const by = lifted.find(({ t }) => t.first >= d.first && t.last <= d.last);
    if (!by) continue;
    d.type = "CONCEDE";
    d.mode = null;
    d.rule = `${d.rule}-lifted`;
    turned.add(by.t);
  }
  for (const { t, k } of lifted) {
    if (turned.has(t)) continue;
    const d = liftedDraft(s, t, k);
    if (d) s.drafts.push(d);
  }
}
