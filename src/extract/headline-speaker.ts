// "بلينكن: روسيا تقدم الدعم ..."، "قرقاش: الإمارات فندت مزاعم قطر": a headline (or a sentence)
// that opens with an actor and a colon is that actor's statement. The actor is the speaker of
// what follows, as after a verb of saying, so what the rest relates is attributed to it.
import type { Tok } from "../recognize/segment.js";
import { prepOf } from "./arguments.js";
import type { SentenceScope } from "./scope.js";
import type { Unit } from "./units.js";

/** How many words may stand before the speaker ("(جديد 2) بلينكن:" , "عاجل | لافروف:"). */
const SPEAKER_START = 3;
/** Words the statement needs after the colon to be one. */
const STATEMENT_WORDS = 3;

/** The unit that opens the sentence and a colon closes, when no trigger stands before it. */
function openingSpeaker(s: SentenceScope): Unit | null {
  const { v, units } = s;
  const u = units.find((x) => !x.place);
  // Persons and bodies speak; a state or a place before a colon is mostly the news's place
  // ("فرنسا: صدامات بين متظاهرين وقوات الأمن"، "فنلندا: طرد أحد الدبلوماسيين الروس").
  if (!u || u.first > SPEAKER_START || (u.ref.kind !== "person" && u.ref.kind !== "organization"))
    return null;
  if (prepOf(s.v, u) !== "") return null;
  if (units.some((x) => x.first < u.first)) return null;
  if (s.triggers.some((t) => t.first <= u.last)) return null;
  const next = v.tokens[u.last + 1] as Tok | undefined;
  if (!next || v.tokens.length - (u.last + 1) < STATEMENT_WORDS) return null;
  const gap = v.norm.slice((v.tokens[u.last] as Tok).end, next.start);
  return /^\s*[:؛]\s*$/.test(gap) ? u : null;
}

/** Opens the speaker's frame over the rest of the sentence. */
export function headlineSpeaker(s: SentenceScope): void {
  const u = openingSpeaker(s);
  if (!u) return;
  s.frames.push({
    speaker: u,
    subjects: [u],
    from: u.last + 1,
    to: s.v.tokens.length,
    negates: false,
    accused: null,
    draftType: null,
    mode: null,
    verbFirst: u.first,
  });
}
