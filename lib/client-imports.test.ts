// The browser must never load the food table, the data files or the solver: they are server-side (megabytes, and
// node:fs). This follows every import from the client components and hooks through lib/ and fails if one reaches a
// server-only folder, a Node built-in, a server-only package or a large data file, wherever a module has moved to:
// the rule is by folder and by what a module imports, not by file name.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "..");
/** Folders whose every module is for the server: the planner and its solver, the report, request handling, the API. */
const SERVER_ONLY_FOLDERS = ["lib/suggest", "lib/report", "lib/http", "app/api"];
/** Packages the page must not carry: the solver, the search index, the worker pool. */
const SERVER_ONLY_PACKAGES = ["glpk.js", "minisearch", "piscina"];
/** Data files too large for the page (the food table is 2.7 MB); data/absorption.json (28 kB) is allowed. */
const SERVER_ONLY_DATA = ["data/foods.json", "data/lexicon.json", "data/recipes.json", "data/article-foods.json", "data/everyday-names.json"];

type Import = { file: string } | { pkg: string };

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), "utf8");
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)]
    .filter((m) => !/^\s*(?:import|export)\s+type\s/.test(m[0]))
    .map((m) => m[1]!);
  return specifiers.flatMap((spec): Import[] => {
    const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? join(dirname(file), spec) : null;
    if (base === null) return [{ pkg: spec }];
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((c) => existsSync(join(root, c)) && statSync(join(root, c)).isFile());
    return found ? [{ file: found }] : [];
  });
}

/** Every module and package reachable from the entries, each with the module that first imported it. */
function reachable(entries: string[]): Map<string, string> {
  const via = new Map<string, string>(entries.map((e) => [e, "(entry)"]));
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!/\.tsx?$/.test(file)) continue;
    for (const next of importsOf(file)) {
      const key = "file" in next ? next.file : `package:${next.pkg}`;
      if (via.has(key)) continue;
      via.set(key, file);
      if ("file" in next) queue.push(next.file);
    }
  }
  return via;
}

/** Why the browser must not load this module or package, or null when it may. */
function serverOnly(key: string): string | null {
  if (key.startsWith("package:")) {
    const pkg = key.slice("package:".length);
    if (pkg.startsWith("node:")) return "a Node built-in";
    return SERVER_ONLY_PACKAGES.some((p) => pkg === p || pkg.startsWith(`${p}/`)) ? "a server-only package" : null;
  }
  if (SERVER_ONLY_DATA.includes(key)) return "a large data file";
  return SERVER_ONLY_FOLDERS.some((folder) => key.startsWith(`${folder}/`)) ? "a server-only folder" : null;
}

const isClient = (file: string) => /^\s*["']use client["']/.test(readFileSync(join(root, file), "utf8"));

describe("what the browser loads", () => {
  const dirs = ["app/_components", "app/_hooks"];
  const clientFiles = dirs.flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(dir, name))).filter((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f));
  // Client components ("use client") and everything they import run in the browser; server components do not.
  const entries = [...clientFiles, "app/providers.tsx"].filter(isClient);

  it("has client entries to follow", () => expect(entries.length).toBeGreaterThan(5));

  it("names only folders and files that exist, so a move cannot leave the rule checking nothing", () => {
    expect(SERVER_ONLY_FOLDERS.filter((folder) => !existsSync(join(root, folder)) || !statSync(join(root, folder)).isDirectory())).toEqual([]);
    expect(SERVER_ONLY_DATA.filter((file) => !existsSync(join(root, file)))).toEqual([]);
    expect(SERVER_ONLY_PACKAGES.filter((pkg) => !existsSync(join(root, "node_modules", pkg)))).toEqual([]);
  });

  it("never reaches a server-only folder, a Node built-in, the solver, the search index or the food table", () => {
    const via = reachable(entries);
    const leaks = [...via.keys()].flatMap((key) => {
      const why = serverOnly(key);
      return why ? [`${key}: ${why} (imported by ${via.get(key)})`] : [];
    });
    expect(leaks).toEqual([]);
  });

  it("would catch the food table's loader imported from a client component, wherever it lives", () => {
    // lib/food/data.ts reads data/foods.json with node:fs: reached from a page module, it is a leak.
    const via = reachable(["lib/food/data.ts"]);
    expect([...via.keys()].map(serverOnly).filter(Boolean)).toContain("a Node built-in");
    expect(serverOnly("lib/suggest/solver.ts")).toBe("a server-only folder");
  });
});
