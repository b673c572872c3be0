// Vitest's defaults, plus one temporary folder per run (tests/helpers/temp-root.ts).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["tests/helpers/temp-root.ts"],
  },
});
