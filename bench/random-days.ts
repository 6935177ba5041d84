// A fixed set of random days for the suggestion benchmarks (in-process and over HTTP): random everyday SR28 foods and
// amounts, profiles, standards, diets, exclusions and objectives, from a seed, so every run asks the same questions.
import { allFoods } from "../lib/food/foods";
import type { EntryInput } from "../lib/schema/analysis";
import type { Meal, Profile } from "../lib/schema/day";
import { openMeals } from "../lib/suggest/meals";
import type { SuggestOptions } from "../lib/suggest/suggest";

/** mulberry32: a small seeded generator, so the same seed gives the same days. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type RandomDay = { profile: Profile; entries: { foodId: string; grams: number; meal: Meal }[] & EntryInput[]; options: SuggestOptions };

export function randomDays(seed: number, count: number): RandomDay[] {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // Everyday foods (in the US food survey) with every mineral known.
  const everyday = allFoods().filter((f) => f.survey && f.per100g.magnesium !== null && f.per100g.potassium !== null && f.per100g.calcium !== null);
  const profile = (): Profile => {
    const sex = pick(["female", "male"] as const);
    const ageYears = 1 + Math.floor(random() * 90);
    const canBe = sex === "female" && ageYears >= 14 && ageYears <= 50;
    return { ageYears, sex, lifeStage: canBe && random() < 0.2 ? pick(["pregnant", "lactating"] as const) : null, standard: pick(["us", "efsa", "uk"] as const) };
  };
  const options = (): SuggestOptions => {
    const exclude = ["dairy", "nuts", "fish", "soy", "gluten"].filter(() => random() < 0.15);
    return { diet: pick(["omnivore", "omnivore", "vegetarian", "vegan"] as const), exclude, objective: pick(["kcal", "kcal", "changes", "servings"] as const) };
  };
  // The meals a day has: most days three or four, some two (a skipped breakfast), a few one.
  const mealSets: readonly (readonly Meal[])[] = [
    ["breakfast", "lunch", "dinner", "snacks"],
    ["breakfast", "lunch", "dinner", "snacks"],
    ["breakfast", "lunch", "dinner"],
    ["breakfast", "lunch", "dinner"],
    ["lunch", "dinner", "snacks"],
    ["lunch", "dinner"],
    ["breakfast", "dinner"],
    ["dinner"],
  ];
  return Array.from({ length: count }, () => {
    const meals = pick(mealSets);
    const entries = Array.from({ length: 2 + Math.floor(random() * 12) }, () => ({ foodId: pick(everyday).id, grams: 20 + Math.round(random() * 300), meal: pick(meals) }));
    const who = profile();
    return { profile: who, entries, options: { ...options(), profile: who, conditions: who.conditions ?? [], meals: openMeals(entries.map((e) => e.meal)) } };
  });
}

/** The q-quantile of sorted numbers, nearest rank. */
export const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
