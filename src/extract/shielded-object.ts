// Actors after a verb of stance that are not what the stance is on: the victim of a killing
// the verb condemns («أدانت فرنسا مقتل الصحفي السعودي جمال خاشقجي» condemns the killers, not
// Khashoggi), and the one an accusation names or a clause after أن speaks of when the verb
// rejects it («رفضت روسيا اتهام سوريا باستخدام الكيميائي»، «رفضت روسيا أن تكون إيران
// مسؤولة»: Russia defends Syria and Iran).
import { isCount, type Tok, tokStems } from "../recognize/segment.js";
import type { RelationType } from "../schema.js";
import { unconjoined } from "./arguments.js";
import type { SentenceView, Unit } from "./units.js";

/** Stances whose object is never the victim of what they are about. */
const VICTIM_SHIELDED: ReadonlySet<RelationType> = new Set(["ACCUSE", "REJECT"]);

/**
 * Whether token `k` is a noun whose genitive takes no part in a stance of `type`: a victim
 * (words.json victim_genitives) for a condemnation or a rejection, the accused
 * (accused_genitives) for a rejection.
 */
export function shieldingNoun(
  v: SentenceView,
  type: RelationType,
  k: number,
  genitiveLast: number,
): boolean {
  const t = v.tokens[k];
  if (!t || doerGenitive(v, k, genitiveLast)) return false;
  const governs = (list: ReadonlySet<string>) =>
    tokStems(t).some((s) => list.has(s.stem) || list.has(s.stem.replace(/^ال/, "")));
  if (VICTIM_SHIELDED.has(type) && governs(v.words.victim_genitives)) return true;
  return type === "REJECT" && governs(v.words.accused_genitives);
}

/**
 * The genitive after the noun at `k` is the one who acts, the victim after it with لـ or the
 * genitive an authority: "اعتقال السلطات الإيرانية للناشطة".
 */
function doerGenitive(v: SentenceView, k: number, genitiveLast: number): boolean {
  if (v.words.authority_heads.has(v.tokens[k + 1]?.text ?? "")) return true;
  const after = v.tokens[genitiveLast + 1]?.text ?? "";
  return after.startsWith("ل") && !v.words.destinations.has(after);
}

/** A number or a word of how many ("مئات"، "عشرات من"). */
const countWord = (v: SentenceView, k: number) => {
  const t = v.tokens[k] as Tok;
  return v.words.quantities.has(t.text) || isCount(t, v.words);
};

/**
 * Whether the verb's object group is no party to its stance: its first member stands right
 * after a shielding noun, or, for a rejection, past a complementizer after the verb.
 */
export function shieldedObject(
  v: SentenceView,
  type: RelationType,
  verbLast: number,
  object: readonly Unit[],
): boolean {
  const u = object[0];
  if (!u) return false;
  // Past a count of the victims: "إجبار مئات اللاجئين السوريين".
  let k = u.first - 1;
  while (k > verbLast + 1 && countWord(v, k)) k--;
  if (shieldingNoun(v, type, k, u.last)) return true;
  if (type !== "REJECT") return false;
  for (let k = verbLast + 1; k < u.first; k++)
    if (v.words.complementizers.has(unconjoined((v.tokens[k] as Tok).text, v.words))) return true;
  return false;
}
