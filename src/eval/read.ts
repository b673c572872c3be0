// Reading gold folders and build outputs for evaluation (the disk side of eval).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { decodeBytes, withoutMark } from "../ingest/decode.js";
import { cannotRead } from "../ingest/fs-errors.js";
import { Mention, RelationMention } from "../schema.js";
import { type GoldDoc, parseGold } from "./gold.js";
import { type ConllSentence, conllProblem, parseConll } from "./ner.js";

export function readGold(path: string): GoldDoc[] {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith(".jsonl"))
        .sort()
        .map((f) => join(path, f))
    : [path];
  return files.flatMap((f) => parseGold(f, readFileSync(f, "utf8")));
}

function readJsonl<T>(path: string, parse: (x: unknown) => T): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return parse(JSON.parse(l));
      } catch (e) {
        throw new Error(`${path}:${i + 1}: ${(e as Error).message.split("\n")[0]}`);
      }
    });
}

export function readBuild(dir: string): { mentions: Mention[]; triples: RelationMention[] } {
  return {
    mentions: readJsonl(join(dir, "mentions.jsonl"), (x) => Mention.parse(x)),
    triples: readJsonl(join(dir, "triples.jsonl"), (x) => RelationMention.parse(x)),
  };
}

/**
 * Reads a CoNLL file for eval-ner; throws an Error naming the file and what is wrong when it
 * is unreadable, empty, binary, not UTF-8 or not CoNLL.
 */
export function readConll(path: string): ConllSentence[] {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new Error(`${path}: ${cannotRead(e)}`);
  }
  if (buf.length === 0) throw new Error(`${path}: empty file`);
  const decoded = decodeBytes(buf);
  if ("error" in decoded) throw new Error(`${path}: ${decoded.error}`);
  const text = withoutMark(decoded.text);
  const problem = conllProblem(text);
  if (problem) throw new Error(`${path}: ${problem}`);
  return parseConll(text);
}
