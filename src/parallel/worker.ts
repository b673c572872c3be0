// The extraction worker (a piscina worker thread): loads the knowledge base (bundled and the
// --kb files) and warms the lexicon once at start, then turns each Article it is given into
// its ArticleOutput, or the BuildError naming the stage that failed, as processOne does in the
// main thread. Runs only compiled (dist/src/parallel/worker.js): a thread cannot load .ts.
import { workerData } from "node:worker_threads";
import type { BuildError } from "../graph-schema.js";
import { buildKb, type Kb } from "../kb/kb.js";
import { bundledKbFiles, loadKbFiles } from "../kb/load.js";
import {
  type ArticleOutput,
  defaultStages,
  processArticle,
  processOne,
  type Stages,
} from "../pipeline.js";
import type { Article } from "../schema.js";
import { loadProcess, type WorkerConfig, type WorkerResult } from "./protocol.js";

/** A short article that goes through every stage, so that each lazily loaded table is loaded. */
const WARM_TEXT =
  "وقال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم سوريا، واستقبل بوتين وانغ يي.";
const WARM: Article = {
  doc: "warm-up",
  text: WARM_TEXT,
  title: null,
  date: "2023-11-09",
  source: null,
  url: null,
  pieces: [{ section: "body", start: 0, end: WARM_TEXT.length }],
  sha256: "",
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function start(config: WorkerConfig): Promise<(article: Article) => WorkerResult> {
  let kb: Kb;
  let stages: Stages;
  try {
    kb = buildKb(loadKbFiles([...bundledKbFiles(), ...config.kbFiles]));
    const process = config.processModule ? await loadProcess(config.processModule) : undefined;
    const choice = config.relations;
    const chosen = choice ? { process: (a: Article, k: Kb) => processArticle(a, k, choice) } : {};
    stages = { ...defaultStages, ...chosen, ...(process ? { process } : {}) };
  } catch (e) {
    const fatal = `an extraction worker could not start: ${message(e)}`;
    return () => ({ fatal });
  }
  // A failure here shows again, per article and with its stage, when articles come.
  processOne(WARM, 0, kb, stages);
  return (article: Article): ArticleOutput | BuildError => {
    const done = processOne(article, 0, kb, stages);
    return "output" in done ? done.output : done;
  };
}

export default start(workerData as WorkerConfig);
