// Which foods supply each mineral: the top foods as their own series, the rest together as "Other foods".
import { byMineral, MINERALS } from "../constants";
import { shownName, type NameStyle } from "../food/name-style";
import type { Analysis, Mineral } from "../schema/analysis";

export type ContributorSeries = { key: string; name: string };

/** `style`: the foods' everyday names in US or British words (docs/everyday-names.md). */
export function topContributors(analysis: Analysis, maxSeries: number, style: NameStyle = "us") {
  // Sum a food's entries (two bananas at breakfast and one at lunch are one food here).
  const byFood = new Map<string, { name: string; share: Record<Mineral, number> }>();
  for (const c of analysis.contributions) {
    const food = byFood.get(c.foodId) ?? { name: shownName(c, style), share: byMineral(() => 0) };
    // Calcium as it counts toward the target: spinach's poorly absorbed calcium supplies less of it.
    for (const mineral of MINERALS) food.share[mineral] += (((mineral === "calcium" ? c.calciumCounted : c[mineral]) ?? 0) / analysis.targets[mineral].amount) * 100;
    byFood.set(c.foodId, food);
  }
  const ranked = [...byFood.entries()].sort(
    ([, a], [, b]) => MINERALS.reduce((s, m) => s + b.share[m], 0) - MINERALS.reduce((s, m) => s + a.share[m], 0),
  );
  const shown = ranked.length > maxSeries ? ranked.slice(0, maxSeries - 1) : ranked;
  const others = ranked.slice(shown.length);
  const series: ContributorSeries[] = shown.map(([foodId, food]) => ({ key: `f${foodId}`, name: food.name }));
  const rows = Object.fromEntries(
    MINERALS.map((mineral) => {
      const row: Record<string, number> = Object.fromEntries(shown.map(([foodId, food]) => [`f${foodId}`, food.share[mineral]]));
      if (others.length > 0) row.other = others.reduce((s, [, food]) => s + food.share[mineral], 0);
      return [mineral, row];
    }),
  ) as Record<Mineral, Record<string, number>>;
  if (others.length > 0) series.push({ key: "other", name: `${others.length} other foods` });
  return { series, rows };
}
