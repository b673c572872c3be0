// What the side panel needs from the app: data, the current state, and navigation.
import type { Visibility } from "./filters.js";
import type { LazySource } from "./lazy.js";
import type { Article, ViewGraph } from "./model.js";
import type { ViewState } from "./state.js";

export interface PanelContext {
  graph: ViewGraph;
  state: ViewState;
  vis: Visibility;
  /** Articles at hand (all of articles.json, or those fetched so far from view.json's). */
  articles: Map<string, Article>;
  /** view.json's evidence and articles, fetched when opened; null when evidence is inline. */
  lazy: LazySource | null;
  selectNode(key: string): void;
  selectEdge(key: string): void;
  openArticle(doc: string, span: readonly [number, number]): void;
}

/** Two-language UI words, picked by the label language toggle. */
export function t(state: ViewState, ar: string, en: string): string {
  return state.lang === "ar" ? ar : en;
}
