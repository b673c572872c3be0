// Conflict frames the lexicon's noun frames cannot express. Those frames read a noun's genitive
// as its doer ("غارات التحالف على ..."); these nouns take their victim as the genitive
// ("تسميم سكريبال", "اعتقال الناشطة", "اغتيال السفير") and name the doer around them:
//   X يقف وراء N Y        "روسيا تقف وراء تسميم سكريبال"
//   X مسؤول عن N Y        "موسكو هي المسؤولة عن محاولة اغتيال سكريبال"
//   ضلوع X في N Y         "نفت روسيا أي ضلوع لها في تسميم سكريبال" (negated by the denial)
//   N Y على يد / من قبل X  "اعتقال الناشط على يد قوات الأمن"
//   the accused of an enclosing accusation: "اتهمت لندن موسكو بتسميم سكريبال".
// The word lists are data (lexicon/conflict.json).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { bundledKbDir } from "../kb/load.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import { RelationType } from "../schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import { bundledWords } from "../text/words.js";
import type { Lexicon, VerbForm } from "./lexicon.js";
import type { Draft, Frame, Trigger } from "./scope.js";
import { hasBare, type SentenceView, type Unit } from "./units.js";

const ConflictFile = z
  .object({
    about: z.string(),
    patient_nouns: z.array(
      z.object({ type: RelationType, mode: z.string().nullable(), heads: z.array(z.string()) }),
    ),
    behind: z.array(z.string()),
    responsible: z.array(z.string()),
    involvement: z.array(z.string()),
    agent_markers: z.array(z.array(z.string())),
    skip_before: z.array(z.string()),
    easing_verbs: z.array(z.string()),
    attack_on_nouns: z.array(z.string()),
    victim_preps: z.array(z.string()),
    not_threatened: z.array(z.string()),
  })
  .strict();

interface ConflictWords {
  heads: Map<string, { type: RelationType; mode: string | null }>;
  behind: Set<string>;
  responsible: Set<string>;
  involvement: Set<string>;
  agentMarkers: string[][];
  skipBefore: Set<string>;
  easing: Set<string>;
  attackOn: Set<string>;
  victimPreps: Set<string>;
  notThreatened: Set<string>;
}

let cached: ConflictWords | null = null;

function conflictWords(): ConflictWords {
  if (cached) return cached;
  const path = join(bundledKbDir(), "..", "lexicon", "conflict.json");
  const r = ConflictFile.parse(JSON.parse(readFileSync(path, "utf8")));
  const n = normalizeForMatch;
  const heads = new Map<string, { type: RelationType; mode: string | null }>();
  for (const e of r.patient_nouns)
    for (const h of e.heads) heads.set(n(h), { type: e.type, mode: e.mode });
  cached = {
    heads,
    behind: new Set(r.behind.map(n)),
    responsible: new Set(r.responsible.map(n)),
    involvement: new Set(r.involvement.map(n)),
    agentMarkers: r.agent_markers.map((m) => m.map(n)),
    skipBefore: new Set(r.skip_before.map(n)),
    easing: new Set(r.easing_verbs.map(n)),
    attackOn: new Set(r.attack_on_nouns.map(n)),
    // Tokens are matched as written and as normalized (على / علي).
    victimPreps: new Set([...r.victim_preps, ...r.victim_preps.map(n)]),
    notThreatened: new Set([...r.not_threatened, ...r.not_threatened.map(n)]),
  };
  return cached;
}

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
/** Whether the token, or the token without a leading و/ف ("ووراء", not "في"), is in `set`. */
const isIn = (set: ReadonlySet<string>, t: Tok | undefined) => !!t && hasBare(set, t.text);
const B = new Set(["ب"]);

type Head = { type: RelationType; mode: string | null };
/** A word's conflict-noun head: once per distinct word, on its shared info record. */
function headOf(t: Tok, w: ConflictWords): Head | null {
  const info = t.info;
  if (info && info.conflictHead !== undefined) return info.conflictHead as Head | null;
  let found: Head | null = null;
  for (const st of tokStems(t)) {
    const h =
      w.heads.get(st.stem) ??
      (st.stem.startsWith("ال") ? w.heads.get(st.stem.slice(2)) : undefined);
    if (h) {
      found = h;
      break;
    }
  }
  if (info) info.conflictHead = found;
  return found;
}

/** The nearest actor ending before token `before`, at most `reach` tokens away. */
function actorBefore(units: Unit[], before: number, reach: number): Unit | null {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    if (u.last >= before || u.place) continue;
    return before - u.last <= reach ? u : null;
  }
  return null;
}

function within(frames: readonly Frame[], i: number): Frame | null {
  let best: Frame | null = null;
  for (const f of frames) if (f.from <= i && i < f.to && (!best || f.from >= best.from)) best = f;
  return best;
}

/** The first actor after the noun, at most four words of description away. */
function victimAfter(v: SentenceView, units: Unit[], i: number): Unit | null {
  const { core_prepositions } = bundledWords();
  for (const u of units) {
    if (u.first <= i) continue;
    if (u.first > i + 5) return null;
    if (u.place || u.found.adjective) continue;
    if (u.first === i + 2 && isIn(B, tok(v, i + 1))) return u;
    for (let k = i + 1; k < u.first; k++) {
      // Only a description stands between: definite nouns and adjectives (الجاسوس الروسي).
      if (
        !tok(v, k).text.startsWith("ال") ||
        isIn(core_prepositions, tok(v, k)) ||
        /[،,.:؛]/.test(v.norm.slice(tok(v, k).end, tok(v, k + 1).start))
      )
        return null;
    }
    return u;
  }
  return null;
}

const CONFLICT_TYPES = new Set<string>(["ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "PROTEST"]);
const OBJECT_PRONOUN = /(ه|ها|هم|هما|هن)$/;

/** The conflict verb a token is with an object pronoun (تحتجزه، اعتقلوه), if any. */
function verbWithPronoun(lex: Lexicon, text: string, prep: string): VerbForm | null {
  const m = OBJECT_PRONOUN.exec(text);
  if (!m || text.length - m[0].length < 3) return null;
  const stem = text.slice(0, -m[0].length).replace(/^[وف](?=[يتان])/, "");
  for (const s of stem.endsWith("و") ? [`${stem}ا`, stem] : [stem])
    for (const f of lex.verbs.get(s) ?? [])
      if (CONFLICT_TYPES.has(f.entry.type) && f.rest.length === 0 && f.entry.preps.includes(prep))
        return f;
  return null;
}

/** "Y، الذي تحتجزه X" / "Y الذي حكمت عليه X": X does it to Y. */
function relativeObjectDrafts(v: SentenceView, lex: Lexicon, units: Unit[]): Draft[] {
  const { relatives } = bundledWords();
  const out: Draft[] = [];
  for (let i = 1; i < v.tokens.length; i++) {
    if (!relatives.has(tok(v, i - 1).text)) continue;
    let verb = verbWithPronoun(lex, tok(v, i).text, "");
    let after = i + 1;
    // "حكمت عليه": the pronoun on the preposition.
    if (!verb && v.tokens[i + 1]) {
      const m = /^(على|علي|ب)(ه|ها|هم|هما)$/.exec(tok(v, i + 1).text);
      const forms = m ? (lex.verbs.get(tok(v, i).text.replace(/^[وف]/, "")) ?? []) : [];
      const prep = m?.[1] === "ب" ? "ب" : "على";
      verb =
        forms.find(
          (f) =>
            CONFLICT_TYPES.has(f.entry.type) && f.rest.length === 0 && f.entry.preps.includes(prep),
        ) ?? null;
      after = i + 2;
    }
    if (!verb) continue;
    // A sense constraint ("حكم عليه ... بالسجن") within the clause.
    const needs = verb.entry.needs_after.map(normalizeForMatch);
    if (
      needs.length > 0 &&
      !v.tokens
        .slice(after, after + 8)
        .some((t) =>
          tokStems(t).some((st) => needs.some((n) => st.stem.replace(/^ال/, "").startsWith(n))),
        )
    )
      continue;
    // The antecedent right before the relative (a comma may stand between).
    const victim = units.find((u) => u.last === i - 2 && !u.place);
    // The doer right after the verb ("السلطات الإيرانية": its nisba one word on).
    const doer = units.find((u) => !u.place && u.first >= after && u.first <= after + 1);
    if (!victim || !doer || doer.ref.id === victim.ref.id) continue;
    out.push({
      type: verb.entry.type,
      mode: verb.entry.mode,
      source: doer,
      target: victim,
      polarity: "affirmed",
      modality: "asserted",
      attributedTo: null,
      first: victim.first,
      last: doer.last,
      rule: "conflict-relative-object",
      confidence: 0.6,
    });
  }
  return out;
}

/**
 * "لن تخفف ضغوطها على كوريا الشمالية", "لم توقف هجماتها على": the negator denies the easing,
 * so the pressure or the attack goes on. Flips such noun drafts of the conflict types back.
 */
export function unnegateEasing(v: SentenceView, drafts: Draft[]): void {
  const w = conflictWords();
  const { negators } = bundledWords();
  for (const d of drafts) {
    if (d.polarity !== "negated" || !d.rule.startsWith("noun-") || !CONFLICT_TYPES.has(d.type))
      continue;
    for (let k = Math.max(1, d.first - 4); k <= d.last; k++) {
      if (isIn(w.easing, tok(v, k)) && negators.has(tok(v, k - 1).text)) {
        d.polarity = "affirmed";
        break;
      }
    }
  }
}

/** "هدد X بـ<فعل> ... Y": X threatens Y, the actor the threatened act is on. */
function threatComplementDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  drafts: readonly Draft[],
  w: ConflictWords,
): Draft[] {
  const out: Draft[] = [];
  for (const t of triggers) {
    if (t.kind !== "verb" || t.verb?.entry.type !== "THREATEN" || t.verb.participle) continue;
    if (drafts.some((d) => d.type === "THREATEN" && d.first <= t.first && t.first <= d.last))
      continue;
    // The subject: right after the verb, else right before it.
    const after = units.find((u) => !u.place && u.first > t.last && u.first <= t.last + 2);
    const before = [...units].reverse().find((u) => !u.place && u.last < t.first);
    const subject =
      after && !/^ب/.test(tok(v, after.first).text)
        ? after
        : before && t.first - before.last <= 2
          ? before
          : null;
    if (!subject) continue;
    // The threatened act: a word with بـ soon after the verb and its subject.
    const from = Math.max(t.last, subject.last) + 1;
    let k = -1;
    for (let j = from; j < v.tokens.length && j <= from + 2; j++) {
      const text = tok(v, j).text;
      if (/^(ب|وب)/.test(text) && text.length > 3 && !v.byFirst.has(j)) {
        k = j;
        break;
      }
    }
    if (k < 0) continue;
    for (const u of units) {
      if (u.first <= k || u.place || u.ref.id === subject.ref.id) continue;
      if (u.first > k + 7) break;
      let broken = false;
      for (let j = k; j < u.first; j++)
        if (/[،,.:؛]/.test(v.norm.slice(tok(v, j).end, tok(v, j + 1).start))) broken = true;
      const prev = tok(v, u.first - 1).text.replace(/^[وف](?=.)/, "");
      // A preposition that puts the actor outside what is threatened ("بالانسحاب من الاتفاق مع").
      if (broken || w.notThreatened.has(prev)) break;
      const dup = [...drafts, ...out].some(
        (d) =>
          d.type === "THREATEN" &&
          d.source.ref.id === subject.ref.id &&
          d.target.ref.id === u.ref.id,
      );
      if (!dup)
        out.push({
          type: "THREATEN",
          mode: t.verb.entry.mode,
          source: subject,
          target: u,
          polarity: "affirmed",
          modality: "asserted",
          attributedTo: null,
          first: Math.min(subject.first, t.first),
          last: u.last,
          rule: "conflict-threat-complement",
          confidence: 0.55,
        });
      break;
    }
  }
  return out;
}

/**
 * "حذر الرئيس من عزلة الصين": the actor after «من <noun>» is what the warning is about, not
 * the one warned or threatened. Drops such verb drafts of THREATEN.
 */
export function dropWarnedAbout(v: SentenceView, drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if (d.type !== "THREATEN" || !d.rule.startsWith("verb-")) continue;
    const t = d.target.first;
    const about = [t - 2, t - 3].some(
      (k) => k > d.source.last && k >= 0 && tok(v, k).text.replace(/^و/, "") === "من",
    );
    if (about) drafts.splice(i, 1);
  }
}

/**
 * An attack or deployment verb with no subject of its own after it is most often a passive,
 * which Arabic writes like the active ("قتل أربعة فلسطينيين", "استهدف الجاسوس", "نشر الآلاف
 * من الجنود"): the subject carried over from elsewhere is then not the doer. Drops such drafts.
 */
export function dropPassiveAssault(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if ((d.type === "ASSAULT" || d.type === "MOBILIZE") && d.rule === "verb-vso-inferred")
      drafts.splice(i, 1);
  }
}

/** Drafts of the victim-genitive conflict nouns and relative objects of one sentence. */
export function conflictDrafts(
  v: SentenceView,
  lex: Lexicon,
  units: Unit[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  triggers: readonly Trigger[] = [],
): Draft[] {
  const w = conflictWords();
  const { negators } = bundledWords();
  const out: Draft[] = relativeObjectDrafts(v, lex, units).filter(
    (d) =>
      !drafts.some(
        (x) =>
          x.type === d.type &&
          x.source.ref.id === d.source.ref.id &&
          x.target.ref.id === d.target.ref.id,
      ),
  );
  out.push(...threatComplementDrafts(v, units, triggers, [...drafts, ...out], w));
  for (let i = 0; i < v.tokens.length; i++) {
    // "الهجوم على Y": an attack noun whose victim follows على / ضد.
    const on = isIn(w.attackOn, tok(v, i)) && w.victimPreps.has(v.tokens[i + 1]?.text ?? "");
    const head = on ? { type: "ASSAULT" as RelationType, mode: "attack" } : headOf(tok(v, i), w);
    if (!head) continue;
    // The victim: the genitive right after the noun ("الإطاحة بالرئيس": after بـ), or a name
    // after its description ("تسميم الجاسوس الروسي السابق سيرغي سكريبال"; the nisba is not it).
    const victim = victimAfter(v, units, on ? i + 1 : i);
    if (!victim) continue;
    // Walk back over "محاولة", "عملية", "أي", "في", "عن" to the word that names the doer.
    let j = i - 1;
    while (j >= 0 && i - j <= 3 && isIn(w.skipBefore, tok(v, j))) j--;
    let doer: Unit | null = null;
    let from = i;
    // "على يد X" / "من قبل X" after the victim.
    for (const m of w.agentMarkers) {
      const at = victim.last + 1;
      if (m.every((x, k) => isIn(new Set([x]), v.tokens[at + k]))) {
        doer = units.find((u) => u.first === at + m.length && !u.place) ?? null;
        if (doer) break;
      }
    }
    const reason = j >= 0 ? tok(v, j) : undefined;
    const stepped = j < i - 1; // "عن" / "في" stood between the doer's word and the noun
    if (!doer && j >= 0) {
      if (isIn(w.behind, reason)) {
        doer = actorBefore(units, j, 4);
      } else if (isIn(w.responsible, reason)) {
        // "X هي المسؤولة عن N", "حمل جونسون بوتين مسؤولية N": the actor before the word;
        // "مسؤولية X عن N": the genitive after it.
        doer = units.find((u) => u.first === j + 1 && !u.place) ?? actorBefore(units, j, 4);
      } else if (stepped) {
        // "ضلوع X في N", "أي ضلوع لها في N" (the doer stands before: "نفت روسيا أي ضلوع").
        let k = j;
        if (/^ل(ها|ه|هم)$/.test(reason?.text ?? "")) k--;
        if (k >= 0 && isIn(w.involvement, tok(v, k)))
          doer =
            units.find((u) => u.first === k + 1 && u.last < i && !u.place) ??
            actorBefore(units, k, 3);
      }
    }
    const frame = within(frames, i);
    // "اتهمت لندن موسكو بمحاولة اغتيال ...": the accused right before the charge.
    if (!doer && frame?.accused && frame.accused.last < i && i - frame.accused.last <= 4)
      doer = frame.accused;
    if (!doer || doer.ref.id === victim.ref.id) continue;
    from = Math.min(doer.first, i);
    const dup = [...drafts, ...out].some(
      (d) =>
        d.type === head.type &&
        d.source.ref.id === doer.ref.id &&
        d.target.ref.id === victim.ref.id,
    );
    if (dup) continue;
    let negated = frame?.negates ?? false;
    for (let k = Math.max(0, from - 2); k < i && !negated; k++)
      if (negators.has(tok(v, k).text)) negated = true;
    out.push({
      type: head.type,
      mode: head.mode,
      source: doer,
      target: victim,
      polarity: negated ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: frame?.speaker ?? null,
      first: from,
      last: Math.max(victim.last, doer.last, i),
      rule: "conflict-victim-noun",
      confidence: 0.6,
    });
  }
  return out;
}
