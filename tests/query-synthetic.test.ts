// The query index against brute force on a generated graph: relations by entity must give
// exactly what a scan of every edge gives, names must find their entity, and path lengths
// must equal breadth-first distances.
import fc from "fast-check";
import { undirectedSingleSourceLength } from "graphology-shortest-path/unweighted.js";
import { describe, expect, it } from "vitest";
import { findEntity, paths, relations } from "../src/api.js";
import { graphFromFile } from "../src/graph-file.js";
import { knowledgeGraph } from "../src/query/knowledge-graph.js";
import { syntheticGraph } from "../src/synthetic-graph.js";

const kg = knowledgeGraph(graphFromFile(syntheticGraph({ nodes: 600, edges: 2500, seed: 3 })));
const { graph } = kg;
const nodes = graph.nodes();
const node = fc.integer({ min: 0, max: nodes.length - 1 }).map((i) => nodes[i] as string);

describe("queries on a generated graph", () => {
  it("relations by source, target or either end equal a scan of every edge", () => {
    fc.assert(
      fc.property(
        node,
        fc.constantFrom("source", "target", "involving") as fc.Arbitrary<
          "source" | "target" | "involving"
        >,
        (id, end) => {
          const expected = graph
            .filterEdges((_e, _a, s, t) =>
              end === "source" ? s === id : end === "target" ? t === id : s === id || t === id,
            )
            .sort();
          const got = relations(kg, { [end]: id })
            .map((r) => r.id)
            .sort();
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a type filter equals a scan too", () => {
    fc.assert(
      fc.property(
        node,
        fc.constantFrom("AID", "ACCUSE", "ROLE", "CONSULT") as fc.Arbitrary<"AID">,
        (id, type) => {
          const expected = graph.filterOutEdges(id, (_e, a) => a.type === type).sort();
          expect(
            relations(kg, { source: id, type })
              .map((r) => r.id)
              .sort(),
          ).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("finds every entity by its id, its Arabic label and its Arabic label with a proclitic", () => {
    fc.assert(
      fc.property(node, fc.constantFrom("", "و", "ب", "ل", "وب"), (id, clitic) => {
        expect(findEntity(kg, id)[0]?.entity.id).toBe(id);
        const label = graph.getNodeAttribute(id, "label_ar");
        const ids = findEntity(kg, `${clitic}${label}`).map((c) => c.entity.id);
        expect(ids).toContain(id);
      }),
      { numRuns: 200 },
    );
  });

  it("path lengths equal breadth-first distances, and each path is a chain of real edges", () => {
    fc.assert(
      fc.property(node, node, (a, b) => {
        const dist = undirectedSingleSourceLength(graph, a)[b];
        const p = paths(kg, a, b, { maxPaths: 3 });
        expect(p.length).toBe(dist ?? null);
        for (const path of p.paths) {
          expect(path.nodes.length).toBe((p.length ?? 0) + 1);
          for (const hop of path.hops) expect(hop.relations.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});
