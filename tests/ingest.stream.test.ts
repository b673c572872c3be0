// JSON Lines read as a stream (src/ingest/jsonl.ts, src/ingest/stream.ts): a record at a time,
// with the same documents, ids and spans as the file read whole, one error per bad line naming
// `file.jsonl:LINE`, stdin as `-`, and nothing read ahead of what extraction has taken.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonArticles } from "../src/ingest/json.js";
import { type JsonlItem, JsonlReader } from "../src/ingest/jsonl.js";
import { readArticles } from "../src/ingest/read.js";
import { Ingest, type SourceFile } from "../src/ingest/stream.js";
import { build as buildInMemory } from "../src/pipeline.js";
import type { Article } from "../src/schema.js";
import { build } from "./helpers/build.js";
import { tempDir } from "./helpers/paths.js";
import { bundledKb } from "./helpers/pipeline.js";

const RECORDS = [
  {
    title: "بوتين وكيم في فلاديفوستوك",
    date: "2023-09-13",
    source: "الحرة",
    text: "واجتمع الزعيم الكوري الشمالي كيم جونغ أون مع الرئيس الروسي فلاديمير بوتين في قاعدة فوستوشني الفضائية.",
  },
  {
    url: "https://www.bbc.com/arabic/world-123",
    text: "شويغو في بيونغ يانغ\nزار وزير الدفاع الروسي سيرغي شويغو بيونغ يانغ، والتقى كيم جونغ أون.\r",
  },
  {
    title: "اتهامات أمريكية",
    date: "Thu, 09 Nov 2023 10:00:00 GMT",
    text: "قال وزير الخارجية الأمريكي أنتوني بلينكن إن كوريا الشمالية تقدم الأسلحة لروسيا 😀.",
  },
];

const lines = (records: unknown[]) => records.map((r) => JSON.stringify(r));
const sha = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");

function file(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

async function ingestAll(inputs: string[], stdin?: AsyncIterable<Uint8Array>) {
  const ingest = new Ingest(inputs, stdin ? { stdin } : {});
  const articles: Article[] = [];
  const files = new Set<SourceFile>();
  const errors = [...ingest.errors];
  for await (const x of ingest.items()) {
    if ("error" in x) errors.push(x.error);
    else {
      articles.push(x.article);
      files.add(x.file);
    }
  }
  return { ingest, articles, files: [...files], errors };
}

/** Everything a JsonlReader makes of bytes pushed in the pieces given. */
function readInPieces(bytes: Buffer, cuts: number[]): JsonlItem[] {
  const reader = new JsonlReader("feed.jsonl");
  const out: JsonlItem[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.push(...reader.push(bytes.subarray(from, cut)));
    from = cut;
  }
  out.push(...reader.end());
  return out;
}

describe("a .jsonl read as a stream", () => {
  it("gives the documents the whole file gave: ids, fields, text, pieces, hash and size", async () => {
    const content = `\uFEFF${[...lines(RECORDS.slice(0, 2)), "", "  ", lines(RECORDS.slice(2))[0]].join("\r\n")}\n`;
    const path = file("wire.jsonl", content);
    const bytes = readFileSync(path);
    const whole = parseJsonArticles("wire.jsonl", content.slice(1), sha(bytes)).articles;
    const { ingest, articles, files, errors } = await ingestAll([path]);
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.doc)).toEqual(["wire.jsonl#1", "wire.jsonl#2", "wire.jsonl#5"]);
    // The hash of the whole file is known at its end, on the file (build() sets it on each).
    expect(files).toEqual([{ doc: "wire.jsonl", bytes: bytes.length, sha256: sha(bytes) }]);
    expect(articles.map((a) => ({ ...a, sha256: sha(bytes) }))).toEqual(whole);
    expect(articles[1]?.source).toBe("bbc.com");
    expect(articles[2]?.date).toBe("2023-11-09");
    expect(ingest.bytes).toBe(bytes.length);
    expect(ingest.totalBytes).toBe(bytes.length);
  });

  it("builds mentions whose spans slice each record's text, named file.jsonl#LINE", async () => {
    const path = file("wire.jsonl", `${lines(RECORDS).join("\n")}\n`);
    const b = await build([path]);
    expect(b.code, b.stderr.join("\n")).toBe(0);
    expect([...b.texts.keys()]).toEqual(["wire.jsonl#1", "wire.jsonl#2", "wire.jsonl#3"]);
    expect(b.mentions.map((m) => m.entity.id)).toEqual(
      expect.arrayContaining(["person:kim-jong-un", "person:sergei-shoigu", "state:KP"]),
    );
    for (const m of b.mentions) expect(b.texts.get(m.doc)?.slice(...m.span)).toBe(m.text);
    const docs = b.graph.meta.documents;
    expect(new Set(docs.map((d) => d.sha256))).toEqual(new Set([sha(readFileSync(path))]));
    expect(docs.every((d) => d.bytes === readFileSync(path).length)).toBe(true);
  });

  it("reads the same records however the bytes are cut into chunks (inside a letter, a \\r\\n)", () => {
    const content = Buffer.from(
      `\uFEFF${lines(RECORDS).join("\r\n")}\n{"text": ناقص}\n\n${lines(RECORDS.slice(0, 1))[0]}`,
    );
    const once = readInPieces(content, []);
    expect(once.filter((x) => "message" in x)).toEqual([
      { file: "feed.jsonl:4", message: expect.stringMatching(/^invalid JSON/) },
    ]);
    expect(once.filter((x) => "doc" in x).map((a) => (a as Article).doc)).toEqual([
      "feed.jsonl#1",
      "feed.jsonl#2",
      "feed.jsonl#3",
      "feed.jsonl#6",
    ]);
    const cuts = fc
      .uniqueArray(fc.integer({ min: 1, max: content.length - 1 }), { maxLength: 12 })
      .map((c) => c.sort((a, b) => a - b));
    fc.assert(
      fc.property(cuts, (c) => {
        expect(readInPieces(content, c)).toEqual(once);
      }),
      { seed: 20261203, numRuns: 300 },
    );
    for (let one = 1; one < content.length; one++)
      expect(readInPieces(content, [one])).toEqual(once);
  });

  it("names a line of bad JSON in a big file file.jsonl:LINE with its byte offset; the other records build", async () => {
    // 400 records of about 9 KB each (3.6 MB: several read chunks), one of them broken.
    const commentary = `${"وقال محللون إن التعاون العسكري بين موسكو وبيونغ يانغ يثير قلق واشنطن وسيول وطوكيو. ".repeat(60)}`;
    const all = Array.from({ length: 400 }, (_, i) =>
      JSON.stringify({
        title: `تقرير ${i + 1}`,
        text: (RECORDS[i % RECORDS.length] as { text: string }).text,
        commentary,
      }),
    );
    const bad = 217;
    all[bad - 1] = `{"title": "تقرير مقطوع", "text": "أدانت روسيا ${commentary.slice(0, 500)}`;
    const content = `${all.join("\n")}\n`;
    const path = file("big.jsonl", content);
    const offset = Buffer.byteLength(`${all.slice(0, bad - 1).join("\n")}\n`);
    const b = await build([path]);
    expect(b.code).toBe(1);
    expect(b.stderr).toEqual([
      expect.stringMatching(
        new RegExp(
          `^athar: big\\.jsonl:${bad}: invalid JSON \\(.*\\); the line starts at byte ${offset}$`,
        ),
      ),
    ]);
    expect(b.graph.meta.counts.articles).toBe(399);
    expect(b.texts.has(`big.jsonl#${bad}`)).toBe(false);
    expect(b.texts.get("big.jsonl#400")).toBe(RECORDS[399 % 3]?.text);
  }, 120_000);

  it("names a line that is not UTF-8 and reads the lines around it", () => {
    const good = lines(RECORDS.slice(0, 2));
    const bytes = Buffer.concat([
      Buffer.from(`${good[0]}\n`),
      Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xd8, 0x22, 0x7d, 0x0a]),
      Buffer.from(`${good[1]}\n`),
    ]);
    const r = readArticles({ path: file("mixed.jsonl", bytes), doc: "mixed.jsonl" }, new Map());
    expect(r.articles.map((a) => a.doc)).toEqual(["mixed.jsonl#1", "mixed.jsonl#3"]);
    expect(r.errors).toEqual([
      {
        file: "mixed.jsonl:2",
        message: `not valid UTF-8; the line starts at byte ${Buffer.byteLength(good[0] as string) + 1}`,
      },
    ]);
  });

  it("still reads a UTF-16 .jsonl with its mark (decoded whole) and refuses a binary one", () => {
    const utf16 = Buffer.from(`\uFEFF${lines(RECORDS).join("\r\n")}\r\n`, "utf16le");
    const r = readArticles({ path: file("win.jsonl", utf16), doc: "win.jsonl" }, new Map());
    expect(r.errors).toEqual([]);
    expect(r.articles.map((a) => a.text)).toEqual(RECORDS.map((x) => x.text));
    const bin = readArticles(
      { path: file("x.jsonl", Buffer.from([0x7b, 0, 0, 1, 0x7d])), doc: "x.jsonl" },
      new Map(),
    );
    expect(bin.errors).toEqual([{ file: "x.jsonl", message: "binary file (contains NUL bytes)" }]);
  });

  it("calls an empty or blank .jsonl what it is, as for a file read whole", async () => {
    const { errors } = await ingestAll([file("empty.jsonl", ""), file("blank.jsonl", "\n \n")]);
    expect(errors).toEqual([
      { file: "blank.jsonl", message: "no text (only white space)" },
      { file: "empty.jsonl", message: "empty file" },
    ]);
  });
});

describe("reading ahead", () => {
  it("reads no further into a stream than the records taken and its first 8 KiB need", async () => {
    let pulled = 0;
    let bytes = 0;
    async function* chunks() {
      for (let i = 0; i < 1000; i++) {
        const line = Buffer.from(`${JSON.stringify({ ...RECORDS[i % 3], title: `خبر ${i}` })}\n`);
        pulled = i + 1;
        bytes += line.length;
        yield line;
      }
    }
    const items = new Ingest(["-"], { stdin: chunks() }).items();
    // The first 8 KiB tell text from binary and UTF-8 from UTF-16: they are read first.
    await items.next();
    expect(bytes - 8192).toBeLessThan(400);
    for (let i = 1; i < 100; i++) await items.next();
    expect(pulled).toBe(100);
    await items.return(undefined);
  });
});

describe("stdin as `-`", () => {
  it("builds the records from stdin, named stdin#N, with the files given beside it", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "روسيا وسوريا\n\nأدانت روسيا الضربات الأمريكية على سوريا.\n");
    const stdin = Readable.from([Buffer.from(`${lines(RECORDS).join("\n")}\n{"text": 5}\n`)]);
    const out = await buildInMemory({
      inputs: ["-", dir, "-"],
      kb: bundledKb(),
      stdin,
      gexf: false,
    });
    expect(out.inputFiles).toBe(2);
    expect(out.input.articles.map((a) => a.doc)).toEqual([
      "a.txt",
      "stdin#1",
      "stdin#2",
      "stdin#3",
    ]);
    expect(out.input.errors).toEqual([
      { file: "stdin:4", message: "text: Invalid input: expected string, received number" },
    ]);
    for (const o of out.input.outputs) {
      const text = out.input.articles.find((a) => a.doc === o.doc)?.text as string;
      for (const m of o.mentions) expect(text.slice(...m.span)).toBe(m.text);
    }
  });
});
