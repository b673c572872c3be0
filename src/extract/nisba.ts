// A state that takes part only through its nisba adjective: the owner of a noun ("الغزو
// الروسي"), of victims ("فلسطينيا"), of what a stance is about ("العقوبات الأمريكية"), and the
// لـ owner of a journey whose destination follows.
import { adjacent } from "../recognize/found.js";
import { isCount, type Tok } from "../recognize/segment.js";
import type { RelationType } from "../schema.js";
import { normPrep, prepOf, unconjoined } from "./arguments.js";
import type { Lexicon, NounEntry, VerbEntry } from "./lexicon.js";
import { pastManner } from "./manner.js";
import type { Trigger } from "./scope.js";
import { actorNisba, type SentenceView, type Unit, unitOf } from "./units.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

/**
 * A nisba right after a noun names its owner: "الغزو الروسي لأوكرانيا", "العقوبات الأمريكية
 * على إيران", "العقوبات الأوروبية" (a state's or an organisation's) (one more adjective may stand between: "التدخل العسكري الروسي").
 */
export function nisbaOwner(v: SentenceView, t: Pick<Trigger, "last">): Unit | undefined {
  for (let k = t.last + 1; k <= t.last + 2 && k < v.tokens.length; k++) {
    const f = v.byFirst.get(k);
    if (actorNisba(f)) return unitOf(f);
    if (f || !tok(v, k).text.startsWith("ال")) return undefined;
  }
  return undefined;
}

/** A state's nisba ending up to three words before `first` ("فلسطينيا" of the victims). */
export function nisbaBefore(v: SentenceView, first: number): Unit | undefined {
  for (let k = first - 1; k >= 0 && first - k <= 3; k--) {
    const f = v.byLast.get(k);
    if (f?.adjective && f.entity.kind === "state") {
      return unitOf(f);
    }
    if (f) return undefined;
  }
  return undefined;
}

/** Stances whose object a state's nisba may name ("رفضت إيران العقوبات الأمريكية"). */
const NISBA_OBJECT_TYPES = new Set<RelationType>(["ACCUSE", "REJECT", "SUPPORT"]);

/**
 * A stance taken on what a state did or holds: the object right after the verb (or its
 * subject) is a definite noun with that state's nisba ("رفض لافروف العقوبات الأمريكية",
 * "أدانت مصر القصف الإسرائيلي", "رحب بالقرار الفرنسي"); the state is the object. Only a
 * direct object or one after ب, and never when an actor is named right there.
 */
export function nisbaObject(
  v: SentenceView,
  lex: Lexicon,
  units: Unit[],
  from: number,
  entry: VerbEntry,
): Unit[] | null {
  const accepted = entry.type === "AGREE" && entry.mode === "accept";
  if (!NISBA_OBJECT_TYPES.has(entry.type) && !accepted) return null;
  const manner = pastManner(v, lex, from, entry.type);
  const called = soCalledEnd(v, manner);
  // «وافقت إسرائيل على المقترح المصري»: what is accepted follows على, written apart.
  const on =
    accepted && v.words.accept_prepositions.has(v.tokens[manner]?.text ?? "") ? manner + 1 : null;
  const after = called ?? on ?? manner;
  if (after >= v.tokens.length) return null;
  if (units.some((u) => u.first === after)) return null;
  const text = unconjoined(tok(v, after).text, v.words);
  // After «ما وصفته بـ» the noun is the verb's object whatever preposition it carries.
  const definite =
    text.startsWith("ال") && (entry.preps.includes("") || called !== null || on !== null);
  const withB =
    text.startsWith("بال") && (entry.preps.some((p) => normPrep(p) === "ب") || called !== null);
  if (!definite && !withB && !indefiniteWithNisba(v, after, entry)) return null;
  const owner = nisbaOwner(v, { last: after });
  // Right after its noun: "الاتفاق النووي الإيراني" is a deal, not Iran's doing.
  return owner && owner.first === after + 1 ? [owner] : null;
}

/**
 * Past «(بـ)ما وصفه» or «ما سمته» («ندد الاتحاد الأوروبي بما وصفه بالقمع الإيراني»): the
 * noun the speaker names this way is the stance's object. The index after them, or null.
 */
function soCalledEnd(v: SentenceView, at: number): number | null {
  const what = v.tokens[at];
  const called = v.tokens[at + 1];
  if (!what || !called || !v.words.so_called_relatives.has(what.text)) return null;
  if (!v.words.so_called_verbs.has(called.text)) return null;
  // «بـ» written apart before a quotation («ما وصفه بـ"الإرهاب الإسرائيلي"»).
  return v.tokens[at + 2]?.text === "ب" ? at + 3 : at + 2;
}

/**
 * "رفضت إيران طلبا أمريكيا"، "انتقدت روسيا دعوة فرنسية": an indefinite object in the
 * accusative (ا) or feminine (ة), a noun of a state's act, with an indefinite nisba right
 * after it.
 */
function indefiniteWithNisba(v: SentenceView, at: number, entry: VerbEntry): boolean {
  const t = tok(v, at);
  if (t.text.startsWith("ال") || isCount(t, v.words)) return false;
  if (!t.text.endsWith("ا") && !t.text.endsWith("ه")) return false;
  // What a state does or puts forward, not a film, a ship or a tourist of its nationality
  // (words.json state_act_nouns).
  const bare = t.text.endsWith("ا") ? t.text.slice(0, -1) : t.text;
  // After ب when the verb takes it: «رحبت قطر بمبادرة كويتية».
  const withB = bare.startsWith("ب") && entry.preps.some((p) => normPrep(p) === "ب");
  const noun = withB && !v.words.state_act_nouns.has(bare) ? bare.slice(1) : bare;
  if (!v.words.state_act_nouns.has(noun) || (noun === bare && !entry.preps.includes("")))
    return false;
  const nisba = v.byFirst.get(at + 1);
  return actorNisba(nisba) && !tok(v, at + 1).text.startsWith("ال");
}

/**
 * A stance noun's لـ on what a state did or holds: "رفضها للعقوبات الأمريكية", "رفضها
 * القاطع للعملية الإسرائيلية" (one adjective may stand before it). The state of the nisba,
 * right after its noun, is the one the stance is towards.
 */
export function nisbaAfterL(
  v: SentenceView,
  units: Unit[],
  from: number,
  n: NounEntry,
): { unit: Unit; group: Unit[] } | null {
  if (!NISBA_OBJECT_TYPES.has(n.type)) return null;
  for (let k = from; k <= from + 1 && k < v.tokens.length; k++) {
    if (units.some((u) => u.first <= k && k <= u.last)) return null;
    const text = unconjoined(tok(v, k).text, v.words);
    if (text.startsWith("لل")) {
      const owner = nisbaOwner(v, { last: k });
      return owner && owner.first === k + 1 ? { unit: owner, group: [owner] } : null;
    }
    if (!text.startsWith("ال")) return null;
  }
  return null;
}

/**
 * "الرحلة الأخيرة للزعيم الكوري الشمالي ... إلى روسيا": after a definite noun (and one
 * adjective), لـ marks the owner when إلى names the destination further on. Not after a noun
 * of asking, whose لـ is the one asked ("وجهت الدعوة لبوتين لحضور الزفاف").
 */
export function lOwner(
  v: SentenceView,
  units: Unit[],
  t: Trigger,
  frame: string,
): Unit | undefined {
  if (
    frame !== "genitive-to" ||
    t.noun?.type === "REQUEST" ||
    !tok(v, t.first)
      .text.replace(/^[وفبل]/, "")
      .startsWith("ال")
  )
    return undefined;
  const u = units.find(
    (x) => (x.first === t.last + 1 || x.first === t.last + 2) && prepOf(v, x) === "ل",
  );
  if (!u) return undefined;
  if (u.first === t.last + 2 && !tok(v, t.last + 1).text.startsWith("ال")) return undefined;
  const dest = units.some(
    (x) => x.first > u.last && x.first <= u.last + 8 && prepOf(v, x) === "الي",
  );
  return dest ? u : undefined;
}

/** How far after على or ضد the noun a protest is against may carry its state's nisba. */
const AGAINST_NISBA_REACH = 5;

/**
 * A protest against what a state did or holds: "احتج المتظاهرون على صفقة بيع أسلحة ألمانية
 * لتركيا"، "احتجاجا ضد العملية العسكرية التركية". The first nisba of a state or organisation
 * within a few words after على or ضد (at `from` or the word after), no actor before it, is
 * the one protested against.
 */
export function nisbaAfterAgainst(
  v: SentenceView,
  units: readonly Unit[],
  from: number,
): Unit | null {
  let k = from;
  while (
    k <= from + 1 &&
    !v.words.against_prepositions.has(unconjoined(tok(v, k)?.text ?? "", v.words))
  )
    k++;
  if (k > from + 1 || k >= v.tokens.length) return null;
  for (let j = k + 1; j <= k + AGAINST_NISBA_REACH && j < v.tokens.length; j++) {
    if (!adjacent(v.norm, tok(v, j - 1).end, tok(v, j).start)) return null;
    const f = v.byFirst.get(j);
    // Of a thing, not of people counted ("ترحيل نحو خمسين مهاجرا أفغانيا"): no count before
    // it, and no plural or accusative nisba, which name persons.
    if (actorNisba(f)) return /(ين|ون|يا)$/.test(tok(v, j).text) ? null : unitOf(f);
    if (units.some((u) => u.first <= j && j <= u.last)) return null;
    if (isCount(tok(v, j), v.words)) return null;
  }
  return null;
}
