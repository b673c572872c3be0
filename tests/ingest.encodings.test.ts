// How a file's bytes become text and which parser reads it: byte-order marks name UTF-16 and
// UTF-32 files, and only a page's start makes it HTML.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticles } from "../src/ingest/read.js";
import type { Article } from "../src/schema.js";
import { build } from "./helpers/build.js";
import { tempDir } from "./helpers/paths.js";

const TITLE = "شويغو يزور بيونغ يانغ";
const ARTICLE =
  `${TITLE}\n` +
  "تاريخ النشر: 9th, November 2023 GMT\n" +
  "المصدر: وكالة الأنباء\n" +
  "وزار وزير الدفاع الروسي سيرغي شويغو بيونغ يانغ، والتقى الزعيم الكوري الشمالي كيم جونغ أون.\n";

const BOM = "\uFEFF";

function utf32(text: string, littleEndian: boolean): Buffer {
  const points = [...text].map((c) => c.codePointAt(0) as number);
  const buf = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => {
    if (littleEndian) buf.writeUInt32LE(p, i * 4);
    else buf.writeUInt32BE(p, i * 4);
  });
  return buf;
}

/** The article with a byte-order mark, in each encoding a mark can name. */
const ENCODED: Array<[string, Buffer]> = [
  ["UTF-8", Buffer.from(BOM + ARTICLE, "utf8")],
  ["UTF-16LE", Buffer.from(BOM + ARTICLE, "utf16le")],
  ["UTF-16BE", Buffer.from(BOM + ARTICLE, "utf16le").swap16()],
  ["UTF-32LE", utf32(BOM + ARTICLE, true)],
  ["UTF-32BE", utf32(BOM + ARTICLE, false)],
];

function read(name: string, content: string | Buffer) {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return readArticles({ path, doc: name }, new Map());
}

const pieceTexts = (a: Article) => a.pieces.map((p) => a.text.slice(p.start, p.end));

describe("files with a byte-order mark", () => {
  const plain = read("plain.txt", ARTICLE).articles[0] as Article;

  it.each(ENCODED)("reads %s: title, date, outlet and body as from plain UTF-8", (_, bytes) => {
    const r = read("marked.txt", bytes);
    expect(r.errors).toEqual([]);
    const a = r.articles[0] as Article;
    expect(a.title).toBe(TITLE);
    expect(a.date).toBe("2023-11-09");
    expect(a.source).toBe(plain.source);
    expect(pieceTexts(a)).toEqual(pieceTexts(plain));
  });

  it.each(ENCODED)(
    "keeps the %s mark as U+FEFF at offset 0, so spans are one past the plain file's",
    (_, bytes) => {
      const a = read("marked.txt", bytes).articles[0] as Article;
      expect(a.text).toBe(BOM + ARTICLE);
      expect(a.pieces.map((p) => [p.start - 1, p.end - 1])).toEqual(
        plain.pieces.map((p) => [p.start, p.end]),
      );
    },
  );

  it("builds a UTF-16 file whose mention spans, times two, are byte offsets in the file", async () => {
    const dir = tempDir();
    const bytes = Buffer.from(BOM + ARTICLE, "utf16le");
    writeFileSync(join(dir, "windows.txt"), bytes);
    const b = await build([dir]);
    expect(b.code, b.stderr.join("\n")).toBe(0);
    const shoigu = b.mentions.find((m) => m.entity.id === "person:sergei-shoigu");
    expect(shoigu).toBeDefined();
    for (const m of b.mentions) {
      expect(b.texts.get(m.doc)?.slice(...m.span)).toBe(m.text);
      expect(bytes.subarray(m.span[0] * 2, m.span[1] * 2).toString("utf16le")).toBe(m.text);
    }
  });

  it("reads a UTF-16 JSON file (the mark is not part of the JSON)", () => {
    const json = JSON.stringify({ title: TITLE, text: "وزار شويغو بيونغ يانغ." });
    const r = read("a.json", Buffer.from(BOM + json, "utf16le"));
    expect(r.errors).toEqual([]);
    expect(r.articles[0]?.title).toBe(TITLE);
    expect(pieceTexts(r.articles[0] as Article)).toEqual(["وزار شويغو بيونغ يانغ."]);
  });

  it("refuses a file with a UTF-16 mark that is not UTF-16 (a lone surrogate)", () => {
    const bytes = Buffer.concat([Buffer.from(BOM + TITLE, "utf16le"), Buffer.from([0x00, 0xd8])]);
    expect(read("broken.txt", bytes).errors[0]?.message).toMatch(/not valid UTF-16LE/);
  });

  it("still calls a file with NUL bytes and no mark binary", () => {
    // UTF-16 without a mark cannot be told from binary data.
    expect(read("nomark.txt", Buffer.from(ARTICLE, "utf16le")).errors[0]?.message).toMatch(
      /binary/,
    );
  });
});

describe("HTML is told by the start of a file", () => {
  const withTags =
    `${TITLE}\n` +
    "تاريخ النشر: 9th, November 2023 GMT\n" +
    "المصدر: وكالة الأنباء\n" +
    "<p>وزار وزير الدفاع الروسي سيرغي شويغو بيونغ يانغ.<br></p>\n" +
    '<div>والتقى <b>كيم جونغ أون</b> و<span class="x">شويغو</span> في القصر.</div>\n';

  it("reads a .txt article with stray tags inside as text: title, date and outlet kept", () => {
    const a = read("tags.txt", withTags).articles[0] as Article;
    expect(a.title).toBe(TITLE);
    expect(a.date).toBe("2023-11-09");
    expect(a.source).toBe("وكالة الأنباء");
    expect(pieceTexts(a)[0]).toBe(TITLE);
  });

  it.each([
    ["a doctype", "<!DOCTYPE html>\n<html><body>"],
    ["a mark, white space and <html>", `${BOM}\n  <html lang="ar">`],
    ["<head>", "<head><title>عنوان الصفحة</title></head><body>"],
    ["<body>", "<body>"],
    ["an XML prolog and XHTML", '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="x">'],
    ["a comment and a doctype", "<!-- saved from url=(0014)about:internet -->\n<!doctype html>"],
  ])("reads a .txt that starts with %s as HTML", (_, start) => {
    const a = read("page.txt", `${start}\n<p>${ARTICLE}</p></body></html>`).articles[0] as Article;
    expect(pieceTexts(a).join(" ")).not.toMatch(/<\/?[a-z]/i);
  });

  it("reads a .html file as HTML whatever its start", () => {
    const a = read("frag.html", `<p>${TITLE}</p><p>وزار شويغو بيونغ يانغ.</p>`)
      .articles[0] as Article;
    expect(pieceTexts(a)).toEqual([TITLE, "وزار شويغو بيونغ يانغ."]);
  });
});
