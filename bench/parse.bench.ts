// In-process benchmark of quick add: whole days typed in words (about 700 characters), parsed to foods.
// Then the worst cases at the 2,000-character limit: how long a whole parse takes, and the longest stretch between two
// of parseSteps's pauses (what the server's event loop waits, at most, while /api/parse reads it in slices).
// Run: npx tsx bench/parse.bench.ts   (prints Markdown tables for docs/benchmarks.md)
import { performance } from "node:perf_hooks";
import { parseMeals, parseSteps } from "../lib/parse";

const DAYS: Record<string, string> = {
  "parent, labelled meals": `Breakfast: porridge made with milk, a banana and a spoonful of honey, then a mug of tea with a splash of milk.
Mid-morning snack - a handful of almonds and an apple.
Lunch: turkey sandwich on whole wheat bread, a small bag of crisps, a pot of strawberry yogurt and a glass of orange juice.
Afternoon: 2 digestive biscuits and a cup of coffee with milk.
Dinner was spaghetti bolognese with a side salad and grated parmesan, 2 glasses of red wine.
Before bed I had a slice of toast with butter and a cup of hot chocolate. Also about 2 litres of water through the day, an oat milk flat white at the station, 1 cup of grapes and 2 squares of dark chocolate. Sometimes a packet of peanuts and a diet coke at 4.`,
  "student, run-on": `for breakfast i had 2 eggs scrambled, 2 slices of toast with peanut butter and a large latte, then at lunch i grabbed a chicken caesar salad and a coke. snack was a granola bar and a banana. dinner was 2 pork chops with 1 cup of brown rice and steamed broccoli, and 1 cup milk, fat-free. later a bowl of ice cream and a handful of walnuts, plus 3 oz beef jerky and a bottle of sparkling water and 2 mandarins. i also drank a pint of beer with dinner and some green tea. at midnight a slice of pepperoni pizza, 1 cup of grapes and a glass of milk with 2 cookies.
sunday extra: 2 pancakes with maple syrup and 3 rashers of bacon and a cup of orange juice, then a clementine and 2 oatcakes with hummus.`,
  "vegetarian, list": `- morning: overnight oats with soy milk, chia seeds, blueberries
- 1 cup black beans, 1/2 cup quinoa, 1 avocado, salsa
- lunch: falafel wrap, hummus, carrot sticks, an orange, a cup of lentil soup and 1 slice of sourdough bread
- afternoon: a handful of cashews, 1 pear and 250 ml of kefir
- snack: 30 g dark chocolate, 2 kiwis, a cappuccino, 1 cup of edamame, 1 pear
- dinner: tofu stir-fry with rice, bok choy, mushrooms and soy sauce
- dessert: greek yogurt with honey and walnuts
- 2 cups mixed salad greens with olive oil and lemon juice; 1 glass of wine
- late: a cup of chamomile tea, 2 dates, a small handful of pumpkin seeds, 1 slice of rye bread with cheddar cheese and 1 tomato, sliced`,
};

const RUNS = Number(process.env.RUNS ?? 200);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const first = performance.now();
parseMeals("a banana and zucchini noodles"); // loads the lexicon and dishes and builds the index, as a first request does
console.log(`First parse in a process (index and lexicon build): ${(performance.now() - first).toFixed(0)} ms\n`);
console.log("| day | characters | foods | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|---|");
for (const [name, text] of Object.entries(DAYS)) {
  for (let i = 0; i < 10; i++) parseMeals(text); // JIT warm-up
  const times: number[] = [];
  let foods = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    foods = parseMeals(text).entries.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`| ${name} | ${text.length} | ${foods} | ${quantile(times, 0.5).toFixed(2)} | ${quantile(times, 0.95).toFixed(2)} | ${times[times.length - 1]!.toFixed(2)} |`);
}

// ---- 2,000-character worst cases ---------------------------------------------------------------------------------
let seed = 20261126;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const fill = (next: () => string) => {
  let text = "";
  while (text.length < 2000) text += next();
  return text.slice(0, 2000);
};
const FOOD_WORDS = ["quinoa", "kale", "smoothie", "with", "oat", "milk", "and", "a", "handful", "of", "almonds", "toast", "2", "slices", "cup", "lentil", "soup", "blorp", "zzyzx"];
const days = Object.values(DAYS);
const WORST: Record<string, () => string> = {
  "the three days above, run together": () => fill(() => `${days[Math.floor(random() * days.length)]}\n`),
  "food words, a comma every 5 words or so": () => fill(() => FOOD_WORDS[Math.floor(random() * FOOD_WORDS.length)]! + (random() < 0.2 ? ", " : " ")),
  "food words, no separator at all": () => fill(() => `${FOOD_WORDS[Math.floor(random() * FOOD_WORDS.length)]} `),
  "a comma list of words no food has": () => fill(() => `${Math.floor(random() * 36 ** 6).toString(36)}, `),
  "one run of words no food has": () => fill(() => `${Math.floor(random() * 36 ** 6).toString(36)} `),
};
const WORST_RUNS = 30;
console.log(`\n2,000-character texts, ${WORST_RUNS} different texts each:\n`);
console.log("| text | whole parse p50 ms | whole parse max ms | longest step between pauses, max ms |\n|---|---|---|---|");
for (const [name, make] of Object.entries(WORST)) {
  const totals: number[] = [];
  let longestStep = 0;
  for (let i = 0; i < WORST_RUNS; i++) {
    const steps = parseSteps(make());
    const start = performance.now();
    let last = start;
    for (let step = steps.next(); ; step = steps.next()) {
      const now = performance.now();
      longestStep = Math.max(longestStep, now - last);
      last = now;
      if (step.done) break;
    }
    totals.push(last - start);
  }
  totals.sort((a, b) => a - b);
  console.log(`| ${name} | ${quantile(totals, 0.5).toFixed(1)} | ${totals[totals.length - 1]!.toFixed(1)} | ${longestStep.toFixed(1)} |`);
}
