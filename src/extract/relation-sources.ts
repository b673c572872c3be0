// Which extractors decide relations: the rules, the trained model, or both (the default). The
// model reads the pairs the rules left unrelated; alone, it reads every pair. Used by
// `athar build --relations` and by `athar eval`'s ablation.
import type { Kb } from "../kb/kb.js";
import { placeStates } from "../model/pairs.js";
import { bundledRelationModel, modelDrafts, type RelationModel } from "../model/relation-model.js";
import type { Recognized } from "../recognize/recognize.js";
import type { RelationMention } from "../schema.js";
import { extractRelations } from "./index.js";
import type { Language } from "./language.js";

export type RelationSource = "rules" | "model" | "both";
export const RELATION_SOURCES: readonly RelationSource[] = ["rules", "model", "both"];

export interface RelationOptions {
  relations?: RelationSource;
  /** Relations below this confidence are left out (the model's own threshold by default). */
  minConfidence?: number;
  model?: RelationModel;
  /** The lexicon and word lists (the bundled ones by default). */
  language?: Language;
}

/** The article's relations from the chosen extractors. */
export function decideRelations(
  rec: Recognized,
  kb: Kb,
  opts: RelationOptions = {},
): RelationMention[] {
  const source = opts.relations ?? "both";
  const useModel = source !== "rules";
  const model = useModel ? (opts.model ?? bundledRelationModel()) : null;
  const min = opts.minConfidence;
  const relations = extractRelations(rec, kb, opts.language, {
    rules: source !== "model",
    ...(model
      ? {
          decideArticle: (ctxs) =>
            modelDrafts(model, ctxs, min ?? model.threshold, source === "model", placeStates(kb)),
        }
      : {}),
  });
  return min === undefined ? relations : relations.filter((r) => r.confidence >= min);
}
