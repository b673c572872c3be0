// The local server that `npm start` runs: it listens on 127.0.0.1, answers GET and HEAD for
// files under its mounts only, and serves one byte range (the viewer's evidence on demand).
// Requests crafted to escape the build folder or to smuggle SQL get 4xx and nothing else.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRange, type Served, serveStatic } from "../scripts/serve-static.mjs";

const SECRET = "كلمة سر لا تُرسل";

/** A raw request (no URL normalisation by a client library): status and body. */
function raw(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((ok, ko) => {
    const req = request(
      { host: "127.0.0.1", port, path, method: opts.method ?? "GET", headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          ok({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            headers: res.headers,
          }),
        );
      },
    );
    req.on("error", ko);
    req.end();
  });
}

describe("the local server", () => {
  let root = "";
  let served: Served;
  const graph = JSON.stringify({ edges: [{ key: "state:RU|CONSULT|state:KP|affirmed" }] });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "athar-serve-"));
    mkdirSync(join(root, "build"));
    mkdirSync(join(root, "viewer"));
    writeFileSync(join(root, "build", "graph.json"), graph);
    writeFileSync(join(root, "viewer", "index.html"), "<!doctype html><title>athar</title>");
    // Beside the served folders: must never come out.
    writeFileSync(join(root, "secret.txt"), SECRET);
    writeFileSync(join(root, "build.duckdb"), SECRET);
    served = await serveStatic({
      mounts: [
        { prefix: "/graph/", dir: join(root, "build") },
        { prefix: "/", dir: join(root, "viewer") },
      ],
    });
  });

  afterAll(async () => {
    await served?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("listens on 127.0.0.1 unless told otherwise", () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves the build's files and the viewer", async () => {
    const g = await raw(served.port, "/graph/graph.json");
    expect(g.status).toBe(200);
    expect(g.body).toBe(graph);
    expect((await raw(served.port, "/")).body).toContain("<title>athar</title>");
  });

  it.each([
    "/graph/../secret.txt",
    "/graph/..%2fsecret.txt",
    "/graph/%2e%2e/secret.txt",
    "/graph/%2e%2e%2fsecret.txt",
    "/..%2f..%2f..%2fetc%2fpasswd",
    "/graph/..%5csecret.txt",
    "//etc/passwd",
    "/graph/%2fetc%2fpasswd",
    "/graph/graph.json%00.txt",
    "/graph/graph.json';%20DROP%20TABLE%20relation_mentions;%20--",
    "/graph/?edge=1%27%20OR%20%271%27=%271",
    "/graph/edge/1%20UNION%20SELECT%20text%20FROM%20documents",
    `/graph/${"a".repeat(5000)}`,
    "/build.duckdb",
    "/../build.duckdb",
  ])(
    "request %# (traversal, SQL, oversized) gets 4xx and nothing outside the mounts",
    async (path) => {
      const res = await raw(served.port, path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body).not.toContain(SECRET);
      expect(res.body).not.toContain("root:");
    },
  );

  it("answers other methods with 405", async () => {
    for (const method of ["POST", "PUT", "DELETE"]) {
      expect((await raw(served.port, "/graph/graph.json", { method })).status).toBe(405);
    }
  });

  it("serves one byte range with 206, and 416 past the end", async () => {
    const part = await raw(served.port, "/graph/graph.json", { headers: { Range: "bytes=2-8" } });
    expect(part.status).toBe(206);
    expect(part.body).toBe(graph.slice(2, 9));
    expect(part.headers["content-range"]).toBe(`bytes 2-8/${graph.length}`);
    const past = await raw(served.port, "/graph/graph.json", {
      headers: { Range: `bytes=${graph.length + 10}-` },
    });
    expect(past.status).toBe(416);
    expect(past.body).toBe("");
  });

  it("reads Range headers strictly: one range of bytes, else the whole file", () => {
    expect(parseRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=50-500", 100)).toEqual({ start: 50, end: 99 });
    expect(parseRange("bytes=0-1,5-6", 100)).toBeNull();
    expect(parseRange("items=0-1", 100)).toBeNull();
    expect(parseRange("bytes=0-1; DROP TABLE x", 100)).toBeNull();
    expect(parseRange(undefined, 100)).toBeNull();
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange(`bytes=${"9".repeat(400)}-`, 100)).toBe("unsatisfiable");
  });
});
