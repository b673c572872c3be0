// The relation model in the pipeline: it drafts relations the rules miss, each with the rule
// "model" and a probability as its confidence; `relations: "rules"` leaves it out; and the
// model file is what `npm run train` makes from the annotations, byte for byte.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticles } from "../src/ingest/read.js";
import { bundledRelationModel } from "../src/model/relation-model.js";
import { processArticle } from "../src/pipeline.js";
import { HAS_CORPUS, NO_CORPUS_MESSAGE, REPO, tempDir } from "./helpers/paths.js";
import { bodyArticle, bundledKb } from "./helpers/pipeline.js";

const MEETING = "وسيجلس ترامب إلى طاولة واحدة مع كيم جونغ أون في سنغافورة.";
const rels = (text: string, opts: Parameters<typeof processArticle>[2]) =>
  processArticle(bodyArticle(text), bundledKb(), opts).relations;

describe("the relation model", () => {
  it("loads the bundled model with a threshold chosen in cross-validation", () => {
    const m = bundledRelationModel();
    expect(m.threshold).toBeGreaterThan(0.3);
    expect(m.related.classes).toEqual(["NONE", "REL"]);
    expect(m.type.classes.length).toBeGreaterThan(10);
  });

  it("relates a pair the rules miss (a meeting told by a figure of speech), as rule model with its probability", () => {
    // 0.4: under the model's own threshold, so that retraining on a changed extraction (the
    // rules' votes are features) does not move this pair out of reach; 0.49 after the
    // seventeenth round.
    const found = rels(MEETING, { relations: "both", minConfidence: 0.4 }).find(
      (r) => r.rule === "model",
    );
    expect(found?.source.id).toBe("person:donald-trump");
    expect(found?.target.id).toBe("person:kim-jong-un");
    expect(found?.type).toBe("CONSULT");
    expect(found?.confidence).toBeGreaterThanOrEqual(0.4);
    expect(found?.confidence).toBeLessThanOrEqual(1);
  });

  it("is left out with relations: rules, and a higher minimum confidence leaves it out too", () => {
    expect(rels(MEETING, { relations: "rules" }).some((r) => r.rule === "model")).toBe(false);
    expect(
      rels(MEETING, { relations: "both", minConfidence: 0.99 }).some((r) => r.rule === "model"),
    ).toBe(false);
  });

  it("never repeats a pair the rules already relate", () => {
    const text = "أدانت فرنسا الهجوم الروسي على أوكرانيا، والتقى ماكرون زيلينسكي في باريس.";
    const all = rels(text, { relations: "both", minConfidence: 0.3 });
    const ruled = new Set(
      all.filter((r) => r.rule !== "model").map((r) => [r.source.id, r.target.id].sort().join()),
    );
    for (const r of all.filter((x) => x.rule === "model"))
      expect(ruled.has([r.source.id, r.target.id].sort().join())).toBe(false);
  });

  it("never repeats a pair the rules relate through a visited capital («وزار بيونغ يانغ»)", () => {
    // The rules relate Shoigu to the place; the relation is emitted with North Korea, so the
    // model must count the pair (Shoigu, North Korea) as the rules' own.
    const text =
      "وقال وزير الدفاع الروسي سيرغي شويغو إن موسكو تدرس إجراء تدريبات مشتركة مع كوريا الشمالية. وزار بيونغ يانغ في يوليو.";
    const all = rels(text, { relations: "both", minConfidence: 0.01 });
    const pair = (r: (typeof all)[number]) =>
      [r.source.id, r.target.id].sort().join() === "person:sergei-shoigu,state:KP";
    expect(all.filter((r) => pair(r) && r.rule !== "model").map((r) => r.type)).toContain(
      "CONSULT",
    );
    expect(all.filter((r) => pair(r) && r.rule === "model")).toEqual([]);
  });

  it("makes a speaker the source of what relates it to what it speaks of", () => {
    // The seed's title «(جديد 2) بلينكن؛ روسيا تقدم التقنية والدعم ...»: Blinken's claim about
    // Russia. The type model alone rated Russia assaulting Blinken about as likely.
    const doc = "000_77e392895dce245a.txt";
    const article = readArticles({ path: join(REPO, "seeds", doc), doc }, new Map()).articles[0];
    if (!article) throw new Error(`cannot read seeds/${doc}`);
    const model = processArticle(article, bundledKb(), { relations: "both" }).relations.filter(
      (r) => r.rule === "model" && [r.source.id, r.target.id].includes("person:antony-blinken"),
    );
    const withRussia = model.filter((r) => [r.source.id, r.target.id].includes("state:RU"));
    expect(withRussia.length).toBeGreaterThan(0);
    for (const r of withRussia) expect(r.source.id).toBe("person:antony-blinken");
  });

  it("never relates a person to the state the article names them in an office of (ROLE does)", () => {
    const text =
      "وقال وزير الدفاع الروسي سيرغي شويغو إن روسيا تدرس إجراء تدريبات عسكرية مشتركة مع كوريا الشمالية.";
    const shoiguRussia = (r: { source: { id: string }; target: { id: string } }) =>
      [r.source.id, r.target.id].sort().join() === "person:sergei-shoigu,state:RU";
    const both = rels(text, { relations: "both", minConfidence: 0 });
    expect(both.some((r) => r.type === "ROLE" && shoiguRussia(r))).toBe(true);
    for (const relations of ["both", "model"] as const) {
      // At confidence 0 the model drafts every other pair it reads.
      const model = rels(text, { relations, minConfidence: 0 }).filter((r) => r.rule === "model");
      expect(model.length).toBeGreaterThan(0);
      expect(model.filter(shoiguRussia)).toEqual([]);
    }
  });
});

describe("a cooperative link the model reads across a word of banning", () => {
  it("is the first actor's SANCTION on the second: «قرارا يمنع التعاون العسكري مع ميانمار»", () => {
    // 0.4: under the model's threshold, so a retrained model keeps the pair within reach.
    const found = rels("وأصدر الاتحاد الأوروبي قرارا يمنع التعاون العسكري مع ميانمار.", {
      relations: "model",
      minConfidence: 0.4,
    });
    const pair = found.filter((r) => r.source.id === "org:eu" && r.target.id === "state:MM");
    expect(pair.map((r) => r.type)).toEqual(["SANCTION"]);
  });
});

describe("a ban the model must not read as a sanction", () => {
  it("is an agreement against something, or a ban lifted («وقعت الأردن اتفاقية تمنع التهريب مع العراق»)", () => {
    for (const text of [
      "وقعت الأردن اتفاقية تمنع التهريب مع العراق على الحدود.",
      "قررت الولايات المتحدة رفع حظر الأسلحة عن فيتنام خلال زيارة أوباما.",
    ]) {
      const found = rels(text, { relations: "model", minConfidence: 0.4 });
      expect(found.filter((r) => r.type === "SANCTION")).toEqual([]);
    }
  });
});

describe.skipIf(!HAS_CORPUS)("npm run train", () => {
  it("rebuilds model/relations.json byte for byte from the annotations and the corpus", () => {
    const out = join(tempDir(), "relations.json");
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", join(REPO, "scripts", "train.ts"), out],
      {
        cwd: REPO,
        encoding: "utf8",
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).equals(readFileSync(join(REPO, "model", "relations.json")))).toBe(
      true,
    );
  }, 300_000);
});

if (!HAS_CORPUS) console.warn(NO_CORPUS_MESSAGE);
