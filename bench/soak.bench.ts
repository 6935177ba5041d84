// The soak (issue #23): ten minutes of mixed traffic on the server as `npm start` runs it (scripts/start.mjs, with
// its memory flags), at the rate it sustains: closed-loop clients, each sending its next request when the last is
// answered (searches, analyses, 2,000-character days to quick add, plans, the page and the report). Every 5 s it
// samples next-server's RSS; a prober on its own thread asks /api/health every 10 ms or so throughout. It prints
// RSS and the health check's p99 by minute, each endpoint's latency and errors, and the plateau (mean RSS of the last
// 5 minutes), its peak and the slope of a least-squares line through the last 5 minutes' samples.
//   npx next build && npx tsx bench/soak.bench.ts   (MINUTES=10, PORT=3440, RATE=1|0.5|max, CLIENTS=1, OUT=file.json)
import autocannon, { type Request as LoadRequest, type Result } from "autocannon";
import { writeFileSync } from "node:fs";
import { setPriority } from "node:os";
import { Worker } from "node:worker_threads";
import { quantile } from "./random-days";
import { analyzeBody, longDays, PROBER, REPORT_PATH, SEARCHES, startServer, suggestBody } from "./server-process";

const MINUTES = Number(process.env.MINUTES ?? 10);
const PORT = Number(process.env.PORT ?? 3440);
const CLIENTS = Number(process.env.CLIENTS ?? 1);
const seconds = MINUTES * 60;

const server = await startServer(PORT);
const { rssMb } = server;
const json = { "content-type": "application/json" };
const post = (path: string, body: string): LoadRequest => ({ method: "POST", path, headers: json, body });

// Each kind of traffic has clients of its own, so that each endpoint's latency is its own (autocannon reports one
// histogram per run). Searches come most often, as they do from a person typing. The rates (requests a second) are
// about half of what this machine's server answers when every client sends as fast as it can (RATE=max does that):
// what it sustains with room to spare, as an instance behind a load balancer is run. RATE=0.5 halves them again.
const RATE = process.env.RATE ?? "1";
const KINDS: [string, number, number, LoadRequest[]][] = [
  ["GET /api/foods?q=…", 2, 60, SEARCHES.map((q) => ({ method: "GET", path: `/api/foods?q=${encodeURIComponent(q)}` }))],
  ["POST /api/analyze", 1, 30, Array.from({ length: 50 }, (_, i) => post("/api/analyze", analyzeBody(i)))],
  ["POST /api/parse (2,000 characters)", 1, 2, longDays.map((text) => post("/api/parse", JSON.stringify({ text })))],
  ["POST /api/suggest", 1, 16, Array.from({ length: 50 }, (_, i) => post("/api/suggest", suggestBody(i)))],
  ["GET / and the report", 1, 6, [{ method: "GET", path: "/" }, { method: "GET", path: REPORT_PATH }]],
];
const rateOf = (perSecond: number) => (RATE === "max" ? undefined : Math.max(1, Math.round(perSecond * Number(RATE))));

// Warm-up: every route once, as a fresh instance behind a load balancer would see them.
for (const [, , , requests] of KINDS) for (const r of requests.slice(0, 3)) await (await fetch(server.base + r.path, { method: r.method, headers: r.headers, body: r.body })).arrayBuffer();

const started = Date.now();
const samples: [number, number][] = [[0, rssMb()]];
const sampler = setInterval(() => samples.push([(Date.now() - started) / 1000, rssMb()]), 5000);
const prober = new Worker(PROBER, { eval: true, workerData: server.base });
const probed = new Promise<[number, number][]>((resolve) => prober.once("message", resolve));
// The load is made on this machine's own two cores, where a load balancer's clients would be elsewhere: the thread that
// makes it (this one; on Linux a priority is a thread's) yields the CPU to the server and to the prober, which keeps
// the priority it started with.
try {
  setPriority(process.pid, 10);
} catch {
  // not permitted here: the load competes with the server as an equal
}
const results: Result[] = await Promise.all(
  KINDS.map(([, connections, perSecond, requests]) =>
    autocannon({ url: server.base, connections: connections * CLIENTS, duration: seconds, requests, overallRate: rateOf(perSecond) }),
  ),
);
prober.postMessage("stop");
const probes = (await probed).map(([at, ms]) => [(at - started) / 1000, ms] as const);
await prober.terminate();
clearInterval(sampler);
samples.push([(Date.now() - started) / 1000, rssMb()]);
server.stop();

// ---- Report -----------------------------------------------------------------------------------------------------------
const last = samples.filter(([t]) => t >= seconds - 300);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const tMean = mean(last.map(([t]) => t));
const rMean = mean(last.map(([, r]) => r));
const slopePerMin = (last.reduce((s, [t, r]) => s + (t - tMean) * (r - rMean), 0) / last.reduce((s, [t]) => s + (t - tMean) ** 2, 0)) * 60;
const p99 = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.99);

console.log(`Soak: ${MINUTES} min of mixed traffic on ${server.base} (scripts/start.mjs), rates x${RATE}, ${CLIENTS} client set(s); RSS of next-server in MB\n`);
console.log("| minute | RSS min | RSS max | health probes | health p99 ms | health max ms |\n|---|---|---|---|---|---|");
for (let m = 0; m < MINUTES; m++) {
  const rss = samples.filter(([t]) => t >= m * 60 && t < (m + 1) * 60).map(([, r]) => r);
  const health = probes.filter(([t]) => t >= m * 60 && t < (m + 1) * 60).map(([, ms]) => ms);
  console.log(`| ${m + 1} | ${Math.min(...rss).toFixed(0)} | ${Math.max(...rss).toFixed(0)} | ${health.length} | ${p99(health).toFixed(1)} | ${Math.max(...health).toFixed(1)} |`);
}
console.log("\n| traffic | clients | asked per second | requests | answered per second | p50 ms | p99 ms | max ms | non-2xx | errors |\n|---|---|---|---|---|---|---|---|---|---|");
KINDS.forEach(([name, connections, perSecond], i) => {
  const r = results[i]!;
  console.log(`| ${name} | ${connections * CLIENTS} | ${rateOf(perSecond) ?? "as fast as answered"} | ${r.requests.total} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r.non2xx} | ${r.errors + r.timeouts} |`);
});
const all = probes.map(([, ms]) => ms);
console.log(`\nHealth check throughout: ${all.length} probes, p99 ${p99(all).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms`);
console.log(`RSS: start ${samples[0]![1].toFixed(0)} MB, peak ${Math.max(...samples.map(([, r]) => r)).toFixed(0)} MB; last 5 minutes: plateau (mean) ${rMean.toFixed(0)} MB, max ${Math.max(...last.map(([, r]) => r)).toFixed(0)} MB, slope ${slopePerMin.toFixed(2)} MB/min`);
if (process.env.OUT) writeFileSync(process.env.OUT, JSON.stringify({ samples, probes, results: results.map((r, i) => ({ kind: KINDS[i]![0], total: r.requests.total, latency: r.latency })) }));
process.exit(0);
