// A quick feasible plan for when the solver is cut short: greedy passes over the same model (model.ts).
import { byMineral, MINERALS } from "../constants";
import type { Analysis } from "../schema/analysis";
import type { Objective } from "../schema/suggest";
import { placeFoods } from "./meals";
import { calciumState, costs, excessCalciumCost, levels, MAX_FOODS, mineralsToClose, OVER_LIMIT_PENALTY, type PlanContext, type PlanFood, SHORT_PENALTY, USUAL_PLAN } from "./model";

/**
 * A quick feasible plan and its cost under the model's objective, for when the solver is cut short (never seen: the
 * time limit is far above the slowest solve measured). Two greedy passes, the cheaper kept: one takes the best
 * coverage of what is still missing per unit of cost, the other the most coverage (then trimmed); both then raise
 * amounts of foods already chosen while a gap is open, since at most five foods fit.
 */
export function greedyPlan(foods: readonly PlanFood[], analysis: Analysis, objective: Objective, context: PlanContext = USUAL_PLAN): { halves: Map<string, number>; cost: number } {
  const byRatio = greedyPass(foods, analysis, objective, "ratio", context);
  const byReach = greedyPass(foods, analysis, objective, "reach", context);
  return byReach.cost < byRatio.cost ? byReach : byRatio;
}

function greedyPass(
  foods: readonly PlanFood[],
  analysis: Analysis,
  objective: Objective,
  strategy: "ratio" | "reach",
  context: PlanContext,
): { halves: Map<string, number>; cost: number } {
  const calcium = calciumState(analysis, context);
  const closing = mineralsToClose(context);
  // Calcium as it counts toward the target (model.ts): the counted figure, never more than the label's.
  const need = byMineral((m) => (!closing.includes(m) ? 0 : m === "calcium" ? analysis.targets.calcium.amount - calcium.counted : analysis.targets[m].amount - analysis.totals[m]));
  const hardRoom = calcium.room !== null && calcium.room >= 0 ? calcium.room : Infinity;
  const adds = (f: PlanFood, h: number) => ({
    ...byMineral((m) => (f.perServing[m] * (m === "calcium" ? f.calciumShare : 1) * h) / 2),
    label: (f.perServing.calcium * h) / 2, // for the calcium limit, which judges label calcium
  });
  const keys = MINERALS;
  const scale = byMineral((m) => analysis.targets[m].amount);
  const coverage = (a: ReturnType<typeof adds>) => keys.reduce((sum, k) => sum + Math.min(Math.max(need[k], 0), a[k]) / scale[k], 0);
  let cost = 0;
  let addedCalcium = 0;
  let greens = 0;
  const halves = new Map<string, number>();
  /** Takes food f from its current amount up to h half servings. */
  const raise = (f: PlanFood, h: number) => {
    const from = halves.get(f.foodId) ?? 0;
    const a = adds(f, h - from);
    for (const k of keys) need[k] -= a[k];
    const c = costs(f, objective);
    cost += c.perHalf * (h - from) + (from === 0 ? c.perUse : 0);
    addedCalcium += a.label;
    if (from === 0 && f.leafyGreen) greens++;
    halves.set(f.foodId, h);
  };
  for (const f of foods) if (f.pinned) raise(f, f.minHalves);
  while (halves.size < MAX_FOODS && keys.some((k) => need[k] > 0)) {
    let best: { f: PlanFood; h: number; score: number } | null = null;
    const inPlan = foods.filter((f) => halves.has(f.foodId));
    for (const f of foods) {
      if (halves.has(f.foodId) || (f.leafyGreen && greens > 0)) continue;
      if (!placeFoods([...inPlan, f])) continue; // no meal left for it: two suggestions at each of its meals already
      if (context.child && f.milkType && inPlan.some((p) => p.milkType)) continue; // a child's plan: one milk-type food
      if (inPlan.some((p) => p.articleTerm === f.articleTerm)) continue; // one food of each article word
      for (const h of levels(f)) {
        const a = adds(f, h);
        if (addedCalcium + a.label > hardRoom) break;
        const covered = coverage(a);
        const c = costs(f, objective);
        const price = Math.max(0, c.perHalf * h + c.perUse); // the featured food may cost less than nothing
        const score = strategy === "ratio" ? covered / (price + 1e-9) : covered - price * 1e-9;
        if (covered > 0 && (!best || score > best.score)) best = { f, h, score };
      }
    }
    if (!best) break;
    raise(best.f, best.h);
  }
  // Five foods may not be enough at their first amounts: raise the one that covers most per unit of cost, step by step.
  const byId = new Map(foods.map((f) => [f.foodId, f]));
  while (keys.some((k) => need[k] > 0)) {
    let best: { f: PlanFood; score: number } | null = null;
    for (const [id, h] of halves) {
      const f = byId.get(id)!;
      if (h + f.step > f.maxHalves) continue;
      const a = adds(f, f.step);
      if (addedCalcium + a.label > hardRoom) continue;
      const score = coverage(a) / (costs(f, objective).perHalf * f.step + 1e-9);
      if (score > 0 && (!best || score > best.score)) best = { f, score };
    }
    if (!best) break;
    raise(best.f, halves.get(best.f.foodId)! + best.f.step);
  }
  // Then trim: take each food down a step (or out) while nothing that was closed opens again.
  let trimmed = true;
  while (trimmed) {
    trimmed = false;
    for (const [id, h] of [...halves].sort((a, b) => costs(byId.get(b[0])!, objective).perHalf - costs(byId.get(a[0])!, objective).perHalf)) {
      const f = byId.get(id)!;
      const lower = h - f.step >= f.minHalves ? h - f.step : f.pinned ? h : 0;
      if (lower === h) continue;
      const less = adds(f, h - lower);
      if (keys.some((k) => need[k] <= 0 && need[k] + less[k] > 1e-9)) continue;
      for (const k of keys) need[k] += less[k];
      const c = costs(f, objective);
      cost -= c.perHalf * (h - lower) + (lower === 0 ? c.perUse : 0);
      addedCalcium -= less.label;
      if (lower === 0) {
        halves.delete(id);
        if (f.leafyGreen) greens--;
      } else halves.set(id, lower);
      trimmed = true;
    }
  }
  const short = byMineral((m) => Math.max(0, need[m]));
  const over = calcium.near ? addedCalcium : 0;
  const excess = excessCalciumCost(analysis, objective, addedCalcium);
  return { halves, cost: cost + SHORT_PENALTY * closing.reduce((sum, m) => sum + short[m], 0) + OVER_LIMIT_PENALTY * over + excess };
}
