import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    environment: "node",
    // The first test of a file that reads a day loads the food table and builds the search index: a few seconds on
    // an idle 2-core box, several times that when the box is busy (CI's build beside it). Assertions, not time, fail a test.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        // lib/ is pure and mocks nothing: its files share one module cache per worker, so the food table, the lexicon
        // and the search index load once per worker instead of once per file (unit tests 38 s -> 14 s on 2 cores).
        test: { name: "lib", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"], isolate: false },
      },
      // app/ tests mock modules (vi.mock of the solver pool): each file keeps its own module cache.
      { extends: true, test: { name: "app", include: ["app/**/*.test.ts"] } },
    ],
  },
});
