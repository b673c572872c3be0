// In-process access to the pipeline for small constructed texts: the bundled KB (loaded once
// per test file) and one-article runs of the recognizer and the extractor.
import { createHash } from "node:crypto";
import { expect } from "vitest";
import { buildKb, type Kb } from "../../src/kb/kb.js";
import { bundledKbFiles, loadKbFiles } from "../../src/kb/load.js";
import { type ArticleOutput, processArticle } from "../../src/pipeline.js";
import type { Article, Mention, RelationMention } from "../../src/schema.js";

let kb: Kb | null = null;

export function bundledKb(): Kb {
  kb ??= buildKb(loadKbFiles(bundledKbFiles()));
  return kb;
}

/** One article whose whole text is a single body piece. */
export function bodyArticle(text: string, date: string | null = "2023-11-09"): Article {
  return {
    doc: "test.txt",
    text,
    title: null,
    date,
    source: null,
    url: null,
    pieces: [{ section: "body", start: 0, end: text.length }],
    sha256: createHash("sha256").update(text).digest("hex"),
  };
}

export function run(text: string, date: string | null = "2023-11-09"): ArticleOutput {
  return processArticle(bodyArticle(text, date), bundledKb());
}

export const mentionsOf = (text: string): Mention[] => run(text).mentions;
export const relationsOf = (text: string): RelationMention[] => run(text).relations;
/** The persons `text` names, as written. */
export const personsOf = (text: string): string[] =>
  mentionsOf(text)
    .filter((m) => m.entity.kind === "person")
    .map((m) => m.text);

/** Relations with the given source, type and target ids. */
export function find(
  rels: readonly RelationMention[],
  source: string,
  type: string,
  target: string,
): RelationMention[] {
  return rels.filter((r) => r.source.id === source && r.type === type && r.target.id === target);
}

/** A short readable line per relation, for failure messages. */
export const show = (rels: readonly RelationMention[]) =>
  rels
    .map(
      (r) =>
        `${r.source.id} ${r.type}(${r.mode}) ${r.target.id} ${r.polarity} ${r.modality}` +
        ` by ${r.attributed_to?.id ?? "-"} [${r.rule}]`,
    )
    .join("\n");

/** The relations of `text` from `source` of `type` to `target`; fails, showing them all, if none. */
export function expectRel(
  text: string,
  source: string,
  type: string,
  target: string,
  /** peer: accept either direction (CONSULT, COOPERATE, AGREE); polarity: require this one. */
  opts: { peer?: boolean; polarity?: RelationMention["polarity"] } = {},
): RelationMention {
  const rels = relationsOf(text);
  const hits = [
    ...find(rels, source, type, target),
    ...(opts.peer ? find(rels, target, type, source) : []),
  ].filter((r) => !opts.polarity || r.polarity === opts.polarity);
  expect(hits, `${text}\n${show(rels)}`).not.toHaveLength(0);
  return hits[0] as RelationMention;
}

/** Fails, showing them, if `text` gives any relation of `type` (from `source`, to `target`). */
export function expectNone(
  text: string,
  type: string,
  where: { source?: string; target?: string } = {},
): void {
  const rels = relationsOf(text).filter(
    (r) =>
      r.type === type &&
      (!where.source || r.source.id === where.source) &&
      (!where.target || r.target.id === where.target),
  );
  expect(rels, `${text}\n${show(rels)}`).toHaveLength(0);
}

/** Fails, showing them, if `text` relates `source` to `target` by `type`. */
export function expectNoRel(text: string, source: string, type: string, target: string): void {
  const rels = relationsOf(text);
  expect(find(rels, source, type, target), `${text}\n${show(rels)}`).toHaveLength(0);
}
