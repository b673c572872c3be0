/** Bumped when extraction output changes meaning; recorded in graph.json meta. */
export const EXTRACTOR_VERSION = "0.1.0";
