// The word lists (lexicon/words.json): the file validates, every list has words, the Sets hold
// the normalized forms the code compares with normalized tokens, a broken file names itself
// and the list that is wrong, and the code keeps no word lists of its own.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { normalizeForMatch } from "../src/text/normalize.js";
import { tokenize } from "../src/text/tokenize.js";
import {
  bundledWords,
  bundledWordsPath,
  loadWords,
  WORD_LISTS,
  WordsFile,
} from "../src/text/words.js";
import { REPO } from "./helpers/paths.js";

const raw = () => JSON.parse(readFileSync(bundledWordsPath(), "utf8")) as Record<string, unknown>;

/** Writes `content` to a fresh words file and returns its path. */
function tempWords(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "athar-words-")), "words.json");
  writeFileSync(path, content);
  return path;
}

/** The error loadWords throws for `content`. */
function loadError(content: string): { path: string; message: string } {
  const path = tempWords(content);
  try {
    loadWords(path);
  } catch (e) {
    return { path, message: (e as Error).message };
  }
  throw new Error("loadWords accepted a broken file");
}

describe("lexicon/words.json", () => {
  it("is lexicon/words.json and validates", () => {
    expect(bundledWordsPath()).toBe(join(REPO, "lexicon", "words.json"));
    const r = WordsFile.safeParse(raw());
    expect(r.success, r.success ? "" : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
  });

  it("holds exactly the lists the code reads, each with an about and words", () => {
    const file = raw();
    expect(Object.keys(file).sort()).toEqual(["about", ...WORD_LISTS].sort());
    for (const k of WORD_LISTS) {
      const list = file[k] as { about: string; words: string[] };
      expect(list.about.length, k).toBeGreaterThan(10);
      expect(list.words.length, k).toBeGreaterThan(0);
    }
  });

  it("gives every list as a non-empty Set, read once", () => {
    const w = bundledWords();
    for (const k of WORD_LISTS) expect(w[k].size, k).toBeGreaterThan(0);
    expect(bundledWords()).toBe(w);
  });

  it("keeps normalized forms: one token each, as the tokenizer cuts normalized text", () => {
    const w = bundledWords();
    for (const k of WORD_LISTS) {
      for (const word of w[k]) {
        expect(normalizeForMatch(word), `${k}: ${word}`).toBe(word);
        expect(
          tokenize(word).map((t) => t.text),
          `${k}: ${word}`,
        ).toEqual([word]);
      }
    }
  });

  it("finds words as the code looks them up (إلى as الي, الجمعة as الجمعه)", () => {
    const w = bundledWords();
    expect(w.core_prepositions.has("الي")).toBe(true);
    expect(w.core_prepositions.has("علي")).toBe(true);
    expect(w.core_prepositions.has("إلى")).toBe(false);
    expect(w.to_prepositions.has("الي")).toBe(true);
    expect(w.stopwords.has("الي")).toBe(true);
    expect(w.title_heads.has("المتحدثه")).toBe(true);
    expect(w.no_comma_heads.has("الناطقه")).toBe(true);
    expect(w.un_words.has("الامميه")).toBe(true);
    expect(w.complementizers.has("بانه")).toBe(true);
    expect(w.negators.has("لم")).toBe(true);
    // The weekdays in order, Sunday first: their position is the day of the week.
    expect([...w.weekdays]).toEqual([
      "الاحد",
      "الاثنين",
      "الثلاثاء",
      "الاربعاء",
      "الخميس",
      "الجمعه",
      "السبت",
    ]);
  });
});

describe("a broken words file", () => {
  const good = () => raw();

  it("missing: the error names the file", () => {
    const path = join(mkdtempSync(join(tmpdir(), "athar-words-")), "nowhere.json");
    expect(() => loadWords(path)).toThrow(path);
    expect(() => loadWords(path)).toThrow(/cannot read the word lists/);
  });

  it("not JSON: the error names the file", () => {
    const { path, message } = loadError("{ not json");
    expect(message).toContain(path);
    expect(message).toMatch(/cannot read the word lists/);
  });

  it("a list missing: the error names the file and the list", () => {
    const file = good();
    delete file.negators;
    const { path, message } = loadError(JSON.stringify(file));
    expect(message).toContain(path);
    expect(message).toMatch(/invalid word lists/);
    expect(message).toContain("negators");
  });

  it("an empty list, a phrase for a word, a word twice: the error names the list", () => {
    const cases: Array<[string, unknown, string]> = [
      ["fillers", { about: "x", words: [] }, "fillers.words"],
      ["clause_breaks", { about: "x", words: ["غير أن"] }, "clause_breaks.words.0"],
      ["conditionals", { about: "x", words: ["إن_كان"] }, "conditionals.words.0"],
      ["relatives", { about: "x", words: ["التي", "التي"] }, "relatives.words.1"],
      ["locative", { words: ["في"] }, "locative.about"],
      ["weekdays", { about: "x", words: ["الأحد", "الاثنين"] }, "weekdays.words"],
    ];
    for (const [key, list, where] of cases) {
      const file = good();
      file[key] = list;
      const { path, message } = loadError(JSON.stringify(file));
      expect(message, key).toContain(path);
      expect(message, key).toContain(where);
    }
  });

  it("an unknown list: the error names it", () => {
    const file = { ...good(), negatorz: { about: "a typo", words: ["لا"] } };
    const { message } = loadError(JSON.stringify(file));
    expect(message).toContain("negatorz");
  });
});

// No Arabic word lists in the code: every one lives in lexicon/words.json. The check reads
// the TypeScript syntax (comments, which quote Arabic freely, are not looked at) of src/extract,
// src/recognize, src/text and src/model for a string with several Arabic words, an array or an
// object of Arabic words, a regular expression alternating Arabic words, or a chain of
// comparisons with three or more Arabic words. What remains in the code is single words
// compared one by one, each with its own meaning to the code, and letters and affixes:
//   - src/extract/dates.ts: امس، اليوم، الشهر (each also with و): the relative dates, each
//     with its own arithmetic;
//   - src/extract/arguments.ts: بين، من، مع (the one-word frame prepositions); triggers.ts:
//     من in «حذر من أن», سوف / وسوف before a verb; modality.ts: وجود (لا وجود لـ), ما (a
//     negator only right before a verb); nisba.ts: الي (a destination after an owner with لـ);
//   - src/text/variants.ts: عبد and ابو, joined to the name part after them (عبدالله);
//   - letters and affixes: the proclitics (و ف ب ل ك ال لل), verb inflection in
//     src/extract/lexicon.ts (ت ا وا يا ان ون), pronoun and nisba suffixes (ه ها هم، ي يه
//     يين يون), the letters folded in src/extract/units.ts.
const SCANNED = ["src/extract", "src/recognize", "src/text", "src/model"];
const ARABIC_WORD = /[\u0621-\u064a]{2,}/g;
const arabicWords = (s: string) => s.match(ARABIC_WORD) ?? [];
const isArabicLiteral = (n: ts.Node): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) &&
  arabicWords(n.text).length > 0;

function sourceFiles(): string[] {
  return SCANNED.flatMap((dir) =>
    readdirSync(join(REPO, dir))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => join(dir, f)),
  );
}

/** The word lists written in one source file, and file reads at import time. */
function findLists(file: string, text = readFileSync(join(REPO, file), "utf8")): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const at = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const chainComparisons = (n: ts.Expression, op: ts.SyntaxKind, into: Set<string>): void => {
    if (ts.isParenthesizedExpression(n)) {
      chainComparisons(n.expression, op, into);
      return;
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === op) {
      chainComparisons(n.left, op, into);
      chainComparisons(n.right, op, into);
      return;
    }
    if (
      ts.isBinaryExpression(n) &&
      [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
        n.operatorToken.kind,
      )
    ) {
      for (const side of [n.left, n.right])
        if (isArabicLiteral(side) && arabicWords(side.text).length > 0) into.add(side.text);
    }
  };
  const visit = (n: ts.Node, depth: number): void => {
    const inFunction =
      ts.isFunctionLike(n) || ts.isClassStaticBlockDeclaration(n) ? depth + 1 : depth;
    if (
      ts.isStringLiteral(n) ||
      ts.isNoSubstitutionTemplateLiteral(n) ||
      ts.isTemplateHead(n) ||
      ts.isTemplateMiddle(n) ||
      ts.isTemplateTail(n)
    ) {
      if (arabicWords(n.text).length >= 3) out.push(`${at(n)}: a string of Arabic words`);
    } else if (ts.isArrayLiteralExpression(n)) {
      if (n.elements.filter(isArabicLiteral).length >= 2)
        out.push(`${at(n)}: an array of Arabic words`);
    } else if (ts.isObjectLiteralExpression(n)) {
      const keys = n.properties.filter((p) => p.name && arabicWords(p.name.getText(sf)).length > 0);
      if (keys.length >= 2) out.push(`${at(n)}: an object keyed by Arabic words`);
    } else if (ts.isRegularExpressionLiteral(n)) {
      for (const group of n.text.matchAll(/\(([^()]*\|[^()]*)\)/g)) {
        const long = (group[1] ?? "").split("|").filter((a) => /^[\u0621-\u064a]{4,}$/.test(a));
        if (long.length >= 2) out.push(`${at(n)}: a regular expression of Arabic words`);
      }
    } else if (
      ts.isBinaryExpression(n) &&
      [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(
        n.operatorToken.kind,
      ) &&
      !(ts.isBinaryExpression(n.parent) && n.parent.operatorToken.kind === n.operatorToken.kind)
    ) {
      const words = new Set<string>();
      chainComparisons(n, n.operatorToken.kind, words);
      if (words.size >= 3) out.push(`${at(n)}: a chain of comparisons with Arabic words`);
    } else if (
      inFunction === 0 &&
      ts.isCallExpression(n) &&
      /readFileSync|readdirSync/.test(n.expression.getText(sf))
    ) {
      out.push(`${at(n)}: a file read at import time`);
    }
    ts.forEachChild(n, (c) => visit(c, inFunction));
  };
  visit(sf, 0);
  return out;
}

describe("the code holds no Arabic word lists", () => {
  it("scans the sources it means to", () => {
    const files = sourceFiles();
    for (const f of [
      "src/extract/sentence.ts",
      "src/extract/verb-drafts.ts",
      "src/extract/noun-drafts.ts",
      "src/extract/units.ts",
      "src/recognize/patterns.ts",
      "src/text/words.ts",
    ])
      expect(files).toContain(f);
  });

  it("finds none in src/extract, src/recognize, src/text, src/model (nor import-time reads)", () => {
    expect(sourceFiles().flatMap((f) => findLists(f))).toEqual([]);
  });

  it("would find the old kinds of lists", () => {
    const lists = [
      'const A = set("لم لن لا ما ليس");',
      'const B = new Set(["الاممي", "الامميه", "الدولي"]);',
      "const C: Record<string, number> = { الاحد: 0, الاثنين: 1 };",
      "const D = /^(في|خلال|منذ|مطلع|اواخر)$/;",
      'const E = (w: string) => w === "لم" || w === "لن" || w === "ولم";',
      'const F = readFileSync("x", "utf8");',
    ];
    expect(findLists("probe.ts", lists.join("\n"))).toHaveLength(lists.length);
  });
});
