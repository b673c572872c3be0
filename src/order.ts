// The canonical order of documents: outputs list documents, evidence and errors in this order,
// so the same set of inputs gives the same bytes whatever order they were given in.

const RUNS = /\d+|\D+/g;

/**
 * Compares document ids naturally ("a.jsonl#2" before "a.jsonl#10"), falling back to plain
 * code-unit order so that the order is total: no two distinct ids compare equal.
 */
export function compareDocs(a: string, b: string): number {
  const x = a.match(RUNS) ?? [];
  const y = b.match(RUNS) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p === q) continue;
    const digits = /^\d/.test(p) && /^\d/.test(q);
    if (digits) {
      // Compare as numbers without parsing (ids may hold digit runs longer than a double).
      const pp = p.replace(/^0+(?=\d)/, "");
      const qq = q.replace(/^0+(?=\d)/, "");
      if (pp.length !== qq.length) return pp.length - qq.length;
      if (pp !== qq) return pp < qq ? -1 : 1;
      continue;
    }
    return p < q ? -1 : 1;
  }
  if (x.length !== y.length) return x.length - y.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
