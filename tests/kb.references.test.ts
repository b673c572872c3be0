// A knowledge base that holds together: role dates are real dates, and every id an entry points
// at (a role's `of`, `stands_for`, `part_of`, `located_in`) is an entity of the merged KB.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledKbFiles, KbError, loadKbFiles } from "../src/kb/load.js";
import { runQuiet } from "./helpers/build.js";
import { tempDir } from "./helpers/paths.js";

function kbFile(entries: unknown, name = "my-kb.json"): string {
  const path = join(tempDir(), name);
  writeFileSync(path, JSON.stringify(entries));
  return path;
}

const minister = (role: Record<string, string>) => ({
  id: "person:salim-al-basri",
  kind: "person",
  label_ar: "سليم البصري",
  roles: [{ title_ar: "وزير الخارجية", title_en: "Foreign Minister", of: "state:IQ", ...role }],
});

/** The message of the KbError thrown while loading the bundled KB and `files`. */
function kbError(...files: string[]): string {
  try {
    loadKbFiles([...bundledKbFiles(), ...files]);
  } catch (e) {
    expect(e).toBeInstanceOf(KbError);
    return (e as KbError).message;
  }
  throw new Error(`loading ${files.join(", ")} did not fail`);
}

describe("role dates are real dates", () => {
  it.each([
    ["from", "2023-13-45"],
    ["from", "2023-02-30"],
    ["until", "2023-00"],
    ["until", "2023-02-29"],
  ])("refuses %s %s, naming the file, the entry and the field", (field, date) => {
    const path = kbFile([minister({ [field]: date })]);
    const message = kbError(path);
    expect(message).toContain(`${path}: entry 0 (person:salim-al-basri)`);
    expect(message).toContain(`roles.0.${field}: "${date}" is not a real date`);
  });

  it("accepts a year, a month and a leap day", () => {
    const path = kbFile([
      minister({ from: "2020", until: "2024-02-29" }),
      { id: "state:IQ", kind: "state" },
    ]);
    expect(() => loadKbFiles([path])).not.toThrow();
    expect(() =>
      loadKbFiles([kbFile([minister({ from: "2023-11" })]), ...bundledKbFiles()]),
    ).not.toThrow();
  });
});

describe("references point at known ids", () => {
  it.each([
    ["roles[0].of", minister({ of: "state:ZZ" }), "state:ZZ"],
    [
      "stands_for",
      {
        id: "place:new-capital",
        kind: "place",
        label_ar: "العاصمة الجديدة",
        stands_for: "state:XX",
      },
      "state:XX",
    ],
    [
      "part_of",
      {
        id: "org:iraqi-navy",
        kind: "organization",
        label_ar: "البحرية العراقية",
        part_of: "state:Iraq",
      },
      "state:Iraq",
    ],
    [
      "located_in",
      {
        id: "place:umm-qasr",
        kind: "place",
        label_ar: "أم قصر",
        located_in: "place:basra-province",
      },
      "place:basra-province",
    ],
  ])("refuses a %s that is not a known id, naming file, entry and field", (field, entry, id) => {
    const good = minister({ from: "2023-01" });
    const path = kbFile([good, entry]);
    expect(kbError(path)).toBe(
      `${path}: entry 1 (${(entry as { id: string }).id}): ${field} "${id}" is not a known id`,
    );
  });

  it("counts the other unknown ids in one line", () => {
    const path = kbFile([minister({ of: "state:ZZ" }), minister({ of: "org:nobody" })]);
    const message = kbError(path);
    expect(message).toMatch(
      /roles\[0\]\.of "state:ZZ" is not a known id \(and 1 more unknown ids\)$/,
    );
    expect(message).not.toContain("\n");
  });

  it("accepts references to the bundled KB and to another --kb file, in either order", () => {
    const party = kbFile(
      [
        {
          id: "org:basra-party",
          kind: "organization",
          label_ar: "حزب البصرة",
          part_of: "state:IQ",
        },
      ],
      "party.json",
    );
    const leader = kbFile(
      [
        {
          id: "person:salim-al-basri",
          kind: "person",
          label_ar: "سليم البصري",
          roles: [{ title_ar: "رئيس الحزب", title_en: "Party Leader", of: "org:basra-party" }],
        },
      ],
      "leader.json",
    );
    expect(() => loadKbFiles([...bundledKbFiles(), party, leader])).not.toThrow();
    expect(() => loadKbFiles([...bundledKbFiles(), leader, party])).not.toThrow();
  });

  it("loads every bundled kb/*.json, references and role dates included", () => {
    expect(loadKbFiles(bundledKbFiles()).length).toBeGreaterThan(1500);
  });

  it("stops the build with exit code 2 and the file, entry and field on one line", async () => {
    const path = kbFile([minister({ of: "state:ZZ" })]);
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "عنوان\nقال سليم البصري إن العراق يدعم الحوار.\n");
    const r = await runQuiet([dir], { kb: [path], out: join(dir, "out") });
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([
      `athar: ${path}: entry 0 (person:salim-al-basri): roles[0].of "state:ZZ" is not a known id`,
    ]);
  });
});
