// Where the server's memory goes (issue #23): next-server started as `npm start` starts it (scripts/server-flags.mjs),
// with the inspector on, taken through the phases of a busy minute: start; every route once; 30 s of 8 clients asking
// for plans; 30 s of 8 clients posting 2,000-character days to quick add; 30 s of searches, analyses and the page;
// a minute idle. After each: the process's RSS (all threads: the main one, the solver pool's, V8's and libuv's), and
// the main thread's heap after a full garbage collection (what is live) and before it (what the phase left to
// collect), its external memory and array buffers. The solver threads' share is the RSS the pool adds when it starts.
//   npx next build && NODE_OPTIONS=--experimental-websocket npx tsx bench/memory.bench.ts   (PORT=…, SECONDS=…, SNAPSHOT=dir)
import autocannon, { type Request as LoadRequest } from "autocannon";
import { execFileSync, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "../scripts/server-flags.mjs";
import { Inspector, type MainThreadMemory } from "./inspect";
import { analyzeBody, longDays, REPORT_PATH, SEARCHES, sleep, suggestBody } from "./server-process";

const PORT = Number(process.env.PORT ?? 3430);
const INSPECT = PORT + 1000;
const SECONDS = Number(process.env.SECONDS ?? 30);
const base = `http://127.0.0.1:${PORT}`;
// FLAGS adds to (or, given again, overrides) the server's flags: FLAGS="--max-old-space-size=4096 --max-semi-space-size=16".
const extraFlags = (process.env.FLAGS ?? "").split(" ").filter(Boolean);

const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...extraFlags, `--inspect=127.0.0.1:${INSPECT}`, "node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
  env: { ...SERVER_ENV, ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "ignore"],
  detached: true,
});
process.on("exit", () => {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // gone
  }
});
for (;;) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {
    await sleep(100);
  }
}
const inspector = await Inspector.connect(INSPECT);
const rssMb = () => Number(execFileSync("ps", ["-o", "rss=", "-p", String(server.pid)]).toString().trim()) / 1024;
const threads = () => Number(execFileSync("ps", ["-o", "nlwp=", "-p", String(server.pid)]).toString().trim());
const mb = (n: number) => (n / 1048576).toFixed(0);

type Row = { phase: string; rss: number; threads: number; before: MainThreadMemory; after: MainThreadMemory };
const rows: Row[] = [];
async function measure(phase: string) {
  const rss = rssMb();
  const before = await inspector.memory(false);
  const after = await inspector.memory(true);
  rows.push({ phase, rss, threads: threads(), before, after });
  if (process.env.SNAPSHOT) writeFileSync(`${process.env.SNAPSHOT}/${rows.length}-${phase.replace(/\W+/g, "-")}.heapsnapshot`, await inspector.heapSnapshot());
}
const json = { "content-type": "application/json" };
const load = (requests: LoadRequest[]) => autocannon({ url: base, connections: 8, duration: SECONDS, requests });

await measure("started");
for (const path of ["/", "/api/foods?q=banana", "/api/foods/09040", REPORT_PATH]) await (await fetch(base + path)).arrayBuffer();
for (const [path, body] of [["/api/analyze", analyzeBody(1)], ["/api/parse", JSON.stringify({ text: "Breakfast: porridge with milk and a banana. Lunch: tuna sandwich." })]] as const)
  await (await fetch(base + path, { method: "POST", headers: json, body })).arrayBuffer();
await measure("every route once, but suggest");
await (await fetch(`${base}/api/suggest`, { method: "POST", headers: json, body: suggestBody(2) })).arrayBuffer();
await measure("first suggestion (solver pool started)");
await load(Array.from({ length: 50 }, (_, i) => ({ method: "POST", path: "/api/suggest", headers: json, body: suggestBody(i) })));
await measure(`${SECONDS} s of 8 clients on /api/suggest`);
await load(longDays.map((text) => ({ method: "POST", path: "/api/parse", headers: json, body: JSON.stringify({ text }) })));
await measure(`${SECONDS} s of 8 clients on /api/parse (2,000 characters)`);
await load([
  ...SEARCHES.map((q) => ({ method: "GET" as const, path: `/api/foods?q=${encodeURIComponent(q)}` })),
  ...Array.from({ length: 10 }, (_, i) => ({ method: "POST" as const, path: "/api/analyze", headers: json, body: analyzeBody(i) })),
  { method: "GET", path: "/" },
]);
await measure(`${SECONDS} s of 8 clients on search, analyze and the page`);
await sleep(60_000);
await measure("a minute idle");
inspector.close();

console.log(`next-server with ${[...SERVER_NODE_FLAGS, ...extraFlags].join(" ") || "no flags"}, MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX ?? SERVER_ENV.MALLOC_ARENA_MAX}; MB\n`);
console.log("| after | RSS | threads | main heap live (after GC) | main heap before GC | heap total | external | array buffers |\n|---|---|---|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.phase} | ${r.rss.toFixed(0)} | ${r.threads} | ${mb(r.after.heapUsed)} | ${mb(r.before.heapUsed)} | ${mb(r.before.heapTotal)} | ${mb(r.after.external)} | ${mb(r.after.arrayBuffers)} |`);
process.exit(0);
