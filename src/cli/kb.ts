// The knowledge base a command extracts with: the bundled files and the --kb ones.
import { buildKb, type Kb } from "../kb/kb.js";
import { bundledKbFiles, KbError, loadKbFiles } from "../kb/load.js";

/** The KB, or the one-line reason a --kb file (or a bundled one) cannot be used. */
export function loadCliKb(files: readonly string[]): Kb | string {
  try {
    return buildKb(loadKbFiles([...bundledKbFiles(), ...files]));
  } catch (e) {
    if (e instanceof KbError) return e.message;
    throw e;
  }
}

/** "1 article", "3 articles", "2 entities" (with `many`). */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
