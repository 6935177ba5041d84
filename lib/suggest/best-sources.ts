// The article's foods ranked as sources of each mineral, for people who would rather choose by hand. Calcium is
// ranked by what counts toward the target (lib/intake/absorption.ts countedShare): spinach's label calcium is high,
// but little of it is absorbed, so it ranks by the part that counts, as everywhere else in the app.
import { articleFoods } from "../food/article-foods";
import { countedCalciumMg } from "../intake/absorption";
import { byMineral } from "../constants";
import type { Mineral } from "../schema/analysis";

/** `mgPerServing`: what counts toward the target (calcium: less for poorly absorbed calcium); `labelMg`: the label's. */
export type SourceRow = { foodId: string; name: string; serving: string; mgPerServing: number; labelMg: number; mgPer100kcal: number };

export function bestSources(mineral: Mineral): { byServing: SourceRow[]; byKcal: SourceRow[] } {
  const rows = articleFoods().map((c) => {
    const label = c.perServing[mineral];
    const counts = mineral === "calcium" ? countedCalciumMg(c.foodId, label) : label;
    return { foodId: c.foodId, name: c.name, serving: c.serving.label, mgPerServing: counts, labelMg: label, mgPer100kcal: (counts / c.perServing.kcal) * 100 };
  });
  return {
    byServing: [...rows].sort((a, b) => b.mgPerServing - a.mgPerServing),
    byKcal: [...rows].sort((a, b) => b.mgPer100kcal - a.mgPer100kcal),
  };
}

export function allBestSources() {
  return byMineral(bestSources);
}
