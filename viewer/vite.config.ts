// The viewer's build: a static site in viewer/dist that reads ./graph/graph.json at run time.
// `base: "./"` keeps every asset URL relative, so dist/ works from any path (file server, CI).
import { createReadStream, existsSync, statSync } from "node:fs";
import { join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const graphDir = fileURLToPath(new URL("../graph/", import.meta.url));

/** In `vite dev`, serve ../graph/ at /graph/ the way scripts/start.mjs does after a build. */
function serveGraphDir(): Plugin {
  return {
    name: "athar-graph-dir",
    configureServer(server) {
      server.middlewares.use("/graph", (req, res, next) => {
        const rel = normalize(decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/"));
        const file = join(graphDir, rel);
        if (!file.startsWith(graphDir) || !existsSync(file) || !statSync(file).isFile()) {
          next();
          return;
        }
        res.setHeader("Content-Type", file.endsWith(".json") ? "application/json" : "text/plain");
        createReadStream(file).pipe(res);
      });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  plugins: [serveGraphDir()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  worker: { format: "es" },
});
