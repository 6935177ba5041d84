// Variety with sense (issue 20, part 6): one food of each article word in a plan; a stable rotation through the
// article's words over many days; no rennet cheese for vegetarians, and why; grapefruit with its medicine note.
import { beforeAll, describe, expect, it } from "vitest";
import { randomDays } from "../../bench/random-days";
import { analyzeDay, resolveEntries } from "../analysis/analyze";
import { allowedFoods, articleFoods } from "../food/article-foods";
import type { EntryInput } from "../schema/analysis";
import type { SuggestResponse } from "../schema/suggest";
import { featuredWord } from "./model";
import { suggest, type SuggestOptions, VEGETARIAN_CHEESE_NOTE } from "./suggest";

function analysisOf(entries: EntryInput[], profile: Parameters<typeof analyzeDay>[0]) {
  const resolved = resolveEntries(entries);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
  return analyzeDay(profile, resolved.entries);
}

// 300 random days: random everyday foods and meals, people of every age, standard, diet and objective.
type Run = { options: SuggestOptions; result: SuggestResponse };
const runs: Run[] = [];
beforeAll(async () => {
  for (const day of randomDays(4242, 300)) runs.push({ options: day.options, result: await suggest(analysisOf(day.entries, day.profile), day.options) });
}, 60_000);

describe("variety over many days", () => {
  it("holds one food of each article word in a plan (kefir or yogurt, not both)", () => {
    for (const { result } of runs) {
      const words = result.suggestions.map((s) => s.articleTerm);
      expect(new Set(words).size, words.join(", ")).toBe(words.length);
    }
  });

  it("uses every article word at least once, and no food in more than 40% of the plans", () => {
    const planned = runs.filter((r) => r.result.suggestions.length > 0);
    expect(planned.length).toBeGreaterThan(150);
    const used = new Set(planned.flatMap((r) => r.result.suggestions.map((s) => s.articleTerm)));
    const every = new Set(articleFoods().map((c) => c.articleTerm));
    expect([...every].filter((w) => !used.has(w))).toEqual([]);
    const count = new Map<string, number>();
    for (const r of planned) for (const s of r.result.suggestions) count.set(s.name, (count.get(s.name) ?? 0) + 1);
    for (const [name, n] of count) expect(n / planned.length, name).toBeLessThanOrEqual(0.4);
  });

  it("is stable: the same day gets the same plan, and the rotation picks among the words given", async () => {
    const [day] = randomDays(99, 1);
    const a = await suggest(analysisOf(day!.entries, day!.profile), day!.options);
    const b = await suggest(analysisOf(day!.entries, day!.profile), day!.options);
    expect(b).toEqual(a);
    expect(featuredWord(["milk", "beets", "milk"], "x")).toBe(featuredWord(["beets", "milk"], "x"));
    expect(["beets", "milk"]).toContain(featuredWord(["beets", "milk"], "some day"));
    expect(featuredWord([], "x")).toBeNull();
  });
});

describe("vegetarian", () => {
  it("leaves out parmesan (animal rennet) and says why", async () => {
    expect(allowedFoods("vegetarian", []).map((c) => c.foodId)).not.toContain("01033");
    expect(allowedFoods("omnivore", []).map((c) => c.foodId)).toContain("01033");
    for (const { options, result } of runs.filter((r) => r.options.diet === "vegetarian")) {
      expect(result.suggestions.map((s) => s.foodId)).not.toContain("01033");
      expect(result.notes).toContain(VEGETARIAN_CHEESE_NOTE);
      expect(options.diet).toBe("vegetarian");
    }
  });
});

describe("grapefruit", () => {
  it("comes with its note on medicines", async () => {
    // Everything but grapefruit left out: a day short of potassium gets grapefruit.
    const others = articleFoods().filter((c) => c.name !== "Grapefruit").map((c) => c.foodId);
    const profile = { ageYears: 50, sex: "male", lifeStage: null, standard: "us" } as const;
    const result = await suggest(analysisOf([{ foodId: "18075", grams: 64 }], profile), { diet: "omnivore", exclude: others, objective: "kcal", profile });
    const grapefruit = result.suggestions.find((s) => s.foodId === "09112");
    expect(grapefruit?.caution).toMatch(/^Grapefruit changes how some medicines work .* ask your pharmacist/);
    for (const s of runs.flatMap((r) => r.result.suggestions)) if (s.foodId !== "09112") expect(s.caution).toBeNull();
    // Offered as a swap, it says so before the person takes it.
    const swaps = runs.flatMap((r) => r.result.suggestions.flatMap((s) => s.alternatives));
    expect(swaps.some((a) => a.foodId === "09112")).toBe(true);
    for (const a of swaps) expect(a.caution, a.name).toBe(a.foodId === "09112" ? grapefruit!.caution : null);
  });
});
