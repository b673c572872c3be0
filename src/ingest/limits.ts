// How much of one input athar holds in memory at once.

/** The largest file read whole (.txt, .html, .json), and the longest line of a .jsonl. */
export const MAX_BYTES = 20 * 1024 * 1024;
