// Property: any label, in any script and with any XML-special character, survives writing
// GEXF or GraphML and reading it back. Characters XML 1.0 cannot represent at all (C0
// controls, lone surrogates, U+FFFE/U+FFFF) are the only ones dropped. The Unicode line and
// paragraph separators and NEL are written as references (fast-check found U+2028 turned into
// a line feed by the reader).
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { toGexf } from "../src/export/gexf.js";
import { toGraphml } from "../src/export/graphml.js";
import { xmlSafe } from "../src/export/xml.js";
import { graphFromFile } from "../src/graph-file.js";
import { sampleGraphFile } from "../src/query/sample.js";

const tricky = fc.constantFrom(
  "<كوريا> & \"الشمالية\" 'x'",
  "  مسافات  في الطرفين  ",
  "سطر\nثان\r\nوثالث\tمع جدولة",
  "🇰🇵 كيم 👋🏽 e\u0301",
  "]]> <!-- -->",
  "\u202bRLE\u202c \u2067isolate\u2069",
  "\u0000\u0001\u001f\ud800\uffff",
  "سطر\u2028فاصل\u2029فقرة\u0085NEL",
);
const label = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  tricky,
  fc.string({ maxLength: 20 }),
);

function graphWithLabels(ar: string, en: string) {
  const file = sampleGraphFile();
  const node = file.nodes.find((n) => n.key === "state:KP");
  if (!node) throw new Error("sample lost state:KP");
  node.attributes.label_ar = ar;
  node.attributes.label_en = en;
  const edge = file.edges[0];
  const ev = edge?.attributes.evidence[0];
  if (ev) ev.sentence = ar;
  return graphFromFile(file);
}

describe("labels survive XML round trips", () => {
  it("through GEXF (graphology-gexf write → parse)", () => {
    fc.assert(
      fc.property(label, label, (ar, en) => {
        const g = graphWithLabels(ar, en);
        const back = gexf.parse(MultiDirectedGraph, toGexf(g));
        expect(back.getNodeAttribute("state:KP", "label")).toBe(xmlSafe(ar) || "state:KP");
        const enBack = back.getNodeAttribute("state:KP", "label_en");
        expect(enBack ?? "").toBe(xmlSafe(en));
        const edge = g.edges()[0] as string;
        expect(back.getEdgeAttribute(edge, "evidence_sentence") ?? "").toBe(xmlSafe(ar));
      }),
      { numRuns: 300 },
    );
  });

  it("through GraphML (toGraphml → graphology-graphml parse)", () => {
    fc.assert(
      fc.property(label, label, (ar, en) => {
        const g = graphWithLabels(ar, en);
        const back = graphml.parse(MultiDirectedGraph, toGraphml(g));
        expect(back.getNodeAttribute("state:KP", "label")).toBe(xmlSafe(ar) || "state:KP");
        expect(back.getNodeAttribute("state:KP", "label_en") ?? "").toBe(xmlSafe(en));
        const edge = g.edges()[0] as string;
        expect(back.getEdgeAttribute(edge, "evidence_sentence") ?? "").toBe(xmlSafe(ar));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps printable text untouched: xmlSafe drops nothing a name can contain", () => {
    const printable = (s: string) =>
      [...s].every((ch) => {
        const c = ch.codePointAt(0) ?? 0;
        return c >= 0x20 && c !== 0xfffe && c !== 0xffff;
      });
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }).filter(printable), (s) => {
        expect(xmlSafe(s)).toBe(s);
      }),
    );
  });
});
