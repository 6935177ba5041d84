import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // The first test of a file that reads a day loads the food table and builds the search index: a few seconds on
    // an idle 2-core box, several times that when the box is busy (CI's build beside it). Assertions, not time, fail a test.
    testTimeout: 30_000,
  },
});
