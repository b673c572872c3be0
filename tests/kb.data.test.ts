import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { accusatives, type KbEntity, withDuals } from "../src/kb/kb.js";
import { bundledKbFiles } from "../src/kb/load.js";
import { KbFile } from "../src/schema.js";
import { bundledKb, find, mentionsOf, relationsOf, show } from "./helpers/pipeline.js";

const kb = bundledKb();
const all = [...kb.entities.values()];
const ofKind = (k: KbEntity["kind"]) => all.filter((e) => e.kind === k);
const states = ofKind("state");

describe("the bundled knowledge base files", () => {
  it("has states, places, organisations and persons files", () => {
    const names = bundledKbFiles().map((f) => basename(f));
    expect(names).toEqual(
      expect.arrayContaining(["states.json", "places.json", "organizations.json"]),
    );
    expect(names.some((n) => n.startsWith("persons"))).toBe(true);
  });

  it("validates every kb/*.json against the KbEntry schema", () => {
    for (const file of bundledKbFiles()) {
      const r = KbFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
      const issues = r.success ? [] : r.error.issues.slice(0, 5).map((i) => i.path.join("."));
      expect(issues, `${basename(file)}: ${issues.join(", ")}`).toEqual([]);
    }
  });

  it("points every stands_for, part_of, located_in and role to an entity it holds", () => {
    const dangling: string[] = [];
    for (const e of all) {
      for (const [k, to] of [
        ["stands_for", e.stands_for],
        ["part_of", e.part_of],
        ["located_in", e.located_in],
        ...e.roles.map((r) => ["role", r.of]),
      ] as Array<[string, string | undefined]>) {
        if (to && !kb.entities.has(to)) dangling.push(`${e.id} ${k} -> ${to}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it("gives each id one entry across the files (no silent merges of two entities)", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const file of bundledKbFiles()) {
      for (const e of JSON.parse(readFileSync(file, "utf8")) as Array<{ id: string }>) {
        const prev = seen.get(e.id);
        if (prev) twice.push(`${e.id} in ${prev} and ${basename(file)}`);
        seen.set(e.id, basename(file));
      }
    }
    expect(twice).toEqual([]);
  });
});

describe("coverage floors (issue 2)", () => {
  it("has at least 193 states, each with an Arabic and an English label", () => {
    expect(states.length).toBeGreaterThanOrEqual(193);
    const unlabelled = states.filter(
      (s) => !s.label_ar || !s.label_en || !/[\u0621-\u064a]/.test(s.label_ar),
    );
    expect(unlabelled.map((s) => s.id)).toEqual([]);
    expect(states.every((s) => /^state:[A-Z]{2}$/.test(s.id))).toBe(true);
  });

  it("knows the permanent members, both Koreas and the region by ISO code", () => {
    for (const [code, ar] of [
      ["US", "الولايات المتحدة"],
      ["RU", "روسيا"],
      ["CN", "الصين"],
      ["GB", "المملكة المتحدة"],
      ["FR", "فرنسا"],
      ["KP", "كوريا الشمالية"],
      ["KR", "كوريا الجنوبية"],
      ["IR", "إيران"],
      ["SA", "السعودية"],
    ] as const) {
      const s = kb.entities.get(`state:${code}`);
      expect(s, code).toBeDefined();
      expect([s?.label_ar, ...(s?.aliases ?? [])], code).toContain(ar);
    }
  });

  it("has nisba adjectives for at least 100 states", () => {
    expect(states.filter((s) => s.nisba.length > 0).length).toBeGreaterThanOrEqual(100);
    expect(kb.entities.get("state:RU")?.nisba).toEqual(expect.arrayContaining(["روسي", "روسية"]));
  });

  it("has capitals or seats that stand for at least 100 states", () => {
    const stood = new Set(
      all.filter((e) => e.stands_for?.startsWith("state:")).map((e) => e.stands_for),
    );
    expect(stood.size).toBeGreaterThanOrEqual(100);
    const seat = (label: string) =>
      all.find((e) => e.stands_for && (e.label_ar === label || e.aliases.includes(label)))
        ?.stands_for;
    expect(seat("موسكو")).toBe("state:RU");
    expect(seat("الكرملين")).toBe("state:RU");
    expect(seat("واشنطن")).toBe("state:US");
    expect(seat("البيت الأبيض")).toBe("state:US");
    expect(seat("بيونغ يانغ")).toBe("state:KP");
    expect(seat("طهران")).toBe("state:IR");
  });

  it("has at least 60 international and regional organisations, the main ones by name", () => {
    const orgs = ofKind("organization");
    expect(orgs.filter((o) => !o.part_of).length).toBeGreaterThanOrEqual(60);
    const ids = new Set(orgs.map((o) => o.id));
    for (const id of [
      "org:un",
      "org:un-security-council",
      "org:un-general-assembly",
      "org:nato",
      "org:eu",
      "org:g7",
      "org:g20",
      "org:iaea",
      "org:opcw",
      "org:arab-league",
      "org:gcc",
      "org:african-union",
      "org:asean",
      "org:sco",
      "org:brics",
      "org:opec",
      "org:who",
      "org:icc",
    ]) {
      expect(ids, id).toContain(id);
    }
    for (const o of orgs) expect(o.label_ar.length, o.id).toBeGreaterThan(0);
  });

  it("has news agencies of the states most present in the news (KCNA, Yonhap, TASS, IRNA ...)", () => {
    const agencies = ofKind("organization").filter((o) =>
      [o.label_ar, ...o.aliases].some((a) => a.includes("وكالة")),
    );
    expect(agencies.length).toBeGreaterThanOrEqual(8);
    const en = agencies.map((a) => `${a.label_en} ${a.aliases_en.join(" ")}`).join(" | ");
    for (const name of ["KCNA", "Yonhap", "TASS", "IRNA", "SANA"]) expect(en).toContain(name);
  });

  it("has at least 250 persons with roles, each role's from not after its until", () => {
    const persons = ofKind("person").filter((p) => p.roles.length > 0);
    expect(persons.length).toBeGreaterThanOrEqual(250);
    const bad: string[] = [];
    for (const p of persons) {
      for (const r of p.roles) {
        if (!r.from || !r.until) continue;
        const n = Math.min(r.from.length, r.until.length);
        if (r.from.slice(0, n) > r.until.slice(0, n)) bad.push(`${p.id}: ${r.from} > ${r.until}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("knows the seeds' officials with their offices", () => {
    const roleOf = (id: string) => kb.entities.get(id)?.roles.map((r) => r.of) ?? [];
    expect(roleOf("person:antony-blinken")).toContain("state:US");
    expect(roleOf("person:sergei-shoigu")).toContain("state:RU");
    expect(roleOf("person:kim-jong-un")).toContain("state:KP");
    expect(roleOf("person:vladimir-putin")).toContain("state:RU");
    expect(roleOf("person:jake-sullivan")).toContain("state:US");
  });
});

describe("nisba duals", () => {
  it("makes the nominative, feminine and oblique duals from each masculine singular", () => {
    const forms = withDuals(["إسرائيلي", "إسرائيلية", "إسرائيليين"]);
    expect(forms).toEqual(
      expect.arrayContaining(["إسرائيليان", "إسرائيليتان", "إسرائيليتين", "إسرائيليين"]),
    );
    expect(forms.filter((f) => f.startsWith("إسرائيليةان"))).toEqual([]);
  });

  it("puts the ending on every word of a compound nisba", () => {
    expect(withDuals(["كوري شمالي"])).toContain("كوريان شماليان");
  });

  it("finds «مسؤولان أمريكيان» as the United States", () => {
    const m = mentionsOf("وقال مسؤولان أمريكيان إن المحادثات ستستأنف.");
    expect(m.map((x) => x.entity.id)).toContain("state:US");
  });
});

describe("the nisba's indefinite accusative", () => {
  it("is made from each masculine singular, on every word of a compound", () => {
    expect(accusatives(["فلسطيني", "فلسطينية", "كوري شمالي"])).toEqual([
      "فلسطينيا",
      "كوريا شماليا",
    ]);
  });

  it("is made from a broken plural too: «روسا» of روس, «أتراكا» of أتراك", () => {
    expect(accusatives(["روس", "أتراك", "روسيين", "روسية"])).toEqual(["روسا", "أتراكا"]);
    const rels = relationsOf("وطردت ألمانيا دبلوماسيين روسا.");
    expect(find(rels, "state:DE", "SANCTION", "state:RU").length, show(rels)).toBe(1);
  });

  it("finds «عشرين فلسطينيا» as Palestine, and the object of an arrest", () => {
    const text = "واعتقلت قوات الاحتلال الإسرائيلي عشرين فلسطينيا في الضفة الغربية.";
    expect(mentionsOf(text).map((x) => x.entity.id)).toContain("state:PS");
    const rels = relationsOf(text);
    expect(find(rels, "org:il-idf", "COERCE", "state:PS").length, show(rels)).toBe(1);
  });

  it("leaves a form another entity is named by to that entity", () => {
    // "برازيليا" of "برازيلي" is the capital's name.
    const ids = mentionsOf("ووصل الرئيس الأرجنتيني إلى برازيليا أمس.").map((x) => x.entity.id);
    expect(ids).toContain("place:brasilia");
  });
});
