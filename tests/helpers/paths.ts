// Where the test inputs live: the repository's seeds and gold, and the shared corpus beside
// the repository (../shared/corpus), which may be absent on a fresh clone.
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const SEEDS = join(REPO, "seeds");
export const GOLD = join(REPO, "tests", "gold");
export const CORPUS = resolve(REPO, "..", "shared", "corpus");
export const HAS_CORPUS = existsSync(join(CORPUS, "0001.txt"));
export const NO_CORPUS_MESSAGE = `../shared/corpus (${CORPUS}) is absent: corpus tests skipped`;

export const SEED_FILES = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort();

/** Corpus articles that have gold in tests/gold (named like 0003.jsonl). */
export const GOLD_CORPUS_DOCS = readdirSync(GOLD)
  .filter((f) => /^\d{4}\.jsonl$/.test(f))
  .map((f) => f.replace(/\.jsonl$/, ".txt"))
  .sort();

/** A fresh temporary folder for one test. */
export const tempDir = (prefix = "athar-test-") => mkdtempSync(join(tmpdir(), prefix));
