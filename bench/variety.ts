// Variety over many days (issue 20, part 6): how often each article word and food is in a plan, over the fixed
// random days of bench/random-days.ts (each with its person, diet, filters, objective and meals). Run:
//   npx tsx bench/variety.ts            (SEED=…, DAYS=…)
import { analyzeDay, resolveEntries } from "../lib/analysis/analyze";
import { allowedFoods, articleFoods } from "../lib/food/article-foods";
import { suggest } from "../lib/suggest/suggest";
import { randomDays } from "./random-days";

const SEED = Number(process.env.SEED ?? 20261126);
const DAYS = Number(process.env.DAYS ?? 400);
const days = randomDays(SEED, DAYS);
const words = new Map<string, number>();
const foods = new Map<string, number>();
const fits = new Map<string, number>();
let plans = 0;
for (const day of days) {
  const resolved = resolveEntries(day.entries);
  if (!resolved.ok) throw new Error("bad random day");
  const result = await suggest(analyzeDay(day.profile, resolved.entries), day.options);
  if (result.suggestions.length === 0) continue;
  plans++;
  for (const term of new Set(allowedFoods(day.options.diet, day.options.exclude).map((c) => c.articleTerm))) fits.set(term, (fits.get(term) ?? 0) + 1);
  for (const s of result.suggestions) {
    words.set(s.articleTerm, (words.get(s.articleTerm) ?? 0) + 1);
    foods.set(s.name, (foods.get(s.name) ?? 0) + 1);
  }
}
const terms = [...new Set(articleFoods().map((c) => c.articleTerm))];
const share = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
console.log(`${DAYS} days (seed ${SEED}), ${plans} with suggestions`);
console.log("article word: plans with it / plans whose diet allows it");
for (const term of terms.sort((a, b) => (words.get(b) ?? 0) - (words.get(a) ?? 0))) {
  console.log(`  ${term.padEnd(24)} ${String(words.get(term) ?? 0).padStart(4)} / ${String(fits.get(term) ?? 0).padStart(4)}  ${share(words.get(term) ?? 0, plans)}`);
}
const never = terms.filter((t) => !words.has(t));
console.log(`words never in a plan: ${never.length} (${never.join(", ")})`);
console.log(`distinct foods suggested: ${foods.size} (the article's ${articleFoods().length}, and a young child's nut butters and ground seeds); most: ${[...foods].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, c]) => `${n} ${share(c, plans)}`).join(", ")}`);
