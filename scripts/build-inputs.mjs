// What goes into `next build`, and one hash of it: every file under the source folders plus the root files that
// configure the build or its dependencies. A change to any of them (content, not time: a checkout or a copy does not
// count) means the build is stale. proxy.ts and package.json count; node_modules is covered by package-lock.json.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const BUILD_INPUT_DIRS = ["app", "lib", "data", "public"];
export const BUILD_INPUT_FILES = ["next.config.ts", "proxy.ts", "package.json", "package-lock.json", "tsconfig.json"];
/** Not build inputs even inside the source folders: tests and their snapshots. */
const NOT_INPUT = /\.test\.[cm]?[jt]sx?$|(^|\/)__snapshots__\//;

function filesUnder(root, dir) {
  const path = join(root, dir);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [dir];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(root, join(dir, name)));
}

/** The build's input files, relative to root, sorted, with forward slashes. */
export function buildInputs(root) {
  const files = [...BUILD_INPUT_DIRS.flatMap((dir) => filesUnder(root, dir)), ...BUILD_INPUT_FILES.filter((f) => existsSync(join(root, f)))];
  return files
    .map((file) => relative(root, join(root, file)).split(sep).join("/"))
    .filter((file) => !NOT_INPUT.test(file))
    .sort();
}

/** sha256 over each input's path and content. */
export function buildInputsHash(root) {
  const hash = createHash("sha256");
  for (const file of buildInputs(root)) {
    hash.update(file);
    hash.update("\0");
    hash.update(readFileSync(join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}
