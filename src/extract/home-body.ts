// "الحكومة" and "السلطات" with no state named after them are the government or authorities of
// the state the article is about, when one dominates it (src/recognize/home-state.ts): "ودعت
// المعارضة الحكومة إلى الاستقالة" in an article about Kenya, "واعتقلت السلطات الناشطة" in one
// about Iran. The word stands as an actor over itself (a unit), the state acting. Not when a
// state, nisba or organisation follows ("الحكومة البريطانية" is read by its nisba, "السلطات في
// دمشق" by units.ts), nor inside an office ("رئيس الحكومة"، "المتحدث باسم الحكومة"), nor one
// yet to be formed ("تشكيل الحكومة"). Words: words.json "home_bodies", "forming_nouns".
import { homeStateOf } from "../recognize/home-state.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import { synthetic } from "./coref.js";
import { hasBare, isTitleHead, type SentenceView, type Unit } from "./units.js";

/** Units for the article's own government or authorities (see the top). */
export function homeBodyUnits(
  v: SentenceView,
  covered: ReadonlyArray<unknown>,
  units: readonly Unit[],
): Unit[] {
  const w = v.words;
  const out: Unit[] = [];
  let home: ReturnType<typeof homeStateOf> | undefined;
  for (let i = 0; i < v.tokens.length; i++) {
    const t = v.tokens[i] as Tok;
    // With its proclitics read off ("للحكومة"، "والسلطات").
    if (covered[i] || !tokStems(t).some((x) => w.home_bodies.has(x.stem))) continue;
    // A state, nisba or organisation right after names whose body it is.
    if (v.byFirst.has(i + 1) || units.some((u) => u.first === i + 1)) continue;
    if (v.tokens[i + 1]?.text === "في") continue;
    const prev = v.tokens[i - 1];
    if (prev && (isTitleHead(prev, w) || hasBare(w.office_possessives, prev.text))) continue;
    // "تشكيل الحكومة": a government yet to be formed does nothing.
    if (prev && w.forming_nouns.has(prev.text.replace(/^[وفبل]/, ""))) continue;
    if (units.some((u) => u.first <= i && i <= u.last)) continue;
    home ??= homeStateOf(v.tokens);
    if (!home) return out;
    out.push(synthetic(v, i, i, [home], "home-body"));
  }
  return out;
}
