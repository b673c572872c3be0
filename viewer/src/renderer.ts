// sigma on the viewer's graph: settings for readable Arabic labels at any zoom and for
// large graphs, plus reducers that apply filters, hover and selection without touching data.
import Sigma from "sigma";
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
} from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { deinstance } from "./deinstance.js";
import { createEdgeDashedProgram } from "./edge-dashed.js";
import type { Visibility } from "./filters.js";
import { labelOf, type ViewEdge, type ViewGraph, type ViewNode } from "./model.js";
import type { ViewState } from "./state.js";
import { DIM_EDGE, DIM_NODE } from "./theme.js";

export const LABEL_FONT = '"Noto Sans Arabic", "Noto Sans", system-ui, sans-serif';

/**
 * Graphs above this many edges take the cheap paths: 1px lines instead of arrows (a tenth
 * of the vertices; without a GPU, as in headless CI, that is the frame time), partial
 * refreshes on hover and selection, and nothing drawn but nodes while the camera moves.
 */
export const LARGE = 20_000;

/** Above this many neighbours, hovering a hub does not force all their labels on screen. */
const MAX_FORCED_LABELS = 40;

export interface Highlight {
  hovered: string | null;
  /** The hovered node and its neighbours (via visible edges). */
  near: Set<string>;
}

type EdgeProgram = NonNullable<ConstructorParameters<typeof Sigma>[2]>["edgeProgramClasses"];

/** `coming`: edges still to be added (view.json's): the renderer is set up for them too. */
export function isLarge(graph: ViewGraph, coming = 0): boolean {
  return Math.max(graph.size, coming) > LARGE;
}

export function createRenderer(
  graph: ViewGraph,
  container: HTMLElement,
  view: () => { state: ViewState; vis: Visibility; hl: Highlight },
  large = isLarge(graph),
): Sigma<ViewNode, ViewEdge> {
  const programs = {
    arrow: large
      ? EdgeLineProgram
      : createEdgeCompoundProgram([
          deinstance(createEdgeClampedProgram()),
          deinstance(createEdgeArrowHeadProgram()),
        ]),
    // Large graphs still show weight: edges seen in 3+ articles are drawn as thick bands.
    thick: deinstance(EdgeRectangleProgram),
    dashed: createEdgeDashedProgram(),
  } as EdgeProgram;
  return new Sigma<ViewNode, ViewEdge>(graph, container, {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "400",
    labelColor: { color: "#1a202c" },
    // A coarse label grid keeps labels apart when zoomed out; the threshold hides labels of
    // nodes drawn too small to be worth a name.
    labelDensity: 0.6,
    labelGridCellSize: 110,
    labelRenderedSizeThreshold: graph.order < 300 ? 0 : large ? 9 : 6,
    defaultEdgeType: "arrow",
    edgeProgramClasses: programs as never,
    nodeProgramClasses: { circle: deinstance(NodeCircleProgram) } as never,
    minEdgeThickness: large ? 0.5 : 0.8,
    zIndex: !large,
    // Room for labels, which sigma draws beside their node, outside the fitted area.
    stagePadding: 60,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    enableEdgeEvents: !large,
    nodeReducer: (node, data) => {
      const { state, vis, hl } = view();
      // Only display fields: copying the data's evidence and aliases per frame is wasted work.
      const out: Partial<NodeDisplayData> = {
        x: data.x,
        y: data.y,
        size: data.size,
        color: data.color,
        label: labelOf(data, state.lang),
        zIndex: 1,
      };
      if (vis.hiddenNodes.has(node)) {
        out.hidden = true;
        return out;
      }
      if (node === state.node) {
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 2;
      }
      if (hl.hovered) {
        if (hl.near.has(node)) {
          out.forceLabel = hl.near.size <= MAX_FORCED_LABELS || node === hl.hovered;
          out.zIndex = 2;
        } else {
          out.color = DIM_NODE;
          out.label = "";
          out.zIndex = 0;
        }
      }
      return out;
    },
    edgeReducer: (edge, data) => {
      const { state, vis, hl } = view();
      const out: Partial<EdgeDisplayData> = {
        size: data.size,
        color: data.color,
        type: large && data.type === "arrow" && data.weight >= 3 ? "thick" : data.type,
        zIndex: 1,
      };
      if (vis.hiddenEdges.has(edge)) {
        out.hidden = true;
        return out;
      }
      if (edge === state.edge) {
        out.size = data.size + 2;
        out.zIndex = 2;
      }
      // Large graphs: hover touches nodes only (a partial refresh); edges stay as they are.
      if (hl.hovered && !large) {
        const [s, t] = graph.extremities(edge);
        if (s === hl.hovered || t === hl.hovered) out.zIndex = 2;
        else {
          out.color = DIM_EDGE;
          out.zIndex = 0;
        }
      }
      return out;
    },
  });
}
