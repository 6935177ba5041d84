// A server for the server benchmarks: `node scripts/start.mjs` (as `npm start` runs it, with its memory flags) on a
// port of its own, in a process group the benchmark stops at exit, with next-server's resident memory read from ps.
import { execFileSync, spawn } from "node:child_process";
import { emptyDay, encodeShare } from "../lib/day/day";
import { worstCaseTexts } from "./long-texts";
import { randomDays } from "./random-days";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Server = { base: string; stop: () => void; rssMb: () => number };

async function isUp(base: string): Promise<boolean> {
  try {
    return (await fetch(`${base}/api/health`)).ok;
  } catch {
    return false;
  }
}

/** Starts the app on `port` (refusing a port something already answers on); `env` adds to the server's environment. */
export async function startServer(port: number, env: Record<string, string> = {}): Promise<Server> {
  const base = `http://127.0.0.1:${port}`;
  if (await isUp(base)) throw new Error(`Something already answers on ${base}: stop it or pick another port`);
  const child = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  while (!(await isUp(base))) await sleep(50);
  /** The server's processes: start.mjs and everything it started, with their resident memory. */
  const processes = () => {
    const rows = execFileSync("ps", ["-eo", "pid=,ppid=,rss=,comm="])
      .toString()
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [pid, ppid, kb, ...name] = line.trim().split(/\s+/);
        return { pid: Number(pid), ppid: Number(ppid), kb: Number(kb), name: name.join(" ") };
      });
    const tree = new Set([child.pid!]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const row of rows) {
        if (!tree.has(row.ppid) || tree.has(row.pid)) continue;
        tree.add(row.pid);
        grew = true;
      }
    }
    return rows.filter((row) => tree.has(row.pid) && /next-server/.test(row.name));
  };
  return {
    base,
    stop,
    rssMb: () => processes().reduce((sum, p) => sum + p.kb, 0) / 1024,
  };
}

// ---- The traffic: what people send, from fixed seeds so that every run sends the same ---------------------------------
const days = randomDays(20261126, 200);
export const analyzeBody = (i: number) => {
  const day = days[i % days.length]!;
  return JSON.stringify({ profile: day.profile, entries: day.entries });
};
export const suggestBody = (i: number) => {
  const day = days[i % days.length]!;
  const { diet, exclude, objective } = day.options;
  return JSON.stringify({ profile: day.profile, entries: day.entries, diet, exclude, objective });
};
const worst = worstCaseTexts(20261126);
/** 2,000-character days (bench/long-texts.ts): real days run together, food words with few commas, words no food has. */
export const longDays = ["the three days above, run together", "food words, a comma every 5 words or so", "a comma list of words no food has"].flatMap((name) =>
  Array.from({ length: 10 }, () => worst[name]!()),
);
export const SEARCHES = ["banana", "greek yog", "almonds", "spinach cooked", "milk 2%", "tofu", "salmon", "oat", "kale", "broccoli", "chickpeas", "yogurt plain", "cheddar", "orange juice", "avocado", "black beans", "quinoa", "dark chocolate", "potato baked", "pumpkin seeds"];
export const REPORT_PATH = `/report?day=${encodeShare({ ...emptyDay(), days: [{ label: "Day 1", entries: [{ uid: "a", meal: "breakfast", foodId: "09040", amount: 118, portion: null }] }] })}`;

/** The health prober, on a thread of its own (on the benchmark's event loop it would wait behind the load's own work). */
export const PROBER = `
  const { parentPort, workerData } = require("node:worker_threads");
  let loading = true;
  const probes = [];
  parentPort.on("message", () => { loading = false; });
  (async () => {
    while (loading) {
      const t = performance.now();
      try { await (await fetch(workerData + "/api/health")).arrayBuffer(); probes.push([Date.now(), performance.now() - t]); }
      catch { probes.push([Date.now(), Infinity]); }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    parentPort.postMessage(probes);
  })();
`;
