// The build command as a user meets it: the summary on stdout, errors on stderr, words that
// agree with their numbers, and a default output folder that is never the committed graph/.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, SEED_FILES, SEEDS, tempDir } from "./helpers/paths.js";

const CLI = join(REPO, "bin", "athar.js");
const HAS_DIST = existsSync(join(REPO, "dist", "src", "cli.js"));

const athar = (args: string[], cwd = REPO) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });

describe.skipIf(!HAS_DIST)("athar build on the command line", () => {
  it("prints its summary on stdout and nothing on stderr when every article builds", () => {
    const out = join(tempDir(), "g");
    const r = athar(["build", join(SEEDS, SEED_FILES[0] as string), "--out", out, "--no-progress"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(
      /^athar: 1 article, \d+ mentions, \d+ relations, \d+ nodes, \d+ edges, 0 errors -> /,
    );
  });

  it("prints each bad file on stderr, in singular when there is one, and exits 1", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "good.txt"), "عنوان\n\nأدانت روسيا الضربات الأمريكية على سوريا.\n");
    const r = athar(["build", dir, "--out", join(tempDir(), "g-bad"), "--no-progress"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("athar: empty.txt: empty file");
    expect(r.stdout).toMatch(/^athar: 1 article, .* 1 error -> /);
  });

  it("writes into out/ of the current folder when --out is not given", () => {
    const cwd = tempDir();
    const r = athar(["build", SEEDS, "-q"], cwd);
    expect(r.status).toBe(0);
    expect(readdirSync(join(cwd, "out"))).toContain("graph.json");
    expect(existsSync(join(cwd, "graph"))).toBe(false);
  });

  it("reads JSON Lines from stdin as `-`, naming records stdin#N and a bad line stdin:LINE", () => {
    const out = join(tempDir(), "g");
    const records = [
      {
        title: "بوتين وكيم",
        date: "2023-09-13",
        text: "واجتمع كيم جونغ أون مع الرئيس الروسي فلاديمير بوتين في فلاديفوستوك.",
      },
      { text: "زار وزير الدفاع الروسي سيرغي شويغو بيونغ يانغ." },
    ];
    const input = `${records.map((r) => JSON.stringify(r)).join("\n")}\n{"text": "روسيا\n`;
    const r = spawnSync(process.execPath, [CLI, "build", "-", "--out", out, "--jobs", "2"], {
      cwd: REPO,
      encoding: "utf8",
      input,
    });
    expect(r.stderr).toMatch(
      /^athar: stdin:3: invalid JSON \(.*\); the line starts at byte \d+\n$/,
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^athar: 2 articles, .* 1 error -> /);
    const articles = JSON.parse(readFileSync(join(out, "articles.json"), "utf8")).articles;
    expect(articles.map((a: { doc: string }) => a.doc)).toEqual(["stdin#1", "stdin#2"]);
    const mentions = readFileSync(join(out, "mentions.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(mentions.map((m) => m.entity.id)).toContain("person:sergei-shoigu");
    for (const m of mentions) {
      const text = articles.find((a: { doc: string }) => a.doc === m.doc).text as string;
      expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    }
  }, 60_000);

  it.each(["0", "-2", "two", "1.5", ""])(
    "refuses --jobs %j with a message and exit code 2",
    (jobs) => {
      const out = join(tempDir(), "g");
      const r = athar(["build", SEEDS, "--out", out, "--jobs", jobs]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `athar: --jobs must be a whole number of worker threads, 1 or more (not "${jobs}")\n`,
      );
      expect(existsSync(out)).toBe(false);
    },
  );

  it("explains the default output folder and the error lines in --help", () => {
    const r = athar(["build", "--help"]);
    expect(r.stdout).toContain('(default: "out")');
    // Wrapped to the terminal's width: compare with the line breaks as spaces.
    const text = r.stdout.replace(/\s+/g, " ");
    expect(text).toContain("naming it and the stage");
    expect(text).toContain("extracts only new and changed articles");
  });
});
