// One temporary folder for a whole test run. The tests, the CLI processes they start and the
// build's own spill files all make their folders with os.tmpdir(), which reads TMPDIR; pointing
// it here before the workers start (they inherit this environment) and removing the folder at
// the end keeps a run from leaving hundreds of folders in /tmp.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "athar-tests-"));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
