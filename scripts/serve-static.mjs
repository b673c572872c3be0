// A small static file server (node:http) for the built viewer and the graph files: used by
// `npm start`, the e2e tests and the viewer benchmark. No dependencies, GET/HEAD only.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonl": "application/jsonl; charset=utf-8",
  ".gexf": "application/gexf+xml; charset=utf-8",
  ".graphml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** The file a URL path names under one of the mounts, or null (never outside a mount's dir). */
async function resolveFile(mounts, urlPath) {
  for (const { prefix, dir } of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const root = resolve(dir);
    let file = resolve(join(root, urlPath.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return null;
    try {
      let s = await stat(file);
      if (s.isDirectory()) {
        file = join(file, "index.html");
        s = await stat(file);
      }
      if (s.isFile()) return { file, size: s.size };
    } catch {
      // Not under this mount: try the next one.
    }
  }
  return null;
}

/**
 * The one byte range a `Range: bytes=a-b` header asks for (`a-`, `-n` too) within a file of
 * `size` bytes: null to send the whole file (no header, several ranges, another unit),
 * "unsatisfiable" when it starts past the end.
 */
export function parseRange(header, size) {
  if (typeof header !== "string") return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  let start;
  let end;
  if (m[1] === "") {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (!Number.isSafeInteger(start) || start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

/**
 * Serves `mounts` ([{ prefix: "/graph/", dir }, { prefix: "/", dir }], longest prefix first)
 * on `port` (0 = any free port). Resolves to { url, port, close }.
 */
export async function serveStatic({ mounts, port = 0, host = "127.0.0.1" }) {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      res.writeHead(400).end("bad path");
      return;
    }
    const found = await resolveFile(sorted, path);
    if (!found) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`not found: ${path}`);
      return;
    }
    const headers = {
      "Content-Type": TYPES[extname(found.file).toLowerCase()] ?? "application/octet-stream",
      // The graph changes when it is rebuilt: never let a browser keep a stale one.
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Accept-Ranges": "bytes",
    };
    // The viewer fetches one relation's evidence as a byte range of graph.json (view.json
    // says where): one range per request; several ranges get the whole file, as HTTP allows.
    const range = parseRange(req.headers.range, found.size);
    if (range === "unsatisfiable") {
      res.writeHead(416, { ...headers, "Content-Range": `bytes */${found.size}` }).end();
      return;
    }
    if (range) {
      res.writeHead(206, {
        ...headers,
        "Content-Length": range.end - range.start + 1,
        "Content-Range": `bytes ${range.start}-${range.end}/${found.size}`,
      });
    } else {
      res.writeHead(200, { ...headers, "Content-Length": found.size });
    }
    if (req.method === "HEAD") res.end();
    // Large chunks: a 70 MB graph.json streams in a fraction of the syscalls of 64 KB ones.
    else createReadStream(found.file, { highWaterMark: 1 << 20, ...range }).pipe(res);
  });
  await new Promise((ok, ko) => {
    server.once("error", ko);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    port: actual,
    url: `http://${host === "0.0.0.0" ? "localhost" : host}:${actual}/`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}
