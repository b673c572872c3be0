// Which files a batch reads and what it calls them: ids that never collide, each real file
// read once whatever links reach it, and file-system errors told in words.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cannotRead, fsErrorWords } from "../src/ingest/fs-errors.js";
import { expandInputs, readArticles } from "../src/ingest/read.js";
import { build } from "./helpers/build.js";
import { tempDir } from "./helpers/paths.js";

const MOSCOW =
  "بوتين يستقبل كيم في موسكو\n" +
  "تاريخ النشر: 9th, November 2023 GMT\n" +
  "استقبل الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في موسكو.\n";
const SEOUL =
  "سيول تحتج على التعاون العسكري\n" +
  "تاريخ النشر: 10th, November 2023 GMT\n" +
  "احتجت كوريا الجنوبية على التعاون العسكري بين روسيا وكوريا الشمالية.\n";

/** Writes files (path relative to a fresh folder -> content) and returns the folder. */
function tree(files: Record<string, string>): string {
  const root = tempDir();
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(join(p, ".."), { recursive: true });
    writeFileSync(p, content);
  }
  return root;
}

const docs = (paths: string[]) => expandInputs(paths).files.map((f) => f.doc);

describe("document ids never collide", () => {
  it("names two files of the same name, given as files, by their path from the common folder", () => {
    const root = tree({ "a/x.txt": MOSCOW, "b/x.txt": SEOUL });
    const a = join(root, "a", "x.txt");
    const b = join(root, "b", "x.txt");
    expect(docs([a, b])).toEqual(["a/x.txt", "b/x.txt"]);
    expect(expandInputs([b, a])).toEqual(expandInputs([a, b]));
  });

  it("names colliding files of two folders by their path from the common folder, and only those", () => {
    const root = tree({
      "news/a/x.txt": MOSCOW,
      "news/b/x.txt": SEOUL,
      "news/a/only.txt": SEOUL,
    });
    const [a, b] = [join(root, "news", "a"), join(root, "news", "b")];
    expect(docs([a, b])).toEqual(["a/x.txt", "b/x.txt", "only.txt"]);
    expect(expandInputs([b, a])).toEqual(expandInputs([a, b]));
  });

  it("keeps today's ids when nothing collides: relative to a folder given, a file's own name", () => {
    const root = tree({
      "seeds/001.txt": MOSCOW,
      "seeds/more/002.txt": SEOUL,
      "corpus/0003.txt": SEOUL,
    });
    const inputs = [join(root, "seeds"), join(root, "corpus", "0003.txt")];
    // Natural order: 001 before 0003 (numbers compare as numbers).
    expect(docs(inputs)).toEqual(["001.txt", "0003.txt", "more/002.txt"]);
    expect(docs([...inputs].reverse())).toEqual(["001.txt", "0003.txt", "more/002.txt"]);
  });

  it("renames again when a new name meets a file that kept its own (a/x.txt twice)", () => {
    const root = tree({
      "one/x.txt": MOSCOW,
      "two/x.txt": SEOUL,
      "three/one/x.txt": SEOUL,
    });
    const inputs = [join(root, "one", "x.txt"), join(root, "two", "x.txt"), join(root, "three")];
    expect(docs(inputs)).toEqual(["one/x.txt", "three/one/x.txt", "two/x.txt"]);
  });

  it("builds both same-named articles, each with its own text", async () => {
    const root = tree({ "a/x.txt": MOSCOW, "b/x.txt": SEOUL });
    const b = await build([join(root, "b"), join(root, "a")]);
    expect(b.code, b.stderr.join("\n")).toBe(0);
    expect(b.texts.get("a/x.txt")).toBe(MOSCOW);
    expect(b.texts.get("b/x.txt")).toBe(SEOUL);
    expect(b.graph.meta.counts.articles).toBe(2);
  });
});

describe("every real file is read once", () => {
  it("skips a link back to an enclosing folder with an error naming the link", () => {
    const root = tree({
      "news/article.txt": MOSCOW,
      "news/sub/other.txt": SEOUL,
      "news/.hidden.txt": SEOUL,
      "news/.git/x.txt": SEOUL,
    });
    const news = join(root, "news");
    symlinkSync("..", join(news, "self"));
    symlinkSync("..", join(news, "sub", "back"));
    const r = expandInputs([news]);
    expect(r.files.map((f) => f.doc)).toEqual(["article.txt", "sub/other.txt"]);
    expect(r.errors).toEqual([
      {
        file: join(news, "self"),
        message: "symbolic link loop (points to an enclosing folder); skipped",
      },
      {
        file: join(news, "sub", "back"),
        message: "symbolic link loop (points to an enclosing folder); skipped",
      },
    ]);
  });

  it("reads a file reached twice (two links, a folder and the file itself) once", () => {
    const root = tree({ "news/a.txt": MOSCOW, "news/b.txt": SEOUL });
    const news = join(root, "news");
    symlinkSync("a.txt", join(news, "link-to-a.txt"));
    symlinkSync("news", join(root, "alias"));
    const r = expandInputs([news, join(root, "alias", "a.txt"), join(news, "b.txt")]);
    expect(r.errors).toEqual([]);
    expect(r.files.map((f) => f.doc)).toEqual(["a.txt", "b.txt"]);
  });

  it("names a dangling link and reads the rest of the folder", () => {
    const root = tree({ "news/a.txt": MOSCOW });
    const news = join(root, "news");
    symlinkSync("deleted.txt", join(news, "gone.txt"));
    const r = expandInputs([news]);
    expect(r.files.map((f) => f.doc)).toEqual(["a.txt"]);
    expect(r.errors).toEqual([
      {
        file: join(news, "gone.txt"),
        message: "dangling symbolic link (its target does not exist); skipped",
      },
    ]);
  });

  it("builds a folder holding a link to its parent: one article, the loop reported", async () => {
    const root = tree({ "news/article.txt": MOSCOW });
    symlinkSync("..", join(root, "news", "self"));
    const b = await build([join(root, "news")]);
    expect(b.code).toBe(1);
    expect([...b.texts.keys()]).toEqual(["article.txt"]);
    expect(b.graph.meta.errors.map((e) => e.file)).toEqual([join(root, "news", "self")]);
  });
});

describe("file-system errors read as sentences", () => {
  const err = (code: string, message = `${code}: something, open '/x'`) =>
    Object.assign(new Error(message), { code });

  it("says what an errno code means", () => {
    expect(cannotRead(err("EACCES"))).toBe("cannot read: permission denied");
    expect(cannotRead(err("ENOENT"))).toBe("cannot read: no such file or directory");
    expect(fsErrorWords(err("EISDIR"))).toBe("is a directory");
    expect(fsErrorWords(err("ENAMETOOLONG"))).toBe("file name too long");
    for (const code of ["EPERM", "ELOOP", "EMFILE", "EIO"])
      expect(fsErrorWords(err(code)), code).not.toContain(code);
  });

  it("falls back to the error's own message for other codes", () => {
    expect(fsErrorWords(err("EXDEV", "cross-device link not permitted"))).toBe(
      "cross-device link not permitted",
    );
    expect(fsErrorWords("disk on fire")).toBe("disk on fire");
  });

  it("reports a missing input as 'no such file or directory', not ENOENT", () => {
    const missing = join(tempDir(), "لا-يوجد.txt");
    expect(expandInputs([missing]).errors).toEqual([
      { file: missing, message: "cannot read: no such file or directory" },
    ]);
    const r = readArticles({ path: missing, doc: "لا-يوجد.txt" }, new Map());
    expect(r.errors[0]?.message).toBe("cannot read: no such file or directory");
  });
});
