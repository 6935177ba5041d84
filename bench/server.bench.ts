// The running server, end to end on loopback (issue #12). Starts its own server with `node scripts/start.mjs` (which
// builds first when the build is stale) on PORT (default 3420), then measures:
//   1. start-up: spawn to the first /api/health answer, and each route's first request;
//   2. /api/suggest one request at a time over the fixed 200 random days (seed 20261126): p50, p95, p99;
//   3. the event loop under load: 8 connections posting /api/suggest for 20 s while one client asks /api/health
//      in a loop: the health check's p50, p99 and max, and how many suggestions were turned away (503); then the
//      same with 8 connections posting 2,000-character texts to /api/parse (quick add's worst cases);
//   4. memory: next-server's RSS after every route has been used once, and again after the load above.
// Stops the server (its process group) at the end. Run: npx tsx bench/server.bench.ts   (PORT=…, SECONDS=…)
import autocannon, { type Request as LoadRequest } from "autocannon";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { worstCaseTexts } from "./long-texts";
import { quantile } from "./random-days";
// The health prober (server-process.ts) runs on a thread of its own: on this process's event loop it would wait behind
// autocannon's own work (300+ answers a second to read), and that wait would be counted as the server's.
import { analyzeBody as dayBody, PROBER, REPORT_PATH, startServer, suggestBody as body } from "./server-process";

const PORT = Number(process.env.PORT ?? 3420);
const SECONDS = Number(process.env.SECONDS ?? 20);
const CONNECTIONS = 8;
const post = (path: string, json: string) => fetch(base + path, { method: "POST", headers: { "content-type": "application/json" }, body: json });

// ---- 1. Start-up ---------------------------------------------------------------------------------------------------
const spawned = performance.now();
const server = await startServer(PORT);
const startup = performance.now() - spawned;
const { base } = server;
const stopServer = server.stop;

const firsts: [string, () => Promise<Response>][] = [
  ["GET /", () => fetch(`${base}/`)],
  ["GET /api/foods?q=banana", () => fetch(`${base}/api/foods?q=banana`)],
  ["GET /api/foods/09040", () => fetch(`${base}/api/foods/09040`)],
  ["POST /api/analyze", () => post("/api/analyze", dayBody(1))],
  ["POST /api/parse", () => post("/api/parse", JSON.stringify({ text: "Breakfast: porridge with milk and a banana. Lunch: tuna sandwich." }))],
  ["POST /api/suggest", () => post("/api/suggest", body(2))],
  ["GET /report?day=…", () => fetch(base + REPORT_PATH)],
];
const firstTimes: string[] = [];
for (const [name, request] of firsts) {
  const t = performance.now();
  const response = await request();
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${name} answered ${response.status}`);
  firstTimes.push(`${name} ${(performance.now() - t).toFixed(0)} ms`);
}

const nextServerMb = server.rssMb;
const rssAfterRoutes = nextServerMb();

// ---- 2. /api/suggest one at a time ----------------------------------------------------------------------------------
for (let i = 0; i < 20; i++) await (await post("/api/suggest", body(i))).arrayBuffer(); // warm up
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  const response = await post("/api/suggest", body(i));
  await response.arrayBuffer();
  times.push(performance.now() - t);
  if (!response.ok) throw new Error(`/api/suggest answered ${response.status}`);
}
times.sort((a, b) => a - b);

// ---- 3. The health check while 8 clients ask for plans, then while 8 clients post long days to quick add -------------
type Load = { probes: number[]; requests: number; perSecond: number; non2xx: number; errors: number };
async function healthDuring(requests: LoadRequest[]): Promise<Load> {
  const prober = new Worker(PROBER, { eval: true, workerData: base });
  const probed = new Promise<[number, number][]>((resolve) => prober.once("message", resolve));
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests });
  prober.postMessage("stop");
  const probes = (await probed).map(([, ms]) => ms);
  await prober.terminate();
  probes.sort((a, b) => a - b);
  return { probes, requests: result.requests.total, perSecond: result.requests.average, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}
const json = { "content-type": "application/json" };
const suggestLoad = await healthDuring(Array.from({ length: 50 }, (_, i) => ({ method: "POST", path: "/api/suggest", headers: json, body: body(i) })));

// Quick add's worst cases at the 2,000-character limit (bench/long-texts.ts): real days run together, food words with
// few commas (many searches), a comma list of words no food has.
const worst = worstCaseTexts(20261126);
const longTexts = ["the three days above, run together", "food words, a comma every 5 words or so", "a comma list of words no food has"].map((name) => worst[name]!());
const parseLoad = await healthDuring(longTexts.map((text) => ({ method: "POST", path: "/api/parse", headers: json, body: JSON.stringify({ text }) })));

// ---- 4. Memory ------------------------------------------------------------------------------------------------------
const rssAfterLoad = nextServerMb();

console.log(`Server start-up (spawn to first /api/health): ${startup.toFixed(0)} ms`);
console.log(`First requests: ${firstTimes.join("; ")}`);
console.log(
  `/api/suggest, 200 random days one at a time (seed 20261126): p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, p99 ${quantile(times, 0.99).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`,
);
const describe = (what: string, load: Load) =>
  console.log(
    `GET /api/health during ${SECONDS} s of ${CONNECTIONS} connections on ${what}: ${load.probes.length} probes, p50 ${quantile(load.probes, 0.5).toFixed(1)} ms, p99 ${quantile(load.probes, 0.99).toFixed(1)} ms, max ${load.probes.at(-1)!.toFixed(1)} ms; requests ${load.requests} (${load.perSecond.toFixed(0)}/s), non-2xx ${load.non2xx}, errors ${load.errors}`,
  );
describe("/api/suggest", suggestLoad);
describe("/api/parse (2,000-character texts)", parseLoad);
console.log(`next-server RSS after every route once: ${rssAfterRoutes.toFixed(0)} MB; after the runs above: ${rssAfterLoad.toFixed(0)} MB`);
stopServer();
process.exit(0);
