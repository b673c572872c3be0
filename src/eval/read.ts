// Reading gold folders and build outputs for evaluation (the disk side of eval).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Mention, RelationMention } from "../schema.js";
import { type GoldDoc, parseGold } from "./gold.js";

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
