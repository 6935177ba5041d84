// Suggestions: the foods the article names, in amounts people eat, that together close every gap. A mixed-integer
// program solved exactly by GLPK (solver.ts), with realism in the model itself:
//   x_i ∈ {0} ∪ {min_i, …, room_i}  half servings of food i, in whole servings for foods counted whole (no 2.7 g of
//           cocoa, no 1½ bananas; room: its daily most, less what the day already has of it), as one binary per
//           food and amount;  y_i = [x_i > 0]
//   Σ y_i ≤ 5;  Σ_{leafy greens} y_i ≤ 1  (one garnish at most);  y_i = 1 for foods the person pinned
//   Σ_{foods of one article word} y_i ≤ 1  (kefir or yogurt, not both)
//   a child: Σ_{milk-type} y_i ≤ 1, at two (child-sized) drinks at most: never more than two drinks at one meal
//   meals:  for every set S of the meals the day has, Σ_{i eaten only at meals in S} y_i ≤ 2·|S|  (Hall's condition:
//           exactly when every food can go to a meal it is eaten at, two at most to a meal; meals.ts places them)
//   Mg, K:  total_m + Σ a_im·x_i/2 + short_m ≥ target_m
//   Ca:     as it counts toward the target: counted_Ca + Σ r_i·a_iCa·x_i/2 + short_Ca ≥ target_Ca
//           (r_i = min(1, absorption relative to milk), lib/intake/absorption.ts countedShare: spinach's label
//           calcium alone does not close the gap, and bread's counts for no more than its label)
//   Ca UL:  total_Ca + Σ a_iCa·x_i/2 ≤ UL_Ca  (hard: the standard's UL on the diet, or the US/Canada one where the
//           standard sets none, limits.ts); a day near or past the limit also pays a steep price per mg added, so
//           magnesium and potassium are still closed, with foods low in calcium
//   minimise Σ c_i·x_i/2 + u·Σ y_i + PENALTY·Σ short_m
// c_i is kcal ("fewest calories") or one per serving ("servings"); "fewest changes" prices each food used. Every cost
// carries a stable per-day spread (±25%) so that near-equal plans differ from one day to the next; each food used
// costs a little (a side of greens, a dish to cook, more), and a serving counts as at least 80 kcal, so plans hold a
// few real portions rather than many garnishes. (Measured on 31 random days: without these, spinach was in 65%.)
// And each day one article word takes its turn (featuredWord): its food costs nothing at its least amount, so over
// many days every word the person's diet allows appears (bench/variety.ts; docs/benchmarks.md).
import { countedShare } from "../intake/absorption";
import { type Candidate } from "../food/article-foods";
import { MEALS, MINERALS } from "../constants";
import type { Analysis } from "../schema/analysis";
import type { Meal } from "../schema/day";
import type { Objective } from "../schema/suggest";
import { crowdedMealSets, mealsFor } from "./meals";
import { type LpSolution, type Milp, type MilpRow, type Term } from "./solver";

export const MAX_FOODS = 5;
/** mg short costs far more than any kcal or serving, so the solver only leaves a gap it cannot close. */
export const SHORT_PENALTY = 1e4;
/** Past the calcium limit each mg costs more than any food's kcal: low-calcium foods win, gaps still close. */
export const OVER_LIMIT_PENALTY = 50;
/**
 * Calcium past one and a half times the target brings nothing a person needs: each mg the plan adds beyond it costs
 * (in kcal-equivalents under "fewest calories", scaled for the other objectives), so a 500 mg gap is not closed with
 * 1,700 mg of tofu's calcium when other foods close it with less.
 */
export const CALCIUM_ENOUGH = 1.5;
const EXCESS_CALCIUM_PRICE: Record<Objective, number> = { kcal: 0.5, servings: 0.0025, changes: 0.005 };

/** mg of label calcium the plan may add before it costs: up to 1½ times the target. */
export function calciumEnoughRoom(analysis: Analysis): number {
  return Math.max(0, CALCIUM_ENOUGH * analysis.targets.calcium.amount - analysis.totals.calcium);
}

/** What the calcium a plan adds past 1½ times the target costs, under an objective. */
export function excessCalciumCost(analysis: Analysis, objective: Objective, addedCalcium: number): number {
  return EXCESS_CALCIUM_PRICE[objective] * Math.max(0, addedCalcium - calciumEnoughRoom(analysis));
}

/** A day within this many mg of the calcium limit is "near" it. */
const NEAR_LIMIT_MG = 150;
/** How far a day's spread moves a food's cost: equally good plans differ between days, a poor one never wins. */
const VARIETY = 0.5;
/** The fewest kcal a serving counts for under "fewest calories" (see costs). */
const KCAL_FLOOR = 80;
/** What adding a side of greens costs, in kcal-equivalents, over its calories (see costs). */
const GREENS_USE_KCAL = 100;
/**
 * With kidney disease or a medicine that raises potassium, each mg of potassium a food brings costs this much (in
 * kcal-equivalents under "fewest calories"; scaled for the other objectives): magnesium and calcium are closed with
 * the foods that bring the least potassium, and potassium itself is not a gap to close.
 */
const POTASSIUM_PRICE = 1;

/** A food the plan may use: its half servings from `minHalves` to `maxHalves`, calcium as absorbed, its cost. */
export type PlanFood = Candidate & {
  minHalves: number;
  maxHalves: number;
  /** 2 for foods counted whole (a banana, a slice, a can): no 1½ bananas; else 1. */
  step: number;
  /** How much of its label calcium counts toward the target (lib/intake/absorption.ts countedShare): at most 1. */
  calciumShare: number;
  spread: number;
  pinned: boolean;
  /** The extra cost of each half serving's potassium: 0 unless the person's potassium is held down. */
  potassiumCost: number;
  /** The open meals it may go to, most usual first (meals.ts). */
  meals: Meal[];
  /** Its article word is the day's turn in the rotation (featuredWord): at its least amount it costs nothing. */
  featured: boolean;
};

/** What the plan is for: who the person is beyond their targets. */
export type PlanContext = {
  /** Kidney disease or a medicine that raises potassium: potassium is not a gap to close, and each mg of it costs. */
  holdPotassium: boolean;
  /**
   * The limit on calcium from food and supplements together that the plan keeps under (limits.ts: the standard's
   * UL, or the US/Canada UL where the standard sets none); absent: the target's own UL on the diet, if any.
   */
  calciumLimit?: number | null;
  /** The meals suggestions may go to (meals.ts openMeals); absent: every meal. */
  meals?: readonly Meal[];
  /** A child (portions.ts): one milk-type food a plan, at two drinks' worth at most. */
  child?: boolean;
};

/** A child's drinks of a milk-type food in one plan, at most (two child servings: two drinks' worth at one meal). */
const CHILD_MILK_SERVINGS = 2;
export const USUAL_PLAN: PlanContext = { holdPotassium: false };

/** The minerals whose gaps the plan closes: all three, or magnesium and calcium when potassium is held down. */
export function mineralsToClose(context: PlanContext): readonly ("magnesium" | "potassium" | "calcium")[] {
  return context.holdPotassium ? MINERALS.filter((m) => m !== "potassium") : MINERALS;
}

/** Foods counted as pieces come in whole servings: "1 medium banana", "1 slice", "1 can". */
const countedWhole = (c: Candidate) => c.words.unit === "" || /^(?:small|medium|large|slice|can|box|small box)$/.test(c.words.unit);

/** A stable number in [0, 1) for a text: the same day gets the same plan, another day another tie-break. */
function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

/** The day's fingerprint: its foods and amounts, and who it is for. */
function daySeed(analysis: Analysis): string {
  return analysis.contributions.map((c) => `${c.foodId}:${Math.round(c.grams)}`).join(",") + `|${analysis.targets.magnesium.group}`;
}

/** Grams of each food the day already has. */
function eatenGrams(analysis: Analysis): Map<string, number> {
  const eaten = new Map<string, number>();
  for (const c of analysis.contributions) eaten.set(c.foodId, (eaten.get(c.foodId) ?? 0) + c.grams);
  return eaten;
}

/**
 * The day's turn in the rotation: one article word, from the day's fingerprint, among those with a food the plan may
 * use. Every word takes its turn over many days (a stable rotation: the same day always gets the same word), so the
 * plans use all the article's foods rather than the same few that are cheapest on every day.
 */
export function featuredWord(words: readonly string[], seed: string): string | null {
  const sorted = [...new Set(words)].sort();
  return sorted.length > 0 ? sorted[Math.floor(hash01(`${seed}#rotation`) * sorted.length)]! : null;
}

/** The foods a plan for this day may use, each within its daily most less what the day already has. */
export function planFoods(candidates: readonly Candidate[], analysis: Analysis, include: readonly string[] = [], context: PlanContext = USUAL_PLAN): PlanFood[] {
  const eaten = eatenGrams(analysis);
  const seed = daySeed(analysis);
  // The open meals each food may go to, once: a food with none is not offered, nor featured.
  const mealsOf = candidates.map((c) => mealsFor(c.meals, context.meals ?? MEALS, include.includes(c.foodId)));
  const featured = featuredWord(candidates.filter((_, i) => mealsOf[i]!.length > 0).map((c) => c.articleTerm), seed);
  return candidates.flatMap((c, i) => {
    const step = countedWhole(c) || c.scaled ? 2 : 1;
    const eatenHalves = (2 * (eaten.get(c.foodId) ?? 0)) / c.serving.grams;
    const most = context.child && c.milkType ? Math.min(c.maxServings, CHILD_MILK_SERVINGS) : c.maxServings;
    const maxHalves = step * Math.floor((2 * most - eatenHalves + 1e-9) / step);
    const minHalves = step * Math.ceil(Math.round(2 * c.minServings) / step);
    if (maxHalves < minHalves) return [];
    const share = countedShare(c.foodId);
    const potassiumCost = context.holdPotassium ? (POTASSIUM_PRICE * c.perServing.potassium) / 2 : 0;
    const pinned = include.includes(c.foodId);
    const meals = mealsOf[i]!;
    if (meals.length === 0) return []; // none of the meals it is eaten at is open
    const spread = hash01(`${seed}#${c.foodId}`);
    return [{ ...c, minHalves, maxHalves, step, calciumShare: share, spread, pinned, potassiumCost, meals, featured: c.articleTerm === featured }];
  });
}

/** A featured food at its least amount costs a little less than nothing, so that it is used wherever it helps at all. */
const FEATURED_MARGIN: Record<Objective, number> = { kcal: 10, servings: 0.05, changes: 1 };

/**
 * What half a serving of a food costs, and what using it at all costs, for an objective. The day's featured food
 * (featuredWord) is given its least amount free: its use costs minus that, less a margin.
 */
export function costs(food: PlanFood, objective: Objective): { perHalf: number; perUse: number } {
  const usual = usualCosts(food, objective);
  if (!food.featured) return usual;
  // Only its own cost is waived: held-down potassium keeps its price, so a featured avocado is no free potassium.
  const own = usualCosts({ ...food, potassiumCost: 0 }, objective);
  return { perHalf: usual.perHalf, perUse: -(own.perHalf * food.minHalves) - FEATURED_MARGIN[objective] };
}

function usualCosts(food: PlanFood, objective: Objective): { perHalf: number; perUse: number } {
  const spread = 1 + VARIETY * (food.spread - 0.5);
  const kcal = food.perServing.kcal / 2;
  // A serving counts as at least a small snack's calories: a plate of garnishes is not a cheaper plan.
  // Cooking a side of greens is a dish of its own: it costs more to add than a piece of fruit or a glass of milk.
  // Held-down potassium is priced on the objective's own scale: a serving's ~100 kcal is ~0.5 servings or ~0.1 changes.
  if (objective === "kcal") return { perHalf: Math.max(kcal, KCAL_FLOOR / 2) * spread + food.potassiumCost, perUse: food.leafyGreen ? GREENS_USE_KCAL : 20 };
  if (objective === "servings") return { perHalf: 0.5 * spread + kcal / 2e5 + food.potassiumCost / 200, perUse: 0.05 };
  return { perHalf: kcal / 1e3 + food.potassiumCost / 100, perUse: 10 * spread }; // "changes": fewest foods, then the fewest kcal
}

/** How much calcium the day already has toward the target (the counted figure), and how much room to its limit. */
export function calciumState(analysis: Analysis, context: PlanContext = USUAL_PLAN): { counted: number; room: number | null; near: boolean; over: boolean } {
  const counted = analysis.calciumCounted;
  const ca = analysis.targets.calcium;
  const limit = context.calciumLimit !== undefined ? context.calciumLimit : ca.upperLimitAppliesTo === "diet" ? ca.upperLimit : null;
  if (limit === null) return { counted, room: null, near: false, over: false };
  const room = limit - analysis.totals.calcium;
  return { counted, room, near: room < NEAR_LIMIT_MG, over: room < 0 };
}

/** The amounts a food may take, in half servings: from its least to its most, in its steps. */
export function levels(food: PlanFood): number[] {
  const out: number[] = [];
  for (let h = food.minHalves; h <= food.maxHalves; h += food.step) out.push(h);
  return out;
}

/**
 * The model, in multiple-choice form: z<i>_<h> = 1 when food i is taken at h half servings (at most one amount per
 * food), s_<mineral> mg short, s_over mg of calcium past the limit. One binary per food and amount gives a much
 * tighter relaxation than x ≤ M·y once foods have a least amount and whole steps (docs/benchmarks.md). A covering
 * row's coefficients are capped at what the row still needs (no amount closes more than the whole gap): the same
 * integer plans, a tighter relaxation, fewer branches.
 */
export function buildModel(foods: readonly PlanFood[], analysis: Analysis, objective: Objective, context: PlanContext = USUAL_PLAN): Milp {
  const calcium = calciumState(analysis, context);
  const choices = foods.flatMap((f, i) => levels(f).map((h) => ({ f, i, h, name: `z${i}_${h}` })));
  const terms = (coef: (c: (typeof choices)[number]) => number): Term[] =>
    choices.map((c) => ({ name: c.name, coef: coef(c) })).filter((t) => Math.abs(t.coef) > 1e-12);
  const objectiveTerms: Term[] = [
    ...choices.map((c) => {
      const { perHalf, perUse } = costs(c.f, objective);
      return { name: c.name, coef: perHalf * c.h + perUse };
    }),
    ...mineralsToClose(context).map((m) => ({ name: `s_${m}`, coef: SHORT_PENALTY })),
    ...(calcium.near ? [{ name: "s_over", coef: OVER_LIMIT_PENALTY }] : []),
    ...(choices.length > 0 ? [{ name: "s_excess", coef: EXCESS_CALCIUM_PRICE[objective] }] : []),
  ];
  const rows: MilpRow[] = [];
  const need = (name: string, coef: (c: (typeof choices)[number]) => number, slack: string, rhs: number) => {
    if (rhs <= 0) return; // nothing missing: the row holds whatever the plan adds
    rows.push({ name, terms: [...terms((c) => Math.min(coef(c), rhs)), { name: slack, coef: 1 }], sense: ">=", rhs });
  };
  // Calcium closes as it counts toward the target (countedShare): spinach's calcium on the label does not close it.
  for (const m of mineralsToClose(context)) {
    const share = (c: (typeof choices)[number]) => (m === "calcium" ? c.f.calciumShare : 1);
    need(`need_${m}`, (c) => (c.f.perServing[m] * share(c) * c.h) / 2, `s_${m}`, analysis.targets[m].amount - (m === "calcium" ? calcium.counted : analysis.totals[m]));
  }
  if (calcium.room !== null && choices.length > 0) {
    const added = terms((c) => (c.f.perServing.calcium * c.h) / 2);
    // The plan never takes the day past the limit (a food the person pinned stays, even so).
    if (calcium.room >= 0) rows.push({ name: "ul_calcium", terms: added, sense: "<=", rhs: Math.max(calcium.room, pinnedCalcium(foods)) });
    // Near or past it: no added calcium is free (s_over counts it), but magnesium and potassium must still be closable.
    if (calcium.near) rows.push({ name: "calcium_price", terms: [...added, { name: "s_over", coef: -1 }], sense: "<=", rhs: 0 });
  }
  if (choices.length > 0) {
    // Calcium past 1½ times the target costs (s_excess counts it).
    rows.push({ name: "calcium_excess", terms: [...terms((c) => (c.f.perServing.calcium * c.h) / 2), { name: "s_excess", coef: -1 }], sense: "<=", rhs: calciumEnoughRoom(analysis) });
  }
  if (choices.length > 0) {
    const one = (names: string[]): Term[] => names.map((name) => ({ name, coef: 1 }));
    rows.push({ name: "foods", terms: one(choices.map((c) => c.name)), sense: "<=", rhs: MAX_FOODS });
    const greens = choices.filter((c) => c.f.leafyGreen).map((c) => c.name);
    if (greens.length > 1) rows.push({ name: "greens", terms: one(greens), sense: "<=", rhs: 1 });
    // One food of each article word: kefir or yogurt ("fermented milk products"), not both.
    for (const term of new Set(foods.map((f) => f.articleTerm))) {
      const same = choices.filter((c) => c.f.articleTerm === term).map((c) => c.name);
      if (new Set(choices.filter((c) => c.f.articleTerm === term).map((c) => c.i)).size > 1) rows.push({ name: `word${rows.length}`, terms: one(same), sense: "<=", rhs: 1 });
    }
    const milks = choices.filter((c) => c.f.milkType).map((c) => c.name);
    if (context.child && milks.length > 1) rows.push({ name: "child_milk", terms: one(milks), sense: "<=", rhs: 1 });
    foods.forEach((f, i) => {
      const own = choices.filter((c) => c.i === i).map((c) => c.name);
      if (own.length > 0) rows.push({ name: `one${i}`, terms: one(own), sense: f.pinned ? "=" : "<=", rhs: 1 });
    });
    // At most two suggested foods to a meal: the foods that fit only a few meals cannot crowd them.
    crowdedMealSets(foods.map((f) => f.meals), context.meals ?? MEALS).forEach((set, k) => {
      const names = choices.filter((c) => set.foods.includes(c.i)).map((c) => c.name);
      rows.push({ name: `meals${k}`, terms: one(names), sense: "<=", rhs: set.capacity });
    });
  }
  return { objective: objectiveTerms, rows, binaries: choices.map((c) => c.name) };
}

/** The calcium the foods a person pinned bring at their least amounts: the limit row must leave room for them. */
function pinnedCalcium(foods: readonly PlanFood[]): number {
  return foods.filter((f) => f.pinned).reduce((sum, f) => sum + (f.perServing.calcium * f.minHalves) / 2, 0);
}

export function readHalves(foods: readonly PlanFood[], solution: LpSolution): Map<string, number> {
  const halves = new Map<string, number>();
  foods.forEach((f, i) => {
    for (const h of levels(f)) if (Math.round(solution.get(`z${i}_${h}`) ?? 0) === 1) halves.set(f.foodId, h);
  });
  return halves;
}
