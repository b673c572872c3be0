#!/usr/bin/env node
// The CLI entry: runs the compiled code (npm ci builds dist/ through the prepare script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = new URL("../dist/src/cli.js", import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error("athar: dist/ is missing; run `npm run build` (npm ci does it) first.");
  process.exit(2);
}
// A reader that goes away (`athar ... | head`) ends the output, not in a stack trace.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import(cli.href);
process.exitCode = await main(process.argv);
