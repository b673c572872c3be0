// "قال ترامب إن بلاده ستنسحب من الاتفاق"، "وأكدت الوزيرة أن بلادها سترسل قوات"، "أعلن ترامب
// انسحاب بلاده من الاتفاق": his or her country, in what a verb of saying reports (after its
// complementizer, as the genitive of a noun of what a state does, or after a preposition), is the state the speaker speaks for. It stands as
// an actor of the reported clause (a unit over the word), so the clause's verbs and nouns find
// their subject or owner there. The state is the speaker itself when a state speaks, else the
// state of the speaker's office in the sentence, else the one state of the speaker's offices
// in the KB on the article's date; with none of these, or no speaker, the word names no one.
// Not after a locative word ("في بلاده"، "إلى بلاده": a place). Words: words.json
// "own_country", "locative".
import type { Kb } from "../kb/kb.js";
import { refOf, rolesOn } from "../kb/kb.js";
import type { Tok } from "../recognize/segment.js";
import type { EntityRef } from "../schema.js";
import { synthetic } from "./coref.js";
import { heldOffice, type SentenceView, type Unit } from "./units.js";

/** How far before the complementizer the verb of saying may stand (its subject between). */
const SPEECH_REACH = 12;

const bare = (t: string) => t.replace(/^[وف](?=.)/, "");

/** The state a speaker speaks for: itself, its office's state, or its office in the KB. */
function stateOf(kb: Kb, u: Unit, date: string | null): EntityRef | null {
  if (u.ref.kind === "state") return u.ref;
  const held = heldOffice(u);
  if (held?.kind === "state") return held;
  if (u.ref.kind !== "person") return null;
  const e = kb.entities.get(u.ref.id);
  const states = new Set(
    (e ? rolesOn(e, date) : []).map((r) => r.of).filter((id) => id.startsWith("state:")),
  );
  const [only] = states;
  const state = states.size === 1 && only ? kb.entities.get(only) : undefined;
  return state ? refOf(state) : null;
}

/** The subject of the verb of saying at `verb`: right after it, else right before it. */
function speakerOf(
  v: SentenceView,
  units: readonly Unit[],
  verb: number,
  end: number,
): Unit | null {
  // A person's unit starts at the name; the office before it opens the subject.
  const opens = (u: Unit) => Math.min(u.first, u.office?.first ?? u.first);
  const after = units.find(
    (u) => !u.place && opens(u) > verb && opens(u) <= verb + 2 && u.last < end,
  );
  if (after && !/^[بل]/.test((v.tokens[opens(after)] as Tok).text)) return after;
  const before = units.findLast((u) => !u.place && u.last < verb);
  return before && verb - before.last <= 2 ? before : null;
}

/** Units for "بلاده" and its kind in what a verb of saying reports (see the top). */
export function ownCountryUnits(
  kb: Kb,
  v: SentenceView,
  covered: ReadonlyArray<unknown>,
  units: readonly Unit[],
): Unit[] {
  const w = v.words;
  const out: Unit[] = [];
  for (let i = 1; i < v.tokens.length; i++) {
    if (covered[i] || !w.own_country.has((v.tokens[i] as Tok).text)) continue;
    const that = i - 1;
    const prev = (v.tokens[that] as Tok).text;
    // After a preposition that is no word of place ("على بلاده"), or as the genitive of a
    // noun of what a state does ("انسحاب بلاده"، "قرار بلاده"; not "أعداء بلاده").
    const object = w.core_prepositions.has(bare(prev)) && !w.locative.has(bare(prev));
    const genitive = !covered[that] && w.own_country_heads.has(bare(prev).replace(/^ال/, ""));
    if (!w.complementizers.has(bare(prev)) && !object && !genitive) continue;
    let verb = -1;
    for (let k = that - 1; k >= 0 && k >= that - SPEECH_REACH; k--)
      if (w.speech_verbs.has((v.tokens[k] as Tok).text)) {
        verb = k;
        break;
      }
    if (verb < 0) continue;
    const speaker = speakerOf(v, units, verb, that);
    // Another actor between the speaker and the word may be whose country it is ("قال ترامب
    // إن بوتين أبلغه بأن بلاده ..."): none is chosen.
    // (As an object, "تفرض عقوبات على بلاده", the actor between is the verb's subject.)
    const between =
      !object &&
      units.some(
        (u) => speaker && u !== speaker && !u.place && u.first > speaker.last && u.last < that,
      );
    const state = speaker && !between ? stateOf(kb, speaker, v.date) : null;
    if (state) out.push(synthetic(v, i, i, [state], "own-country"));
  }
  return out;
}
