// An unnamed envoy resolved to the KB's holder of the title (src/extract/units.ts titleFits):
// a title that names where its holder serves ("السفير الروسي في بريطانيا") fits a bare
// "السفير الروسي" only where the sentence or the one before names that state.
import { describe, expect, it } from "vitest";
import { run, show } from "./helpers/pipeline.js";

// While the KB's Russian ambassador to Britain held the post.
const relationsOf = (text: string) => run(text, "2018-06-01").relations;
const ends = (text: string) => relationsOf(text).flatMap((r) => [r.source.id, r.target.id]);

describe("an unnamed ambassador", () => {
  it("is not the KB's ambassador to another state («السفير الروسي» summoned by Germany)", () => {
    const text = "واستدعت الخارجية الألمانية السفير الروسي لدى ألمانيا.";
    expect(ends(text), show(relationsOf(text))).not.toContain("person:alexander-yakovenko");
    expect(ends(text)).toContain("state:RU");
  });

  it("is the KB's ambassador where the sentence names the state he serves in", () => {
    const text = "واستدعت الخارجية البريطانية السفير الروسي.";
    expect(ends(text), show(relationsOf(text))).toContain("person:alexander-yakovenko");
  });
});
