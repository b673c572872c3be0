// A stance taken on an act or a proposal whose doer a relative clause names: "أدان مجلس
// الأمن الهجوم الذي شنته حركة طالبان" (ACCUSE the Taliban), "رفضت المحكمة الطلب الذي قدمه
// الدفاع" (REJECT the defence), "انتقد القرار الذي اتخذته الحكومة". The verb rules look for
// an actor right after the verb and find none (the object is a noun). The relative clause's
// verb must carry the antecedent as its object pronoun ("شنته", "قدمه", "اتخذتها") or take it
// with a pronoun after it ("تقدمت به"), so that the actor right after it is its subject, the
// doer ("الهجوم الذي استهدف السفارة" has the antecedent as subject: no frame). Runs from the
// sentence's ACCUSE and REJECT verb triggers, so it costs nothing in a sentence without one.
import type { Tok } from "../recognize/segment.js";
import { prepOf } from "./arguments.js";
import { negatedAt } from "./modality.js";
import type { Draft, Frame, Trigger } from "./scope.js";
import { frameAround } from "./scope.js";
import type { SentenceView, Unit } from "./units.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

/** "شنته", "قدمها", "اتخذتهم": a verb with an object pronoun (four letters at least before it). */
const withPronoun = (t: string) => /^[\u0621-\u064a]{3,}(ه|ها|هم|هما)$/.test(t);
/** "به", "بها", "لها": the antecedent after the verb as a pronoun with a preposition. */
const pronounAfter = (t: string) => /^[بل](ه|ها|هم|هما)$/.test(t);

/**
 * Whether a relative clause's verb (with the antecedent's pronoun) has a subject that
 * witnessed, reported, named or received the act rather than doing it (words.json
 * relative_nondoer_verbs): "شهدته"، "نقلتها"، "وصفته".
 */
export function nondoerVerb(v: SentenceView, verb: string): boolean {
  return v.words.relative_nondoer_verbs.has(verb.replace(/(ه|ها|هم|هما)$/, ""));
}

/** ACCUSE and REJECT drafts for doers named in a relative clause (see the top of the file). */
export function doerDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  has: (type: string, s: Unit, o: Unit) => boolean,
): Draft[] {
  const out: Draft[] = [];
  const { relatives } = v.words;
  for (const t of triggers) {
    const entry = t.verb?.entry;
    if (t.kind !== "verb" || !entry || t.verb?.participle) continue;
    if (entry.type !== "ACCUSE" && entry.type !== "REJECT") continue;
    if (drafts.some((d) => d.type === entry.type && d.first <= t.first && t.first <= d.last))
      continue;
    const f = frames.find((x) => x.verbFirst === t.first);
    if (!f || f.subjects.length === 0) continue;
    const from = Math.max(t.last, ...f.subjects.filter((u) => u.first > t.last).map((u) => u.last));
    // The object noun (with an adverb or an adjective after it) and the relative within four
    // words, no actor in between.
    let rel = -1;
    for (let k = from + 2; k <= from + 4 && k < v.tokens.length; k++) {
      if (units.some((u) => u.first <= k && k <= u.last && !u.place)) break;
      if (relatives.has(tok(v, k).text)) {
        rel = k;
        break;
      }
    }
    if (rel < 0 || units.some((u) => u.first === from + 1)) continue;
    const verb = v.tokens[rel + 1]?.text ?? "";
    const after = v.tokens[rel + 2]?.text ?? "";
    // A clause whose subject witnessed, reported or named the act ("الذي شهدته كابول"،
    // "الذي وصفته روسيا"): no doer.
    if (nondoerVerb(v, verb)) continue;
    const at = withPronoun(verb) ? rel + 2 : pronounAfter(after) ? rel + 3 : -1;
    const doer = units.find((u) => u.first === at && !u.place && prepOf(v, u) === "");
    if (!doer) continue;
    const speaker = frameAround(
      frames.filter((x) => x !== f),
      t.first,
    )?.speaker;
    for (const s of f.subjects) {
      if (s.ref.id === doer.ref.id || has(entry.type, s, doer)) continue;
      out.push({
        type: entry.type,
        mode: entry.mode,
        source: s,
        target: doer,
        polarity: negatedAt(v, t.first) ? "negated" : "affirmed",
        modality: "asserted",
        attributedTo: speaker && speaker.ref.id !== s.ref.id ? speaker : null,
        first: Math.min(t.first, s.first),
        last: doer.last,
        rule: "stance-relative-doer",
        confidence: 0.55,
      });
    }
  }
  return out;
}
