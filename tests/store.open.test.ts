// Opening athar.duckdb: a new store gets the schema and its version; every way a file can be
// unusable (absent, a folder, another version, another database, not DuckDB at all, held by
// another process) is one StoreError naming the file, with a code and what to do.
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterEach, describe, expect, it } from "vitest";
import {
  buildStoreOptions,
  closeStore,
  openStore,
  readMeta,
  StoreError,
} from "../src/store/open.js";
import { STORE_SCHEMA, TABLES } from "../src/store/schema.js";
import { queryRows } from "../src/store/sql.js";
import { putArticles } from "../src/store/write.js";
import { EXTRACTOR_VERSION } from "../src/version.js";
import { REPO, tempDir } from "./helpers/paths.js";
import { indexNames, item, mention, STORE_INDEXES, withStore } from "./store.fixture.js";

const fresh = () => join(tempDir("athar-store-open-"), "athar.duckdb");

/** The StoreError `p` rejects with (fails the test when it resolves or throws another error). */
async function refusal(p: Promise<unknown>): Promise<StoreError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreError);
  return err as StoreError;
}

/** A store with one article in it, closed. */
async function madeStore(): Promise<string> {
  const path = fresh();
  await withStore(path, (s) => putArticles(s, [item("a.txt", { mentions: [mention("a.txt")] })]), {
    create: true,
  });
  return path;
}

/** DuckDB's memory limit of an open store, in MiB. */
async function memoryMiB(path: string, opts: Parameters<typeof openStore>[1]): Promise<number> {
  const s = await openStore(path, opts);
  try {
    const [row] = await queryRows<{ limit: string }>(
      s,
      "SELECT current_setting('memory_limit') AS limit",
    );
    return Number.parseFloat(String(row?.limit));
  } finally {
    closeStore(s);
  }
}

describe("a store's memory", () => {
  it("is bounded by default, not DuckDB's 80 % of the machine", async () => {
    const path = fresh();
    // 256 MB is 244.1 MiB in DuckDB's report.
    expect(await memoryMiB(path, { create: true })).toBeCloseTo(244.1, 0);
  });

  it("is half that for a build, which only appends, unless ATHAR_STORE_MEMORY says otherwise", async () => {
    // 128 MB is 122.1 MiB.
    expect(await memoryMiB(fresh(), buildStoreOptions({}))).toBeCloseTo(122.1, 0);
    const given = buildStoreOptions({ ATHAR_STORE_MEMORY: "512MB" });
    expect(await memoryMiB(fresh(), given)).toBeCloseTo(488.2, 0);
  });

  it("takes the limit it is given", async () => {
    expect(await memoryMiB(fresh(), { create: true, memoryLimit: "1GB" })).toBeCloseTo(953.6, 0);
  });

  it("too small to open the store in is one StoreError naming ATHAR_STORE_MEMORY", async () => {
    const err = await refusal(openStore(fresh(), { create: true, memoryLimit: "2MB" }));
    expect(err.code).toBe("io");
    expect(err.message).toMatch(/cannot open in the memory DuckDB is given/);
    expect(err.message).toMatch(/ATHAR_STORE_MEMORY/);
  });
});

describe("a new store", () => {
  it("has every table, the edges and nodes views, and its schema and extractor versions", async () => {
    const path = fresh();
    await withStore(
      path,
      async (s) => {
        expect(await readMeta(s, "schema")).toBe(STORE_SCHEMA);
        expect(await readMeta(s, "extractor")).toBe(EXTRACTOR_VERSION);
        const names = await queryRows<{ name: string; kind: string }>(
          s,
          "SELECT table_name AS name, table_type AS kind FROM information_schema.tables ORDER BY name",
        );
        expect(names.filter((n) => n.kind === "BASE TABLE").map((n) => n.name)).toEqual(
          TABLES.map((t) => t.name).sort(),
        );
        expect(names.filter((n) => n.kind === "VIEW").map((n) => n.name)).toEqual([
          "edge_mentions",
          "edges",
          "nodes",
        ]);
        expect(await indexNames(s)).toEqual(STORE_INDEXES);
      },
      { create: true },
    );
  });

  it("opens again, for writing or read-only, with what was written", async () => {
    const path = await madeStore();
    for (const readOnly of [false, true]) {
      await withStore(
        path,
        async (s) => {
          const docs = await queryRows<{ doc: string }>(s, "SELECT doc FROM documents");
          expect(docs).toEqual([{ doc: "a.txt" }]);
        },
        { readOnly },
      );
    }
  });

  it("creates the folder it goes in", async () => {
    const path = join(tempDir("athar-store-open-"), "out", "news", "athar.duckdb");
    await withStore(path, async () => {}, { create: true });
    expect(statSync(path).isFile()).toBe(true);
  });

  it("refuses writes when opened read-only", async () => {
    const path = await madeStore();
    const err = await withStore(path, (s) => refusal(putArticles(s, [item("b.txt")])), {
      readOnly: true,
    });
    expect(err.code).toBe("readonly");
    expect(err.message).toContain(path);
  });

  it("will not create read-only", async () => {
    await expect(openStore(fresh(), { create: true, readOnly: true })).rejects.toThrow(TypeError);
  });
});

describe("a store that cannot be used", () => {
  it("absent: names it and says how to make one", async () => {
    const path = fresh();
    const err = await refusal(openStore(path, { readOnly: true }));
    expect(err.code).toBe("missing");
    expect(err.message).toBe(
      `${path}: no such store; \`athar build <articles> --out ${join(path, "..")}\` makes ${path}`,
    );
  });

  it("a folder: asks for the file inside it", async () => {
    const dir = tempDir("athar-store-open-");
    const err = await refusal(openStore(dir));
    expect(err.code).toBe("missing");
    expect(err.message).toBe(`${dir}: is a folder; give the athar.duckdb inside it`);
  });

  it("another schema version: refused with what to do", async () => {
    const path = await madeStore();
    await withStore(path, (s) =>
      s.connection.run("UPDATE athar_meta SET value = 'athar-store/0' WHERE key = 'schema'"),
    );
    for (const readOnly of [true, false]) {
      const err = await refusal(openStore(path, { readOnly }));
      expect(err.code).toBe("version");
      expect(err.message).toContain(`${path}: built by another athar version (athar-store/0;`);
      expect(err.message).toContain(
        `delete it, then \`athar build <articles> --out ${join(path, "..")}\``,
      );
      expect(err.message).toMatch(/again from the articles$/);
    }
  });

  it("a DuckDB database that is not athar's", async () => {
    const path = fresh();
    const db = await DuckDBInstance.create(path);
    const c = await db.connect();
    await c.run("CREATE TABLE t (x INTEGER)");
    c.closeSync();
    db.closeSync();
    const err = await refusal(openStore(path, { create: true }));
    expect(err.code).toBe("foreign");
    expect(err.message).toMatch(/^.+athar\.duckdb: a DuckDB database but not an athar store/);
  });

  it("random bytes, an empty file and a truncated store: corrupt, one line naming the file", async () => {
    const dir = tempDir("athar-store-open-");
    const random = join(dir, "random.duckdb");
    writeFileSync(random, Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 251)));
    const empty = join(dir, "empty.duckdb");
    writeFileSync(empty, "");
    const truncated = join(dir, "truncated.duckdb");
    copyFileSync(await madeStore(), truncated);
    truncateSync(truncated, 8192);
    for (const path of [random, empty, truncated]) {
      for (const readOnly of [true, false]) {
        const err = await refusal(openStore(path, { readOnly }));
        expect(err.code, path).toBe("corrupt");
        expect(err.message.startsWith(`${path}: not a readable DuckDB database`)).toBe(true);
        expect(err.message).toContain("Delete it and rebuild");
        expect(err.message).not.toContain("\n");
      }
    }
  });

  describe("held by another process", () => {
    let child: ChildProcess | null = null;
    afterEach(() => {
      child?.kill("SIGKILL");
      child = null;
    });

    it("is refused as locked, naming the file and the process", async () => {
      const path = await madeStore();
      child = spawn(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `import { DuckDBInstance } from "@duckdb/node-api";
           const db = await DuckDBInstance.create(process.argv[1]);
           await db.connect();
           console.log("ready");
           setInterval(() => {}, 1000);`,
          path,
        ],
        { cwd: REPO, stdio: ["ignore", "pipe", "inherit"] },
      );
      await new Promise((ready) => child?.stdout?.once("data", ready));
      for (const readOnly of [true, false]) {
        const err = await refusal(openStore(path, { readOnly }));
        expect(err.code).toBe("locked");
        expect(err.message).toMatch(
          new RegExp(
            `^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: in use by another process \\(.*PID ${child.pid}\\); wait for it`,
          ),
        );
      }
    });
  });
});

describe("closeStore", () => {
  it("leaves the file complete for the next open, and may be called twice", async () => {
    const path = fresh();
    const s = await openStore(path, { create: true });
    await putArticles(s, [item("a.txt"), item("b.txt")]);
    closeStore(s);
    closeStore(s);
    await withStore(
      path,
      async (r) => {
        expect(await queryRows(r, "SELECT doc FROM documents ORDER BY doc")).toEqual([
          { doc: "a.txt" },
          { doc: "b.txt" },
        ]);
      },
      { readOnly: true },
    );
  });
});
