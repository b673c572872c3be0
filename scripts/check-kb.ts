// Validates kb/*.json (or the files given) against the KbEntry schema and prints counts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { KbEntry } from "../src/schema.js";

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync("kb")
      .filter((f) => f.endsWith(".json"))
      .map((f) => join("kb", f));
let bad = 0;
const ids = new Map<string, string>();
for (const file of files) {
  const data: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!Array.isArray(data)) {
    console.error(`${file}: expected an array of entries`);
    bad++;
    continue;
  }
  data.forEach((raw, i) => {
    const r = KbEntry.safeParse(raw);
    const id = (raw as { id?: string })?.id ?? `#${i}`;
    if (!r.success) {
      bad++;
      console.error(
        `${file} entry ${i} (${id}): ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`,
      );
    } else if (ids.has(id)) {
      bad++;
      console.error(`${file} entry ${i}: duplicate id ${id} (also in ${ids.get(id)})`);
    } else ids.set(id, file);
  });
  console.log(`${file}: ${data.length} entries`);
}
process.exit(bad ? 1 : 0);
