// A veto or a vote against a draft resolution rejects whoever drafted it: "استخدمت الولايات
// المتحدة حق النقض ضد مشروع قرار قدمته الجزائر", "استخدمت واشنطن الفيتو ضد مشروع قرار
// برازيلي", "أسقطت روسيا والصين مشروعا أمريكيا", "صوتت فرنسا ضد مشروع القرار الروسي". The
// drafter is a state's nisba on the draft, or the actor after a verb of drafting that carries
// the draft's pronoun (قدمته، صاغته، تقدمت به): words.json "veto_words", "draft_words",
// "draft_blocking_verbs", "drafting_verbs".
import type { Tok } from "../recognize/segment.js";
import { tokStems } from "../recognize/segment.js";
import { prepOf } from "./arguments.js";
import { modalityAt, negatedAt } from "./modality.js";
import { hasDraft, type SentenceScope } from "./scope.js";
import {
  coordinatedAfter,
  coordinatedBefore,
  type SentenceView,
  type Unit,
  unitOf,
} from "./units.js";

/** How far before the veto word its user may stand ("استخدمت الولايات المتحدة، اليوم، الفيتو"). */
const USER_REACH = 8;
/** How far after the veto word (or the blocking verb's subject) the draft may stand. */
const DRAFT_REACH = 7;
/** How far a further draft "ضد مشروع ..." of the same veto may stand ("ثم ... ضد مشروع قرار إماراتي"). */
const FURTHER_REACH = 25;

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
const isIn = (set: ReadonlySet<string>, t: Tok | undefined) =>
  !!t && tokStems(t).some((st) => set.has(st.stem));

/**
 * The draft words a veto or vote at `from` is aimed at: the first within DRAFT_REACH, and any
 * further one right after ضد ("ثم في الثامن من ديسمبر ضد مشروع قرار إماراتي").
 */
function draftsAt(v: SentenceView, from: number): number[] {
  const out: number[] = [];
  for (let k = from; k < v.tokens.length && k <= from + FURTHER_REACH; k++) {
    if (!isIn(v.words.draft_words, tok(v, k))) continue;
    if ((out.length === 0 && k <= from + DRAFT_REACH) || v.tokens[k - 1]?.text === "ضد")
      out.push(k);
  }
  return out;
}

/**
 * Who drafted the draft at `d`: a state's nisba on it ("مشروع قرار برازيلي"، "مشروعا أمريكيا"،
 * "مشروع القرار الروسي"), else the actor after a drafting verb that carries its pronoun.
 */
function drafter(v: SentenceView, units: readonly Unit[], d: number): Unit | null {
  for (let k = d + 1; k <= d + 2 && k < v.tokens.length; k++) {
    const f = v.byFirst.get(k);
    if (f?.adjective && f.entity.kind === "state" && f.first === f.last) return unitOf(f);
    if (f) break;
  }
  for (let k = d + 1; k <= d + 3 && k < v.tokens.length; k++) {
    if (!v.words.drafting_verbs.has(tok(v, k).text)) continue;
    const after = /^(به|بها)$/.test(v.tokens[k + 1]?.text ?? "") ? k + 2 : k + 1;
    const u = units.find((x) => x.first === after && !x.place && prepOf(v, x) === "");
    return u ?? null;
  }
  return null;
}

/** The users of a veto word at `k`: the actor nearest before it, or a state's nisba after it. */
function vetoUsers(v: SentenceView, units: readonly Unit[], k: number): Unit[] {
  const after = v.byFirst.get(k + 1);
  if (after?.adjective && after.entity.kind === "state") return [unitOf(after)];
  const before = [...units]
    .reverse()
    .find((u) => u.last < k && k - u.last <= USER_REACH && !u.place && prepOf(v, u) === "");
  // "استخدمت روسيا والصين الفيتو": every member of the list that ends there.
  return before ? coordinatedBefore(v, units as Unit[], units.indexOf(before)) : [];
}

/** REJECT drafts from vetoes, votes against and blocked drafts (see the top). */
export function vetoDrafts(s: SentenceScope): void {
  const { v, units } = s;
  const w = v.words;
  // Most sentences name no draft: one pass over the words settles them.
  if (!v.tokens.some((t) => isIn(w.draft_words, t))) return;
  for (let k = 0; k < v.tokens.length; k++) {
    const t = tok(v, k);
    let users: Unit[] = [];
    let from = -1;
    if (isIn(w.veto_words, t)) {
      users = vetoUsers(v, units, k);
      from = k + 1;
    } else if (isIn(w.draft_blocking_verbs, t) || isIn(w.vote_verbs, t)) {
      // "أسقطت روسيا والصين مشروعا أمريكيا"، "صوتت فرنسا ضد مشروع القرار".
      const i = units.findIndex((u) => u.first === k + 1 && !u.place);
      if (i < 0) continue;
      users = coordinatedAfter(v, units, i);
      from = Math.max(...users.map((u) => u.last)) + 1;
    } else continue;
    if (users.length === 0) continue;
    // A vote is a rejection only against the draft ("صوتت الهند لصالح" supports it).
    const vote = isIn(w.vote_verbs, t);
    for (const d of draftsAt(v, from)) {
      if (vote && v.tokens[d - 1]?.text !== "ضد") continue;
      const target = drafter(v, units, d);
      if (target) rejectDrafter(s, users, target, k, d);
    }
  }
}

/** Each user of the veto rejects the drafter (once per pair). */
function rejectDrafter(s: SentenceScope, users: Unit[], target: Unit, k: number, d: number): void {
  const { v, drafts } = s;
  for (const user of users) {
    if (user.ref.id === target.ref.id || hasDraft(drafts, "REJECT", user, target)) continue;
    drafts.push({
      type: "REJECT",
      mode: "veto",
      source: user,
      target,
      polarity: negatedBefore(v, Math.min(user.first, k), k) ? "negated" : "affirmed",
      modality: modalityAt(v, k, { future: false }),
      attributedTo: s.according,
      first: Math.min(user.first, k),
      last: Math.max(target.last, d),
      rule: "veto-drafter",
      confidence: 0.6,
    });
  }
}

/** A negator on the verb before the veto word ("لم تستخدم الولايات المتحدة حق النقض"). */
function negatedBefore(v: SentenceView, from: number, k: number): boolean {
  for (let j = Math.max(0, from - 2); j <= k; j++) if (negatedAt(v, j)) return true;
  return false;
}
