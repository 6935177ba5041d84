// Splits the writers' days (writers/*.json) into a development set (dev.json: days 1, 3, 5… of each writer) and a
// held-out set (heldout.json: days 2, 4, 6…). Run after a writer's file changes: node bench/corpus/split.mjs
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

const dir = new URL("./writers/", import.meta.url);
const dev = [];
const heldout = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
  const { writer, days } = JSON.parse(readFileSync(new URL(name, dir), "utf8"));
  days.forEach((day, i) => (i % 2 === 0 ? dev : heldout).push({ writer, ...day }));
}
const about = (set) =>
  `${set} set: whole days typed as people type them, annotated by hand from USDA SR28 by writers who never saw the parser (bench/corpus/README.md); built by split.mjs.`;
writeFileSync(new URL("./dev.json", import.meta.url), `${JSON.stringify({ about: about("Development"), days: dev }, null, 1)}\n`);
writeFileSync(new URL("./heldout.json", import.meta.url), `${JSON.stringify({ about: about("Held-out"), days: heldout }, null, 1)}\n`);
console.log(`dev: ${dev.length} days, ${dev.reduce((n, d) => n + d.mentions.length, 0)} mentions; held-out: ${heldout.length} days, ${heldout.reduce((n, d) => n + d.mentions.length, 0)} mentions`);
