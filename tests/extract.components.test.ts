// The sentence's analysis is a list of named components run in order over one scope
// (src/extract/components.ts): each can be run, left out or added by hand.
import { describe, expect, it } from "vitest";
import { ARTICLE_COMPONENTS, SENTENCE_COMPONENTS } from "../src/extract/components.js";
import { bundledLexicon } from "../src/extract/lexicon.js";
import type { SentenceComponent } from "../src/extract/scope.js";
import { extractSentence } from "../src/extract/sentence.js";
import { contextOf, drafted, scopeOf } from "./helpers/sentence.js";

const names = (cs: readonly { name: string }[]) => cs.map((c) => c.name);

/** The first sentence's drafts under the given components. */
function draftsWith(text: string, components: readonly SentenceComponent[]): string[] {
  const c = contextOf(text);
  const r = extractSentence(c.view, bundledLexicon(), c.all, c.triggers, null, components);
  return drafted(r);
}

describe("sentence components", () => {
  it("are named, unique, and run the verbs before the nouns and the frames after both", () => {
    const order = names(SENTENCE_COMPONENTS);
    expect(new Set(order).size).toBe(order.length);
    expect(order.slice(0, 5)).toEqual([
      "according",
      "headline-speaker",
      "verbs",
      "nouns",
      "complement-object",
    ]);
    expect(order).toEqual(expect.arrayContaining(["accusations", "conflict", "cooperation"]));
    expect(names(ARTICLE_COMPONENTS)).toEqual([
      "answered-denials",
      "crowd-protests",
      "attack-places",
      "claimed-attacks",
      "event-places",
    ]);
  });

  it("give the same drafts whether run by extractSentence or one by one on a scope", () => {
    const text = "جرت محادثات بين روسيا والصين وإيران في موسكو.";
    const scope = scopeOf(text);
    for (const c of SENTENCE_COMPONENTS) c.run(scope);
    expect(drafted(scope)).toEqual(draftsWith(text, SENTENCE_COMPONENTS));
    expect(drafted(scope)).toEqual([
      "state:RU CONSULT state:CN",
      "state:RU CONSULT state:IR",
      "state:CN CONSULT state:IR",
    ]);
  });

  it("lose exactly a left-out component's relations", () => {
    const text = "جرت محادثات بين روسيا والصين في موسكو، وفرضت واشنطن عقوبات على طهران.";
    const all = draftsWith(text, SENTENCE_COMPONENTS);
    expect(all).toEqual(["state:US SANCTION state:IR", "state:RU CONSULT state:CN"]);
    const noNouns = SENTENCE_COMPONENTS.filter((c) => c.name !== "nouns");
    expect(draftsWith(text, noNouns)).toEqual(["state:US SANCTION state:IR"]);
    const noVerbs = SENTENCE_COMPONENTS.filter((c) => c.name !== "verbs");
    expect(draftsWith(text, noVerbs)).toEqual(["state:RU CONSULT state:CN"]);
  });

  it("let a later component read what an earlier one found", () => {
    // The condemnation names no object: complement-object gives it the doer of the raids
    // that the verbs component found (the relative-doer frames of the accusations and
    // relative-doers components read the same doer from the relative clause, so they are left
    // out to see the dependency).
    const text = "أدانت فرنسا الغارات التي شنتها إسرائيل على غزة.";
    const withFrames = draftsWith(text, SENTENCE_COMPONENTS);
    expect(withFrames).toContain("state:FR ACCUSE state:IL");
    const skip = new Set(["complement-object", "accusations", "relative-doers"]);
    const without = SENTENCE_COMPONENTS.filter((c) => !skip.has(c.name));
    expect(draftsWith(text, without)).not.toContain("state:FR ACCUSE state:IL");
    const doers = new Set(["accusations", "relative-doers"]);
    const withoutDoer = SENTENCE_COMPONENTS.filter((c) => !doers.has(c.name));
    expect(draftsWith(text, withoutDoer)).toContain("state:FR ACCUSE state:IL");
  });

  it("take a component added by hand, which sees the scope the others filled", () => {
    const seen: string[][] = [];
    const spy: SentenceComponent = { name: "spy", run: (s) => void seen.push(drafted(s)) };
    draftsWith("فرضت واشنطن عقوبات على طهران.", [...SENTENCE_COMPONENTS, spy]);
    expect(seen).toEqual([["state:US SANCTION state:IR"]]);
  });
});
