// Relation extraction (issue 3): placeholder returning no relations until the extractor lands.
import type { Kb } from "../kb/kb.js";
import type { Recognized } from "../recognize/recognize.js";
import type { RelationMention } from "../schema.js";

export function extractRelations(_rec: Recognized, _kb: Kb): RelationMention[] {
  return [];
}
