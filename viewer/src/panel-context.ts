// What the side panel needs from the app: data, the current state, and navigation.
import type { Visibility } from "./filters.js";
import type { Article, ViewGraph } from "./model.js";
import type { ViewState } from "./state.js";

export interface PanelContext {
  graph: ViewGraph;
  state: ViewState;
  vis: Visibility;
  articles: Map<string, Article>;
  selectNode(key: string): void;
  selectEdge(key: string): void;
  openArticle(doc: string, span: readonly [number, number]): void;
}

/** Two-language UI words, picked by the label language toggle. */
export function t(state: ViewState, ar: string, en: string): string {
  return state.lang === "ar" ? ar : en;
}
