import { defineConfig, globalIgnores } from "eslint/config";
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

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  pageImports,
  globalIgnores([".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "data/**"]),
]);
