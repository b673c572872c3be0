// ROLE from appointments: "عُيّن جيرمي هانت وزيرا للخارجية البريطانية", "تعيين X سفيرا لفرنسا",
// "انتخب X رئيسا للحزب", with "خلفا لـ Y" giving the predecessor the same office. The office is
// the accusative title after the name (a title head + ا: وزيرا، رئيسا، سفيرا) and whatever
// state or organisation its words name; without one, the state of the one who appoints.
import type { Kb } from "../kb/kb.js";
import type { Found } from "../recognize/found.js";
import { APPOINTMENT_REACH, accusativeTitle } from "../recognize/patterns.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import { wordTest } from "../recognize/word-test.js";
import type { EntityRef } from "../schema.js";
import type { Words } from "../text/words.js";
import { officeRoles } from "./office-roles.js";
import { officeOf, type SentenceView, type Unit } from "./units.js";

export interface AppointedRole {
  unit: Unit;
  of: EntityRef;
  /** Token range of the title ("وزيرا للخارجية البريطانية"). */
  titleFirst: number;
  titleLast: number;
}

// Asked of every token of every sentence; answered once per distinct word.
const isAppointment = wordTest((t: Tok, w: Words) =>
  tokStems(t).some((s) => w.appointment_words.has(s.stem)),
);

/**
 * The title's words after its accusative head: definite words, title links, words with ل
 * ("للخارجية"، "لوزراء"), and states or organisations (the first not after لدى/إلى/في owns
 * it). Returns the last token and the owner.
 */
function titlePhrase(
  v: SentenceView,
  head: number,
  w: Words,
): { last: number; owner: Found | null } {
  let k = head + 1;
  let owner: Found | null = null;
  while (k < v.tokens.length && k - head <= 7) {
    const t = v.tokens[k] as Tok;
    const prev = v.tokens[k - 1] as Tok;
    if (v.norm.slice(prev.end, t.start).trim() !== "") break;
    const f: Found | undefined = v.byFirst.get(k);
    if (f) {
      if (f.entity.kind === "person") break;
      const dest = w.destinations.has(prev.text);
      if (!owner && !dest && (f.entity.kind === "state" || f.entity.kind === "organization"))
        owner = f;
      k = f.last + 1;
      continue;
    }
    const word = t.text.replace(/^(لل|ل)/, "ال");
    if (
      (word.startsWith("ال") && !w.stopwords.has(word) && !w.weekdays.has(word)) ||
      w.title_links.has(t.text)
    ) {
      k++;
      continue;
    }
    break;
  }
  // A title ends on a word of its own, not on a link ("... صندوق الثروة في").
  let last = k - 1;
  while (last > head && w.title_links.has((v.tokens[last] as Tok).text)) last--;
  return { last, owner };
}

/**
 * The state of the one who appoints: the nearest state or official of one before the word,
 * else the subject after it ("عين الرئيس التركي نفسه رئيسا").
 */
function appointer(units: Unit[], at: number, appointee: Unit): EntityRef | null {
  const served = (u: Unit) =>
    u.ref.kind === "state" ? u.ref : u.office?.of?.id.startsWith("state:") ? u.office.of : null;
  const before = units.findLast((u) => u.last < at && !u.place);
  if (before) return served(before);
  const after = units.find((u) => u.first > at && !u.place);
  return after && after.last <= appointee.last ? served(after) : null;
}

export function appointedRoles(kb: Kb, v: SentenceView, units: Unit[]): AppointedRole[] {
  const w = v.words;
  const out: AppointedRole[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    if (!isAppointment(v.tokens[i] as Tok, w)) continue;
    const head = titleAfter(v, i, w);
    if (head < 0) continue;
    // The appointee: the last person between the word and the title ("عين الرئيس الفرنسي
    // إيمانويل ماكرون X وزيرا": X, not the one who appoints).
    const unit = [...units]
      .reverse()
      .find((u) => u.ref.kind === "person" && u.first > i && u.last < head);
    if (!unit || !appositionOnly(v, unit.last + 1, head, w)) continue;
    const phrase = titlePhrase(v, head, w);
    const owner = phrase.owner ? officeOf(kb, [phrase.owner], null, v.date) : null;
    const of = owner ?? appointer(units, i, unit);
    if (!of || of.id === unit.ref.id) continue;
    out.push({ unit, of, titleFirst: head, titleLast: phrase.last });
    // "خلفا لـ Y": the predecessor held the same office.
    const before = predecessor(v, units, phrase.last + 1);
    if (before && before.ref.id !== unit.ref.id)
      out.push({ unit: before, of, titleFirst: head, titleLast: phrase.last });
    i = phrase.last;
  }
  // A headline's appointment has no verb: "جيرمي هانت وزيرا لخارجية بريطانيا"; the title
  // must then name its state or organisation.
  for (const unit of units) {
    const head = unit.last + 1;
    if (unit.ref.kind !== "person" || out.some((r) => r.unit === unit)) continue;
    const t = v.tokens[head];
    if (!t || !accusativeTitle(t, w) || v.byFirst.has(head)) continue;
    if (v.norm.slice((v.tokens[unit.last] as Tok).end, t.start).trim() !== "") continue;
    const phrase = titlePhrase(v, head, w);
    const of = phrase.owner ? officeOf(kb, [phrase.owner], null, v.date) : null;
    if (!of || of.id === unit.ref.id) continue;
    out.push({ unit, of, titleFirst: head, titleLast: phrase.last });
    const before = predecessor(v, units, phrase.last + 1);
    if (before && before.ref.id !== unit.ref.id)
      out.push({ unit: before, of, titleFirst: head, titleLast: phrase.last });
  }
  // Offices stated outside appositions ("الذي يقوده X"، "وهو رئيس ..."): office-roles.ts.
  for (const r of officeRoles(kb, v, units))
    if (!out.some((o) => o.unit === r.unit && o.of.id === r.of.id)) out.push(r);
  return out;
}

/** The first accusative title within reach of the appointing word, or -1. */
function titleAfter(v: SentenceView, i: number, w: Words): number {
  for (let k = i + 2; k <= i + APPOINTMENT_REACH && k < v.tokens.length; k++) {
    if (accusativeTitle(v.tokens[k] as Tok, w) && !v.byFirst.has(k)) return k;
    if (w.clause_breaks.has((v.tokens[k] as Tok).text)) return -1;
  }
  return -1;
}

/**
 * Between the appointee and the title only an apposition may stand ("، وزير الصحة،") or a
 * reflexive ("عين الرئيس نفسه رئيسا").
 */
function appositionOnly(v: SentenceView, from: number, to: number, w: Words): boolean {
  for (let k = from; k < to; k++) {
    const t = v.tokens[k] as Tok;
    const f = v.byFirst.get(k);
    if (f) {
      if (f.entity.kind === "person") return false;
      k = f.last;
      continue;
    }
    const ok =
      tokStems(t).some((s) => w.title_heads.has(s.stem)) ||
      t.text.startsWith("ال") ||
      w.title_links.has(t.text) ||
      w.stopwords.has(t.text); // "نفسه": the one who appoints names himself
    if (!ok) return false;
  }
  return true;
}

/**
 * "خلفا لبوريس جونسون"، "بدلا من ديفيد ديفيس": the person replaced, right after the title (a
 * comma may stand between).
 */
function predecessor(v: SentenceView, units: Unit[], from: number): Unit | null {
  for (let k = from; k <= from + 1 && k < v.tokens.length; k++) {
    const t = (v.tokens[k] as Tok).text.replace(/^و/, "");
    const instead = t === "بدلا" && v.tokens[k + 1]?.text === "من";
    if (t !== "خلفا" && !instead) continue;
    const at = instead ? k + 2 : k + 1;
    const u = units.find((x) => x.first === at && x.ref.kind === "person");
    if (!u) return null;
    // خلفا takes ل on the name or its title ("لبوريس"، "للرئيس").
    const lead = (v.tokens[u.first] as Tok).text;
    return instead || lead.startsWith("ل") ? u : null;
  }
  return null;
}
