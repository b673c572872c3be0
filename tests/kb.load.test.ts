import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildKb } from "../src/kb/kb.js";
import { bundledKbFiles, KbError, loadKbFiles } from "../src/kb/load.js";
import { build, runQuiet } from "./helpers/build.js";
import { tempDir } from "./helpers/paths.js";

function kbFile(entries: unknown, name = "my.json"): string {
  const path = join(tempDir(), name);
  writeFileSync(path, typeof entries === "string" ? entries : JSON.stringify(entries));
  return path;
}

const GOOD = {
  id: "person:zaid-al-mawsili",
  kind: "person",
  label_ar: "زيد الموصلي",
  label_en: "Zaid al-Mawsili",
  aliases: ["الموصلي"],
  roles: [
    { title_ar: "وزير الخارجية", title_en: "Foreign Minister", of: "state:IQ", from: "2023-01" },
  ],
};

/** The KbError thrown while loading `path`, or a failure. */
function kbError(path: string): KbError {
  try {
    loadKbFiles([path]);
  } catch (e) {
    expect(e).toBeInstanceOf(KbError);
    return e as KbError;
  }
  throw new Error(`loading ${path} did not fail`);
}

describe("a broken knowledge-base file", () => {
  it("names the file, the entry index and the id for a malformed id", () => {
    const path = kbFile([GOOD, { id: "person:Zaid Two", kind: "person", label_ar: "زيد" }]);
    const e = kbError(path);
    expect(e.message).toContain(path);
    expect(e.message).toContain("entry 1");
    expect(e.message).toContain("person:Zaid Two");
    expect(e.message).toMatch(/id/);
  });

  it("names the entry and says what is missing when a person has no label_ar", () => {
    const path = kbFile([
      GOOD,
      GOOD,
      { id: "person:no-label", kind: "person", label_en: "No Label" },
    ]);
    const e = kbError(path);
    expect(e.message).toContain("entry 2");
    expect(e.message).toContain("person:no-label");
    expect(e.message).toContain("label_ar");
  });

  it("refuses an id prefix that does not fit the kind", () => {
    const e = kbError(kbFile([{ id: "org:x", kind: "person", label_ar: "س" }]));
    expect(e.message).toMatch(/entry 0 \(org:x\).*prefix/);
  });

  it("refuses roles with a malformed date or on a non-person", () => {
    const badDate = { ...GOOD, roles: [{ ...GOOD.roles[0], from: "March 2023" }] };
    expect(kbError(kbFile([badDate])).message).toMatch(
      /entry 0 \(person:zaid-al-mawsili\).*roles\.0\.from/,
    );
    const orgWithRole = {
      id: "org:x-party",
      kind: "organization",
      label_ar: "حزب",
      roles: GOOD.roles,
    };
    expect(kbError(kbFile([orgWithRole])).message).toMatch(/only persons have roles/);
  });

  it("refuses unknown fields (a typo must not be silently ignored)", () => {
    const e = kbError(kbFile([{ ...GOOD, alias: ["زيد"] }]));
    expect(e.message).toMatch(/entry 0 \(person:zaid-al-mawsili\)/);
    expect(e.message).toMatch(/alias/);
  });

  it("names the file for invalid JSON and for a file that is not an array", () => {
    const p1 = kbFile('[{"id": "person:x",');
    expect(kbError(p1).message).toContain(p1);
    const p2 = kbFile(GOOD);
    expect(kbError(p2).message).toMatch(/expected a JSON array/);
  });

  it("stops the build with exit code 2 and the file, entry and problem on one line", async () => {
    const path = kbFile([GOOD, { id: "person:no-label", kind: "person" }]);
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "عنوان\nقال زيد الموصلي إن العراق يدعم الحوار.\n");
    const out = join(dir, "out");
    const r = await runQuiet([dir], { kb: [path], out });
    expect(r.code).toBe(2);
    const line = r.stderr.find((l) => l.includes(path));
    expect(line).toMatch(/entry 1 \(person:no-label\).*label_ar/);
    expect(line).not.toContain("\n");
  });
});

describe("a user's knowledge base (--kb my.json)", () => {
  it("adds an entity that is then recognized, with its role", async () => {
    const path = kbFile([GOOD]);
    const dir = tempDir();
    const text =
      "عنوان\nتاريخ النشر: 9th, November 2023 GMT\nوقال وزير الخارجية العراقي زيد الموصلي إن بغداد تدعم الحوار.\n" +
      "والتقى الموصلي مع بلينكن في بغداد.\n";
    writeFileSync(join(dir, "a.txt"), text);
    const without = await build([dir]);
    expect(without.mentions.some((m) => m.entity.id === GOOD.id)).toBe(false);
    const b = await build([dir], { kb: [path] });
    expect(b.code, b.stderr.join("\n")).toBe(0);
    const zaid = b.mentions.filter((m) => m.entity.id === GOOD.id);
    expect(zaid.map((m) => m.text)).toEqual(expect.arrayContaining(["زيد الموصلي", "الموصلي"]));
    for (const m of zaid) expect(text.slice(...m.span)).toBe(m.text);
    const node = b.graph.nodes.find((n) => n.key === GOOD.id);
    expect(node?.attributes.label_en).toBe("Zaid al-Mawsili");
    expect(node?.attributes.provisional).toBe(false);
  });

  it("extends a bundled entity with the same id (a new alias reaches it)", () => {
    const mine = kbFile([{ id: "state:RU", kind: "state", aliases: ["بلاد الروس"] }]);
    const kb = buildKb(loadKbFiles([...bundledKbFiles(), mine]));
    const ru = kb.entities.get("state:RU");
    expect(ru?.aliases).toContain("بلاد الروس");
    // What the bundled entry says is kept.
    expect(ru?.label_en).toBe("Russia");
    expect(ru?.nisba).toContain("روسي");
    expect([ru?.label_ar, ...(ru?.aliases ?? [])]).toContain("روسيا");
  });

  it("ignores a one-word alias that is an ordinary word, with a warning naming the entry", () => {
    // Iraq too: the role's `of` must name an entity of the files loaded.
    const path = kbFile([
      { id: "state:IQ", kind: "state" },
      { ...GOOD, aliases: ["الرئيس"] },
    ]);
    const kb = buildKb(loadKbFiles([path]));
    expect(kb.trie.next.has("الرئيس")).toBe(false);
    expect(kb.warnings.some((w) => w.includes(path) && w.includes("الرئيس"))).toBe(true);
  });
});
