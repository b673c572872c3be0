// Writing outputs. Every file is written to a temporary name and renamed, so a crash never
// leaves half a graph behind.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

export const jsonl = (rows: readonly unknown[]) =>
  rows.map((r) => `${JSON.stringify(r)}\n`).join("");

/** Writes each named output into `dir` atomically (the folder is created when missing). */
export function writeOutputs(dir: string, files: Record<string, string>): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    writeAtomic(p, content);
    written.push(p);
  }
  return written;
}
