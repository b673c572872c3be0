// Reading graph.json, with an error that names the file and says what is wrong with it: a
// GEXF or other XML, truncated JSON, another schema version, or entries that do not fit.
import { readFile } from "node:fs/promises";
import { graphFromFile } from "../graph-file.js";
import { GraphFile } from "../graph-schema.js";
import { SCHEMA_VERSION } from "../schema.js";
import { type KnowledgeGraph, knowledgeGraph } from "./knowledge-graph.js";

export class GraphFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "GraphFileError";
  }
}

/** Reads, validates and indexes graph.json. The only query function that touches the disk. */
export async function loadGraph(path: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why =
      e.code === "ENOENT"
        ? "no such file (build one with `athar build <articles> --out graph`)"
        : e.code === "EISDIR"
          ? "is a folder; give the graph.json inside it"
          : (e.message ?? String(err));
    throw new GraphFileError(path, why);
  }
  return parseGraph(text, path);
}

/** The text of a graph.json as a queryable graph; `name` is used in error messages. */
export function parseGraph(text: string, name: string): KnowledgeGraph {
  const file = parseGraphFile(text, name);
  try {
    return knowledgeGraph(graphFromFile(file), file.meta, name);
  } catch (err) {
    throw new GraphFileError(name, `inconsistent graph: ${(err as Error).message}`);
  }
}

export function parseGraphFile(text: string, name: string): GraphFile {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  if (body === "") throw new GraphFileError(name, "the file is empty");
  if (body.startsWith("<")) {
    const what = /<gexf[\s>]/.test(body.slice(0, 2000))
      ? "a GEXF file"
      : /<graphml[\s>]/.test(body.slice(0, 2000))
        ? "a GraphML file"
        : /<html[\s>]|<!doctype html/i.test(body.slice(0, 2000))
          ? "an HTML page"
          : "XML";
    throw new GraphFileError(
      name,
      `this is ${what}, not an athar graph.json; athar writes GEXF and GraphML as exports but queries graph.json`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    const msg = (err as Error).message;
    // A parse error at the very end means the text stopped mid-value.
    const at = /position (\d+)/.exec(msg);
    const atEnd =
      /end of (JSON )?input/i.test(msg) ||
      (at !== null && Number(at[1]) >= body.trimEnd().length - 1);
    throw new GraphFileError(
      name,
      atEnd
        ? `the JSON ends early (truncated file? was it still being written?): ${msg}`
        : `not valid JSON: ${msg}`,
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new GraphFileError(
      name,
      "not an athar graph: expected a JSON object with meta, nodes and edges",
    );
  }
  const meta = (data as { meta?: { schema?: unknown } }).meta;
  if (meta === undefined || typeof meta !== "object" || meta === null) {
    throw new GraphFileError(
      name,
      `not an athar graph: there is no "meta" (a plain graphology export?); expected schema "${SCHEMA_VERSION}"`,
    );
  }
  if (meta.schema !== SCHEMA_VERSION) {
    throw new GraphFileError(
      name,
      `schema version ${JSON.stringify(meta.schema ?? null)} is not the "${SCHEMA_VERSION}" this athar reads; rebuild the graph with \`athar build\``,
    );
  }
  const parsed = GraphFile.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    const more =
      parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : "";
    throw new GraphFileError(
      name,
      `does not fit the athar graph schema: ${issues.join("; ")}${more}`,
    );
  }
  return parsed.data;
}
