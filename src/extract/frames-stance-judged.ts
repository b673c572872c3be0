// An act a speaker judges as wrongdoing: "قالت روسيا إن الضربات الأمريكية تمثل انتهاكا للقانون
// الدولي"، "اعتبرت إيران العقوبات الأمريكية غير قانونية"، "قال نتنياهو إن إيران تشكل تهديدا".
// The judgment (accusations.json wrongdoing_nouns, or غير before one of unlawful_adjectives,
// a copula such as تمثل or بأنها before it) closes the clause the speaker's frame holds; the
// act is that clause's subject, which opens it: an actor, or a noun whose state's nisba or
// genitive actor follows it. Not the actor of a phrase inside the subject ("الضربات
// الأمريكية على مواقع الحشد الشعبي" accuses the United States), not an agreement's nisba
// ("الاتفاق النووي الإيراني"), not the victim of a noun of what is done to one ("طرد
// الدبلوماسيين الروس"), and not the speaker's own side. The speaker accuses the actor.
import { sectorState } from "../recognize/generic.js";
import type { Tok } from "../recognize/segment.js";
import { prepOf, RESUMPTIVE } from "./arguments.js";
import type { StanceWords } from "./frames-stance.js";
import { negatedAt } from "./modality.js";
import type { Draft, Frame } from "./scope.js";
import { actorNisba, commaBetween, type SentenceView, type Unit, unitOf } from "./units.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
/** How far after the subject's first word the judgment may stand. */
const CLAUSE_REACH = 12;
/** How far into the subject's noun phrase its state's nisba may stand. */
const NISBA_REACH = 5;

/**
 * Whether token `i` judges what precedes it as wrongdoing: a noun of wrongdoing
 * ("انتهاكا"، "خرق"، "عدوان") or غير before an adjective of lawfulness ("غير قانونية").
 */
function judgmentAt(v: SentenceView, i: number, w: StanceWords): boolean {
  const text = tok(v, i).text;
  if (text === "غير") return w.unlawful.has(v.tokens[i + 1]?.text ?? "");
  return w.wrongdoingNouns.has(text);
}

/**
 * The frame of the speaker who judges at `k`: the outermost, unless a frame inside it is
 * opened by its clause's own subject («قال لافروف إن الجانب الروسي يعتبر العقوبات الغربية غير
 * قانونية»: the Russian side judges). A verb inside the judged subject is no speaker's («قرار
 * ترامب نقل السفارة» is no report of Trump's).
 */
function clauseFrame(v: SentenceView, frames: readonly Frame[], k: number): Frame | undefined {
  const around = frames
    .filter((x) => x.from <= k && k < x.to && x.speaker)
    .sort((a, b) => a.from - b.from);
  let f = around[0];
  for (const inner of around.slice(1))
    if (f && inner.speaker?.first === subjectStart(v, f)) f = inner;
  return f;
}

/** Where the judged clause's subject opens: past the speaker and a complementizer. */
function subjectStart(v: SentenceView, f: Frame): number {
  let k = f.from;
  if (f.speaker && f.speaker.first <= k && k <= f.speaker.last + 1) k = f.speaker.last + 1;
  while (k < f.to && v.words.complementizers.has(tok(v, k).text)) k++;
  return k;
}

/** The actor the subject at `head` names: itself, its nisba, or its genitive (see the top). */
function actOwner(
  v: SentenceView,
  units: readonly Unit[],
  head: number,
  at: number,
  w: StanceWords,
): Unit | undefined {
  const unitAt = (k: number) => units.find((u) => u.first === k && !u.place && prepOf(v, u) === "");
  const itself = unitAt(head);
  if (itself) return itself;
  const noun = tok(v, head).text;
  if (w.agreements.has(noun)) return undefined;
  // "احتجاز إيران للناقلة": after a noun of what is done to a victim, the genitive is the
  // doer only when the victim follows with لـ ("طرد الدبلوماسيين الروس" names the victims).
  // A nisba after such a noun is the victims' ("مقتل الجنود الأتراك"، "معاناة الشعب اليمني").
  const genitive = unitAt(head + 1);
  if (w.victimNouns.has(noun.replace(/^ال/, "")))
    return genitive && /^لل?/.test(v.tokens[genitive.last + 1]?.text ?? "") ? genitive : undefined;
  if (genitive) return genitive;
  // A state's nisba closing the subject's noun phrase ("الحظر الأمريكي"، "نشر منظومة الدفاع
  // الصاروخي الأمريكية"), before any preposition or relative opens a phrase inside it.
  for (let k = head + 1; k < at && k <= head + NISBA_REACH; k++) {
    const f = v.byFirst.get(k);
    if (actorNisba(f)) return unitOf(f);
    const t = tok(v, k);
    if (f || v.words.core_prepositions.has(t.text) || v.words.relatives.has(t.text)) break;
    if (/^[بلك]/.test(t.text) && !t.text.startsWith("ال")) break;
  }
  // "الصواريخ التي أطلقها الحوثيون": the doer of the relative clause on the subject's noun.
  const rel = [head + 1, head + 2].find((k) => v.words.relatives.has(tok(v, k)?.text ?? ""));
  if (rel !== undefined && RESUMPTIVE.test(tok(v, rel + 1)?.text ?? "")) return unitAt(rel + 2);
  return undefined;
}

// A state's body carries its state's code in its id ("org:tr-foreign-ministry"); a sector
// ("group:police-fr") is read back by sectorState.
const BODY_OF_STATE = /^org:([a-z]{2})-/;

/** The state an actor stands for, as far as the sentence and its id say. */
export function sideOf(u: Unit): string {
  if (u.ref.kind === "state") return u.ref.id;
  const of = u.office?.of?.id ?? u.found.partOf;
  if (of) return of;
  const code = BODY_OF_STATE.exec(u.ref.id)?.[1];
  return code ? `state:${code.toUpperCase()}` : (sectorState(u.ref.id) ?? u.ref.id);
}

/**
 * The state a speaker speaks for: a state, a body or sector of one, an official named by a
 * title that names the state ("وزير الدفاع الإسرائيلي"); undefined for anyone else, whose
 * criticism of his own state's acts is criticism («قال رئيس بلدية إسطنبول إن الحكومة التركية
 * تعرقل عمل البلدية»).
 */
export function speaksFor(v: SentenceView, u: Unit): string | undefined {
  if (u.ref.kind !== "person") return sideOf(u);
  const office = u.office;
  const of = office?.of?.id;
  if (!office || !of) return undefined;
  const named = v.found.some(
    (f) => f.entity.id === of && f.first >= office.first && f.last <= office.last,
  );
  return named ? of : undefined;
}

/** Drafts for acts a speaker judges as wrongdoing (see the top). */
export function judgedDrafts(
  v: SentenceView,
  units: readonly Unit[],
  frames: readonly Frame[],
  w: StanceWords,
  has: (type: string, s: Unit, o: Unit) => boolean,
): Draft[] {
  const out: Draft[] = [];
  for (let i = 2; i < v.tokens.length; i++) {
    if (!judgmentAt(v, i, w) || negatedAt(v, i)) continue;
    const at = w.predicateCopulas.has(tok(v, i - 1).text) ? i - 1 : i;
    // "إن إيران لم تعد تشكل تهديدا": negated before the copula by a verb's negator ("دون
    // اتفاق يمثل" is no negation); "لا تزال تشكل" (still) is not.
    const { negators, noun_negators } = v.words;
    const verbNegator = (j: number) => {
      const x = v.tokens[j]?.text ?? "";
      return j < at && negators.has(x) && !noun_negators.has(x);
    };
    const still = /^[يت]?زال/.test(tok(v, at - 1).text);
    if (at < i && (verbNegator(at - 1) || verbNegator(at - 2)) && !still) continue;
    // The outermost speaker's frame around the clause (غير also opens a clause, "غير أن": the
    // frame is read where the subject is): a verb inside the judged subject is no speaker's
    // («قرار ترامب نقل السفارة» is no report of Trump's).
    const f = clauseFrame(v, frames, at - 1);
    if (!f?.speaker || f.draftType) continue;
    // A judgment is a predicate: right after its subject or a copula, not an object's noun
    // after a determiner or a preposition ("إن إسرائيل ستدفع ثمن أي عدوان على لبنان").
    const before = tok(v, at - 1).text;
    if (at === i && (w.determiners.has(before) || v.words.core_prepositions.has(before))) continue;
    const head = subjectStart(v, f);
    if (head >= at || at - head > CLAUSE_REACH || commaBetween(v, head, at)) continue;
    const blamed = actOwner(v, units, head, at, w);
    if (!blamed || blamed.last >= at) continue;
    const speaker = f.speaker;
    if (speaksFor(v, speaker) === sideOf(blamed) || has("ACCUSE", speaker, blamed)) continue;
    out.push({
      type: "ACCUSE",
      mode: "allege",
      source: speaker,
      target: blamed,
      polarity: f.negates ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: null,
      first: Math.min(speaker.first, head),
      last: i,
      rule: "accuse-judged",
      confidence: 0.55,
    });
  }
  return out;
}
