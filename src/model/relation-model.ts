// The relation model: for a pair of actors that share a sentence and that the rules did not
// relate, whether the article relates them (a binary model over the pair's features from all
// its sentences) and how (a second model over type and direction). Loaded from data
// (model/relations.json), validated with zod, never trained at run time.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { SentenceContext } from "../extract/index.js";
import { modalityAt } from "../extract/modality.js";
import { type Draft, frameAround } from "../extract/scope.js";
import type { Unit } from "../extract/units.js";
import { bundledKbDir } from "../kb/load.js";
import { type RelationType, SYMMETRIC_TYPES } from "../schema.js";
import { parseClass } from "./dataset.js";
import { type LinearModel, LinearModelFile, loadLinearModel, predict } from "./linear.js";
import { articlePairs } from "./pairs.js";

export const RelationModelFile = z.object({
  format: z.literal("athar-relation-model/1"),
  /** The probability of a relation (related × type) below which no relation is drafted. */
  threshold: z.number().min(0).max(1),
  related: LinearModelFile,
  type: LinearModelFile,
  trained: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RelationModelFile = z.infer<typeof RelationModelFile>;

export interface RelationModel {
  threshold: number;
  related: LinearModel;
  type: LinearModel;
  /** The type model's classes read once: type and direction ("ACCUSE<"), null for NONE. */
  typeClasses: ReadonlyArray<{ type: string; forward: boolean } | null>;
}

export function loadRelationModel(file: RelationModelFile): RelationModel {
  const type = loadLinearModel(file.type);
  return {
    threshold: file.threshold,
    related: loadLinearModel(file.related),
    type,
    typeClasses: type.classes.map(parseClass),
  };
}

let cached: RelationModel | null = null;

/** The bundled model (model/relations.json beside kb/), validated once. */
export function bundledRelationModel(): RelationModel {
  if (cached) return cached;
  const path = join(bundledKbDir(), "..", "model", "relations.json");
  const r = RelationModelFile.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!r.success) {
    const what = r.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`${path}: invalid relation model: ${what.join("; ")}`);
  }
  cached = loadRelationModel(r.data);
  return cached;
}

/**
 * A negator ("model_negators" in lexicon/words.json) between the two actors, or just before
 * the first, negates what links them.
 */
function negatedBetween(ctx: SentenceContext, a: Unit, b: Unit): boolean {
  const negators = ctx.view.words.model_negators;
  for (let k = Math.max(0, a.first - 2); k < b.first; k++) {
    if (k >= a.first && k <= a.last) continue;
    if (negators.has(ctx.view.tokens[k]?.text ?? "")) return true;
  }
  return false;
}

/** The types that a ban between the two actors turns into its opposite (model_bans). */
const BANNABLE = new Set<RelationType>(["COOPERATE", "AID", "AGREE", "CONSULT", "SUPPORT"]);

/**
 * Whether the first actor bans dealings with the second: "قرارات مجلس الأمن التي تحظر تجارة
 * الأسلحة مع كوريا الشمالية" is its SANCTION on it, no cooperation. A word of banning between
 * them with a word of dealings right after it (model_bans, model_ban_dealings), and no
 * agreement, lifting or suffering of the ban before it (model_ban_blockers: «اتفاقية تمنع
 * التهريب مع العراق»، «رفع حظر الأسلحة عن فيتنام»).
 */
function banBetween(ctx: SentenceContext, a: Unit, b: Unit): boolean {
  const { tokens, words } = ctx.view;
  const text = (k: number) => tokens[k]?.text ?? "";
  for (let k = a.last + 1; k < b.first; k++) {
    if (!words.model_bans.has(text(k))) continue;
    const dealing = [k + 1, k + 2].some(
      (j) => j < b.first && words.model_ban_dealings.has(text(j)),
    );
    if (!dealing) return false;
    for (let j = a.first; j < k; j++) if (words.model_ban_blockers.has(text(j))) return false;
    return true;
  }
  return false;
}

export interface ModelDraft {
  ctx: SentenceContext;
  draft: Draft;
}

/**
 * The model's drafts for an article: one per pair of actors the rules left unrelated and the
 * model relates with a probability of at least `minConfidence` (default: the model's own
 * threshold, chosen in cross-validation on the train split), cited from the sentence where
 * the two stand closest.
 */
export function modelDrafts(
  m: RelationModel,
  contexts: readonly SentenceContext[],
  minConfidence = m.threshold,
  /** Also the pairs the rules relate (the model alone, for comparison). */
  everyPair = false,
  /** The state of a visited place (placeStates(kb)), so a pair the rules relate is theirs. */
  stateOf?: (placeId: string) => string | undefined,
): ModelDraft[] {
  const out: ModelDraft[] = [];
  for (const p of articlePairs(contexts, {
    skipRuled: !everyPair,
    ...(stateOf ? { stateOf } : {}),
  })) {
    // ROLE relates a person to what the article names them in an office of, never the model.
    if ((p.ruled && !everyPair) || p.holds) continue;
    if (p.refs.some((r) => r.kind === "place" || r.kind === "event")) continue;
    const related = predict(m.related, p.features)[1] as number;
    if (related < minConfidence) continue;
    const { ctx, pair } = p.best;
    const first = pair.a.ref.id === p.refs[0].id ? pair.a : pair.b;
    const second = first === pair.a ? pair.b : pair.a;
    // A speaker and what it speaks of: what relates them is the speaker's act (its claim,
    // demand, rejection), so the speaker is the source.
    const says = (x: Unit, y: Unit) =>
      ctx.result.frames.some((fr) => fr.speaker === x && fr.from <= y.first && y.first < fr.to);
    const direction = says(first, second) ? true : says(second, first) ? false : null;
    const probs = predict(m.type, p.features);
    let best = -1;
    m.typeClasses.forEach((k, i) => {
      if (!k || (direction !== null && k.forward !== direction && !SYMMETRIC_TYPES.has(k.type)))
        return;
      if (best < 0 || (probs[i] as number) > (probs[best] as number)) best = i;
    });
    const cls = best < 0 ? null : m.typeClasses[best];
    if (!cls) continue;
    // The confidence is the calibrated probability that the article relates the pair; the
    // type is the likeliest given that it does.
    const confidence = Math.round(related * 1000) / 1000;
    const banned = BANNABLE.has(cls.type as RelationType) && banBetween(ctx, pair.a, pair.b);
    const [source, target] = banned
      ? [pair.a, pair.b]
      : cls.forward
        ? [first, second]
        : [second, first];
    const frame = frameAround(ctx.result.frames, pair.a.first);
    out.push({
      ctx,
      draft: {
        type: banned ? "SANCTION" : (cls.type as RelationType),
        mode: null,
        source,
        target,
        polarity: negatedBetween(ctx, pair.a, pair.b) ? "negated" : "affirmed",
        modality: modalityAt(ctx.view, pair.a.first, { future: false }),
        attributedTo: frame?.speaker ?? ctx.result.according,
        first: pair.a.first,
        last: pair.b.last,
        rule: "model",
        confidence,
      },
    });
  }
  return out;
}
