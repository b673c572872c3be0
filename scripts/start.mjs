#!/usr/bin/env node
// `npm start`: (1) rebuild graph/ from seeds/ when graph/graph.json is missing, or when
// seeds/, kb/, lexicon/, model/ or graph/ differ from the commit and a file of the inputs is
// newer than graph/graph.json, (2) build the viewer, (3) serve viewer/dist and graph/ on
// 127.0.0.1 (PORT or --port, default 5173) and print the address. Plain JS: runs on a clean
// clone. `npm start -- --graph DIR` serves DIR's files (view.json, view-edges.json, graph.json,
// articles.json: any build's --out folder) in place of graph/, without the seeds rebuild.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { serveStatic } from "./serve-static.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const GRAPH_DIR = join(ROOT, "graph");
const GRAPH = join(GRAPH_DIR, "graph.json");
// lexicon/ (relation patterns, names) and model/ (the relation model) shape the graph as much
// as kb/ does.
const INPUTS = ["seeds", "kb", "lexicon", "model"].map((d) => join(ROOT, d));
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

/**
 * True when git says seeds/, kb/, lexicon/, model/ and graph/ are exactly as committed: the
 * committed graph/ is then the build of the committed inputs (tests/graph.committed.test.ts
 * keeps it so). Checked before mtimes because a fresh clone writes graph/ before kb/ and
 * lexicon/, so their mtimes say nothing there. False when git or the repository is absent.
 */
function inputsAsCommitted() {
  const paths = ["seeds", "kb", "lexicon", "model", "graph"];
  const res = spawnSync("git", ["status", "--porcelain", "--", ...paths], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return res.status === 0 && res.stdout.trim() === "";
}

function graphIsStale() {
  if (!existsSync(GRAPH)) return "graph/graph.json is missing";
  if (inputsAsCommitted()) return null;
  const built = statSync(GRAPH).mtimeMs;
  const input = Math.max(...INPUTS.map(newest));
  return input > built
    ? "seeds/, kb/, lexicon/ or model/ changed since graph/graph.json was built"
    : null;
}

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", ...opts });
}

/** Runs `athar build seeds --out graph` when needed; never throws, says what happened. */
function buildGraph() {
  const why = graphIsStale();
  if (!why) {
    console.log("athar: graph/graph.json is up to date with seeds/, kb/, lexicon/ and model/");
    return;
  }
  console.log(`athar: ${why}; building it: node bin/athar.js build seeds --out graph --no-store`);
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
  const res = run(process.execPath, [CLI, "build", "seeds", "--out", "graph", "--no-store"]);
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

const USAGE = `usage: npm start [-- --graph DIR] [--port N]

  --graph DIR   serve DIR/graph.json and DIR/articles.json (a build's --out folder) instead of
                graph/; graph/ is then not rebuilt
  --port N      the port (default: PORT or 5173; 0 picks a free one)`;

function fail(message) {
  console.error(`athar: ${message}`);
  process.exit(2);
}

/** `--graph DIR` (or DIR/graph.json) and `--port N` from the command line. */
function options() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        graph: { type: "string" },
        port: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (err) {
    fail(`${err.message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const rawPort = values.port ?? process.env.PORT ?? "5173";
  const port = /^\d+$/.test(rawPort) ? Number(rawPort) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    fail(`${values.port === undefined ? "PORT" : "--port"} must be a port number, not ${rawPort}`);
  }
  let graphDir = null;
  if (values.graph !== undefined) {
    // `npm start` runs in the package root; a relative DIR means the caller's folder.
    const base = (process.env.npm_lifecycle_event === "start" && process.env.INIT_CWD) || ".";
    let dir = resolve(base, values.graph);
    if (basename(dir) === "graph.json" && existsSync(dir) && statSync(dir).isFile()) {
      dir = dirname(dir);
    }
    if (!existsSync(join(dir, "graph.json"))) {
      fail(
        `--graph ${values.graph}: no graph.json there; give the --out folder of a build ` +
          "(npx athar build <files> --out DIR)",
      );
    }
    graphDir = dir;
  }
  return { port, graphDir };
}

async function main() {
  const { port, graphDir } = options();
  if (graphDir) console.log(`athar: serving the graph in ${graphDir} (graph/ is not rebuilt)`);
  else buildGraph();
  await buildViewer();
  const served = await serveStatic({
    mounts: [
      { prefix: "/graph/", dir: graphDir ?? GRAPH_DIR },
      { prefix: "/", dir: join(ROOT, "viewer/dist") },
    ],
    port,
    // Local only: the viewer and the articles are never offered to the network.
    host: "127.0.0.1",
  }).catch((err) => {
    console.error(
      err.code === "EADDRINUSE"
        ? `athar: port ${port} is in use; choose another with npm start -- --port 8080`
        : `athar: cannot serve: ${err.message}`,
    );
    process.exit(1);
  });
  const from = graphDir ? join(graphDir, "graph.json") : "graph/graph.json";
  console.log(`\n  athar viewer: ${served.url}\n  (graph from ${from}; Ctrl+C to stop)\n`);
  const stop = () => served.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

await main();
