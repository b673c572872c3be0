// One sentence's analysis for the extract/ component tests: the contexts the article's
// sentences get (units, triggers, the rules' result), and a fresh scope to run one
// component on by hand.
import { sentenceContexts } from "../../src/extract/article.js";
import { bundledLexicon } from "../../src/extract/lexicon.js";
import { newScope, type SentenceContext, type SentenceScope } from "../../src/extract/scope.js";
import { recognize } from "../../src/recognize/recognize.js";
import { bodyArticle, bundledKb } from "./pipeline.js";

export function contextsOf(text: string): SentenceContext[] {
  return sentenceContexts(recognize(bodyArticle(text), bundledKb()), bundledKb());
}

/** The first sentence's context. */
export const contextOf = (text: string): SentenceContext => contextsOf(text)[0] as SentenceContext;

/** A scope of the text's first sentence before any component has run. */
export function scopeOf(text: string): SentenceScope {
  const c = contextOf(text);
  return newScope(c.view, bundledLexicon(), c.all, c.triggers, null);
}

/** "source TYPE target" per draft, by entity id. */
export const drafted = (s: Pick<SentenceScope, "drafts">): string[] =>
  s.drafts.map((d) => `${d.source.ref.id} ${d.type} ${d.target.ref.id}`);
