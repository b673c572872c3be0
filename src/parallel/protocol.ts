// What the main thread and the extraction workers say to each other, and what both use to load
// a replacement for the per-article stage.
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BuildError } from "../graph-schema.js";
import type { ArticleOutput, Stages } from "../pipeline.js";

/** Given to each worker at start. */
export interface WorkerConfig {
  /** Knowledge-base files beyond the bundled ones (the --kb files), as absolute paths. */
  kbFiles: string[];
  /** A module whose `process` export replaces the per-article stage (a file: URL). */
  processModule?: string;
  /** Which extractors decide relations, and the confidence kept (plain data: it is cloned). */
  relations?: RelationChoice;
}

/** The serializable part of RelationOptions: what `--relations` and `--min-confidence` say. */
export interface RelationChoice {
  relations?: "rules" | "model" | "both";
  minConfidence?: number;
}

/** A worker's answer for one article; `fatal` when the worker could not start at all. */
export type WorkerResult = ArticleOutput | BuildError | { fatal: string };

/** A module path or URL as the file: URL that import() takes from any thread. */
export function moduleUrl(module: string): string {
  if (/^file:/.test(module)) return module;
  return pathToFileURL(isAbsolute(module) ? module : resolve(module)).href;
}

/** The `process` export of a module: a replacement for the per-article stage. */
export async function loadProcess(module: string): Promise<Stages["process"]> {
  const loaded = (await import(moduleUrl(module))) as { process?: unknown };
  if (typeof loaded.process !== "function")
    throw new Error(`${module} has no \`process\` export (a function of an article and the KB)`);
  return loaded.process as Stages["process"];
}
