// Where a build's files go as they are rendered. A file is rendered piece by piece into a
// TextSink, so a writer that puts the pieces straight into a file never holds the whole text:
// a build's memory is then bounded by its graph, not by the size of its files (BENCHMARKS.md).

/** Takes a file's text in pieces, in order. */
export interface TextSink {
  write(text: string): void;
}

/** Renders one file: writes its whole text to `out`, in pieces. */
export type RenderFile = (out: TextSink) => void;

/** Receives a build's files one at a time, in the order they are rendered. */
export interface OutputWriter {
  /**
   * Starts a fresh set of files. A render that failed half-way is started again from here (the
   * build leaves out the article that made it fail), so nothing of the failed attempt remains.
   */
  begin(): void;
  /** Renders the file `name` into the set. */
  file(name: string, render: RenderFile): void;
}

/** The files of a build held as strings, by name: for the library, tests and benchmarks. */
export class FilesInMemory implements OutputWriter {
  files: Record<string, string> = {};

  begin(): void {
    this.files = {};
  }

  file(name: string, render: RenderFile): void {
    this.files[name] = renderToString(render);
  }
}

/** The whole text a RenderFile writes. */
export function renderToString(render: RenderFile): string {
  const pieces: string[] = [];
  render({ write: (text) => pieces.push(text) });
  return pieces.join("");
}
