// Reading data: from the server (graph URL, articles beside it) or from a dropped file.
import {
  articlesFromAthar,
  graphFromAthar,
  isAtharArticles,
  isAtharGraph,
  LoadError,
} from "./from-athar.js";
import { graphFromGexf } from "./from-gexf.js";
import type { Article, Dataset } from "./model.js";

export const DEFAULT_GRAPH_URL = "./graph/graph.json";

/** articles.json sits beside graph.json; `?articles=` overrides. */
export function articlesUrlFor(graphUrl: string): string {
  return graphUrl.replace(/[^/]*$/, "articles.json");
}

declare global {
  interface Window {
    /** Started by index.html before the bundle loads. */
    __atharPrefetch?: { url: string; text: Promise<string> };
  }
}

/** The graph's text, from index.html's early download when it is the same URL. */
function fetchGraphText(url: string): Promise<string> {
  const pre = window.__atharPrefetch;
  window.__atharPrefetch = undefined;
  if (pre && pre.url === url) {
    return pre.text.catch((err: Error) => {
      throw new LoadError(`cannot fetch ${url}: ${err.message}`);
    });
  }
  return fetchText(url);
}

async function fetchText(url: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new LoadError(`cannot fetch ${url}: ${(err as Error).message}`);
  }
  if (!res.ok) throw new LoadError(`cannot fetch ${url}: HTTP ${res.status}`);
  return res.text();
}

/** Parses a graph file's text, whichever of the two formats it is. */
export function parseGraphText(text: string, name: string): Omit<Dataset, "articles"> {
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
  return graphFromAthar(json, name);
}

export interface Loaded {
  dataset: Dataset;
  /** Problems that do not stop the view, e.g. an unreadable articles.json. */
  warnings: string[];
}

export async function loadFromUrl(graphUrl: string, articlesUrl: string): Promise<Loaded> {
  const warnings: string[] = [];
  const [graphText, articles] = await Promise.all([
    fetchGraphText(graphUrl).then((t) => {
      performance.mark("athar:fetched");
      return t;
    }),
    // Articles are optional: without them evidence still shows its sentence.
    fetchText(articlesUrl).then(
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
  return { dataset: { ...parseGraphText(graphText, graphUrl), articles }, warnings };
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
    if (isAtharGraph(json)) return { kind: "graph", data: graphFromAthar(json, file.name) };
    throw new LoadError(`${file.name}: not an athar graph.json or articles.json`);
  }
  return { kind: "graph", data: parseGraphText(text, file.name) };
}
