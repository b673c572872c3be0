// Downloads of whole files: the graph, and view.json's edges. index.html starts both before
// the bundle loads (window.__atharPrefetch); these pick its promises up when the URL matches.
import { LoadError } from "./from-athar.js";

declare global {
  interface Window {
    /** Started by index.html before the bundle loads; `edges` only for a view.json. */
    __atharPrefetch?: {
      url: string;
      text: Promise<string>;
      edges?: { url: string; bytes: Promise<ArrayBuffer> };
    };
  }
}

async function fetchOk(url: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new LoadError(`cannot fetch ${url}: ${(err as Error).message}`);
  }
  if (!res.ok) throw new LoadError(`cannot fetch ${url}: HTTP ${res.status}`);
  return res;
}

export async function fetchText(url: string): Promise<string> {
  return (await fetchOk(url)).text();
}

const absolute = (url: string) => new URL(url, location.href).href;

/** The graph's text, from index.html's early download when it is the same URL. */
export function fetchGraphText(url: string): Promise<string> {
  const pre = window.__atharPrefetch;
  const early = pre?.url === url ? pre.text : undefined;
  // Taken once: loading the same URL again later downloads it again.
  if (pre) pre.url = "";
  if (early) {
    return early.catch((err: Error) => {
      throw new LoadError(`cannot fetch ${url}: ${err.message}`);
    });
  }
  return fetchText(url);
}

/**
 * view.json's edges file as bytes, from index.html's early download when it is the same URL.
 * Bytes, not text: they arrive while the nodes are drawn, and are decoded after that frame.
 */
export function fetchEdgeBytes(url: string): Promise<ArrayBuffer> {
  const pre = window.__atharPrefetch?.edges;
  if (window.__atharPrefetch) window.__atharPrefetch.edges = undefined;
  if (pre && absolute(pre.url) === absolute(url)) {
    return pre.bytes.catch((err: Error) => {
      throw new LoadError(`cannot fetch ${url}: ${err.message}`);
    });
  }
  return fetchOk(url).then((r) => r.arrayBuffer());
}
