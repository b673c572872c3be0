// view.json's edges (view-edges.json, columns) into the viewer's graph, after the nodes'
// first frame: a chunk at a time, yielding to the page between chunks so it stays responsive.
import type { z } from "zod";
import {
  type ByteRange,
  derivedEdgeKey,
  VIEW_EDGE_COLUMNS,
  VIEW_SCHEMA,
  ViewEdgesFile,
} from "../../src/graph-schema.js";
import { describe, LoadError } from "./errors.js";
import type { ViewEdge, ViewGraph } from "./model.js";
import { edgeLook } from "./theme.js";

/** Edges added between two yields: tens of ms each, so a click waits no longer than that. */
const CHUNK = 5_000;
/**
 * Above this many edges, zod checks a sample first and the rest after the edges are drawn
 * (from-athar.ts's limit for a whole graph file, which cannot be imported here: it imports us).
 */
const FULL_CHECK_LIMIT = 30_000;
const SAMPLE = 2_000;

type Columns = Omit<ViewEdgesFile, "schema">;

/** Resolves with the background check still to run (large files), or null. */
export type EdgesLoaded = { check: (() => Promise<string | null>) | null };

const nextTask = () => new Promise((r) => setTimeout(r, 0));

/** Entries [from, to) of every column, as a ViewEdgesFile zod can check. */
function slice(c: Columns, at: (i: number) => number, n: number): unknown {
  const out: Record<string, unknown> = { schema: VIEW_SCHEMA };
  for (const k of VIEW_EDGE_COLUMNS) out[k] = Array.from({ length: n }, (_, i) => c[k][at(i)]);
  return out;
}

/** `edges.<i>.<column>` for a zod path [column, index within the slice checked]. */
const where = (at: (i: number) => number) => (path: PropertyKey[]) =>
  path.length >= 2 ? `edges.${at(Number(path[1]))}.${String(path[0])}` : path.join(".");

/**
 * Runs `add` with the graph's edgeAdded listeners detached. sigma answers each added edge
 * by re-indexing the whole graph on the next frame; the app refreshes it once at the end.
 */
function quietly(graph: ViewGraph, add: () => void): void {
  const listeners = graph.listeners("edgeAdded");
  graph.removeAllListeners("edgeAdded");
  try {
    add();
  } finally {
    for (const l of listeners) graph.on("edgeAdded", l);
  }
}

export class PendingEdges {
  private loading: Promise<EdgesLoaded> | null = null;
  /** True once loading has ended: every edge is in, or it failed (load's promise says why). */
  settled = false;

  constructor(
    /** view.json's edge_count: what the status says while they load. */
    readonly count: number,
    private readonly bytes: () => Promise<ArrayBuffer>,
    private readonly graph: ViewGraph,
    /** view.json's node keys, in its order: the columns' source and target index them. */
    private readonly nodes: string[],
    /** Filled with each edge's evidence range in graph.json, for the lazy source. */
    private readonly ranges: Map<string, ByteRange>,
    private readonly name: string,
    /** What depends on the edges in the data itself (node sizes by degree). */
    private readonly whenAdded: () => void,
  ) {}

  /** Adds the edges to the graph (once, whoever asks). */
  load(): Promise<EdgesLoaded> {
    this.loading ??= this.run().finally(() => {
      this.settled = true;
    });
    return this.loading;
  }

  private async run(): Promise<EdgesLoaded> {
    const bytes = await this.bytes();
    // After the first frame: the download went on while the nodes were drawn.
    await nextTask();
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (err) {
      throw new LoadError(`${this.name}: invalid JSON: ${(err as Error).message}`);
    }
    performance.mark("athar:edges-parsed");
    const columns = this.checked(json);
    for (let i = 0; i < this.count; i += CHUNK) {
      if (i > 0) await nextTask();
      quietly(this.graph, () => this.addEdges(columns, i, Math.min(this.count, i + CHUNK)));
    }
    performance.mark("athar:edges-in-graph");
    this.whenAdded();
    const large = this.count > FULL_CHECK_LIMIT;
    return { check: large ? () => this.checkInSlices(columns) : null };
  }

  /** Same schema and one length for every column; zod on a sample when large. */
  private checked(json: unknown): Columns {
    const file = json as Partial<Record<string, unknown>>;
    if (typeof json !== "object" || json === null || file.schema !== VIEW_SCHEMA) {
      throw new LoadError(`${this.name} is not the edges of an ${VIEW_SCHEMA} view.json`);
    }
    const short = VIEW_EDGE_COLUMNS.find(
      (k) => !Array.isArray(file[k]) || (file[k] as unknown[]).length !== this.count,
    );
    if (short) {
      throw new LoadError(`${this.name}: ${short} does not list view.json's ${this.count} edges`);
    }
    const columns = json as Columns;
    const large = this.count > FULL_CHECK_LIMIT;
    const step = this.count / SAMPLE;
    const at = large ? (i: number) => Math.floor(i * step) : (i: number) => i;
    const parsed = ViewEdgesFile.safeParse(large ? slice(columns, at, SAMPLE) : json);
    if (!parsed.success) {
      throw new LoadError(
        `${this.name} is not a view-edges file: ${describe(parsed.error, where(at))}`,
      );
    }
    return columns;
  }

  /** Edges [from, to): the viewer's attribute objects, built once from the columns. */
  private addEdges(c: Columns, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const source = this.nodes[c.source[i] as number];
      const target = this.nodes[c.target[i] as number];
      if (source === undefined || target === undefined) {
        throw new LoadError(`${this.name}: edge ${i} joins a node view.json does not have`);
      }
      const relation = c.type[i] as ViewEdgesFile["type"][number];
      const polarity = c.polarity[i] as ViewEdgesFile["polarity"][number];
      const family = c.family[i] as ViewEdgesFile["family"][number];
      const weight = c.weight[i] as number;
      const a: ViewEdge = {
        relation,
        family,
        mode: c.mode[i] ?? null,
        polarity,
        weight,
        mentions: c.mentions[i] as number,
        first_date: c.first_date[i] ?? null,
        last_date: c.last_date[i] ?? null,
        facets: c.facets[i] ?? [],
        ...edgeLook(family, polarity === "negated", weight),
      };
      const title = c.title[i];
      const role = c.role[i];
      if (title != null) a.title = title;
      if (role != null) a.role = role;
      const key = c.key[i] ?? derivedEdgeKey(source, relation, target, polarity);
      try {
        this.graph.addEdgeWithKey(key, source, target, a);
      } catch (err) {
        throw new LoadError(`${this.name}: cannot add edge ${i}: ${(err as Error).message}`);
      }
      this.ranges.set(key, c.evidence[i] as ByteRange);
    }
  }

  /** The whole file through zod, in slices between which the page can draw and answer. */
  private async checkInSlices(c: Columns): Promise<string | null> {
    // Smaller slices than the chunks added: zod takes longer per edge than adding it.
    const step = 2_000;
    for (let from = 0; from < this.count; from += step) {
      await nextTask();
      const n = Math.min(step, this.count - from);
      const r = (ViewEdgesFile as z.ZodType).safeParse(slice(c, (i) => from + i, n));
      if (!r.success)
        return `${this.name}: ${describe(
          r.error,
          where((i) => from + i),
        )}`;
    }
    return null;
  }
}
