// Fault isolation: whatever one article holds, and whichever stage it breaks, the build goes on
// with the rest and names the article and the stage.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatBuildError } from "../src/cli/build.js";
import { build, defaultStages, type Stages } from "../src/pipeline.js";
import { MAX_SENTENCE_TOKENS, segment } from "../src/recognize/segment.js";
import { tempDir } from "./helpers/paths.js";
import { bodyArticle, bundledKb, run } from "./helpers/pipeline.js";

// The sentence that stopped a batch of 2,234 with "Graph.addEdgeWithKey: ... already exists".
const FELL_SENTENCE =
  "وقعت السلطات المصرية أمس، بين مطرقة تداعيات الاعتداء الإرهابي على كنيسة القديسين في الاسكندرية والذي ارتفع عدد قتلاه إلى 22، ومخاوف التهديد الأمني مع اقتراب احتفالات الأقباط بعيد الميلاد بعد غد الخميس، وبين سندان الشارع المصري الذي لم تكن أجهزة الدولة الأمنية والسياسية على مستوى تحركاته الناجحة نحو احتواء الفتنة، لتصل الأمور إلى حد اصطدام القوى الأمنية التي عزّزت انتشارها ورفعت من مستوى اجراءات حماية الكنائس المصرية، مع المتظاهرين الذين حوّلوا مسار الشارع من مواجهات طائفية، إلى منبر للتأكيد على الوحدة الوطنية والتضامن.";

const ARTICLES = {
  "a.txt": "روسيا وسوريا\n\nأدانت روسيا الضربات الأمريكية على سوريا.\n",
  "b.txt":
    "لقاء في موسكو\n\nاستقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الصيني وانغ يي في موسكو.\n",
  "c.txt": "دعم\n\nأعلنت الولايات المتحدة دعمها لأوكرانيا في مواجهة روسيا.\n",
};

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const buildWith = (dir: string, stages: Partial<Stages> = {}) =>
  build({ inputs: [dir], kb: bundledKb(), gexf: false, stages });

describe("a build with one bad article", () => {
  it("builds the sentence that used to crash the whole batch, without a self-relation", async () => {
    const dir = folder({ "fell.jsonl": `${JSON.stringify({ text: FELL_SENTENCE })}\n` });
    const out = await buildWith(dir);
    expect(out.input.errors).toEqual([]);
    expect(out.input.articles).toHaveLength(1);
    for (const r of out.input.outputs.flatMap((o) => o.relations))
      expect(r.source.id).not.toBe(r.target.id);
  });

  it("never relates an actor to itself, even when the extractor finds both ends in one name", () => {
    const rels = run("وقعت مصر مع مصر اتفاقية، واجتمعت روسيا بروسيا.").relations;
    expect(rels.filter((r) => r.source.id === r.target.id)).toEqual([]);
  });

  it("leaves out an article whose extraction throws and names it and the stage", async () => {
    const dir = folder(ARTICLES);
    const out = await buildWith(dir, {
      process: (a, kb) => {
        if (a.doc === "b.txt") throw new TypeError("cannot read properties of undefined");
        return defaultStages.process(a, kb);
      },
    });
    expect(out.input.articles.map((a) => a.doc)).toEqual(["a.txt", "c.txt"]);
    expect(out.input.errors).toHaveLength(1);
    const [e] = out.input.errors;
    expect(e?.file).toBe("b.txt");
    expect(formatBuildError(e as NonNullable<typeof e>)).toMatch(
      /^athar: b\.txt: recognize failed: cannot read properties of undefined; the article is left out$/,
    );
    expect(out.graph.hasNode("state:RU")).toBe(true);
    expect(JSON.parse(out.output.files["graph.json"] as string).meta.errors).toEqual(
      out.input.errors,
    );
  });

  it("leaves out an article that makes the merge throw, keeping every other article", async () => {
    const dir = folder(ARTICLES);
    const out = await buildWith(dir, {
      merge: (input, kb) => {
        if (input.articles.some((a) => a.doc === "c.txt")) throw new Error("duplicate key");
        return defaultStages.merge(input, kb);
      },
    });
    expect(out.input.articles.map((a) => a.doc)).toEqual(["a.txt", "b.txt"]);
    expect(out.input.errors).toEqual([
      { file: "c.txt", stage: "merge", message: "duplicate key; the article is left out" },
    ]);
    expect(out.output.files["graph.json"]).toContain('"stage":"merge"');
  });

  it("finds articles that fail only together and leaves out the later one", async () => {
    const dir = folder(ARTICLES);
    const out = await buildWith(dir, {
      analyze: (g) => {
        if (g.hasNode("state:US") && g.hasNode("state:CN")) throw new Error("layout diverged");
        return defaultStages.analyze(g);
      },
    });
    // a.txt names the United States and b.txt China: each builds alone, not together.
    expect(out.input.articles.map((a) => a.doc)).toEqual(["a.txt", "c.txt"]);
    expect(out.input.errors.map((e) => [e.file, e.stage])).toEqual([["b.txt", "analyze"]]);
  });

  it("names the rendering stage when writing one article's outputs fails", async () => {
    const dir = folder(ARTICLES);
    const out = await buildWith(dir, {
      render: (input, g, opts, writer) => {
        if (input.articles.some((a) => a.doc === "a.txt"))
          throw new RangeError("Invalid string length");
        defaultStages.render(input, g, opts, writer);
      },
    });
    expect(out.input.errors.map((e) => `${e.file} ${e.stage}`)).toEqual(["a.txt render"]);
    expect(out.input.articles).toHaveLength(2);
  });
});

describe("pathological articles", () => {
  const words =
    "قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم سوريا وتدين الولايات المتحدة".split(" ");

  it("cuts a text without punctuation into sentences of bounded length", () => {
    const text = Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join(" ");
    const seg = segment(bodyArticle(text));
    expect(seg.sentences.length).toBeGreaterThanOrEqual(20_000 / MAX_SENTENCE_TOKENS);
    for (const s of seg.sentences) expect(s.tokens.length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    const total = seg.sentences.reduce((n, s) => n + s.tokens.length, 0);
    expect(total).toBe(20_000);
  });

  it("cuts a long sentence after a comma near the limit rather than in a phrase", () => {
    const clause = `${words.join(" ")}، `;
    const text = clause.repeat(40);
    const seg = segment(bodyArticle(text));
    expect(seg.sentences.length).toBeGreaterThan(1);
    for (const s of seg.sentences.slice(0, -1))
      expect(text.slice(0, seg.norm.map[s.end] ?? 0).trimEnd()).toMatch(/المتحدة$/);
  });

  it("keeps every real sentence of news whole (none reaches the limit)", () => {
    const text =
      "وقال وزير الخارجية الروسي سيرغي لافروف، في مؤتمر صحفي عقده في موسكو مع نظيره الصيني وانغ يي، إن بلاده تدعم الحوار. ".repeat(
        3,
      );
    for (const s of segment(bodyArticle(text)).sentences)
      expect(s.tokens.length).toBeLessThan(MAX_SENTENCE_TOKENS);
  });

  it("builds a list of 500 actors and 10,000 repetitions of one name", async () => {
    const states = [
      "روسيا",
      "الصين",
      "فرنسا",
      "ألمانيا",
      "إيران",
      "تركيا",
      "مصر",
      "قطر",
      "اليابان",
      "الهند",
    ];
    const list = `أدانت ${Array.from({ length: 500 }, (_, i) => states[i % states.length]).join(" و")} الهجوم على سوريا.`;
    const repeated = Array(10_000).fill("بوتين").join(" ");
    const dir = folder({ "list.txt": `قائمة\n\n${list}\n`, "rep.txt": `تكرار\n\n${repeated}\n` });
    const out = await buildWith(dir);
    expect(out.input.errors).toEqual([]);
    expect(out.input.articles).toHaveLength(2);
  });
});
