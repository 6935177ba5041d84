// The day's minerals: exact USDA arithmetic (grams / 100 x value per 100 g), against the person's targets.
import { absorbableCalciumMg, countedCalciumMg } from "../intake/absorption";
import { SUPPLEMENT_CALCIUM_ABSORPTION } from "../intake/absorption-studies";
import { foodRecordById } from "../food/foods";
import { apiNames } from "../food/everyday-names";
import { round } from "../format";
import { findPortion } from "../food/portions";
import { judgedIntake, targetFor } from "../intake/intakes";
import { byMineral, DAYS_A_WEEK, MINERALS } from "../constants";
import type { Analysis, Contribution, EntryInput, Mineral, MineralStatus, Target } from "../schema/analysis";
import type { Profile, Supplement } from "../schema/day";
import type { ApiIssue } from "../schema/errors";
import type { FoodRecord } from "../schema/food";

export type ResolvedEntry = { food: FoodRecord; grams: number };

/** Bad entries are values, not exceptions: the route turns them into a 400 naming each problem. */
export type Resolution = { ok: true; entries: ResolvedEntry[] } | { ok: false; issues: ApiIssue[] };

export function resolveEntries(entries: readonly EntryInput[]): Resolution {
  const issues: ApiIssue[] = [];
  const resolved: ResolvedEntry[] = [];
  entries.forEach((entry, index) => {
    const food = foodRecordById(entry.foodId);
    if (!food) {
      issues.push({ path: ["entries", index, "foodId"], code: "unknown_food", message: `No food with id ${entry.foodId} in the USDA SR28 table` });
      return;
    }
    // Eaten some days a week: a typical day holds that share of it.
    const share = (entry.perWeek ?? DAYS_A_WEEK) / DAYS_A_WEEK;
    if ("grams" in entry) {
      resolved.push({ food, grams: entry.grams * share });
      return;
    }
    const portion = findPortion(food, entry.portion);
    if (!portion) {
      const known = food.portions.map((p) => `"${p.label}"`).join(", ") || "none; give grams instead";
      issues.push({
        path: ["entries", index, "portion"],
        code: "unknown_portion",
        message: `${food.name} (${food.id}) has no portion "${entry.portion}"; its portions are: ${known}`,
      });
      return;
    }
    resolved.push({ food, grams: entry.amount * portion.grams * share });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, entries: resolved };
}

/** mg of one mineral in `grams` of a food; null when USDA has no value for it. */
export function mineralMg(food: FoodRecord, mineral: Mineral, grams: number): number | null {
  const per100g = food.per100g[mineral];
  return per100g === null ? null : (grams * per100g) / 100;
}

/** mg of each mineral a day from supplements: per unit × units a day. */
export function supplementMg(supplements: readonly Supplement[]): Record<Mineral, number> {
  return byMineral((mineral) => supplements.reduce((sum, s) => sum + s[mineral] * s.count, 0));
}

/**
 * Where the day stands against the target and the upper limit, judged on the intake the limit covers (judgedIntake):
 * food never passes a limit on supplements. `toward` is what counts toward the target (calcium: the counted figure).
 */
export function statusOf(total: number, fromSupplements: number, target: Target, toward: number = total): MineralStatus {
  const judged = judgedIntake(target, total, fromSupplements);
  if (target.upperLimit !== null && judged !== null && judged > target.upperLimit) return "above-upper-limit";
  return toward >= target.amount ? "meets" : "below";
}

export function analyzeDay(profile: Profile, entries: readonly ResolvedEntry[], supplements: readonly Supplement[] = []): Analysis {
  const contributions: Contribution[] = entries.map(({ food, grams }) => ({
    foodId: food.id,
    name: food.name,
    ...apiNames(food),
    grams: round(grams),
    ...byMineral((mineral) => {
      const mg = mineralMg(food, mineral, grams);
      return mg === null ? null : round(mg);
    }),
    calciumCounted: food.per100g.calcium === null ? null : round(countedCalciumMg(food.id, mineralMg(food, "calcium", grams)!)),
  }));

  // Sum unrounded values; round once at the end. Unknown values add nothing and make the total "at least".
  const fromSupplements = supplementMg(supplements);
  const exactTotals = byMineral(
    (mineral) => entries.reduce((sum, { food, grams }) => sum + (mineralMg(food, mineral, grams) ?? 0), 0) + fromSupplements[mineral],
  );
  const targets = byMineral((mineral) => targetFor(profile, mineral));

  const missing = new Map<string, { foodId: string; name: string; nutrients: Mineral[] }>();
  for (const { food } of entries) {
    const nutrients = MINERALS.filter((mineral) => food.per100g[mineral] === null);
    if (nutrients.length > 0 && !missing.has(food.id)) missing.set(food.id, { foodId: food.id, name: food.name, nutrients });
  }
  const calciumAbsorbable =
    entries.reduce((sum, { food, grams }) => sum + absorbableCalciumMg(food.id, mineralMg(food, "calcium", grams) ?? 0), 0) +
    fromSupplements.calcium * SUPPLEMENT_CALCIUM_ABSORPTION.relative;

  // Calcium toward the target is the counted figure; its upper limit still judges the label's (statusOf).
  const calciumCounted =
    entries.reduce((sum, { food, grams }) => sum + countedCalciumMg(food.id, mineralMg(food, "calcium", grams) ?? 0), 0) + fromSupplements.calcium;
  const toward = byMineral((m) => (m === "calcium" ? calciumCounted : exactTotals[m]));

  return {
    totals: byMineral((m) => round(exactTotals[m])),
    targets,
    gaps: byMineral((m) => round(Math.max(0, targets[m].amount - toward[m]))),
    percent: byMineral((m) => round((toward[m] / targets[m].amount) * 100)),
    status: byMineral((m) => statusOf(exactTotals[m], fromSupplements[m], targets[m], toward[m])),
    contributions,
    missing: [...missing.values()],
    complete: byMineral((m) => entries.every(({ food }) => food.per100g[m] !== null)),
    fromSupplements: byMineral((m) => round(fromSupplements[m])),
    calciumAbsorbable: round(calciumAbsorbable),
    calciumCounted: round(calciumCounted),
  };
}
