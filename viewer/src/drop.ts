// Opening another file: drag and drop anywhere, or the "Open…" button.
import { byId } from "./dom.js";
import { type Dropped, readDroppedFile } from "./load.js";
import type { Article } from "./model.js";

export function attachDrop(
  onGraph: (data: Extract<Dropped, { kind: "graph" }>["data"]) => void,
  onArticles: (articles: Map<string, Article>) => void,
  onError: (message: string) => void,
): void {
  const zone = byId("dropzone");
  const open = async (files: FileList | null | undefined) => {
    for (const file of files ?? []) {
      try {
        const d = await readDroppedFile(file);
        if (d.kind === "graph") onGraph(d.data);
        else onArticles(d.articles);
      } catch (err) {
        onError((err as Error).message);
      }
    }
  };
  let depth = 0;
  window.addEventListener("dragenter", (ev) => {
    if (!ev.dataTransfer?.types.includes("Files")) return;
    depth++;
    zone.hidden = false;
  });
  window.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.hidden = true;
  });
  window.addEventListener("dragover", (ev) => ev.preventDefault());
  window.addEventListener("drop", (ev) => {
    ev.preventDefault();
    depth = 0;
    zone.hidden = true;
    void open(ev.dataTransfer?.files);
  });
  const input = byId<HTMLInputElement>("open");
  input.addEventListener("change", () => {
    void open(input.files);
    input.value = "";
  });
}
