// The parse path's per-request garbage (issue #23): what the parse of each 2,000-character day allocates, collected
// or not, by V8's sampling heap profiler (every 4 KB allocated, with the objects minor and major GCs took), and the
// functions that allocate most. COLD (default): each day parsed once, as new days arrive; WARM=1: the same days again,
// as the phrases people type come back (the rankings already worked out are kept, lib/food/search.ts).
//   npx tsx bench/parse-garbage.bench.ts   (WARM=1)
import { Session } from "node:inspector/promises";
import { parseMeals } from "../lib/parse/meals";
import { longDays } from "./server-process";

type Node = { callFrame: { functionName: string; url: string }; selfSize: number; children: Node[] };
const WARM = process.env.WARM === "1";
parseMeals("a banana and zucchini noodles with quorn"); // the table, the lexicon and the search index, built once
if (WARM) for (const text of longDays) parseMeals(text);

const session = new Session();
session.connect();
await session.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (const text of longDays) parseMeals(text);
const { profile } = (await session.post("HeapProfiler.stopSampling")) as { profile: { head: Node } };

const bySelf = new Map<string, number>();
let total = 0;
(function walk(node: Node) {
  const where = `${node.callFrame.functionName || "(anonymous)"} ${node.callFrame.url.replace(/.*\/(lib|node_modules)\//, "$1/")}`.trim();
  bySelf.set(where, (bySelf.get(where) ?? 0) + node.selfSize);
  total += node.selfSize;
  node.children.forEach(walk);
})(profile.head);

const perDay = (bytes: number) => (bytes / longDays.length / 1048576).toFixed(2);
console.log(`${WARM ? "Warm" : "Cold"}: ${longDays.length} days of 2,000 characters allocate ${perDay(total)} MB each\n`);
console.log("| allocated in | MB per day |\n|---|---|");
for (const [where, bytes] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`| ${where} | ${perDay(bytes)} |`);
