// How a build error is printed, apart from build.ts so that athar extract (which prints the
// same lines) does not load the store's modules.
import type { BuildError } from "../graph-schema.js";

/** One line per error: the document, the stage when one failed, and the reason. */
export function formatBuildError(e: BuildError): string {
  return `athar: ${e.file}: ${e.stage && e.stage !== "ingest" ? `${e.stage} failed: ` : ""}${e.message}`;
}
