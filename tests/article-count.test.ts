// Distinct articles counted from ids given article by article, without a set of ids.
import { describe, expect, it } from "vitest";
import { ArticleCount } from "../src/merge/article-count.js";

describe("ArticleCount", () => {
  it("counts each article once when its ids come together", () => {
    const c = new ArticleCount();
    for (const doc of ["أ.txt", "أ.txt", "ب.txt", "ج.txt", "ج.txt", "ج.txt"]) c.add(doc);
    expect(c.size).toBe(3);
  });

  it("is 0 before any id", () => {
    expect(new ArticleCount().size).toBe(0);
  });

  it("compares ids by value, not by the string object", () => {
    const c = new ArticleCount();
    c.add(JSON.parse('"corpus/0003.txt"'));
    c.add(JSON.parse('"corpus/0003.txt"'));
    expect(c.size).toBe(1);
  });
});
