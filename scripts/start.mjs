#!/usr/bin/env node
// `npm start`: (1) rebuild graph/ from seeds/ when graph/graph.json is missing or older than
// any file in seeds/ or kb/, (2) build the viewer, (3) serve viewer/dist and graph/ on
// localhost (PORT, default 5173) and print the address. Plain JS: runs on a clean clone.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "./serve-static.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const GRAPH_DIR = join(ROOT, "graph");
const GRAPH = join(GRAPH_DIR, "graph.json");
// lexicon/ (relation patterns, names) shapes the graph as much as kb/ does.
const INPUTS = ["seeds", "kb", "lexicon"].map((d) => join(ROOT, d));
const CLI = join(ROOT, "bin/athar.js");

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function graphIsStale() {
  if (!existsSync(GRAPH)) return "graph/graph.json is missing";
  const built = statSync(GRAPH).mtimeMs;
  const input = Math.max(...INPUTS.map(newest));
  return input > built ? "seeds/, kb/ or lexicon/ changed since graph/graph.json was built" : null;
}

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", ...opts });
}

/** Runs `athar build seeds --out graph` when needed; never throws, says what happened. */
function buildGraph() {
  const why = graphIsStale();
  if (!why) {
    console.log("athar: graph/graph.json is up to date with seeds/, kb/ and lexicon/");
    return;
  }
  console.log(`athar: ${why}; building it: node bin/athar.js build seeds --out graph`);
  if (!existsSync(join(ROOT, "dist/src/cli.js"))) {
    console.log("athar: compiling the CLI first (npm run build)");
    run("npm", ["run", "build", "--silent"]);
  }
  const probe = spawnSync(process.execPath, [CLI, "build", "--help"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (!existsSync(CLI) || probe.status !== 0) {
    console.error(
      "athar: the `athar build` command is not available yet, so graph/ cannot be rebuilt.\n" +
        `       ${(probe.stderr || probe.stdout || "").trim().split("\n")[0] ?? ""}\n` +
        "       The viewer is served anyway; it shows graph/graph.json if present, or open a file in it.",
    );
    return;
  }
  const res = run(process.execPath, [CLI, "build", "seeds", "--out", "graph"]);
  if (res.status !== 0) {
    console.error(
      existsSync(GRAPH)
        ? `athar: the build reported problems (exit code ${res.status}); serving the graph it wrote.`
        : `athar: the build failed (exit code ${res.status}) and wrote no graph/graph.json.`,
    );
  }
}

async function buildViewer() {
  console.log("athar: building the viewer (vite build viewer)");
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "viewer/vite.config.ts"), logLevel: "warn" });
}

async function main() {
  buildGraph();
  await buildViewer();
  const port = Number(process.env.PORT ?? 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`athar: PORT must be a port number, not ${process.env.PORT}`);
    process.exit(2);
  }
  const served = await serveStatic({
    mounts: [
      { prefix: "/graph/", dir: GRAPH_DIR },
      { prefix: "/", dir: join(ROOT, "viewer/dist") },
    ],
    port,
    host: process.env.HOST ?? "127.0.0.1",
  }).catch((err) => {
    console.error(
      err.code === "EADDRINUSE"
        ? `athar: port ${port} is in use; choose another with PORT=8080 npm start`
        : `athar: cannot serve: ${err.message}`,
    );
    process.exit(1);
  });
  console.log(`\n  athar viewer: ${served.url}\n  (graph from graph/graph.json; Ctrl+C to stop)\n`);
  const stop = () => served.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

await main();
