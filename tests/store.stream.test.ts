// Every stored output in one pass (src/store/stream.ts), and storedOutputs, which uses it for
// most of a store and falls back to batches when the rows are not as putArticles wrote them.
import { beforeAll, describe, expect, it } from "vitest";
import type { ArticleOutput } from "../src/pipeline.js";
import { storedOutputs } from "../src/store/incremental.js";
import { closeStore, type Store } from "../src/store/open.js";
import { eachStoredArticle, eachStoredOutput, StoreOrderError } from "../src/store/stream.js";
import { putArticles, readStoredArticles, type StoreItem } from "../src/store/write.js";
import { SEEDS } from "./helpers/paths.js";
import { type Processed, processInputs, storeOf } from "./store.fixture.js";

let seeds: Processed;
beforeAll(() => {
  seeds = processInputs([SEEDS]);
});

async function streamed(store: Store): Promise<ArticleOutput[]> {
  const out: ArticleOutput[] = [];
  await eachStoredOutput(store, (o) => out.push(o));
  return out;
}

const byDoc = (outputs: ArticleOutput[]) =>
  Object.fromEntries(outputs.map((o) => [o.doc, o] as const));

describe("eachStoredOutput", () => {
  it("gives every stored output as the batched read does, in the order they were stored", async () => {
    const items = [...seeds.items].reverse();
    const store = await storeOf(items, 2);
    // Written again: its rows move to the end of every table.
    await putArticles(store, [items[0] as StoreItem]);
    const outputs = await streamed(store);
    const docs = items.map((i) => i.info.doc);
    expect(outputs.map((o) => o.doc)).toEqual([...docs.slice(1), docs[0]]);
    const batched = (await readStoredArticles(store)).map((i) => i.output);
    expect(byDoc(outputs)).toEqual(byDoc(batched));
    expect(outputs.some((o) => o.mentions.length > 0 && o.relations.length > 0)).toBe(true);
    closeStore(store);
  });

  it("refuses rows that are not one run per document, and storedOutputs then reads by batches", async () => {
    const store = await storeOf([...seeds.items], 5);
    const [first] = seeds.items;
    const doc = (first as StoreItem).info.doc;
    // A row of the first document appended after every other: a store changed by hand.
    await store.connection.run(
      `INSERT INTO mentions SELECT * REPLACE (seq + 10000 AS seq) FROM mentions WHERE doc = $1 AND seq = 0`,
      [doc],
    );
    await expect(streamed(store)).rejects.toBeInstanceOf(StoreOrderError);
    const docs = seeds.items.map((i) => i.info.doc);
    const outputs = await storedOutputs(store, docs);
    const batched = (await readStoredArticles(store)).map((i) => i.output);
    expect(Object.fromEntries(outputs)).toEqual(byDoc(batched));
    closeStore(store);
  });

  it("with their document rows, gives the stored articles as the batched read does", async () => {
    const store = await storeOf([...seeds.items], 3);
    const items: StoreItem[] = [];
    await eachStoredArticle(store, true, ({ info, output }) => {
      if (info) items.push({ info, output });
    });
    expect(items).toEqual(await readStoredArticles(store));
    expect(items.map((i) => i.info.text)).toEqual(seeds.items.map((i) => i.info.text));
    closeStore(store);
  });

  it("gives nothing for an empty store", async () => {
    const store = await storeOf([]);
    expect(await streamed(store)).toEqual([]);
    closeStore(store);
  });
});
