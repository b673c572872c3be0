// Extraction's outputs kept in a scratch file instead of on the heap: what the stages read back
// is what was extracted, a build through the file writes the same bytes, and the file goes
// away when the build is done with it.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Evidence } from "../src/graph-schema.js";
import { jsonItems } from "../src/merge/evidence.js";
import { build } from "../src/pipeline.js";
import { OutputSpill, outputCounts, readOnlyArray, SpilledOutput } from "../src/spill.js";
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

  it("keeps an article's text and pieces in the file and gives them back whole, title and all", () => {
    const spill = new OutputSpill();
    try {
      const article = bodyArticle(TEXT);
      const kept = spill.keepArticle(article);
      expect(kept).not.toBe(article);
      expect(spill.keepArticle(kept)).toBe(kept);
      expect(Object.getOwnPropertyNames(kept)).not.toContain("text");
      expect(kept.text).toBe(TEXT);
      expect(kept.pieces).toEqual(article.pieces);
      expect(article.pieces.length).toBeGreaterThan(0);
      const fields = ["doc", "title", "date", "source", "url", "sha256"] as const;
      for (const f of fields) expect(kept[f], f).toBe(article[f]);
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

  it("keeps an edge's evidence in the file with its count and dates, and reads it back whole", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), `موسكو\n\n${TEXT}\n`);
    const inMemory = await build({ inputs: [dir], kb: bundledKb() });
    const spill = new OutputSpill();
    const spilled = await build({ inputs: [dir], kb: bundledKb(), spill });
    const edges = inMemory.graph.edges();
    expect(edges.length).toBeGreaterThan(0);
    expect(spilled.graph.edges()).toEqual(edges);
    for (const e of edges) {
      const [heap, file] = [inMemory.graph, spilled.graph].map((g) => g.getEdgeAttributes(e));
      expect(file).toEqual(heap);
      expect(JSON.stringify(file)).toBe(JSON.stringify(heap));
    }
    // Nothing of the evidence stays on the heap: once the file is gone it cannot be read.
    const withEvidence = edges.find((e) => spilled.graph.getEdgeAttribute(e, "evidence").length);
    spill.close();
    expect(withEvidence).toBeDefined();
    expect(() => spilled.graph.getEdgeAttribute(withEvidence as string, "evidence")[0]).toThrow();
  });
});

describe("a read-only array whose items are loaded when read", () => {
  const items: Evidence[] = JSON.parse(
    JSON.stringify([
      { doc: "أ.txt", sentence: "أدانت روسيا الضربات.", span: [0, 5] },
      { doc: "ب.txt", sentence: "دعمت فرنسا أوكرانيا.", span: [6, 11] },
    ]),
  );

  it("is an array to every reader, reading its items only when one is read, never keeping them", () => {
    let loads = 0;
    const view = readOnlyArray(items.length, (i) => {
      loads++;
      return structuredClone(items[i] as Evidence);
    });
    expect(loads).toBe(0);
    expect(Array.isArray(view)).toBe(true);
    expect(view.length).toBe(2);
    expect(JSON.stringify(view)).toBe(JSON.stringify(items));
    expect(JSON.stringify({ evidence: view })).toBe(JSON.stringify({ evidence: items }));
    expect([...view]).toEqual(items);
    expect(view.map((e) => e.doc)).toEqual(["أ.txt", "ب.txt"]);
    expect(view.slice(1)).toEqual([items[1]]);
    expect(view.filter((e) => e.span[0] > 0)).toEqual([items[1]]);
    expect(Object.keys(view)).toEqual(["0", "1"]);
    expect(view[2]).toBeUndefined();
    expect(1 in view && !(2 in view)).toBe(true);
    expect(loads).toBeGreaterThan(0);
    // Each read is a fresh item: the array holds none of them.
    expect(view[0]).not.toBe(view[0]);
    expect(view[0]).toEqual(view[0]);
  });

  it("gives each item's JSON through jsonItems, from its texts when it has them", () => {
    const texts = items.map((e) => JSON.stringify(e));
    const view = readOnlyArray(
      items.length,
      () => {
        throw new Error("parsed");
      },
      () => texts,
    );
    expect([...jsonItems(view)]).toEqual(texts);
    expect([...jsonItems(items)]).toEqual(texts);
  });

  it("refuses to be written to", () => {
    const view = readOnlyArray(items.length, (i) => items[i] as Evidence);
    expect(() => view.push(items[0] as Evidence)).toThrow(TypeError);
    expect(() => {
      view[0] = items[1] as Evidence;
    }).toThrow(TypeError);
    expect(view.length).toBe(2);
  });

  it("is empty without loading anything when its length is 0", () => {
    const view = readOnlyArray<Evidence>(0, () => {
      throw new Error("loaded");
    });
    expect(view[0]).toBeUndefined();
    expect(JSON.stringify(view)).toBe("[]");
    expect([...view]).toEqual([]);
  });
});
