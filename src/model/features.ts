// Features of a candidate pair of actors in one sentence, for the relation model: the words
// between and around the pair (as written and without their proclitics), the lexicon's
// triggers near it, the kinds of the two actors, their distance and what stands between them,
// the speech frame they sit in, and the rules' own votes for the pair.

import { protestNoun } from "../extract/frames-protest.js";
import type { SentenceContext } from "../extract/index.js";
import type { Draft } from "../extract/scope.js";
import type { Unit } from "../extract/units.js";
import { type Tok, tokStems } from "../recognize/segment.js";

/** A pair of units in text order: `a` starts before `b`. */
export interface Candidate {
  a: Unit;
  b: Unit;
}

/** The farthest apart (in tokens) two actors of a candidate pair may be. */
export const MAX_PAIR_DISTANCE = 16;
/** Words between the pair taken as features, from each end. */
const BETWEEN_WINDOW = 5;

// Tokens of one text share an info record: a token's light stem and the features made of
// it are worked out once per distinct word (kept on the record; a token without one, on a
// WeakMap).
const stemCache = new WeakMap<object, TokenFeatures>();

/** The features a token gives where it stands, all made of its light stem. */
interface TokenFeatures {
  stem: string;
  bs: string;
  b1: string;
  bL: string;
  /** pre1:, pre2:, pre3: (index 0 unused) and post1:..post3:. */
  pre: string[];
  preS: string;
  post: string[];
}

function tokenFeatures(t: Tok): TokenFeatures {
  const info = t.info;
  const hit = (info ? info.modelMemo : stemCache.get(t)) as TokenFeatures | undefined;
  if (hit !== undefined) return hit;
  const stem = computeLightStem(t);
  const out: TokenFeatures = {
    stem,
    bs: `bs:${stem}`,
    b1: `b1:${stem}`,
    bL: `bL:${stem}`,
    pre: ["", `pre1:${stem}`, `pre2:${stem}`, `pre3:${stem}`],
    preS: `preS:${stem}`,
    post: ["", `post1:${stem}`, `post2:${stem}`, `post3:${stem}`],
  };
  if (info) info.modelMemo = out;
  else stemCache.set(t, out);
  return out;
}

/** The token without proclitics (the shortest reading that keeps three letters). */
export function lightStem(t: Tok): string {
  return tokenFeatures(t).stem;
}

function computeLightStem(t: Tok): string {
  const readings = tokStems(t);
  let best = t.text;
  for (const r of readings) if (r.stem.length >= 3 && r.stem.length < best.length) best = r.stem;
  return best.startsWith("ال") && best.length > 4 ? best.slice(2) : best;
}

const bucket = (n: number) =>
  n <= 0
    ? "0"
    : n === 1
      ? "1"
      : n === 2
        ? "2"
        : n <= 4
          ? "3-4"
          : n <= 8
            ? "5-8"
            : n <= 15
              ? "9-15"
              : "16+";

/**
 * The pairs of distinct actors of a sentence that may be related, in text order: for two
 * actors named more than once in the sentence, the two mentions closest to each other.
 */
export function candidatePairs(ctx: SentenceContext): Candidate[] {
  // A protest noun standing for its crowd ("مظاهرات") is related by its own frame only.
  const units = ctx.all.filter((u) => !u.members && !protestNoun(ctx.view, u));
  const best = new Map<string, Candidate>();
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i] as Unit;
      const b = units[j] as Unit;
      if (a.ref.id === b.ref.id || b.first <= a.last) continue;
      const gap = b.first - a.last;
      if (gap > MAX_PAIR_DISTANCE) break;
      const key = a.ref.id < b.ref.id ? `${a.ref.id}|${b.ref.id}` : `${b.ref.id}|${a.ref.id}`;
      const seen = best.get(key);
      if (!seen || gap < seen.b.first - seen.a.last) best.set(key, { a, b });
    }
  }
  return [...best.values()].sort((x, y) => x.a.first - y.a.first || x.b.first - y.b.first);
}

/** The rules' drafts by unordered pair of units, for their votes. */
export function draftsByPair(drafts: readonly Draft[]): Map<Unit, Map<Unit, Draft[]>> {
  const out = new Map<Unit, Map<Unit, Draft[]>>();
  const add = (x: Unit, y: Unit, d: Draft) => {
    let m = out.get(x);
    if (!m) {
      m = new Map();
      out.set(x, m);
    }
    const list = m.get(y);
    if (list) list.push(d);
    else m.set(y, [d]);
  };
  for (const d of drafts) {
    add(d.source, d.target, d);
    add(d.target, d.source, d);
  }
  return out;
}

const kindOf = (u: Unit) => (u.place ? "place" : u.ref.kind);

/** The features of one candidate pair. */
export function pairFeatures(
  ctx: SentenceContext,
  c: Candidate,
  votes: Map<Unit, Map<Unit, Draft[]>>,
): string[] {
  const { tokens, norm } = ctx.view;
  const { a, b } = c;
  const f: string[] = ["bias"];
  const kinds = `${kindOf(a)}|${kindOf(b)}`;
  f.push(`k:${kinds}`);
  const gap = b.first - a.last - 1;
  f.push(`d:${bucket(gap)}`);
  // The words between: the first and the last BETWEEN_WINDOW of them (each once).
  const from = a.last + 1;
  const to = b.first;
  const lateFrom = Math.max(from + BETWEEN_WINDOW, to - BETWEEN_WINDOW);
  for (let k = from; k < to; k++) {
    if (k >= from + BETWEEN_WINDOW && k < lateFrom) continue;
    f.push(tokenFeatures(tokens[k] as Tok).bs);
  }
  if (to > from) {
    f.push(tokenFeatures(tokens[from] as Tok).b1);
    const last = tokenFeatures(tokens[to - 1] as Tok);
    f.push(last.bL, `bL:${kinds}:${last.stem}`);
  }
  if (gap === 0) f.push(`adj:${kinds}`);
  for (let k = 1; k <= 3; k++) {
    const t = tokens[a.first - k];
    if (t) {
      const tf = tokenFeatures(t);
      f.push(tf.pre[k] as string, tf.preS);
    }
    const u = tokens[b.last + k];
    if (u) f.push(tokenFeatures(u).post[k] as string);
  }
  if (a.first === 0) f.push("a:first");
  if (tokens[a.first]?.text.charCodeAt(0) === 0x648) f.push("a:wa"); // و
  const bTok = tokens[b.first];
  if (bTok) {
    const stem = tokStems(bTok).find((s) => s.prefixLength > 0);
    if (stem) f.push(`b:cl:${bTok.text.slice(0, stem.prefixLength)}`);
  }
  const gapText = norm.slice(tokens[a.last]?.end ?? 0, tokens[b.first]?.start ?? 0);
  if (/[،,]/.test(gapText)) f.push("comma");
  if (/[:"«»“”]/.test(gapText)) f.push("quote");
  let others = 0;
  for (const u of ctx.all) if (u.first > a.last && u.last < b.first) others++;
  f.push(`nb:${bucket(others)}`);
  // The lexicon's triggers between, before and after the pair, with their types.
  for (const t of ctx.triggers) {
    const type = t.verb?.entry.type ?? t.noun?.type ?? "SPEECH";
    const where =
      t.first > a.last && t.last < b.first
        ? "tb"
        : t.last < a.first && a.first - t.last <= 6
          ? "ta"
          : t.first > b.last && t.first - b.last <= 6
            ? "tc"
            : null;
    if (!where) continue;
    f.push(`${where}:${type}`, `${where}:${type}:${t.kind}`, `${where}:${type}|${kinds}`);
  }
  // Who says so: a pair inside a speech frame, or the speaker and what is said.
  for (const fr of ctx.result.frames) {
    const inA = fr.from <= a.first && a.first < fr.to;
    const inB = fr.from <= b.first && b.first < fr.to;
    if (fr.speaker === a && inB) f.push("frame:a-says-b");
    else if (inA && inB) f.push(`frame:inside${fr.negates ? ":neg" : ""}`);
  }
  // The rules' votes: what they drafted for this pair, and in which direction.
  for (const d of votes.get(a)?.get(b) ?? []) {
    const dir = d.source === a ? ">" : "<";
    f.push(`r:${d.type}${dir}`, `r:${d.type}`, `rr:${d.rule}`, "r:any");
  }
  return f;
}
