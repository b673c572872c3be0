// DuckDB's refusals to go past its memory limit, told from its other errors. Apart from the
// store's modules so that the CLI can name the failure without loading DuckDB's binding.

const OUT_OF_MEMORY =
  /Out of Memory Error|could not allocate block of size|failed to pin block|failed to allocate data of size/i;

export function isOutOfMemory(err: unknown): boolean {
  return OUT_OF_MEMORY.test(err instanceof Error ? err.message : String(err));
}
