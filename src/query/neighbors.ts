// An entity's neighbourhood to depth N, ignoring edge direction: who is within N hops, and
// the relations walked to reach them.
import type { EdgeAttributes } from "../graph-schema.js";
import { resolveEntity } from "./entity.js";
import { entityRef, type GraphInput, resolveInput } from "./knowledge-graph.js";
import { byStrength, toRelation } from "./relations.js";
import type { Neighborhood, Relation } from "./types.js";

export interface NeighborsOptions {
  /** Cap on the number of entities returned (nearest first); the walk still goes to depth. */
  limit?: number;
}

export function neighbors(
  input: GraphInput,
  entity: string,
  depth = 1,
  options: NeighborsOptions = {},
): Neighborhood {
  if (!Number.isInteger(depth) || depth < 0)
    throw new RangeError(`depth must be a whole number ≥ 0, not ${depth}`);
  const kg = resolveInput(input);
  const { graph } = kg;
  const center = resolveEntity(kg, entity);
  const distance = new Map<string, number>([[center, 0]]);
  const relations: Relation[] = [];
  const walked = new Set<string>();
  let frontier = [center];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (key, a: EdgeAttributes, s, t) => {
        if (!walked.has(key)) {
          walked.add(key);
          relations.push(toRelation(graph, key, a, s, t));
        }
        const other = s === node ? t : s;
        if (!distance.has(other)) {
          distance.set(other, d + 1);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  let nodes = [...distance].map(([id, dist]) => ({ entity: entityRef(graph, id), distance: dist }));
  if (options.limit !== undefined) nodes = nodes.slice(0, options.limit);
  relations.sort(byStrength);
  return { center: entityRef(graph, center), depth, nodes, relations };
}
