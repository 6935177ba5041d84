// The browser must never load the food table, the data files or the solver: they are server-side (megabytes, and
// node:fs). This follows every import from the client components and hooks through lib/ and fails if one reaches them.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "..");
const SERVER_ONLY = ["lib/food/data.ts", "lib/food/foods.ts", "lib/suggest/solver.ts", "lib/analysis/analyze.ts", "lib/food/search.ts", "lib/suggest/suggest.ts", "lib/parse/meals.ts", "lib/parse/checks.ts", "lib/parse/food.ts", "lib/parse/quantity.ts"];

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)]
    .filter((m) => !/^\s*(?:import|export)\s+type\s/.test(m[0]))
    .map((m) => m[1]!);
  return specifiers.flatMap((spec) => {
    const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? join(dirname(file), spec) : null;
    if (base === null) return [];
    const found = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((candidate) => {
      try {
        readFileSync(join(root, candidate));
        return true;
      } catch {
        return false;
      }
    });
    return found ? [found] : [];
  });
}

function reachable(entries: string[]): Map<string, string> {
  const via = new Map<string, string>(entries.map((e) => [e, "(entry)"]));
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of importsOf(file)) {
      if (via.has(next)) continue;
      via.set(next, file);
      queue.push(next);
    }
  }
  return via;
}

const isClient = (file: string) => /^\s*["']use client["']/.test(readFileSync(join(root, file), "utf8"));

describe("what the browser loads", () => {
  const dirs = ["app/_components", "app/_hooks"];
  const clientFiles = dirs.flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(dir, name))).filter((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f));
  // Client components ("use client") and everything they import run in the browser; server components do not.
  const entries = [...clientFiles, "app/providers.tsx"].filter(isClient);

  it("has client entries to follow", () => expect(entries.length).toBeGreaterThan(5));

  it("never reaches the food table, the data files, the solver or the server-side domain modules", () => {
    const via = reachable(entries);
    const leaks = SERVER_ONLY.filter((file) => via.has(file)).map((file) => `${file} (imported by ${via.get(file)})`);
    expect(leaks).toEqual([]);
  });
});
