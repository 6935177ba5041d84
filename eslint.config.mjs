import { defineConfig, globalIgnores } from "eslint/config";
import { existsSync, readdirSync } from "node:fs";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// What the browser downloads with the page: no validator. The page's code imports the fixed lists from
// lib/constants.ts and only types from the schemas; the day's validator (zod/mini) is loaded with import() when
// there is a day to read (app/_hooks/use-saved-day.ts). bench/first-load-js.mjs reports full zod in the first load.
const VALIDATOR_LOADS_LATER = "The page's first load carries no validator: import types only (import type), or load it with import() when it is needed.";
const pageImports = {
  files: ["app/_components/**", "app/_hooks/**", "app/providers.tsx"],
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        paths: [
          { name: "zod", message: VALIDATOR_LOADS_LATER },
          { name: "zod/mini", message: VALIDATOR_LOADS_LATER },
          { name: "@/lib/day/read", allowTypeImports: true, message: VALIDATOR_LOADS_LATER },
        ],
        patterns: [{ group: ["@/lib/schema/*"], allowTypeImports: true, message: `${VALIDATOR_LOADS_LATER} Fixed lists and limits are in @/lib/constants.` }],
      },
    ],
  },
};

// The rooms of lib/ and the one direction they import in (docs/ARCHITECTURE.md): a room imports only rooms of a
// lower rank, never one of its own rank or above, and lib/ never imports app/. Rank 0 is lib/constants.ts and
// lib/format.ts; the rest by folder.
const LIB_RANKS = [
  ["schema"],
  ["food"],
  ["intake", "day"],
  ["analysis"],
  ["parse", "suggest", "report", "http"],
];
// Every folder of lib/ has a rank and every ranked room exists, so a new or renamed room cannot slip past the rule.
const libRooms = readdirSync(new URL("./lib", import.meta.url), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const unranked = libRooms.filter((room) => !LIB_RANKS.flat().includes(room));
const missing = LIB_RANKS.flat().filter((room) => !existsSync(new URL(`./lib/${room}`, import.meta.url)));
if (unranked.length > 0 || missing.length > 0) {
  throw new Error(`eslint.config.mjs LIB_RANKS is out of date: unranked lib/ folders [${unranked}], missing [${missing}]`);
}
const WRONG_WAY = "lib/ imports one way (docs/ARCHITECTURE.md): a room may import only rooms below it.";
const importDirection = {
  files: ["lib/**/*.ts"],
  // A test may build its input through a higher room (an analysis to test a supplement warning on).
  ignores: ["lib/**/*.test.ts"],
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        basePath: import.meta.dirname,
        zones: [
          { target: "./lib", from: "./app", message: "lib/ is pure domain logic: it never imports app/." },
          ...LIB_RANKS.flatMap((rooms, rank) =>
            rooms.map((room) => ({
              target: `./lib/${room}`,
              from: LIB_RANKS.slice(rank).flat().filter((other) => other !== room).map((other) => `./lib/${other}`),
              message: WRONG_WAY,
            })),
          ),
          { target: ["./lib/constants.ts", "./lib/format.ts"], from: LIB_RANKS.flat().map((room) => `./lib/${room}`), message: WRONG_WAY },
        ],
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  pageImports,
  importDirection,
  globalIgnores([".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "data/**"]),
]);
