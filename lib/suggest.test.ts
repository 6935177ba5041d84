import { describe, expect, it } from "vitest";
import { analyzeDay, resolveEntries } from "./analyze";
import { allowedFoods, articleFoods, type Candidate } from "./article-foods";
import { foodById } from "./foods";
import { suggest, planHalves, MAX_FOODS } from "./suggest";
import { MINERALS, type Analysis, type EntryInput, type Objective, type Profile } from "./schema";

const woman35: Profile = { ageYears: 35, sex: "female", lifeStage: null, standard: "us" };

function analyze(entries: EntryInput[], profile = woman35): Analysis {
  const resolved = resolveEntries(entries);
  if (!resolved.ok) throw new Error("bad test day");
  return analyzeDay(profile, resolved.entries);
}

// A typical day short on all three: toast, coffee, chicken and rice.
const shortDay = analyze([
  { foodId: "18075", grams: 64 },
  { foodId: "14209", grams: 474 },
  { foodId: "05064", grams: 120 },
  { foodId: "20045", grams: 185 },
]);

const byName = (...names: string[]) => names.map((n) => articleFoods().find((c) => c.name === n)!);

/** Every combination of half servings, the cheapest that closes every gap within the calcium limit. */
function bruteForce(candidates: readonly Candidate[], analysis: Analysis, objective: Objective) {
  let best = Infinity;
  const halves = new Array(candidates.length).fill(0);
  const visit = (i: number) => {
    if (i === candidates.length) {
      if (halves.filter((h) => h > 0).length > MAX_FOODS) return;
      const add = (f: (c: Candidate) => number) => candidates.reduce((s, c, j) => s + (f(c) * halves[j]) / 2, 0);
      const closes = MINERALS.every((m) => analysis.totals[m] + add((c) => c.perServing[m]) >= analysis.targets[m].amount - 1e-9);
      const ul = analysis.targets.calcium.upperLimit ?? Infinity;
      if (!closes || analysis.totals.calcium + add((c) => c.perServing.calcium) > ul + 1e-9) return;
      best = Math.min(best, objective === "kcal" ? add((c) => c.perServing.kcal) : halves.reduce((s, h) => s + h / 2, 0));
      return;
    }
    for (let h = 0; h <= 2 * candidates[i]!.maxServings; h++) {
      halves[i] = h;
      visit(i + 1);
    }
    halves[i] = 0;
  };
  visit(0);
  return best;
}

function costOf(plan: Map<string, number>, candidates: readonly Candidate[], objective: Objective) {
  return candidates.reduce((s, c) => {
    const h = plan.get(c.foodId) ?? 0;
    return s + (objective === "kcal" ? (c.perServing.kcal * h) / 2 : h / 2);
  }, 0);
}

describe("the article's foods", () => {
  it("each maps to an SR28 food with every value USDA publishes, a serving and a heading", () => {
    expect(articleFoods().length).toBeGreaterThanOrEqual(30);
    for (const c of articleFoods()) {
      expect(foodById(c.foodId)?.name).toBe(c.food.name);
      expect(c.serving.grams).toBeGreaterThan(0);
      expect(["Treatment and prevention of seizures", "How to get rid of leg cramps at home"]).toContain(c.articleHeading);
    }
  });

  it("uses USDA arithmetic per serving: 1 oz of pumpkin seeds has 167.83 mg magnesium", () => {
    const [seeds] = byName("Pumpkin seeds");
    expect(seeds!.perServing.magnesium).toBeCloseTo((592 * 28.35) / 100, 9);
  });

  it("filters by diet and exclusions", () => {
    expect(allowedFoods("vegan", []).every((c) => !c.tags.includes("animal"))).toBe(true);
    expect(allowedFoods("vegetarian", []).some((c) => c.tags.includes("dairy"))).toBe(true);
    expect(allowedFoods("vegetarian", []).every((c) => !c.tags.includes("meat") && !c.tags.includes("fish"))).toBe(true);
    expect(allowedFoods("omnivore", ["nuts"]).map((c) => c.name)).not.toContain("Almonds");
    expect(allowedFoods("omnivore", ["walnuts"]).map((c) => c.name)).not.toContain("Walnuts");
    expect(allowedFoods("omnivore", ["walnuts"]).map((c) => c.name)).toContain("Almonds");
  });
});

describe("the optimiser", () => {
  it.each([
    ["kcal", ["Banana", "Milk", "Almonds", "Spinach"]],
    ["servings", ["Banana", "Milk", "Almonds", "Spinach"]],
    ["kcal", ["Plain yogurt", "Pumpkin seeds", "Dried apricots", "Broccoli"]],
    ["servings", ["Kefir", "Black beans", "Avocado", "Sardines"]],
  ] as const)("matches brute force (%s) on %j", async (objective, names) => {
    const candidates = byName(...names);
    const plan = await planHalves(candidates, shortDay, objective);
    const best = bruteForce(candidates, shortDay, objective);
    expect(best).toBeLessThan(Infinity); // these foods can close every gap
    expect(costOf(plan, candidates, objective)).toBeCloseTo(best, 6);
  });

  it("respects the five-food limit and matches brute force when it binds", async () => {
    const candidates = byName("Parsley", "Garlic", "Cocoa powder", "Apple", "Grapefruit", "Orange", "Banana").map((c) => ({ ...c, maxServings: 1 }));
    const day = analyze([{ foodId: "01079", grams: 900 }, { foodId: "12014", grams: 60 }, { foodId: "09040", grams: 300 }]);
    const plan = await planHalves(candidates, day, "kcal");
    expect(plan.size).toBeLessThanOrEqual(MAX_FOODS);
    expect(costOf(plan, candidates, "kcal")).toBeCloseTo(bruteForce(candidates, day, "kcal"), 6);
  });

  it("closes all three gaps of a short day with at most 5 foods in realistic servings", async () => {
    const result = await suggest(shortDay, { diet: "omnivore", exclude: [], objective: "kcal" });
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.length).toBeLessThanOrEqual(5);
    expect(result.after.gaps).toEqual({ magnesium: 0, potassium: 0, calcium: 0 });
    expect(result.unmet).toEqual({});
    for (const s of result.suggestions) {
      const c = articleFoods().find((a) => a.foodId === s.foodId)!;
      expect(s.servings * 2).toBe(Math.round(s.servings * 2));
      expect(s.servings).toBeLessThanOrEqual(c.maxServings);
      expect(s.grams).toBeCloseTo(c.serving.grams * s.servings, 4);
      expect(s.source).toBe(c.articleHeading);
    }
    for (const m of MINERALS) {
      const added = result.suggestions.reduce((sum, s) => sum + s.adds[m], 0);
      expect(result.after.totals[m]).toBeCloseTo(shortDay.totals[m] + added, 3);
      expect(result.after.totals[m]).toBeGreaterThanOrEqual(shortDay.targets[m].amount);
    }
  });

  it("holds vegan and nut-free filters", async () => {
    const vegan = await suggest(shortDay, { diet: "vegan", exclude: ["nuts"], objective: "kcal" });
    for (const s of vegan.suggestions) {
      const c = articleFoods().find((a) => a.foodId === s.foodId)!;
      expect(c.tags).not.toContain("animal");
      expect(c.tags).not.toContain("nuts");
    }
    expect(vegan.unmet).toEqual({});
  });

  it("suggests nothing when nothing is missing", async () => {
    const full = analyze([{ foodId: "12014", grams: 100 }, { foodId: "09040", grams: 700 }, { foodId: "01009", grams: 150 }]);
    expect(MINERALS.every((m) => full.gaps[m] === 0)).toBe(true);
    expect(await suggest(full, { diet: "omnivore", exclude: [], objective: "kcal" })).toEqual({
      suggestions: [],
      after: { totals: full.totals, gaps: full.gaps },
      unmet: {},
    });
  });

  it("says which mineral stays short, and by how much, when the filters cannot close it", async () => {
    const empty = analyze([], { ageYears: 30, sex: "male", lifeStage: null, standard: "us" });
    const result = await suggest(empty, { diet: "vegan", exclude: ["soy", "nuts", "gluten", "Parsley", "Spinach", "Broccoli", "Cocoa"], objective: "kcal" });
    expect(Object.keys(result.unmet).length).toBeGreaterThan(0);
    for (const [mineral, short] of Object.entries(result.unmet)) {
      expect(short).toBeCloseTo(result.after.gaps[mineral as "calcium"], 1);
      expect(short).toBeGreaterThan(0);
    }
  });

  it("never pushes calcium above its upper limit", async () => {
    // A woman of 60 (UL 2,000 mg) who already has 1,960 mg calcium but little magnesium and potassium.
    const day = analyze([{ foodId: "01033", grams: 165 }], { ageYears: 60, sex: "female", lifeStage: null, standard: "us" });
    const result = await suggest(day, { diet: "omnivore", exclude: [], objective: "kcal" });
    expect(result.after.totals.calcium).toBeLessThanOrEqual(2000);
  });
});
