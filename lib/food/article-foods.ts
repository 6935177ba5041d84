// The foods the source article names (data/article-foods.json), joined with their USDA values.
import { processWide, readDataFile } from "./data";
import { applyExclusions, type ExclusionResult } from "./exclusions";
import { foodRecordById } from "./foods";
import { byMineral } from "../constants";
import type { Mineral } from "../schema/analysis";
import { ArticleFoodsFileSchema, type ArticleFood, type FoodRecord } from "../schema/food";
import type { Diet } from "../schema/suggest";

export type Candidate = ArticleFood & {
  food: FoodRecord;
  /** mg of each mineral and kcal in one serving. */
  perServing: Record<Mineral, number> & { kcal: number };
  /** What a young child gets instead of a food they can choke on (a nut butter, chopped dried fruit); else null. */
  youngChild: Candidate | null;
  /** Its serving is scaled for a child or a small appetite (lib/suggest/portions.ts): taken in whole servings only. */
  scaled?: boolean;
};

/** An article food (or its young child's form) joined with its USDA values per serving. */
function withValues(item: ArticleFood): Omit<Candidate, "youngChild"> {
  const food = foodRecordById(item.foodId);
  if (!food) throw new Error(`article food ${item.name}: no SR28 food ${item.foodId}`);
  const per = (value: number | null, what: string) => {
    // Curated foods must have every value: the optimiser cannot plan with unknowns.
    if (value === null) throw new Error(`article food ${item.name} (${item.foodId}) has no USDA ${what}`);
    return (value * item.serving.grams) / 100;
  };
  const minerals = byMineral((m) => per(food.per100g[m], m));
  return { ...item, food, perServing: { ...minerals, kcal: per(food.per100g.kcal, "kcal") } };
}

export function articleFoods(): readonly Candidate[] {
  return processWide("article-foods", () =>
    ArticleFoodsFileSchema.parse(readDataFile("article-foods.json")).foods.map((item): Candidate => {
      const form = item.youngChildForm;
      // The young child's form keeps the article food's word, heading, meals and limits: only the food and its serving change.
      const youngChild = form ? { ...withValues({ ...item, ...form, youngChildForm: undefined }), youngChild: null } : null;
      return { ...withValues(item), youngChild };
    }),
  );
}

const DIET_EXCLUDES: Record<Diet, readonly string[]> = {
  omnivore: [],
  // Parmesan and pecorino are made with animal rennet: not vegetarian (lib/suggest says so in the plan's notes).
  vegetarian: ["meat", "fish", "rennet"],
  vegan: ["animal"],
};

/** The article's foods a person can eat: within their diet, without the groups or foods they left out. */
export function allowedFoods(diet: Diet, exclude: readonly string[]): Candidate[] {
  return allowedFoodsWithExclusions(diet, exclude).allowed;
}

/** allowedFoods, with how many of the foods the diet allows each term of `exclude` took out (exclusions.ts). */
export function allowedFoodsWithExclusions(diet: Diet, exclude: readonly string[]): ExclusionResult {
  const blocked = DIET_EXCLUDES[diet];
  return applyExclusions(articleFoods().filter((c) => !c.tags.some((tag) => blocked.includes(tag))), exclude);
}
