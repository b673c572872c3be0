import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticles } from "../src/ingest/read.js";
import type { Article } from "../src/schema.js";
import { build } from "./helpers/build.js";
import { tempDir } from "./helpers/paths.js";

const STORY =
  "قال وزير الخارجية الأمريكي أنتوني بلينكن، الخميس، إن كوريا الشمالية تقدم الأسلحة لروسيا.\n" +
  "واجتمع كيم مع الرئيس الروسي، فلاديمير بوتين، الأربعاء.";

function read(name: string, content: string | Buffer) {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, content);
  return readArticles({ path, doc: name }, new Map());
}

const pieceTexts = (a: Article) => a.pieces.map((p) => a.text.slice(p.start, p.end));

describe("JSON, JSONL and array inputs", () => {
  it("reads one article object with its fields; offsets point into its text", () => {
    const r = read(
      "one.json",
      JSON.stringify({
        title: "بلينكن وكوريا الشمالية",
        date: "2023-11-09",
        source: "موقع 24",
        url: "https://example.com/a",
        text: STORY,
      }),
    );
    expect(r.errors).toEqual([]);
    const a = r.articles[0] as Article;
    expect(a).toMatchObject({
      doc: "one.json",
      title: "بلينكن وكوريا الشمالية",
      date: "2023-11-09",
      source: "موقع 24",
      url: "https://example.com/a",
      text: STORY,
    });
    // With a title field the text's first line is body, not a title.
    expect(pieceTexts(a)[0]?.startsWith("قال وزير الخارجية")).toBe(true);
    expect(a.pieces.every((p) => p.section === "body")).toBe(true);
  });

  it("reads an array of articles as file.json#1, #2 ...", () => {
    const r = read(
      "many.json",
      JSON.stringify([
        { title: "أ", text: "زار شويغو بيونغ يانغ." },
        {
          title: "ب",
          text: "التقى بوتين مع شي جين بينغ.",
          date: "Mon, 12 Mar 2018 17:20:20 +0400",
        },
      ]),
    );
    expect(r.errors).toEqual([]);
    expect(r.articles.map((a) => a.doc)).toEqual(["many.json#1", "many.json#2"]);
    expect(r.articles[1]?.date).toBe("2018-03-12");
    expect(pieceTexts(r.articles[0] as Article)).toEqual(["زار شويغو بيونغ يانغ."]);
  });

  it("reads JSON Lines, one article a line, naming records by line; a bad line is an error", () => {
    const lines = [
      JSON.stringify({ title: "أ", text: "زار شويغو بيونغ يانغ.", source: "الحرة" }),
      "",
      "{not json",
      JSON.stringify({ title: "ج", text: "" }),
      JSON.stringify({ title: "د", text: "اتهمت الولايات المتحدة كوريا الشمالية." }),
    ].join("\n");
    const r = read("feed.jsonl", lines);
    expect(r.articles.map((a) => a.doc)).toEqual(["feed.jsonl#1", "feed.jsonl#5"]);
    expect(r.articles[0]?.source).toBe("الحرة");
    // Each bad line is named file:LINE, as compilers name a line.
    expect(r.errors).toEqual([
      {
        file: "feed.jsonl:3",
        message: expect.stringMatching(/^invalid JSON .*starts at byte 86$/),
      },
      { file: "feed.jsonl:4", message: expect.stringMatching(/^text: /) },
    ]);
  });

  it("takes the outlet from the URL's host when no source is given", () => {
    const r = read("u.json", JSON.stringify({ text: STORY, url: "https://www.bbc.com/arabic/x" }));
    expect(r.articles[0]?.source).toBe("bbc.com");
  });

  it("refuses a record without text, naming the record", () => {
    const r = read("bad.json", JSON.stringify([{ title: "بلا نص" }]));
    expect(r.articles).toEqual([]);
    expect(r.errors[0]?.message).toMatch(/item 1: text/);
  });

  it("builds JSON and JSONL articles whose mention spans slice the record text", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.json"), JSON.stringify({ title: "خبر", text: STORY }));
    writeFileSync(
      join(dir, "b.jsonl"),
      `${JSON.stringify({ title: "خبر", text: "وزار وزير الدفاع الروسي سيرغي شويغو بيونغ يانغ." })}\n`,
    );
    const b = await build([dir]);
    expect(b.code, b.stderr.join("\n")).toBe(0);
    expect([...b.texts.keys()].sort()).toEqual(["a.json", "b.jsonl#1"]);
    const ids = new Set(b.mentions.map((m) => m.entity.id));
    for (const id of ["person:antony-blinken", "state:KP", "state:RU", "person:sergei-shoigu"]) {
      expect(ids).toContain(id);
    }
    for (const m of b.mentions) expect(b.texts.get(m.doc)?.slice(...m.span)).toBe(m.text);
  });
});

describe("HTML pages", () => {
  const html = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>بوتين وكيم في فلاديفوستوك</title>
  <style>.روسيا { color: red; } body::after { content: "إيران"; }</style>
  <script>var name = "إسرائيل"; const x = "<p>الصين</p>";</script>
</head>
<body>
  <nav><a href="/">تركيا</a></nav>
  <div class="article" data-country="فرنسا" title="ألمانيا">
    <p>واجتمع كيم جونغ أون مع الرئيس الروسي، <b>فلاديمير بوتين</b>، الأربعاء.</p>
    <p>وزار وزير الدفاع الروسي سيرغي شويغو بيونغ يانغ.</p>
    <!-- تعليق عن مصر -->
  </div>
  <script type="application/ld+json">{"headline": "البرازيل"}</script>
</body>
</html>
`;

  it("reads the visible text, with tags, attributes, scripts, styles and comments never mined", async () => {
    const dir = tempDir();
    const path = join(dir, "page.html");
    writeFileSync(path, html);
    const b = await build([path]);
    expect(b.code, b.stderr.join("\n")).toBe(0);
    const ids = new Set(b.mentions.map((m) => m.entity.id));
    expect(ids).toContain("person:kim-jong-un");
    expect(ids).toContain("person:vladimir-putin");
    expect(ids).toContain("person:sergei-shoigu");
    for (const hidden of ["IR", "IL", "CN", "TR", "FR", "DE", "EG", "BR"]) {
      expect(ids).not.toContain(`state:${hidden}`);
    }
    expect(b.mentions.some((m) => /[<>]/.test(m.text))).toBe(false);
  });

  it("keeps spans pointing into the HTML file itself", async () => {
    const dir = tempDir();
    const path = join(dir, "page.html");
    writeFileSync(path, html);
    const b = await build([path]);
    expect(b.texts.get("page.html")).toBe(html);
    expect(b.mentions.length).toBeGreaterThan(0);
    for (const m of b.mentions) expect(html.slice(...m.span)).toBe(m.text);
    for (const t of b.triples) {
      expect(t.sentence).toContain(html.slice(...t.span));
      expect(html).toContain(t.sentence);
    }
    const inBold = html.indexOf("<b>") + 3;
    const putin = b.mentions.find((m) => m.span[0] === inBold);
    expect(putin?.entity.id).toBe("person:vladimir-putin");
    expect(putin?.text).toBe("فلاديمير بوتين");
  });

  it("takes the <title> as the article's title", () => {
    const r = read("p.html", html);
    expect(r.articles[0]?.title).toBe("بوتين وكيم في فلاديفوستوك");
  });

  it("recognizes an HTML page saved with a .txt name by its tags", () => {
    const r = read("saved.txt", html);
    const texts = pieceTexts(r.articles[0] as Article).join(" ");
    expect(texts).toContain("وزار وزير الدفاع الروسي سيرغي شويغو بيونغ يانغ.");
    expect(texts).not.toMatch(/<\/?[a-z]/i);
    expect(texts).not.toContain("إسرائيل");
  });
});
