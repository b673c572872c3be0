// Annotated articles as training material: each article read, recognized and analyzed, with
// its annotations. The only part of model/ that touches the disk (it reads through ingest).
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { type GoldDoc, parseGold } from "../eval/gold.js";
import { type SentenceContext, sentenceContexts } from "../extract/index.js";
import type { Language } from "../extract/language.js";
import { readArticles, type Sidecar } from "../ingest/read.js";
import type { Kb } from "../kb/kb.js";
import { type Recognized, recognize } from "../recognize/recognize.js";

export interface AnnotatedArticle {
  doc: string;
  rec: Recognized;
  contexts: SentenceContext[];
  gold: GoldDoc;
}

export interface Split {
  seed: number;
  train: string[];
  dev: string[];
}

export function readSplit(path: string): Split {
  return JSON.parse(readFileSync(path, "utf8")) as Split;
}

/** Reads and analyzes the articles `docs` of `corpus` with their annotations in `annotations`. */
export function readAnnotated(
  docs: readonly string[],
  corpus: string,
  annotations: string,
  kb: Kb,
  lang: Language,
): AnnotatedArticle[] {
  const manifests = new Map<string, Map<string, Sidecar>>();
  const out: AnnotatedArticle[] = [];
  for (const doc of docs) {
    const path = join(corpus, doc);
    const read = readArticles({ path, doc: basename(path) }, manifests);
    const article = read.articles[0];
    if (!article) throw new Error(`${path}: ${read.errors[0]?.message ?? "no article"}`);
    const annPath = join(annotations, doc.replace(/\.txt$/, ".jsonl"));
    const gold = parseGold(annPath, readFileSync(annPath, "utf8")).find((g) => g.doc === doc) ?? {
      doc,
      entities: [],
      relations: [],
    };
    const rec = recognize(article, kb);
    out.push({ doc, rec, contexts: sentenceContexts(rec, kb, lang), gold });
  }
  return out;
}
