// Relations over time: a small bar chart of evidence per month; drag across it to set the
// date filter. Drawn in SVG with DOM calls (no markup strings).
import { facetsOf } from "./facets.js";
import type { ViewGraph } from "./model.js";

const SVG = "http://www.w3.org/2000/svg";

export interface Buckets {
  /** YYYY-MM per bar, consecutive. */
  months: string[];
  counts: number[];
  undated: number;
}

function nextMonth(m: string): string {
  const [y, mo] = m.split("-").map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
}

/** Evidence of reported relations (not structural facts) per month; a year-only date is skipped. */
export function monthBuckets(graph: ViewGraph): Buckets {
  const count = new Map<string, number>();
  let undated = 0;
  graph.forEachEdge((_e, a) => {
    if (a.family === "structural") return;
    for (const [, d, n] of facetsOf(a)) {
      if (!d || d.length < 7) {
        undated += n;
        continue;
      }
      const m = d.slice(0, 7);
      count.set(m, (count.get(m) ?? 0) + n);
    }
  });
  const keys = [...count.keys()].sort();
  const months: string[] = [];
  const first = keys[0];
  const last = keys[keys.length - 1];
  // Cap the span so a stray date (1900) cannot make thousands of bars.
  for (let m = first; m && last && m <= last && months.length < 600; m = nextMonth(m))
    months.push(m);
  return { months, counts: months.map((m) => count.get(m) ?? 0), undated };
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * Draws the histogram; `onBrush` gets the chosen [first month, last month] (or null to clear).
 * `selected` marks the current range.
 */
export function histogram(
  b: Buckets,
  selected: [string | null, string | null],
  onBrush: (range: [string, string] | null) => void,
): SVGSVGElement {
  const W = 240;
  const H = 56;
  const n = Math.max(1, b.months.length);
  const bw = W / n;
  const max = Math.max(1, ...b.counts);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H + 14}`, class: "histogram", role: "img" });
  const title = svg("title", {});
  title.textContent = "Relations per month: drag to filter by date";
  root.appendChild(title);
  const [from, to] = selected;
  b.months.forEach((m, i) => {
    const c = b.counts[i] ?? 0;
    const inSel = (!from || m >= from.slice(0, 7)) && (!to || m <= to.slice(0, 7));
    const bh = c ? Math.max(2, (c / max) * H) : 0;
    const bar = svg("rect", {
      x: i * bw + 0.5,
      y: H - bh,
      width: Math.max(1, bw - 1),
      height: bh,
      class: inSel ? "bar on" : "bar off",
    });
    const tip = svg("title", {});
    tip.textContent = `${m}: ${c}`;
    bar.appendChild(tip);
    root.appendChild(bar);
  });
  for (const [i, anchor] of [
    [0, "start"],
    [n - 1, "end"],
  ] as const) {
    const label = svg("text", {
      x: anchor === "start" ? 0 : W,
      y: H + 12,
      "text-anchor": anchor,
      class: "axis",
    });
    label.textContent = b.months[i] ?? "";
    root.appendChild(label);
  }
  const brush = svg("rect", { x: 0, y: 0, width: 0, height: H, class: "brush" });
  root.appendChild(brush);

  const indexAt = (ev: PointerEvent) => {
    const r = root.getBoundingClientRect();
    const x = ((ev.clientX - r.left) / r.width) * W;
    return Math.min(n - 1, Math.max(0, Math.floor(x / bw)));
  };
  let start: number | null = null;
  root.addEventListener("pointerdown", (ev) => {
    start = indexAt(ev);
    root.setPointerCapture(ev.pointerId);
    brush.setAttribute("x", String(start * bw));
    brush.setAttribute("width", String(bw));
  });
  root.addEventListener("pointermove", (ev) => {
    if (start === null) return;
    const i = indexAt(ev);
    brush.setAttribute("x", String(Math.min(start, i) * bw));
    brush.setAttribute("width", String((Math.abs(i - start) + 1) * bw));
  });
  root.addEventListener("pointerup", (ev) => {
    if (start === null) return;
    const i = indexAt(ev);
    const lo = b.months[Math.min(start, i)];
    const hi = b.months[Math.max(start, i)];
    start = null;
    if (lo && hi) onBrush([lo, hi]);
  });
  return root;
}
