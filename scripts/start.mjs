#!/usr/bin/env node
// `npm start`: builds the app when anything that goes into the build changed since the last build (a hash of the
// build inputs' contents, not their times), then serves it on http://localhost:${PORT:-3000}. SIGINT, SIGTERM and
// SIGHUP stop the server with this script, and so does the death of whatever started it, so no next-server is left
// behind on the port. package.json's start script execs this file, so npm's signals reach it directly.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { buildInputsHash } from "./build-inputs.mjs";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "./server-flags.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
const buildId = join(root, ".next", "BUILD_ID");
const stamp = join(root, ".next", "build-inputs.sha256");

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const hash = buildInputsHash(root);
const built = existsSync(buildId) && existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : null;
if (built !== hash) {
  console.log(built === null ? "No build yet: building…" : "Build inputs changed since the last build: building…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // Hashed again after the build, in case the build itself touched an input (Next can update tsconfig.json).
  writeFileSync(stamp, `${buildInputsHash(root)}\n`);
}

const port = process.env.PORT ?? "3000";
// In this script's process group (`next start` becomes next-server itself): whoever stops the group, as Playwright
// does, stops the server too; a signal to this script is passed on below.
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, nextBin, "start", "-p", port, ...process.argv.slice(2)], { cwd: root, env: { ...SERVER_ENV, ...env }, stdio: "inherit" });

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  server.kill(signal);
  // A server that ignores the signal is killed after 10 s rather than left on the port.
  setTimeout(() => server.kill("SIGKILL"), 10_000).unref();
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
// If whatever started this script goes away without a signal (npm killed outright), stop the server too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop("SIGTERM");
}, 1000).unref();
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
