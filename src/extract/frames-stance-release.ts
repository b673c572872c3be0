// Releasing a detainee is a concession to him (PLOVER CONCEDE), where the verb rules find no
// object because a description stands between «عن» and the name: "أفرجت تركيا عن القس
// الأمريكي أندرو برونسون" (the rules want the actor right after the preposition). Also the
// nouns of releasing, which have no frame with «عن» in the noun rules: "بعد إفراج أنقرة عن
// القس X" (the genitive releases), "قضت محكمة تركية بإطلاق سراح X" (the actor right before
// the noun, as the subject of the clause, releases). The nouns are data
// (lexicon/accusations.json "release_nouns"; إطلاق counts only before سراح), recognized once
// per distinct word (TokInfo.releaseAnchor).
import type { Tok } from "../recognize/segment.js";
import { tokStems } from "../recognize/segment.js";
import { prepOf } from "./arguments.js";
import type { StanceWords } from "./frames-stance.js";
import { modalityAt, negatedAt } from "./modality.js";
import type { Draft, Frame, Trigger } from "./scope.js";
import { frameAround } from "./scope.js";
import type { SentenceView, Unit } from "./units.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
const bare = (t: string) => t.replace(/^[وف]/, "");

/** Whether token `t` is a noun of releasing (memoized on its shared info record). */
function releaseAnchor(t: Tok, w: StanceWords): boolean {
  const info = t.info;
  if (info?.releaseAnchor !== undefined) return info.releaseAnchor;
  const hit = tokStems(t).some((x) => w.release.has(x.stem));
  if (info) info.releaseAnchor = hit;
  return hit;
}

/**
 * The released: a person or a group within three words after `from` (a description and a
 * nationality may stand before the name: "القس الأمريكي أندرو برونسون"), in the same clause.
 */
function releasedAfter(v: SentenceView, units: Unit[], from: number): Unit | undefined {
  const u = units.find(
    (x) =>
      x.first >= from &&
      x.first <= from + 3 &&
      !x.place &&
      (x.ref.kind === "person" || x.ref.kind === "group"),
  );
  if (!u) return undefined;
  // No clause punctuation or preposition between (the name is the description's apposition).
  if (/[،,.:؛()]/.test(v.norm.slice(tok(v, from).start, tok(v, u.first).start))) return undefined;
  if (u.first > from && prepOf(v, u) !== "") return undefined;
  return u;
}

/** CONCEDE drafts of releases (see the top of the file). */
export function releaseDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  w: StanceWords,
  has: (type: string, s: Unit, o: Unit) => boolean,
): Draft[] {
  const out: Draft[] = [];
  const push = (
    source: Unit,
    target: Unit,
    at: number,
    t: Pick<Trigger, "future">,
    noun: boolean,
  ) => {
    if (source.ref.id === target.ref.id || has("CONCEDE", source, target)) return;
    if (out.some((d) => d.source === source && d.target === target)) return;
    const speaker = frameAround(frames, at)?.speaker ?? null;
    out.push({
      type: "CONCEDE",
      mode: "release",
      source,
      target,
      polarity: negatedAt(v, at, noun) ? "negated" : "affirmed",
      modality: modalityAt(v, at, t),
      attributedTo: speaker && speaker.ref.id !== source.ref.id ? speaker : null,
      first: Math.min(at, source.first),
      last: Math.max(target.last, source.last),
      rule: "concede-release",
      confidence: 0.55,
    });
  };
  // The verb "أفرج": its subject after it (or right before it), then عن and the released.
  for (const t of triggers) {
    if (t.kind !== "verb" || t.verb?.entry.type !== "CONCEDE" || t.verb.participle) continue;
    if (drafts.some((d) => d.type === "CONCEDE" && d.first <= t.first && t.first <= d.last))
      continue;
    const after = units.find((u) => u.first === t.last + 1 && !u.place && prepOf(v, u) === "");
    const before = units.find((u) => u.last === t.first - 1 && !u.place && prepOf(v, u) === "");
    const source = after ?? before;
    if (!source) continue;
    // عن right after the subject, or after a time word or two ("مساء الثلاثاء").
    const start = after ? after.last + 1 : t.last + 1;
    let on = -1;
    for (let k = start; k <= start + 2 && k < v.tokens.length && on < 0; k++)
      if (bare(tok(v, k).text) === "عن") on = k;
    if (on < 0 || on + 1 >= v.tokens.length) continue;
    const released = releasedAfter(v, units, on + 1);
    if (released) push(source, released, t.first, t, false);
  }
  // The nouns: "إفراج أنقرة عن X", "بإطلاق سراح X".
  for (let i = 0; i + 1 < v.tokens.length; i++) {
    if (!releaseAnchor(tok(v, i), w)) continue;
    const sarah = bare(tok(v, i + 1).text).replace(/^ب/, "") === "سراح";
    const lift = tokStems(tok(v, i)).some((x) => x.stem.endsWith("طلاق"));
    if (lift && !sarah) continue;
    // The releaser: a genitive right after the noun ("إفراج أنقرة عن"), else the actor right
    // before it, standing as its clause's subject ("قضت محكمة تركية بإطلاق سراح").
    const genitive = sarah
      ? undefined
      : units.find((u) => u.first === i + 1 && !u.place && prepOf(v, u) === "");
    const before = units.find(
      (u) => u.last < i && i - u.last <= 2 && !u.place && prepOf(v, u) === "",
    );
    // A verb of another relation governs the noun: "طالبت واشنطن بالإفراج عن X" (who asks
    // for a release does not release).
    const governed =
      before !== undefined &&
      triggers.some(
        (t) =>
          t.kind !== "noun" &&
          t.last < i &&
          t.first >= before.first - 2 &&
          t.verb?.entry.type !== "CONCEDE",
      );
    const source = genitive ?? (governed ? undefined : before);
    if (!source) continue;
    const from = sarah ? i + 2 : (genitive?.last ?? i) + 1;
    const on = sarah ? from - 1 : from;
    if (!sarah && bare(tok(v, on)?.text ?? "") !== "عن") continue;
    if (on + 1 >= v.tokens.length) continue;
    const released = releasedAfter(v, units, on + 1);
    if (released) push(source, released, i, { future: false }, true);
  }
  return out;
}
