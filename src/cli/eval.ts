// athar eval (gold annotations) and athar eval-ner (CoNLL files such as ANERcorp).
import type { Register } from "../cli.js";
import { evaluateNer } from "../eval/ner.js";
import { readBuild, readConll, readGold } from "../eval/read.js";
import { evaluate, type Prf } from "../eval/score.js";
import { sentenceDetection } from "../eval/sentences.js";
import { buildKb } from "../kb/kb.js";
import { bundledKbFiles, loadKbFiles } from "../kb/load.js";

const pct = (x: number) => x.toFixed(3);
const row = (name: string, p: Prf) =>
  `${name.padEnd(18)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

export const registerEval: Register = (program, setExitCode) => {
  program
    .command("eval")
    .summary("score a build against gold annotations (entities, relations, per type)")
    .description(
      "Score a build (mentions.jsonl, triples.jsonl) against gold annotations (ANNOTATION.md format)",
    )
    .requiredOption("--gold <path>", "a gold .jsonl file or a folder of them")
    .option("--build <dir>", "the build folder to score", "graph")
    .option("--json", "print the report as JSON")
    .option("--per-doc", "also print figures per article")
    .action((opts: { gold: string; build: string; json?: boolean; perDoc?: boolean }) => {
      try {
        const gold = readGold(opts.gold);
        const { mentions, triples } = readBuild(opts.build);
        const missing = gold
          .filter((g) => !mentions.some((m) => m.doc === g.doc))
          .map((g) => g.doc);
        const report = evaluate(gold, mentions, triples);
        const sentences = sentenceDetection(gold, triples);
        if (opts.json) {
          console.log(JSON.stringify({ ...report, sentences, missing }, null, 2));
          return;
        }
        console.log(`athar eval: ${report.docs} gold articles, build ${opts.build}`);
        if (missing.length)
          console.log(
            `note: ${missing.length} of ${report.docs} gold documents are not in the build (${missing.join(", ")}); they count as misses`,
          );
        console.log(`${"".padEnd(18)} P      R      F1`);
        console.log(row("entities", report.entities));
        console.log(row("relations strict", report.strict));
        console.log(row("relations relaxed", report.relaxed));
        const a = report.attribution;
        console.log(
          `attribution        ${pct(a.accuracy)}  (${a.correct}/${a.total} strict matches)`,
        );
        console.log("strict, by type:");
        for (const [t, p] of Object.entries(report.byType)) console.log(row(`  ${t}`, p));
        console.log("event sentences (a relation of the type extracted from the sentence):");
        for (const [t, p] of Object.entries(sentences)) console.log(row(`  ${t}`, p));
        if (opts.perDoc) {
          for (const d of report.perDoc) {
            console.log(
              `  ${d.doc.padEnd(28)} ent F1 ${pct(d.entities.f1)}  strict F1 ${pct(d.strict.f1)}  relaxed F1 ${pct(d.relaxed.f1)}`,
            );
          }
        }
      } catch (e) {
        console.error(`athar eval: ${(e as Error).message}`);
        setExitCode(2);
      }
    });
  program
    .command("eval-ner")
    .summary("score the recognizer on a CoNLL file (ANERcorp)")
    .description(
      "Tag a CoNLL file (token TAG per line, blank line between sentences) and score PERS, LOC, ORG",
    )
    .argument("<file>", "e.g. ANERCorp_CamelLab_test.txt")
    .option(
      "--kb <file>",
      "an extra knowledge-base file (repeatable)",
      (v: string, p: string[]) => [...p, v],
      [],
    )
    .option("--json", "print the report as JSON")
    .action((file: string, opts: { kb: string[]; json?: boolean }) => {
      try {
        // The file first: a wrong file is told at once, before the KB is loaded.
        const sentences = readConll(file);
        const kb = buildKb(loadKbFiles([...bundledKbFiles(), ...opts.kb]));
        const report = evaluateNer(sentences, kb);
        if (opts.json) {
          console.log(JSON.stringify(report, null, 2));
          return;
        }
        console.log(
          `athar eval-ner: ${report.sentences} sentences of ${file} (exact spans; MISC ignored)`,
        );
        console.log(`${"".padEnd(18)} P      R      F1`);
        for (const [t, p] of Object.entries(report.byType)) console.log(row(t, p));
        console.log(row("micro", report.micro));
      } catch (e) {
        console.error(`athar eval-ner: ${(e as Error).message}`);
        setExitCode(2);
      }
    });
};
