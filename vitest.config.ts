// Vitest's defaults, plus one temporary folder per run (tests/helpers/temp-root.ts) and a
// longer time limit per test: many tests start a CLI process that loads the KB and builds,
// seconds on a quiet machine and several times that when the two cores are shared with
// another job, which the default 5 s did not allow for (a false failure in
// tests/cli.build.test.ts). Speed is measured by `npm run bench`, never by a test's time.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["tests/helpers/temp-root.ts"],
    testTimeout: 30_000,
  },
});
