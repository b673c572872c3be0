// Actors after a verb of stance that are not what the stance is on: the victim of a killing
// the verb condemns («أدانت فرنسا مقتل الصحفي السعودي جمال خاشقجي» condemns the killers, not
// Khashoggi), and the one an accusation names or a denied clause after أن speaks of when the
// verb rejects it («رفضت روسيا اتهام سوريا باستخدام الكيميائي»، «نفت روسيا أن تكون إيران
// مسؤولة»: Russia defends Syria and Iran).
import { isCount, type Tok, tokStems } from "../recognize/segment.js";
import type { RelationType } from "../schema.js";
import { unconjoined } from "./arguments.js";
import type { SentenceView, Unit } from "./units.js";

/** Stances whose object is never the victim of what they are about. */
const VICTIM_SHIELDED: ReadonlySet<RelationType> = new Set(["ACCUSE", "REJECT"]);

const stemIn = (t: Tok, list: ReadonlySet<string>) =>
  tokStems(t).some((s) => list.has(s.stem) || list.has(s.stem.replace(/^ال/, "")));

/**
 * Whether token `k` is a noun whose genitive (`genitive`, to `genitiveLast`) takes no part in
 * a stance of `type`: a victim (words.json victim_genitives) for a condemnation or a
 * rejection, the accused (accused_genitives) for a rejection; not when the genitive is the
 * one who acts.
 */
export function shieldingNoun(
  v: SentenceView,
  type: RelationType,
  k: number,
  genitive: Unit,
  genitiveLast: number,
): boolean {
  const t = v.tokens[k];
  if (!t || doerGenitive(v, k, genitive, genitiveLast)) return false;
  if (VICTIM_SHIELDED.has(type) && stemIn(t, v.words.victim_genitives)) return true;
  return type === "REJECT" && stemIn(t, v.words.accused_genitives);
}

/**
 * The genitive after the noun at `k` is the one who acts: a force, a government or an
 * authority («استهداف الطائرات الإسرائيلية»، «قمع النظام الإيراني»; words.json doer_heads),
 * or the victim follows with لـ («اعتقال السلطات الإيرانية للناشطة»، «اتهام السعودية والإمارات
 * لها»), or a state with a bare object after it («احتجاز إيران ناقلة بريطانية»، «إجبار الصين
 * مئات الآلاف»).
 */
export function doerGenitive(
  v: SentenceView,
  k: number,
  genitive: Unit,
  genitiveLast: number,
): boolean {
  const head = v.tokens[k + 1];
  if (head && stemIn(head, v.words.doer_heads)) return true;
  const after = v.tokens[genitiveLast + 1];
  if (!after) return false;
  if (after.text.startsWith("ل") && !v.words.destinations.has(after.text)) return true;
  // A state named right after the noun, not a nisba describing its genitive («مقتل الصحفي
  // السعودي جمال خاشقجي»).
  return (
    genitive.ref.kind === "state" &&
    genitive.first === k + 1 &&
    !genitive.found.adjective &&
    bareObject(v, genitiveLast + 1)
  );
}

/** A bare noun right after token `k - 1`: no preposition, time word or punctuation first. */
function bareObject(v: SentenceView, k: number): boolean {
  const t = v.tokens[k] as Tok;
  const prev = v.tokens[k - 1] as Tok;
  if (!/^\s+$/.test(v.norm.slice(prev.end, t.start))) return false;
  const text = unconjoined(t.text, v.words);
  if (text !== t.text || /^[بلكف]/.test(t.text)) return false;
  const w = v.words;
  return !(
    w.core_prepositions.has(text) ||
    w.weekdays.has(text) ||
    w.complementizers.has(text) ||
    w.relatives.has(text) ||
    w.manner_words.has(text) ||
    w.fillers.has(text) ||
    w.stopwords.has(text)
  );
}

/** A number or a word of how many ("مئات"، "عشرات من"). */
const countWord = (v: SentenceView, k: number) => {
  const t = v.tokens[k] as Tok;
  return v.words.quantities.has(t.text) || isCount(t, v.words);
};

/**
 * Whether the verb's object group is no party to its stance: its first member stands right
 * after a shielding noun (past a count), or a denial's complementizer stands before it, or a
 * rejection's before a copula of blame («رفضت روسيا أن تكون إيران مسؤولة»; not «رفضت أن تلعب
 * إيران دورا», which rejects Iran's role).
 */
export function shieldedObject(
  v: SentenceView,
  type: RelationType,
  denies: boolean,
  verbLast: number,
  object: readonly Unit[],
): boolean {
  const u = object[0];
  if (!u) return false;
  const groupLast = Math.max(...object.map((x) => x.last));
  let k = u.first - 1;
  while (k > verbLast + 1 && countWord(v, k)) k--;
  if (shieldingNoun(v, type, k, u, groupLast)) return true;
  if (type !== "REJECT") return false;
  for (let j = verbLast + 1; j < u.first; j++) {
    if (!v.words.complementizers.has(unconjoined((v.tokens[j] as Tok).text, v.words))) continue;
    return denies || v.words.blame_copulas.has(v.tokens[j + 1]?.text ?? "");
  }
  return false;
}
