import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.js";
import { toGexf } from "../src/export/gexf.js";
import { graphFromFile } from "../src/graph-file.js";
import { sampleGraphFile } from "../src/query/sample.js";

const dir = mkdtempSync(join(tmpdir(), "athar-query-cli-"));
const GRAPH = join(dir, "graph.json");
writeFileSync(GRAPH, JSON.stringify(sampleGraphFile()));

async function athar(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  const write = vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  try {
    const code = await main(["node", "athar", ...args]);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("athar query relations", () => {
  it("prints North Korea's AID and the negated relation with evidence spans as JSON", async () => {
    const r = await athar(
      "query",
      "relations",
      "--from",
      "كوريا الشمالية",
      "--to",
      "روسيا",
      "--json",
      "-g",
      GRAPH,
    );
    expect(r.code).toBe(0);
    const rs = JSON.parse(r.out);
    expect(rs.map((x: { type: string; polarity: string }) => `${x.type}/${x.polarity}`)).toEqual([
      "AID/affirmed",
      "AID/negated",
    ]);
    expect(rs[1].evidence[0].span).toEqual([2210, 2257]);
    expect(rs[1].evidence[0].attributed_to.id).toBe("state:KP");
  });

  it("shows a table with Arabic runs in right-to-left isolates and the evidence beneath", async () => {
    const r = await athar(
      "query",
      "relations",
      "--from",
      "كوريا الشمالية",
      "--to",
      "روسيا",
      "-g",
      GRAPH,
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("\u2067كوريا الشمالية\u2069 (North Korea)");
    expect(r.out).toContain("AID (military)");
    expect(r.out).toContain("\u2067“تنفي كوريا الشمالية وروسيا عقد أي صفقات أسلحة.”\u2069");
    expect(r.out).toContain("[2210–2257]");
    expect(r.out).toContain("2 relations.");
  });

  it("lines columns up by display width and can leave isolates out", async () => {
    const r = await athar("query", "relations", "--type", "role", "--no-bidi", "-g", GRAPH);
    expect(r.out).not.toMatch(/[\u2066-\u2069]/);
    const rows = r.out.split("\n").filter((l) => / {2}(affirmed|negated) {2}/.test(l));
    const col = rows.map((l) => l.indexOf("affirmed"));
    expect(new Set(col).size).toBe(1);
  });

  it("says plainly when the entities exist but no such relation does", async () => {
    const r = await athar(
      "query",
      "relations",
      "--from",
      "روسيا",
      "--type",
      "AID",
      "--no-bidi",
      "-g",
      GRAPH,
    );
    expect(r.code).toBe(0);
    expect(r.out).toBe(`No AID relations from روسيا (Russia) in ${GRAPH}.`);
    const j = await athar(
      "query",
      "relations",
      "--from",
      "روسيا",
      "--type",
      "AID",
      "--json",
      "-g",
      GRAPH,
    );
    expect(JSON.parse(j.out)).toEqual([]);
  });

  it("suggests the closest names for an unknown one and exits with 1", async () => {
    const r = await athar("query", "relations", "--from", "روسياا", "--no-bidi", "-g", GRAPH);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no entity called "روسياا"');
    expect(r.err).toContain("روسيا (Russia) [state:RU]");
    const j = await athar("query", "relations", "--from", "Blinkn", "--json", "-g", GRAPH);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.out).suggestions[0].id).toBe("person:antony-blinken");
  });

  it("notes on stderr when a name also fits another entity, and answers for the better known", async () => {
    const file = sampleGraphFile();
    file.nodes.push({
      key: "place:washington",
      attributes: {
        kind: "place",
        label_ar: "واشنطن",
        label_en: "Washington, D.C.",
        aliases: ["واشنطن"],
        roles: [],
        provisional: false,
        mentions: 1,
        articles: 1,
      },
    });
    const path = join(dir, "with-city.json");
    writeFileSync(path, JSON.stringify(file));
    const r = await athar(
      "query",
      "relations",
      "--from",
      "واشنطن",
      "--type",
      "SANCTION",
      "--json",
      "-g",
      path,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0].source.id).toBe("state:US");
    expect(r.err).toContain("[place:washington]");
  });

  it("rejects an unknown relation type with the list of types (exit 2)", async () => {
    const r = await athar("query", "relations", "--type", "HUG", "-g", GRAPH);
    expect(r.code).toBe(2);
    expect(r.err).toContain("AGREE, CONSULT");
  });

  it("names a graph file that is not athar's (exit 2)", async () => {
    const gexf = join(dir, "graph.gexf");
    writeFileSync(gexf, toGexf(graphFromFile(sampleGraphFile())));
    const r = await athar("query", "relations", "-g", gexf);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${gexf}: this is a GEXF file`);
    const missing = await athar("query", "entity", "روسيا", "-g", join(dir, "none.json"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no such file");
  });

  it("filters by attribution, outlet and dates from the command line", async () => {
    const r = await athar(
      "query",
      "relations",
      "--attributed-to",
      "واشنطن",
      "--outlet",
      "الحرة",
      "--since",
      "2023-10",
      "--json",
      "-g",
      GRAPH,
    );
    const rs = JSON.parse(r.out);
    expect(rs.length).toBe(1);
    expect(rs[0].evidence.map((e: { outlet: string }) => e.outlet)).toEqual(["الحرة"]);
    const own = await athar(
      "query",
      "relations",
      "--unattributed",
      "--type",
      "SANCTION",
      "--json",
      "-g",
      GRAPH,
    );
    expect(JSON.parse(own.out).length).toBe(1);
  });
});

describe("athar query neighbors, path and entity", () => {
  it("lists neighbours to depth 2", async () => {
    const r = await athar(
      "query",
      "neighbors",
      "Kim Jong Un",
      "--depth",
      "2",
      "--json",
      "-g",
      GRAPH,
    );
    const n = JSON.parse(r.out);
    expect(n.center.id).toBe("person:kim-jong-un");
    expect(
      n.nodes.find((x: { entity: { id: string } }) => x.entity.id === "state:US").distance,
    ).toBe(2);
  });

  it("links Blinken to Shoigu with the relation on each hop", async () => {
    const r = await athar("query", "path", "Blinken", "Shoigu", "--no-bidi", "-g", GRAPH);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "Path 1 (3 hops): أنتوني بلينكن (Antony Blinken)  →  الولايات المتحدة (United States)",
    );
    expect(r.out).toContain("الولايات المتحدة (United States) → SANCTION → روسيا (Russia)");
    expect(r.out).toContain(
      "روسيا (Russia) ← ROLE (وزير الدفاع الروسي) ← سيرغي شويغو (Sergei Shoigu)",
    );
  });

  it("says when two entities are not connected", async () => {
    const r = await athar("query", "path", "بارك جين", "روسيا", "--no-bidi", "-g", GRAPH);
    expect(r.out).toBe(`No path between بارك جين and روسيا (Russia) in ${GRAPH}.`);
  });

  it("finds Putin by his Arabic surname", async () => {
    const r = await athar("query", "entity", "بوتين", "--json", "-g", GRAPH);
    expect(JSON.parse(r.out)[0].entity.id).toBe("person:vladimir-putin");
  });

  it("explains itself with examples in --help", async () => {
    const r = await athar("query", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("athar query path Blinken Shoigu");
    expect(r.out).toContain("athar query relations --from روسيا --type AID");
  });
});
