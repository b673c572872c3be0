// An act undergone: a verb of undergoing (تعرض، يتعرض) takes the act with لـ, and its doer
// comes after it with من (or من قبل، على يد، برصاص), or as the subject of a verb that resumes
// the act ("تعرضت دورية للجيش لهجوم شنه مسلحون"):
//   "تعرضت دورية للجيش اللبناني لإطلاق نار من مسلحين مجهولين"  -> gunmen ASSAULT the army
//   "تعرض ناشطون للاعتقال على يد قوات الأمن المصرية"            -> Egypt COERCE activists
// The subject of the verb (after it, or right before it) is the victim; an actor that owns
// what is hit stands for it, as in the attack verbs' objects ("دورية للجيش"). Without a doer
// there is no relation ("تعرض الموكب لهجوم"). The verb forms are the accusation frames' (which
// read criticism undergone, frames-stance.ts); the acts are the conflict nouns.
import { type Tok, tokStems } from "../recognize/segment.js";
import type { RelationType } from "../schema.js";
import { undergoVerbs } from "./frames-accuse.js";
import { conflictWords, nisbaObject } from "./frames-conflict.js";
import type { Lexicon } from "./lexicon.js";
import { type Draft, frameAround, type SentenceScope } from "./scope.js";
import { hasBare, type SentenceView, type Unit } from "./units.js";

/** How far after the verb the act may stand (its subject between: "دورية للجيش اللبناني"). */
const ACT_REACH = 6;
/** How far after the act its doer may stand ("لإطلاق نار كثيف من"). */
const DOER_REACH = 4;

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
const bare = (stem: string) => stem.replace(/^ال/, "");

interface Act {
  type: RelationType;
  mode: string | null;
}
const ATTACK: Act = { type: "ASSAULT", mode: "attack" };

/** The act at token `i`, written with لـ ("لهجوم", "للاعتقال", "لإطلاق نار"), or null. */
function actAt(v: SentenceView, i: number): Act | null {
  const t = tok(v, i);
  // The readings of the token without its لـ (and a و / ف before it): "للاعتقال" -> الاعتقال.
  for (const st of tokStems(t)) {
    if (!/^[وف]?ل$/.test(t.text.slice(0, st.prefixLength))) continue;
    // "لم تتعرض لأي هجوم": the act after "لأي".
    const any = st.stem === "اي" && i + 1 < v.tokens.length;
    const act = actNamed(v, any ? i + 1 : i, any ? bare(tok(v, i + 1).text) : bare(st.stem));
    if (act) return act;
  }
  return null;
}

/** The act a word names (without its article), the word at `at` or the two from it. */
function actNamed(v: SentenceView, at: number, word: string): Act | null {
  const w = conflictWords();
  const head = w.heads.get(word);
  if (head && !head.ref) return { type: head.type, mode: head.mode };
  if (w.casualtyNouns.has(word) || w.attackOn.has(word)) return ATTACK;
  const next = v.tokens[at + 1];
  if (next && w.fire.has(`${word} ${next.text}`)) return ATTACK;
  return null;
}

/** A verb that resumes the act with its pronoun: "لهجوم شنه مسلحون"، "لغارة شنتها طائرات". */
function resumes(lex: Lexicon, text: string): boolean {
  return (lex.verbs.get(text) ?? []).some((f) => f.entry.resumptive);
}

/**
 * The doer after the act at `i`: after من, من قبل، على يد, a weapon of the agent, or the verb
 * that resumes the act ("لهجوم شنه مسلحون").
 */
function doerAfter(lex: Lexicon, v: SentenceView, units: Unit[], i: number): Unit | null {
  const w = conflictWords();
  for (const u of units) {
    if (u.first <= i || u.place) continue;
    if (u.first > i + DOER_REACH + 1) return null;
    const before = tok(v, u.first - 1).text;
    const two = u.first >= 2 ? `${tok(v, u.first - 2).text} ${before}` : "";
    const marked =
      before === "من" ||
      w.agentMarkers.some((m) => m.join(" ") === two || m.join(" ") === before) ||
      hasBare(w.agentWeapons, tok(v, u.first - 1).text) ||
      resumes(lex, before.replace(/^[وف]/, ""));
    return marked ? u : null;
  }
  return null;
}

/** How far before the في of a place phrase the actor it places may end. */
const PLACED_REACH = 3;

/**
 * The subject of the verb at `j`: an actor between it and the act, or right before it; past a
 * phrase that places that actor («القوات الأمريكية المنتشرة في شرق سوريا تعرضت لهجوم»: the
 * forces, not Syria).
 */
function subjectOf(v: SentenceView, units: Unit[], j: number, act: number): Unit | null {
  const after = units.find((u) => u.first > j && u.last < act && !u.place);
  if (after) return after;
  const before = units.find((u) => u.last === j - 1 && !u.place);
  if (!before) return null;
  const at = [before.first - 1, before.first - 2].find((k) => tok(v, k)?.text === "في");
  if (at === undefined) return before;
  return units.findLast((u) => u.last < at && at - u.last <= PLACED_REACH && !u.place) ?? before;
}

/** Adds the acts undergone in the sentence to its drafts. */
export function undergoneDrafts(s: SentenceScope): void {
  const { v, units, frames, drafts } = s;
  const verbs = undergoVerbs();
  for (let j = 0; j < v.tokens.length; j++) {
    if (!hasBare(verbs, tok(v, j).text)) continue;
    let act = -1;
    let found: Act | null = null;
    for (let i = j + 1; i <= j + ACT_REACH && i < v.tokens.length && !found; i++) {
      found = actAt(v, i);
      act = i;
    }
    if (!found) continue;
    const { type, mode } = found;
    // "تعرضت السفارة الأمريكية لهجوم": what a state owns, named by its nisba, stands for it.
    const owned = nisbaObject(v, units, j + 1, j);
    const victim = subjectOf(v, units, j, act) ?? (owned && owned.last < act ? owned : null);
    const doer = doerAfter(s.lex, v, units, act);
    if (!victim || !doer || victim.ref.id === doer.ref.id) continue;
    const dup = drafts.some(
      (d) =>
        d.type === type && d.source.ref.id === doer.ref.id && d.target.ref.id === victim.ref.id,
    );
    if (dup) continue;
    const frame = frameAround(frames, j);
    const negated =
      (frame?.negates ?? false) || (j > 0 && v.words.negators.has(tok(v, j - 1).text));
    const draft: Draft = {
      type,
      mode,
      source: doer,
      target: victim,
      polarity: negated ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: frame?.speaker ?? null,
      first: Math.min(j, victim.first),
      last: doer.last,
      rule: "conflict-undergone",
      confidence: 0.6,
    };
    drafts.push(draft);
  }
}
