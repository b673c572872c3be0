// Types for serve-static.mjs (plain JS so `npm start` runs without a TypeScript loader).
export interface Mount {
  /** URL prefix, starting and ending with "/". */
  prefix: string;
  dir: string;
}
export interface Served {
  port: number;
  url: string;
  close(): Promise<void>;
}
export function serveStatic(options: {
  mounts: Mount[];
  port?: number;
  host?: string;
}): Promise<Served>;
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | null | "unsatisfiable";
