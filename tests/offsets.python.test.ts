// Spans are UTF-16 code units (JavaScript string indices); the README documents that and gives a
// Python conversion. This builds an article with emoji (🇷🇺, 😀), combining marks (tashkeel in
// كَتَبَ, a Latin e + U+0301) and \r\n line ends before the actors' names, then runs the README's
// Python block as written in a folder laid out like this checkout (seeds/ and its build in
// graph/), and uses the function it defines on every span of mentions.jsonl and triples.jsonl.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.js";
import { codePointSpan } from "../src/index.js";
import type { Mention, RelationMention } from "../src/schema.js";

const ROOT = resolve(import.meta.dirname, "..");
const HAS_PYTHON = spawnSync("python3", ["--version"]).status === 0;
if (!HAS_PYTHON) console.warn("offsets.python tests skipped: no python3 on the PATH");

const ARTICLE = [
  "🇷🇺 لافروف: روسيا تدعم سوريا 😀",
  "تاريخ النشر: 9th, November 2023 GMT",
  "كَتَبَ المحرر من مقهى cafe\u0301 في موسكو 😀🇷🇺.",
  "وقال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم سوريا.",
  "😀 والتقى الرئيس الروسي فلاديمير بوتين نظيره السوري بشار الأسد في موسكو 🇷🇺.",
  "",
].join("\r\n");

/** The README's ```python block: the documented conversion and its use. */
function readmePython(): { code: string; fn: string } {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const code = /^```python\n([\s\S]*?)^```/m.exec(readme)?.[1];
  if (!code) throw new Error("README.md has no ```python block");
  const fn = /^def (\w+)\(text, span\)/m.exec(code)?.[1];
  if (!fn) throw new Error("README.md's python block defines no function (text, span)");
  return { code, fn };
}

// Loads the README block (running it: its own assertions on graph/mentions.jsonl), then prints,
// for every record of both files, the text its converted span slices and the naive slice.
const DRIVER = `
import json, runpy, sys
convert = runpy.run_path("readme.py")[sys.argv[1]]
text = open("seeds/emoji.txt", encoding="utf-8", newline="").read()
out = {}
for name in ("mentions", "triples"):
    out[name] = []
    with open(f"graph/{name}.jsonl", encoding="utf-8") as f:
        for r in map(json.loads, f):
            s, e = convert(text, r["span"])
            out[name].append({"sliced": text[s:e], "naive": text[r["span"][0]:r["span"][1]]})
print(json.dumps(out, ensure_ascii=False))
`;

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

describe.skipIf(!HAS_PYTHON)("spans in Python, with the README's conversion", () => {
  const dir = mkdtempSync(join(tmpdir(), "athar-offsets-"));
  let mentions: Mention[] = [];
  let triples: RelationMention[] = [];
  let python: Record<"mentions" | "triples", { sliced: string; naive: string }[]>;

  beforeAll(async () => {
    mkdirSync(join(dir, "seeds"));
    writeFileSync(join(dir, "seeds/emoji.txt"), ARTICLE);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const code = await main([
        "node",
        "athar",
        "build",
        join(dir, "seeds"),
        "--out",
        join(dir, "graph"),
        "-q",
      ]);
      expect(code).toBe(0);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
    mentions = jsonl(join(dir, "graph/mentions.jsonl"));
    triples = jsonl(join(dir, "graph/triples.jsonl"));
    const { code, fn } = readmePython();
    writeFileSync(join(dir, "readme.py"), code);
    writeFileSync(join(dir, "driver.py"), DRIVER);
    const r = spawnSync("python3", ["driver.py", fn], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, PYTHONIOENCODING: "utf-8" },
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    python = JSON.parse(r.stdout);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("builds the article's actors after the emoji and combining marks", () => {
    const ids = new Set(mentions.map((m) => m.entity.id));
    for (const id of ["person:sergey-lavrov", "state:RU", "state:SY", "person:vladimir-putin"]) {
      expect(ids, id).toContain(id);
    }
    expect(triples.some((t) => t.type === "SUPPORT" && t.source.text === "روسيا")).toBe(true);
  });

  it("slices every mention's `text` in Python, where naive indices slice the wrong text", () => {
    expect(python.mentions).toHaveLength(mentions.length);
    mentions.forEach((m, i) => {
      expect(python.mentions[i]?.sliced, `${m.text} ${m.span}`).toBe(m.text);
    });
    // Every actor comes after an emoji: unconverted, the spans are off.
    expect(python.mentions.filter((p, i) => p.naive !== mentions[i]?.text).length).toBe(
      mentions.length,
    );
  });

  it("slices every triple's evidence in Python: the JavaScript slice, in its sentence", () => {
    const text = readFileSync(join(dir, "seeds/emoji.txt"), "utf8");
    expect(python.triples).toHaveLength(triples.length);
    triples.forEach((t, i) => {
      const evidence = text.slice(t.span[0], t.span[1]);
      const sliced = python.triples[i]?.sliced ?? "";
      expect(sliced, `${t.type} ${t.span}`).toBe(evidence);
      expect(t.sentence).toContain(sliced);
      if (t.type === "SUPPORT") {
        expect(sliced).toContain(t.source.text);
        expect(sliced).toContain(t.target.text);
      }
    });
  });

  it("agrees with codePointSpan", () => {
    const text = readFileSync(join(dir, "seeds/emoji.txt"), "utf8");
    const points = [...text];
    for (const m of mentions) {
      const [s, e] = codePointSpan(text, m.span);
      expect(points.slice(s, e).join("")).toBe(m.text);
    }
  });
});
