// The app's data files (data/*.json), read from disk once per server process and shared, with what each module
// builds from them (lookups, the search index), by every route. Next bundles each route on its own: a JSON import or
// a module-level cache would give every route bundle its own copy of the 2.7 MB food table and its index.
// The one module in lib/ that reads a file; everything else receives the parsed data.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const registry = Symbol.for("mineral-gap.process-wide");

/** The value `make` builds, made once per process under `name`, whichever bundle asks first. */
export function processWide<T>(name: string, make: () => T): T {
  const holder = globalThis as { [registry]?: Map<string, unknown> };
  const values = (holder[registry] ??= new Map<string, unknown>());
  if (!values.has(name)) values.set(name, make());
  return values.get(name) as T;
}

export type DataFile = "foods.json" | "lexicon.json" | "recipes.json" | "article-foods.json" | "everyday-names.json";

/** A data file's JSON, from data/ in the working directory (the project, or the standalone server's folder). */
export function readDataFile(name: DataFile): unknown {
  return JSON.parse(readFileSync(join(process.cwd(), "data", name), "utf8"));
}
