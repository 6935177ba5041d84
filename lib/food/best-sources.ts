// The article's foods ranked as sources of each mineral, for people who would rather choose by hand.
import { articleFoods } from "./article-foods";
import { byMineral } from "../constants";
import type { Mineral } from "../schema/analysis";

export type SourceRow = { foodId: string; name: string; serving: string; mgPerServing: number; mgPer100kcal: number };

export function bestSources(mineral: Mineral): { byServing: SourceRow[]; byKcal: SourceRow[] } {
  const rows = articleFoods().map((c) => ({
    foodId: c.foodId,
    name: c.name,
    serving: c.serving.label,
    mgPerServing: c.perServing[mineral],
    mgPer100kcal: (c.perServing[mineral] / c.perServing.kcal) * 100,
  }));
  return {
    byServing: [...rows].sort((a, b) => b.mgPerServing - a.mgPerServing),
    byKcal: [...rows].sort((a, b) => b.mgPer100kcal - a.mgPer100kcal),
  };
}

export function allBestSources() {
  return byMineral(bestSources);
}
