// Extraction's outputs kept in a scratch file instead of on the heap: what the stages read back
// is what was extracted, a build through the file writes the same bytes, and the file goes
// away when the build is done with it.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../src/pipeline.js";
import { OutputSpill, outputCounts, SpilledOutput } from "../src/spill.js";
import { tempDir } from "./helpers/paths.js";
import { bodyArticle, bundledKb, run } from "./helpers/pipeline.js";

const TEXT =
  "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الصيني وانغ يي في موسكو، وأدانت روسيا الضربات الأمريكية على سوريا.";

describe("the outputs' scratch file", () => {
  it("gives back each article's mentions and relations as they were extracted", () => {
    const spill = new OutputSpill();
    try {
      const a = run(TEXT);
      const b = run("أعلنت الولايات المتحدة دعمها لأوكرانيا في مواجهة روسيا.");
      const [sa, sb] = [spill.add(a), spill.add(b)];
      expect(sa.relations.length).toBeGreaterThan(0);
      expect(sb.mentions).toEqual(JSON.parse(JSON.stringify(b.mentions)));
      expect(sa.relations).toEqual(JSON.parse(JSON.stringify(a.relations)));
      expect(sa.mentions).toEqual(JSON.parse(JSON.stringify(a.mentions)));
      expect(outputCounts(sa)).toEqual(outputCounts(a));
      expect(sa.mentionLines()).toBe(a.mentions.map((m) => `${JSON.stringify(m)}\n`).join(""));
    } finally {
      spill.close();
    }
  });

  it("keeps an article's text in the file and gives it back whole, title and all", () => {
    const spill = new OutputSpill();
    try {
      const article = bodyArticle(TEXT);
      const before = JSON.stringify(article);
      spill.keepText(article);
      expect(article.text).toBe(TEXT);
      expect(JSON.stringify(article)).toBe(before);
    } finally {
      spill.close();
    }
  });

  it("writes the same files as a build that keeps its outputs in memory, then is removed", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), `موسكو\n\n${TEXT}\n`);
    writeFileSync(
      join(dir, "b.txt"),
      "دعم\n\nأعلنت الولايات المتحدة دعمها لأوكرانيا في مواجهة روسيا.\n",
    );
    const inMemory = await build({ inputs: [dir], kb: bundledKb() });
    const spill = new OutputSpill();
    const spilled = await build({ inputs: [dir], kb: bundledKb(), spill });
    expect(spilled.input.outputs.every((o) => o instanceof SpilledOutput)).toBe(true);
    expect(spilled.output.files).toEqual(inMemory.output.files);
    const where = (spill as unknown as { dir: string }).dir;
    expect(existsSync(where)).toBe(true);
    spill.close();
    expect(existsSync(where)).toBe(false);
  });
});
