// Naming an entity for a query on the store: by id, by the id's end (state:RU as RU), by its
// Arabic or English label, or by a form the articles write it in. Only an answer that names
// one entity is given; the graph's richer resolution (aliases, suggestions, the best-known
// of several) is `athar query` without --store.
import type { Store } from "./open.js";
import { queryRows } from "./sql.js";

export type Resolved =
  | { id: string }
  | { error: "unknown" }
  | { error: "ambiguous"; candidates: string[] };

/** Tries each way of naming, from the most exact; the first that matches anything decides. */
export async function resolveStoredEntity(store: Store, name: string): Promise<Resolved> {
  const q = name.trim();
  const ways: Array<[string, string]> = [
    ["SELECT id FROM entities WHERE id = $1", q],
    ["SELECT id FROM entities WHERE lower(split_part(id, ':', 2)) = lower($1)", q],
    ["SELECT id FROM entities WHERE label_ar = $1 OR lower(label_en) = lower($1)", q],
    // A form as the articles write it.
    [
      "SELECT entity_id AS id FROM mentions WHERE text = $1 GROUP BY entity_id ORDER BY count(*) DESC, entity_id",
      q,
    ],
  ];
  for (const [sql, value] of ways) {
    const ids = (await queryRows<{ id: string }>(store, sql, [value])).map((r) => r.id);
    if (ids.length === 1) return { id: ids[0] as string };
    if (ids.length > 1) return { error: "ambiguous", candidates: ids.sort() };
  }
  return { error: "unknown" };
}
