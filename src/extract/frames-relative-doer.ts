// The doer of what a stance is about, named in a relative clause on its object: "أدان مجلس
// التعاون الهجوم الذي شنته جماعة الحوثي" (the council condemns the Houthis), "ندد بيترو بعمليات
// الترحيل التي تنفذها إدارة ترامب", "أشادت فون دير لاين بالإصلاحات التي نفذتها الحكومة
// المولدوفية", "رفضت القاهرة الخطة التي اقترحتها واشنطن". The clause's verb carries the
// pronoun of the noun before the relative (شنته، تنفذها), so the actor right after it is its
// subject: the one who did what is condemned, praised or rejected. A clause whose verb has no
// such pronoun ("الهجوم الذي استهدف السفارة") has the noun as its subject, and names a
// victim, not a doer: it gives nothing here. An indefinite noun takes its clause without a
// relative ("أدانت مصر هجوما شنته حركة الشباب"); only one whose accusative ending shows it
// indefinite, since a noun in construct looks the same before a possessed noun ("سياسة
// حكومتها").
import type { Tok } from "../recognize/segment.js";
import type { RelationType } from "../schema.js";
import { prepOf, RESUMPTIVE, SURE_PRONOUN } from "./arguments.js";
import { nondoerVerb } from "./frames-stance-doer.js";
import { negatedAt } from "./modality.js";
import { hasDraft, type SentenceScope } from "./scope.js";
import { commaBetween, type SentenceView, type Unit } from "./units.js";

/** The stances whose object's doer this frame reads. */
const STANCES = new Set<RelationType>(["ACCUSE", "SUPPORT", "REJECT"]);
/** How far after the verb's subject (or the verb) the relative pronoun may stand. */
const RELATIVE_REACH = 8;

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

/**
 * An indefinite noun in the accusative ("هجوما"، "قرارا"، "طلباً"): no article, the tanween's
 * alif at its end, not a pronoun's; not an adverb of manner or time ("مجددا"، "رسميا").
 */
function indefiniteAt(v: SentenceView, units: readonly Unit[], k: number): boolean {
  const text = tok(v, k).text.replace(/\u064b$/, "");
  return (
    !units.some((u) => u.first <= k && k <= u.last) &&
    text.length >= 4 &&
    text.endsWith("ا") &&
    // Not a possessive's ending ("رئيسها"، "حكومتنا").
    !/(ها|نا|هما|كما)$/.test(text) &&
    // The article, not the ال of a verbal noun of the eighth form ("التماسا"، "التزاما").
    (!text.startsWith("ال") || text.startsWith("الت")) &&
    !v.words.fillers.has(text) &&
    !v.words.manner_words.has(text)
  );
}

/** The verb's subject: its recorded one, else the actor right after or right before it. */
function subjectOf(s: SentenceScope, at: number, last: number): Unit | undefined {
  const recorded = s.verbSubjects.find((x) => x.at === at)?.subject[0];
  if (recorded) return recorded;
  const { v, units } = s;
  return (
    units.find((u) => u.first > last && u.first <= last + 2 && !u.place && prepOf(v, u) === "") ??
    units.find((u) => u.last === at - 1 && !u.place && prepOf(v, u) === "")
  );
}

/** Drafts for the doers named in a relative clause on a stance's object (see the top). */
export function relativeDoerDrafts(s: SentenceScope): void {
  const { v, units, triggers, drafts } = s;
  const relatives = v.words.relatives;
  for (const t of triggers) {
    const type = t.verb?.entry.type;
    if (t.kind !== "verb" || !type || !STANCES.has(type)) continue;
    // A participle's subject is its clause's, never the actor after it (its object).
    const subject = t.verb?.participle
      ? s.verbSubjects.find((x) => x.at === t.first)?.subject[0]
      : subjectOf(s, t.first, t.last);
    if (!subject || subject.place) continue;
    const from = Math.max(t.last, subject.first > t.last ? subject.last : t.last) + 1;
    // The object itself an indefinite noun with its clause ("هجوما شنته").
    let indefinite = from < v.tokens.length && indefiniteAt(v, units, from);
    let rel = indefinite ? from : -1;
    for (let k = from + 1; rel < 0 && k < v.tokens.length && k <= from + RELATIVE_REACH; k++) {
      // Another verb's clause begins: the relative is not on this verb's object.
      if (triggers.some((x) => x.first === k && x.kind !== "noun")) break;
      // A preposition opens another noun the relative may be on ("الهجوم على المسجد الذي
      // بنته السعودية"), unless it opens an aside after a comma ("، في بيان له،").
      if (v.words.core_prepositions.has(tok(v, k).text) && !commaBetween(v, k - 1, k)) break;
      if (relatives.has(tok(v, k).text)) {
        rel = k;
        break;
      }
      if (indefiniteAt(v, units, k)) {
        rel = k;
        indefinite = true;
        break;
      }
    }
    // The noun before the relative is what the stance is about, not an actor ("X الذي").
    if (rel < 0) continue;
    if (!indefinite && (units.some((u) => u.last === rel - 1) || commaBetween(v, rel - 1, rel)))
      continue;
    const verb = rel + 1;
    const verbText = v.tokens[verb]?.text ?? "";
    if (!RESUMPTIVE.test(verbText) || units.some((u) => u.first === verb)) continue;
    // An indefinite noun's clause verb has no article and a pronoun no ة is read as ("شنته"،
    // not "بشدة").
    if (indefinite && (verbText.startsWith("ال") || !SURE_PRONOUN.test(verbText))) continue;
    // "الذي شهدته كابول"، "التي نقلتها وسائل الإعلام": the clause's subject witnessed or
    // reported the act, it did not do it.
    if (nondoerVerb(v, verbText)) continue;
    const first = units.find(
      (u) => u.first > verb && u.first <= verb + 2 && !u.place && prepOf(v, u) === "",
    );
    if (!first) continue;
    // "المقترحات التي طرحتها مصر وأيدها السودان": a second verb joined with و carries the
    // same pronoun, and its subject shares the act.
    const doers = [first];
    const joined = v.tokens[first.last + 1]?.text ?? "";
    // Not a verb of opposing: "الخطة التي قدمتها مصر ورفضتها الولايات المتحدة" (the second
    // subject opposed the act, and shares no stance with its doer).
    const base = joined.slice(1).replace(/(ه|ها|هم|هما)$/, "");
    const opposing = (s.lex.verbs.get(base) ?? []).some(
      (f) => f.entry.type === "REJECT" || f.entry.type === "ACCUSE",
    );
    if (
      !opposing &&
      joined.startsWith("و") &&
      RESUMPTIVE.test(joined.slice(1)) &&
      !nondoerVerb(v, joined.slice(1))
    ) {
      const second = units.find(
        (u) =>
          u.first > first.last + 1 && u.first <= first.last + 3 && !u.place && prepOf(v, u) === "",
      );
      if (second) doers.push(second);
    }
    for (const doer of doers) {
      if (doer.ref.id === subject.ref.id || hasDraft(drafts, type, subject, doer)) continue;
      drafts.push({
        type,
        mode: t.verb?.entry.mode ?? null,
        source: subject,
        target: doer,
        polarity: negatedAt(v, t.first) ? "negated" : "affirmed",
        modality: "asserted",
        attributedTo: null,
        first: Math.min(subject.first, t.first),
        last: doer.last,
        rule: "stance-relative-doer",
        confidence: 0.55,
      });
    }
  }
}
