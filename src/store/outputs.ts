// What the store knows of the files beside it: the fingerprint of the build that wrote them
// and each file's hash. A build whose fingerprint is the same, into a folder whose files still
// have those hashes, has nothing to write (pipeline.ts buildIncremental).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { readMeta, type Store, writeMeta } from "./open.js";

const OutputsMeta = z.object({
  fingerprint: z.string(),
  files: z.record(z.string(), z.string()),
});

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** The fingerprint of the files in `dir` when every one is as the build that wrote them left it. */
export async function intactOutputs(store: Store, dir: string): Promise<string | undefined> {
  const raw = await readMeta(store, "outputs");
  if (raw === null) return undefined;
  const meta = OutputsMeta.safeParse(JSON.parse(raw));
  if (!meta.success) return undefined;
  for (const [name, hash] of Object.entries(meta.data.files)) {
    const path = join(dir, name);
    if (!existsSync(path) || sha256(readFileSync(path)) !== hash) return undefined;
  }
  return meta.data.fingerprint;
}

/** Records the fingerprint and the files a build just wrote into `dir`, by name with their SHA-256. */
export async function recordOutputs(
  store: Store,
  fingerprint: string,
  hashes: Readonly<Record<string, string>>,
): Promise<void> {
  const files = Object.fromEntries(
    Object.keys(hashes)
      .sort()
      .map((name) => [name, hashes[name] as string]),
  );
  await writeMeta(store, "outputs", JSON.stringify({ fingerprint, files }));
}
