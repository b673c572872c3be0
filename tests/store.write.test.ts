// Writing to the store: the seeds' mentions and triples come back exactly (byte for byte as
// graph/ has them); a batch replaces earlier rows of its documents; a failing batch, and a
// process killed in the middle of one, leave the previous state; the entities table does not
// depend on the order or batching of writes.
import { spawn } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { closeStore, openStore, type Store } from "../src/store/open.js";
import { type RelationMentionRow, rowToRelationMention } from "../src/store/rows.js";
import { queryRows } from "../src/store/sql.js";
import {
  documentKeys,
  putArticles,
  readStoredArticles,
  removeDocuments,
  type StoreItem,
} from "../src/store/write.js";
import { jsonl } from "../src/write.js";
import { REPO, SEEDS } from "./helpers/paths.js";
import {
  item,
  mention,
  mergedGraph,
  type Processed,
  processInputs,
  relation,
  storeOf,
  withStore,
} from "./store.fixture.js";

let seeds: Processed;
beforeAll(() => {
  seeds = processInputs([SEEDS]);
});

/** Everything a store holds that a reader can see, for before/after comparisons. */
async function snapshot(store: Store) {
  return {
    articles: await readStoredArticles(store),
    entities: await queryRows(store, "SELECT * FROM entities ORDER BY id"),
    keys: [...(await documentKeys(store))].sort(),
  };
}

describe("the seeds in a store", () => {
  it("give back the build's mentions.jsonl and triples.jsonl byte for byte", async () => {
    const store = await storeOf(seeds.items);
    const back = await readStoredArticles(store);
    closeStore(store);
    expect(back).toEqual(seeds.items);
    // What renderOutputs writes for the same articles (graph/ holds it for the committed code).
    const lines = (pick: (o: StoreItem["output"]) => unknown[], items: StoreItem[]) =>
      jsonl(items.flatMap((i) => pick(i.output)));
    for (const pick of [
      (o: StoreItem["output"]) => o.mentions,
      (o: StoreItem["output"]) => o.relations,
    ]) {
      expect(lines(pick, back)).toBe(lines(pick, seeds.items));
    }
  });

  it("rebuild each RelationMention exactly from its row (rowToRelationMention)", async () => {
    const store = await storeOf(seeds.items);
    const rows = await queryRows<RelationMentionRow>(
      store,
      "SELECT * FROM relation_mentions ORDER BY doc, seq",
    );
    closeStore(store);
    const triples = seeds.items.flatMap((i) => i.output.relations);
    expect(rows).toHaveLength(triples.length);
    // Ordered by doc as SQL sorts; the seeds' names sort the same in both orders.
    rows.forEach((row, n) => {
      expect(JSON.stringify(rowToRelationMention(row))).toBe(JSON.stringify(triples[n]));
    });
    expect(triples.some((t) => t.title) && triples.some((t) => t.place)).toBe(true);
    expect(triples.some((t) => t.attributed_to) && triples.some((t) => t.event)).toBe(true);
  });

  it("keep each document's key, and its info as given", async () => {
    const store = await storeOf(seeds.items);
    const keys = await documentKeys(store);
    const docs = await queryRows<Record<string, unknown>>(store, "SELECT * FROM documents");
    closeStore(store);
    expect(keys).toEqual(new Map(seeds.items.map((i) => [i.info.doc, i.info.key])));
    const byDoc = new Map(docs.map((d) => [d.doc, d]));
    for (const { info, output } of seeds.items) {
      // pieces are a JSON column: readStoredArticles parses them back.
      const pieces = JSON.stringify(info.pieces);
      expect(byDoc.get(info.doc)).toEqual({ ...info, pieces, sentences: output.sentences });
    }
  });

  it("hold one entities row per id, with the labels of the graph's node", async () => {
    const store = await storeOf(seeds.items);
    const entities = await queryRows<{
      id: string;
      kind: string;
      label_ar: string;
      label_en: string | null;
    }>(store, "SELECT id, kind, label_ar, label_en FROM entities ORDER BY id");
    closeStore(store);
    const g = mergedGraph(seeds);
    for (const e of entities) {
      if (!g.hasNode(e.id)) continue; // a claimant or place seen only as such
      const a = g.getNodeAttributes(e.id);
      expect({ id: e.id, kind: a.kind, label_ar: a.label_ar, label_en: a.label_en }).toEqual(e);
    }
    const nodes = g.filterNodes((_, a) => a.kind !== "event");
    expect(nodes.filter((id) => !entities.some((e) => e.id === id))).toEqual([]);
  });
});

describe("replacing and removing documents", () => {
  it("a document written again replaces all its rows", async () => {
    const store = await storeOf(seeds.items);
    const [first] = seeds.items as [StoreItem];
    const changed: StoreItem = {
      info: { ...first.info, key: "new-key", title: "عنوان جديد" },
      output: { ...first.output, relations: first.output.relations.slice(0, 2), partOf: [] },
    };
    await putArticles(store, [changed]);
    const back = await readStoredArticles(store);
    expect(back.find((i) => i.info.doc === first.info.doc)).toEqual(changed);
    expect(back.filter((i) => i.info.doc !== first.info.doc)).toEqual(seeds.items.slice(1));
    expect((await documentKeys(store)).get(first.info.doc)).toBe("new-key");
    closeStore(store);
  });

  it("removeDocuments drops a document's rows and the entities only it used", async () => {
    const store = await storeOf([
      item("a.txt", { mentions: [mention("a.txt"), mention("a.txt", { entity: onlyInA })] }),
      item("b.txt", { mentions: [mention("b.txt")] }),
    ]);
    expect(await removeDocuments(store, ["a.txt", "missing.txt", "a.txt"])).toBe(1);
    expect(await removeDocuments(store, ["a.txt"])).toBe(0);
    const s = await snapshot(store);
    closeStore(store);
    expect(s.keys).toEqual([["b.txt", "key-b.txt"]]);
    expect(s.entities.map((e) => (e as { id: string }).id)).toEqual(["state:RU"]);
    expect(s.articles.map((a) => a.info.doc)).toEqual(["b.txt"]);
  });

  it("an empty batch changes nothing", async () => {
    const store = await storeOf(seeds.items);
    const before = await snapshot(store);
    await putArticles(store, []);
    expect(await snapshot(store)).toEqual(before);
    closeStore(store);
  });
});

const onlyInA = {
  id: "person:unk-0123456789",
  kind: "person" as const,
  label_ar: "فلان",
  label_en: null,
};

describe("a batch is one transaction", () => {
  it("a batch that fails part way leaves the previous state", async () => {
    const store = await storeOf(seeds.items);
    const before = await snapshot(store);
    const [first] = seeds.items as [StoreItem];
    const replacement: StoreItem = { ...first, output: { ...first.output, mentions: [] } };
    const broken = item("z.txt", {
      // A sentence index no INTEGER holds: the appender throws after rows were written.
      mentions: [mention("z.txt"), mention("z.txt", { sentence: 2 ** 40 })],
    });
    await expect(putArticles(store, [replacement, item("new.txt"), broken])).rejects.toThrow();
    expect(await snapshot(store)).toEqual(before);
    // And the store still takes the next batch.
    await putArticles(store, [item("new.txt")]);
    expect((await documentKeys(store)).has("new.txt")).toBe(true);
    closeStore(store);
  });

  it("a batch that names a document twice, or mixes documents in an item, is refused whole", async () => {
    const store = await storeOf(seeds.items);
    const before = await snapshot(store);
    await expect(putArticles(store, [item("x.txt"), item("x.txt")])).rejects.toThrow(
      /"x.txt" twice in one batch/,
    );
    const mismatched = { ...item("x.txt"), output: item("y.txt").output };
    await expect(putArticles(store, [mismatched])).rejects.toThrow(/is not output.doc/);
    const stray = item("x.txt", { mentions: [mention("x.txt"), mention("y.txt")] });
    await expect(putArticles(store, [stray])).rejects.toThrow(/a row of "x.txt" names "y.txt"/);
    expect(await snapshot(store)).toEqual(before);
    closeStore(store);
  });

  it("a process killed in the middle of a batch leaves the previous state", async () => {
    const store = await storeOf(seeds.items);
    const before = await snapshot(store);
    const path = store.path;
    closeStore(store);
    // Another process deletes and inserts inside a transaction, then dies before COMMIT.
    const child = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { DuckDBInstance } from "@duckdb/node-api";
         const db = await DuckDBInstance.create(process.argv[1]);
         const c = await db.connect();
         await c.run("BEGIN TRANSACTION");
         await c.run("DELETE FROM mentions");
         await c.run("DELETE FROM documents WHERE doc LIKE '000%'");
         await c.run("INSERT INTO documents VALUES ('half.txt', 'k', 's', 1, NULL, NULL, NULL, NULL, 1, 'نص', '[]')");
         await c.run("INSERT INTO relation_mentions SELECT * REPLACE ('half.txt' AS doc) FROM relation_mentions WHERE doc LIKE '000%'");
         console.log("ready");
         setInterval(() => {}, 1000);`,
        path,
      ],
      { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] },
    );
    const said = await new Promise<string>((answer) => {
      child.stdout.once("data", (d) => answer(String(d)));
      let err = "";
      child.stderr.on("data", (d) => {
        err += String(d);
      });
      child.once("exit", () => answer(`exited: ${err}`));
    });
    expect(said.trim()).toBe("ready");
    child.kill("SIGKILL");
    await new Promise((exited) => child.once("exit", exited));
    expect(await withStore(path, snapshot)).toEqual(before);
  }, 30_000);
});

describe("the entities table", () => {
  // One provisional id written two ways: the graph labels it from the first document in
  // canonical order ("a9.txt" before "a10.txt", naturally), so must the store.
  const ref = (label_ar: string) => ({ ...onlyInA, label_ar });
  const batch = [
    item("a10.txt", { mentions: [mention("a10.txt", { entity: ref("فلان الفلاني") })] }),
    item("a9.txt", { mentions: [mention("a9.txt", { entity: ref("فُلان") })] }),
    item("b.txt", {
      relations: [relation("b.txt", { target: { ...ref("فلان"), text: "فلان" } })],
    }),
  ];
  const labelIn = async (store: Store) =>
    (
      await queryRows<{ label_ar: string }>(store, "SELECT label_ar FROM entities WHERE id = $1", [
        onlyInA.id,
      ])
    )[0]?.label_ar;

  it("takes a ref's labels from its first mention in canonical order, whatever the write order", async () => {
    for (const order of [batch, [...batch].reverse()]) {
      for (const size of [1, 3]) {
        const store = await storeOf(order, size);
        expect(await labelIn(store)).toBe("فُلان");
        closeStore(store);
      }
    }
  });

  it("follows removals: then the next mention, then a relation end", async () => {
    const store = await storeOf(batch);
    await removeDocuments(store, ["a9.txt"]);
    expect(await labelIn(store)).toBe("فلان الفلاني");
    await removeDocuments(store, ["a10.txt"]);
    expect(await labelIn(store)).toBe("فلان");
    await removeDocuments(store, ["b.txt"]);
    expect(await labelIn(store)).toBeUndefined();
    closeStore(store);
  });

  it("is the same for the seeds in one batch, one at a time, or in reverse", async () => {
    const tables: unknown[] = [];
    for (const [items, size] of [
      [seeds.items, 5],
      [seeds.items, 1],
      [[...seeds.items].reverse(), 2],
    ] as const) {
      const store = await storeOf([...items], size);
      tables.push(await queryRows(store, "SELECT * FROM entities ORDER BY id"));
      closeStore(store);
    }
    expect(tables[1]).toEqual(tables[0]);
    expect(tables[2]).toEqual(tables[0]);
  });

  it("is the same when a document is written again (every row of its ids read anew)", async () => {
    const once = await storeOf([...seeds.items], 5);
    const again = await storeOf([...seeds.items].reverse(), 1);
    await putArticles(again, [seeds.items[0] as StoreItem, seeds.items[3] as StoreItem]);
    const all = "SELECT * FROM entities ORDER BY id";
    expect(await queryRows(again, all)).toEqual(await queryRows(once, all));
    closeStore(once);
    closeStore(again);
  });
});

describe("openStore then putArticles on a new path", () => {
  it("works with create and reports the rows", async () => {
    const store = await storeOf([]);
    await putArticles(store, seeds.items);
    const [{ n }] = (await queryRows<{ n: number }>(
      store,
      "SELECT count(*) AS n FROM relation_mentions",
    )) as [{ n: number }];
    expect(n).toBe(seeds.items.reduce((k, i) => k + i.output.relations.length, 0));
    closeStore(store);
    await expect(
      openStore(store.path, { readOnly: true }).then(closeStore),
    ).resolves.toBeUndefined();
  });
});
