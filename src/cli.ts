// The athar command line: each subcommand lives in src/cli/<name>.ts and registers itself here.
// Only the module of the command being run is loaded (all of them for --help or an unknown
// command): a query on the store should not pay for loading the extractor, nor a build for
// DuckDB's binding before it needs it.
import type { Command } from "commander";
import { Command as Program } from "commander";
import { isOutOfMemory } from "./store/out-of-memory.js";
import { EXTRACTOR_VERSION } from "./version.js";

type Loader = () => Promise<Register>;

/** Each command's module, by the name typed on the command line. */
const COMMANDS: Record<string, Loader> = {
  build: async () => (await import("./cli/build.js")).registerBuild,
  eval: async () => (await import("./cli/eval.js")).registerEval,
  "eval-ner": async () => (await import("./cli/eval.js")).registerEval,
  export: async () => (await import("./cli/export.js")).registerExport,
  extract: async () => (await import("./cli/extract.js")).registerExtract,
  query: async () => (await import("./cli/query.js")).registerQuery,
  sql: async () => (await import("./cli/sql.js")).registerSql,
};

/** The register functions to run for `argv`: the named command's, or every one. */
async function registersFor(argv: string[]): Promise<Register[]> {
  const name = argv[2];
  const one = name === undefined ? undefined : COMMANDS[name];
  if (one) return [await one()];
  const all = await Promise.all([...new Set(Object.values(COMMANDS))].map((load) => load()));
  return [...new Set(all)];
}

/** Runs the CLI and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Program()
    .name("athar")
    .description(
      "athar (أثر): knowledge graphs from Arabic news.\n" +
        "Extracts actor–relation–actor triples with exact provenance and merges them into a graph.",
    )
    .version(EXTRACTOR_VERSION)
    .showHelpAfterError()
    .exitOverride();
  let code = 0;
  const setCode = (c: number) => {
    code = Math.max(code, c);
  };
  for (const register of await registersFor(argv)) register(program, setCode);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message?: string };
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
    if (e.code?.startsWith("commander.")) return e.exitCode ?? 2;
    console.error(`athar: ${e.message ?? String(err)}`);
    if (isOutOfMemory(err)) console.error(OUT_OF_MEMORY_HINT);
    return 2;
  }
  return code;
}

/** What to do when DuckDB ran out of its memory limit even after growing it (store/grow.ts). */
const OUT_OF_MEMORY_HINT =
  "athar: the store ran out of DuckDB's memory limit; give it more with ATHAR_STORE_MEMORY (DuckDB's syntax, e.g. ATHAR_STORE_MEMORY=4GB) and run the same command again: what was committed is kept";

/** Signature every subcommand module exports. */
export type Register = (program: Command, setExitCode: (code: number) => void) => void;
