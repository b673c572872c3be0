// Reading data: from the server (graph URL, articles beside it) or from a dropped file.
import { fetchEdgeBytes, fetchGraphText, fetchText } from "./fetch.js";
import {
  articlesFromAthar,
  graphFromAthar,
  graphFromView,
  isAtharArticles,
  isAtharGraph,
  isAtharView,
  LoadError,
  OtherViewError,
} from "./from-athar.js";
import { graphFromGexf } from "./from-gexf.js";
import type { Article, Dataset } from "./model.js";

/** A build's view.json: the graph without evidence, which is fetched when opened. */
export const DEFAULT_VIEW_URL = "./graph/view.json";
/** The whole graph with its evidence: what is shown when there is no view.json. */
export const DEFAULT_GRAPH_URL = "./graph/graph.json";

/** articles.json sits beside graph.json; `?articles=` overrides. */
export function articlesUrlFor(graphUrl: string): string {
  return graphUrl.replace(/[^/]*$/, "articles.json");
}

/**
 * Parses a graph file's text, whichever of the formats it is. A view.json needs the URL it
 * came from (its evidence is fetched from graph.json beside it); a dropped one cannot be shown.
 */
export function parseGraphText(
  text: string,
  name: string,
  url?: string,
): Omit<Dataset, "articles"> {
  const head = text.trimStart().slice(0, 1);
  if (head === "<") return graphFromGexf(text, name);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new LoadError(`${name} is neither JSON nor GEXF: ${(err as Error).message}`);
  }
  if (!isAtharGraph(json))
    throw new LoadError(`${name} is not an athar graph.json (no meta/nodes)`);
  if (isAtharView(json)) {
    if (!url) {
      throw new LoadError(
        `${name} is a view.json, whose evidence stays in graph.json beside it: open graph.json`,
      );
    }
    return graphFromView(json, name, url, fetchEdgeBytes);
  }
  return graphFromAthar(json, name);
}

export interface Loaded {
  dataset: Dataset;
  /** Problems that do not stop the view, e.g. an unreadable articles.json. */
  warnings: string[];
}

/**
 * The graph at `graphUrl`, with its articles. When `fallbackUrl` is given and `graphUrl` is
 * not there (HTTP 404: a folder built before view.json existed) or is a view.json of another
 * version, the fallback is shown.
 */
export async function loadFromUrl(
  graphUrl: string,
  articlesUrl: string,
  fallbackUrl?: string,
): Promise<Loaded> {
  try {
    return await loadOne(graphUrl, articlesUrl);
  } catch (err) {
    const other = err instanceof OtherViewError;
    if (!fallbackUrl || !(other || /HTTP 404/.test((err as Error).message))) throw err;
    const loaded = await loadOne(fallbackUrl, articlesUrlFor(fallbackUrl));
    if (other) loaded.warnings.push(`${(err as Error).message}: showing ${fallbackUrl}`);
    return loaded;
  }
}

async function loadOne(graphUrl: string, articlesUrl: string): Promise<Loaded> {
  const warnings: string[] = [];
  // view.json's articles are fetched one by one when opened, never as a whole.
  const view = /(^|\/)view\.json$/.test(new URL(graphUrl, location.href).pathname);
  const [graphText, articles] = await Promise.all([
    fetchGraphText(graphUrl).then((t) => {
      performance.mark("athar:fetched");
      return t;
    }),
    // Articles are optional: without them evidence still shows its sentence.
    (view ? Promise.reject(new Error("HTTP 404")) : fetchText(articlesUrl)).then(
      (t) => {
        try {
          return articlesFromAthar(JSON.parse(t), articlesUrl);
        } catch (err) {
          warnings.push((err as Error).message);
          return new Map<string, Article>();
        }
      },
      (err: Error) => {
        if (!/HTTP 404/.test(err.message)) warnings.push(err.message);
        return new Map<string, Article>();
      },
    ),
  ]);
  return { dataset: { ...parseGraphText(graphText, graphUrl, graphUrl), articles }, warnings };
}

export type Dropped =
  | { kind: "graph"; data: Omit<Dataset, "articles"> }
  | { kind: "articles"; articles: Map<string, Article> };

/** A dropped or opened file: a graph (athar JSON or GEXF) or an articles.json. */
export async function readDroppedFile(file: File): Promise<Dropped> {
  const text = await file.text();
  if (text.trimStart().startsWith("{")) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new LoadError(`${file.name}: invalid JSON: ${(err as Error).message}`);
    }
    if (isAtharArticles(json))
      return { kind: "articles", articles: articlesFromAthar(json, file.name) };
    if (isAtharView(json)) {
      throw new LoadError(
        `${file.name} is a view.json, whose evidence stays in graph.json beside it: open graph.json`,
      );
    }
    if (isAtharGraph(json)) return { kind: "graph", data: graphFromAthar(json, file.name) };
    throw new LoadError(`${file.name}: not an athar graph.json or articles.json`);
  }
  return { kind: "graph", data: parseGraphText(text, file.name) };
}
