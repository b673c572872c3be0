// `npm start -- --graph DIR` opens any build in the viewer: it serves DIR's graph.json and
// articles.json at /graph/ (where the viewer looks) instead of the committed graph/, on
// 127.0.0.1, without rebuilding graph/ from seeds/.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const START = join(ROOT, "scripts/start.mjs");
/** The viewer is built (vite) before the server starts. */
const TIMEOUT = 120_000;

/** Starts `cmd args` in its own process group and resolves once it prints the viewer's URL. */
function startServer(
  cmd: string,
  args: string[],
  cwd: string,
): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(cmd, args, { cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  return new Promise((ok, ko) => {
    const timer = setTimeout(() => ko(new Error(`no URL after ${TIMEOUT} ms:\n${out}`)), TIMEOUT);
    const seen = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /athar viewer: (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        ok({ url: m[1], child, output: () => out });
      }
    };
    child.stdout?.on("data", seen);
    child.stderr?.on("data", seen);
    child.on("exit", (code) => {
      clearTimeout(timer);
      ko(new Error(`exited with ${code} before serving:\n${out}`));
    });
  });
}

/** Stops the process group started above (npm and the node it runs) and waits for it. */
function stop(child: ChildProcess): Promise<void> {
  const gone = child.exitCode !== null || child.signalCode !== null;
  if (gone || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((ok) => child.once("exit", () => ok()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
  return exited;
}

const started: ChildProcess[] = [];
const temps: string[] = [];
afterAll(async () => {
  await Promise.all(started.map(stop));
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe("npm start -- --graph DIR", () => {
  it(
    "serves DIR's graph.json and articles.json to the viewer, on 127.0.0.1",
    async () => {
      const work = mkdtempSync(join(tmpdir(), "athar-start-"));
      temps.push(work);
      const dir = join(work, "my-build");
      mkdirSync(dir);
      // A copy that differs from the committed graph/ by a trailing line, so the bytes tell
      // which folder was served.
      for (const f of ["graph.json", "articles.json"]) {
        copyFileSync(join(ROOT, "graph", f), join(dir, f));
        writeFileSync(join(dir, f), `${readFileSync(join(dir, f), "utf8")}\n`);
      }
      // As the README says it: from the caller's folder, with DIR relative to it.
      const server = await startServer(
        "npm",
        ["--prefix", ROOT, "start", "--silent", "--", "--graph", "my-build", "--port", "0"],
        work,
      );
      started.push(server.child);
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(server.output()).not.toMatch(/build(ing)? .*seeds/);
      for (const f of ["graph.json", "articles.json"]) {
        const res = await fetch(new URL(`graph/${f}`, server.url));
        expect(res.status, f).toBe(200);
        expect(await res.text(), f).toBe(readFileSync(join(dir, f), "utf8"));
      }
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
      await stop(server.child);
    },
    TIMEOUT,
  );

  it("stops with a clear message when DIR has no graph.json", () => {
    const empty = mkdtempSync(join(tmpdir(), "athar-start-empty-"));
    temps.push(empty);
    const r = spawnSync(process.execPath, [START, "--graph", empty, "--port", "0"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--graph ${empty}: no graph.json there`);
    expect(r.stdout).not.toMatch(/athar viewer:/);
  });

  it("refuses a --port that is not a port number", () => {
    const r = spawnSync(process.execPath, [START, "--port", "http"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--port must be a port number, not http");
  });
});

describe("npm start on a fresh clone", () => {
  it(
    "serves the committed graph/ without rebuilding it, though git wrote kb/ after graph/",
    async () => {
      const work = mkdtempSync(join(tmpdir(), "athar-start-clone-"));
      temps.push(work);
      const clone = join(work, "athar");
      const git = spawnSync("git", ["clone", "-q", ROOT, clone], { encoding: "utf8" });
      expect(git.status, git.stderr).toBe(0);
      // This start script (the working tree's), the installed packages, and kb/ and lexicon/
      // newer than graph/graph.json, as a checkout may leave them.
      copyFileSync(START, join(clone, "scripts/start.mjs"));
      symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"));
      const later = new Date(Date.now() + 60_000);
      for (const f of ["kb", "lexicon"]) utimesSync(join(clone, f), later, later);
      const kbFile = spawnSync("git", ["ls-files", "kb"], { cwd: clone, encoding: "utf8" })
        .stdout.split("\n")
        .find((l) => l.endsWith(".json"));
      expect(kbFile).toBeTruthy();
      utimesSync(join(clone, kbFile as string), later, later);
      const server = await startServer(
        process.execPath,
        [join(clone, "scripts/start.mjs"), "--port", "0"],
        clone,
      );
      started.push(server.child);
      expect(server.output()).toContain("graph/graph.json is up to date");
      expect(server.output()).not.toMatch(/building it/);
      const res = await fetch(new URL("graph/graph.json", server.url));
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(readFileSync(join(clone, "graph/graph.json"), "utf8"));
      await stop(server.child);
    },
    TIMEOUT,
  );
});
