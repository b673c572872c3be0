// Errors that stop a graph from loading, and zod's issues in words.

export class LoadError extends Error {}

/** Zod's issues as a few readable lines: where in the file, and what is wrong. */
export function describe(
  error: { issues: { path: PropertyKey[]; message: string }[] },
  where: (path: PropertyKey[]) => string = (p) => p.map(String).join("."),
): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${where(i.path) || "(root)"}: ${i.message}`)
    .join("; ");
}
