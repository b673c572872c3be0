// What the page exposes as window.__athar for the e2e tests and the benchmark: enough to
// check what sigma drew (display data) and to time interactions, nothing to change data.

export interface NodeShown {
  /** Viewport position in CSS pixels, relative to the graph container. */
  x: number;
  y: number;
  color: string;
  label: string | null;
  hidden: boolean;
}

export interface DebugHook {
  /** Frames drawn so far (the first is marked "athar:first-frame"). */
  frames: number;
  ready: boolean;
  /**
   * The whole graph is drawn: view.json's edges, which follow its nodes' first frame, are in
   * (or failed to load: see errors). Marked "athar:edges-drawn".
   */
  complete: boolean;
  state: () => {
    node: string | null;
    edge: string | null;
    lang: "ar" | "en";
    hiddenTypes: Set<string>;
  };
  /** Edges sigma would draw now, optionally of one relation type. */
  visibleEdges: (relation?: string) => number;
  visibleNodes: () => number;
  hover: (node: string | null) => void;
  /** Opens an edge's panel, as a click on it does (the benchmark times its evidence). */
  selectEdge: (edge: string) => void;
  edges: () => string[];
  search: (q: string) => string[];
  nodes: () => string[];
  display: (node: string) => NodeShown | null;
  /** Times one synchronous sigma render (for the benchmark). */
  renderMs: () => number;
  /** Load errors shown to the user. */
  errors: string[];
  /** Edges and nodes whose fetched evidence is on screen, in order (view.json). */
  evidenceShown: string[];
}

declare global {
  interface Window {
    __athar?: DebugHook;
    /** Set only if an XSS attempt in test data ever runs. */
    __xss?: unknown;
  }
}

export function emptyHook(): DebugHook {
  return {
    frames: 0,
    ready: false,
    complete: false,
    state: () => {
      throw new Error("not ready");
    },
    visibleEdges: () => 0,
    visibleNodes: () => 0,
    hover: () => {},
    selectEdge: () => {},
    edges: () => [],
    search: () => [],
    nodes: () => [],
    display: () => null,
    renderMs: () => Number.NaN,
    errors: [],
    evidenceShown: [],
  };
}
