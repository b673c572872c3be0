// The athar command line: each subcommand lives in src/cli/<name>.ts and registers itself here.
import { Command } from "commander";
import { registerBuild } from "./cli/build.js";
import { registerEval } from "./cli/eval.js";
import { registerExport } from "./cli/export.js";
import { registerQuery } from "./cli/query.js";
import { registerSql } from "./cli/sql.js";
import { EXTRACTOR_VERSION } from "./version.js";

/** Runs the CLI and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command()
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
  registerBuild(program, setCode);
  registerEval(program, setCode);
  registerExport(program, setCode);
  registerQuery(program, setCode);
  registerSql(program, setCode);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message?: string };
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
    if (e.code?.startsWith("commander.")) return e.exitCode ?? 2;
    console.error(`athar: ${e.message ?? String(err)}`);
    return 2;
  }
  return code;
}

/** Signature every subcommand module exports. */
export type Register = (program: Command, setExitCode: (code: number) => void) => void;
