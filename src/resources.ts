// What an extraction depends on besides the article: athar's version and the bytes of the
// knowledge base, lexicon and model it loads. Their hash goes into each stored document's key,
// so an incremental build re-extracts every article when any of them changes, and none when
// nothing did.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundledKbDir, bundledKbFiles } from "./kb/load.js";
import { EXTRACTOR_VERSION } from "./version.js";

/** The bundled resource files: kb/*.json, lexicon/*.json and model/*.json, in a fixed order. */
export function bundledResourceFiles(): string[] {
  const root = join(bundledKbDir(), "..");
  const jsonIn = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => join(root, dir, f));
  return [...bundledKbFiles(), ...jsonIn("lexicon"), ...jsonIn("model")];
}

/**
 * A hash of athar's version, the bundled resources and `extraFiles` (--kb files, a replacement
 * of the per-article stage), each by content: the same for the same resources on any machine
 * and in any folder.
 */
export function resourcesKey(extraFiles: readonly string[] = [], settings = ""): string {
  // Settings that change the outputs (--relations, --min-confidence) count as resources too.
  const h = createHash("sha256").update(`athar ${EXTRACTOR_VERSION}\n${settings}\n`);
  const root = join(bundledKbDir(), "..");
  for (const file of bundledResourceFiles()) {
    const bytes = readFileSync(file);
    h.update(`${file.slice(root.length + 1)}\0${bytes.length}\0`).update(bytes);
  }
  for (const file of extraFiles) {
    const bytes = readFileSync(file);
    h.update(`extra\0${bytes.length}\0`).update(bytes);
  }
  return h.digest("hex");
}
