// Where `athar extract` writes its records: stdout, at the pace of whoever reads it (a pipe
// to a slow consumer holds the extractor back rather than filling memory), or a file that
// appears whole, under its name, only once every record is in it.
import { once } from "node:events";
import { type FileHandle, mkdir, open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

export interface Sink {
  write(text: string): Promise<void>;
  /** Every record is written: flush, and for a file, put it in place. */
  close(): Promise<void>;
  /** The run failed: for a file, remove what was written (the previous file stays). */
  discard(): Promise<void>;
}

/** A stream that is not ended when done (stdout belongs to the process). */
export function streamSink(out: NodeJS.WritableStream): Sink {
  let failed: unknown = null;
  // Without a listener a closed pipe (EPIPE) would be thrown where no one can catch it.
  const onError = (e: unknown) => {
    failed ??= e;
  };
  out.on("error", onError);
  const check = () => {
    if (failed !== null) throw failed;
  };
  return {
    async write(text) {
      check();
      if (!out.write(text)) await once(out, "drain");
      check();
    },
    async close() {
      out.off("error", onError);
      check();
    },
    async discard() {
      out.off("error", onError);
    },
  };
}

/** A file written under a temporary name, synced, then renamed over `path`. */
export async function fileSink(path: string): Promise<Sink> {
  const tmp = `${path}.tmp-${process.pid}`;
  await mkdir(dirname(path), { recursive: true });
  const fh: FileHandle = await open(tmp, "w");
  let open_ = true;
  const shut = async () => {
    if (!open_) return;
    open_ = false;
    await fh.close();
  };
  return {
    async write(text) {
      await fh.write(text);
    },
    async close() {
      await fh.sync();
      await shut();
      await rename(tmp, path);
    },
    async discard() {
      await shut();
      await rm(tmp, { force: true });
    },
  };
}
