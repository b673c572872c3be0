// Relation extraction: an article's sentences through the components of components.ts.
export {
  type ArticleDecider,
  type ExtractOptions,
  extractRelations,
  sentenceContexts,
} from "./article.js";
export { ARTICLE_COMPONENTS, SENTENCE_COMPONENTS } from "./components.js";
export { bundledLanguage, type Language } from "./language.js";
export type {
  ArticleComponent,
  Draft,
  Frame,
  SentenceComponent,
  SentenceContext,
  SentenceScope,
  Trigger,
} from "./scope.js";
