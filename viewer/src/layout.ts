// ForceAtlas2 live, in a web worker so the page stays responsive while it runs.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { ViewGraph } from "./model.js";

export class LiveLayout {
  private fa2: FA2Layout | null = null;

  constructor(private graph: ViewGraph) {}

  get running(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  start(): void {
    if (!this.fa2) {
      const settings = forceAtlas2.inferSettings(this.graph);
      this.fa2 = new FA2Layout(this.graph, {
        settings: { ...settings, barnesHutOptimize: this.graph.order > 2000 },
      });
    }
    this.fa2.start();
  }

  stop(): void {
    this.fa2?.stop();
  }

  kill(): void {
    this.fa2?.kill();
    this.fa2 = null;
  }
}
