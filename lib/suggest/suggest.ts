// Suggestions: the foods the article names, in amounts people eat, that together close every gap. A mixed-integer
// program solved exactly by GLPK (lib/solver), with realism in the model itself:
//   x_i ∈ {0} ∪ {min_i, …, room_i}  half servings of food i, in whole servings for foods counted whole (no 2.7 g of
//           cocoa, no 1½ bananas; room: its daily most, less what the day already has of it), as one binary per
//           food and amount;  y_i = [x_i > 0]
//   Σ y_i ≤ 5;  Σ_{leafy greens} y_i ≤ 1  (one garnish at most);  y_i = 1 for foods the person pinned
//   Mg, K:  total_m + Σ a_im·x_i/2 + short_m ≥ target_m
//   Ca:     as Mg and K on the label, and also as absorbed: absorbable_Ca + Σ r_i·a_iCa·x_i/2 + short_Ca ≥ target_Ca
//           (r_i: absorption relative to milk, lib/absorption; spinach's label calcium alone does not close the gap)
//   Ca UL:  total_Ca + Σ a_iCa·x_i/2 ≤ UL_Ca  (hard; a day already at the limit gets a steep price per mg instead,
//           so magnesium and potassium are still closed, with foods low in calcium)
//   minimise Σ c_i·x_i/2 + u·Σ y_i + PENALTY·Σ short_m
// c_i is kcal ("fewest calories") or one per serving ("servings"); "fewest changes" prices each food used. Every cost
// carries a stable per-day spread (±25%) so that near-equal plans differ from one day to the next; each food used
// costs a little (a side of greens, a dish to cook, more), and a serving counts as at least 80 kcal, so plans hold a
// few real portions rather than many garnishes. (Measured on 31 random days: without these, spinach was in 65%.)
import { absorbedDiffers, calciumAbsorption, shortCitation } from "../intake/absorption";
import { allowedFoods, articleFoods, type Candidate } from "../food/article-foods";
import { formatAmount, formatWhole, round } from "../format";
import { byMineral, MINERAL_LABELS, MINERALS } from "../constants";
import type { Analysis, Mineral } from "../schema/analysis";
import type { Diet, Objective, SuggestResponse, Suggestion, SuggestionAlternative } from "../schema/suggest";
import { solveMilp, type LpSolution, type Milp, type MilpRow, type MilpSolver, type Term } from "./solver";

export const MAX_FOODS = 5;
/** mg short costs far more than any kcal or serving, so the solver only leaves a gap it cannot close. */
const SHORT_PENALTY = 1e4;
/** Past the calcium limit each mg costs more than any food's kcal: low-calcium foods win, gaps still close. */
const OVER_LIMIT_PENALTY = 50;
/** A day within this many mg of the calcium limit is "near" it. */
const NEAR_LIMIT_MG = 150;
/** How far a day's spread moves a food's cost: equally good plans differ between days, a poor one never wins. */
const VARIETY = 0.5;
/** The fewest kcal a serving counts for under "fewest calories" (see costs). */
const KCAL_FLOOR = 80;
/** What adding a side of greens costs, in kcal-equivalents, over its calories (see costs). */
const GREENS_USE_KCAL = 100;

export type SuggestOptions = { diet: Diet; exclude: readonly string[]; objective: Objective; include?: readonly string[] };

/** A food the plan may use: its half servings from `minHalves` to `maxHalves`, calcium as absorbed, its cost. */
export type PlanFood = Candidate & {
  minHalves: number;
  maxHalves: number;
  /** 2 for foods counted whole (a banana, a slice, a can): no 1½ bananas; else 1. */
  step: number;
  absorbable: number;
  spread: number;
  pinned: boolean;
};

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

/** The foods a plan for this day may use, each within its daily most less what the day already has. */
export function planFoods(candidates: readonly Candidate[], analysis: Analysis, include: readonly string[] = []): PlanFood[] {
  const eaten = eatenGrams(analysis);
  const seed = daySeed(analysis);
  return candidates.flatMap((c) => {
    const step = countedWhole(c) ? 2 : 1;
    const eatenHalves = (2 * (eaten.get(c.foodId) ?? 0)) / c.serving.grams;
    const maxHalves = step * Math.floor((2 * c.maxServings - eatenHalves + 1e-9) / step);
    const minHalves = step * Math.ceil(Math.round(2 * c.minServings) / step);
    if (maxHalves < minHalves) return [];
    const { relative } = calciumAbsorption(c.foodId);
    return [{ ...c, minHalves, maxHalves, step, absorbable: relative, spread: hash01(`${seed}#${c.foodId}`), pinned: include.includes(c.foodId) }];
  });
}

/** What half a serving of a food costs, and what using it at all costs, for an objective. */
export function costs(food: PlanFood, objective: Objective): { perHalf: number; perUse: number } {
  const spread = 1 + VARIETY * (food.spread - 0.5);
  const kcal = food.perServing.kcal / 2;
  // A serving counts as at least a small snack's calories: a plate of garnishes is not a cheaper plan.
  // Cooking a side of greens is a dish of its own: it costs more to add than a piece of fruit or a glass of milk.
  if (objective === "kcal") return { perHalf: Math.max(kcal, KCAL_FLOOR / 2) * spread, perUse: food.leafyGreen ? GREENS_USE_KCAL : 20 };
  if (objective === "servings") return { perHalf: 0.5 * spread + kcal / 2e5, perUse: 0.05 };
  return { perHalf: kcal / 1e3, perUse: 10 * spread }; // "changes": fewest foods, then the fewest kcal
}

/** How much calcium the day already has as absorbed (milk-equivalent mg), and how much room to its limit. */
export function calciumState(analysis: Analysis): { absorbable: number; room: number | null; near: boolean; over: boolean } {
  const absorbable = analysis.calciumAbsorbable;
  const ca = analysis.targets.calcium;
  if (ca.upperLimit === null || ca.upperLimitAppliesTo !== "diet") return { absorbable, room: null, near: false, over: false };
  const room = ca.upperLimit - analysis.totals.calcium;
  return { absorbable, room, near: room < NEAR_LIMIT_MG, over: room < 0 };
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
export function buildModel(foods: readonly PlanFood[], analysis: Analysis, objective: Objective): Milp {
  const calcium = calciumState(analysis);
  const choices = foods.flatMap((f, i) => levels(f).map((h) => ({ f, i, h, name: `z${i}_${h}` })));
  const terms = (coef: (c: (typeof choices)[number]) => number): Term[] =>
    choices.map((c) => ({ name: c.name, coef: coef(c) })).filter((t) => Math.abs(t.coef) > 1e-12);
  const objectiveTerms: Term[] = [
    ...choices.map((c) => {
      const { perHalf, perUse } = costs(c.f, objective);
      return { name: c.name, coef: perHalf * c.h + perUse };
    }),
    ...MINERALS.map((m) => ({ name: `s_${m}`, coef: SHORT_PENALTY })),
    ...(calcium.near ? [{ name: "s_over", coef: OVER_LIMIT_PENALTY }] : []),
  ];
  const rows: MilpRow[] = [];
  const need = (name: string, coef: (c: (typeof choices)[number]) => number, slack: string, rhs: number) => {
    if (rhs <= 0) return; // nothing missing: the row holds whatever the plan adds
    rows.push({ name, terms: [...terms((c) => Math.min(coef(c), rhs)), { name: slack, coef: 1 }], sense: ">=", rhs });
  };
  for (const m of MINERALS) need(`need_${m}`, (c) => (c.f.perServing[m] * c.h) / 2, `s_${m}`, analysis.targets[m].amount - analysis.totals[m]);
  // Calcium must also reach the target as absorbed: spinach's calcium on the label does not close it.
  need("absorbed_calcium", (c) => (c.f.perServing.calcium * c.f.absorbable * c.h) / 2, "s_calcium", analysis.targets.calcium.amount - calcium.absorbable);
  if (calcium.room !== null && choices.length > 0) {
    // Near or past the limit: no added calcium is free, but magnesium and potassium must still be closable.
    const over = calcium.near ? [{ name: "s_over", coef: -1 }] : [];
    rows.push({ name: "ul_calcium", terms: [...terms((c) => (c.f.perServing.calcium * c.h) / 2), ...over], sense: "<=", rhs: Math.max(0, calcium.near ? 0 : calcium.room) });
  }
  if (choices.length > 0) {
    const one = (names: string[]): Term[] => names.map((name) => ({ name, coef: 1 }));
    rows.push({ name: "foods", terms: one(choices.map((c) => c.name)), sense: "<=", rhs: MAX_FOODS });
    const greens = choices.filter((c) => c.f.leafyGreen).map((c) => c.name);
    if (greens.length > 1) rows.push({ name: "greens", terms: one(greens), sense: "<=", rhs: 1 });
    foods.forEach((f, i) => {
      const own = choices.filter((c) => c.i === i).map((c) => c.name);
      if (own.length > 0) rows.push({ name: `one${i}`, terms: one(own), sense: f.pinned ? "=" : "<=", rhs: 1 });
    });
  }
  return { objective: objectiveTerms, rows, binaries: choices.map((c) => c.name) };
}

function readHalves(foods: readonly PlanFood[], solution: LpSolution): Map<string, number> {
  const halves = new Map<string, number>();
  foods.forEach((f, i) => {
    for (const h of levels(f)) if (Math.round(solution.get(`z${i}_${h}`) ?? 0) === 1) halves.set(f.foodId, h);
  });
  return halves;
}

/**
 * A quick feasible plan and its cost under the model's objective, for when the solver is cut short (never seen: the
 * time limit is far above the slowest solve measured). Two greedy passes, the cheaper kept: one takes the best
 * coverage of what is still missing per unit of cost, the other the most coverage (then trimmed); both then raise
 * amounts of foods already chosen while a gap is open, since at most five foods fit.
 */
export function greedyPlan(foods: readonly PlanFood[], analysis: Analysis, objective: Objective): { halves: Map<string, number>; cost: number } {
  const byRatio = greedyPass(foods, analysis, objective, "ratio");
  const byReach = greedyPass(foods, analysis, objective, "reach");
  return byReach.cost < byRatio.cost ? byReach : byRatio;
}

function greedyPass(foods: readonly PlanFood[], analysis: Analysis, objective: Objective, strategy: "ratio" | "reach"): { halves: Map<string, number>; cost: number } {
  const calcium = calciumState(analysis);
  const need = { ...byMineral((m) => analysis.targets[m].amount - analysis.totals[m]), absorbed: analysis.targets.calcium.amount - calcium.absorbable };
  const hardRoom = calcium.room !== null && !calcium.near ? calcium.room : Infinity;
  const adds = (f: PlanFood, h: number) => ({ ...byMineral((m) => (f.perServing[m] * h) / 2), absorbed: (f.perServing.calcium * f.absorbable * h) / 2 });
  const keys = ["magnesium", "potassium", "calcium", "absorbed"] as const;
  const scale = { ...byMineral((m) => analysis.targets[m].amount), absorbed: analysis.targets.calcium.amount };
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
    addedCalcium += a.calcium;
    if (from === 0 && f.leafyGreen) greens++;
    halves.set(f.foodId, h);
  };
  for (const f of foods) if (f.pinned) raise(f, f.minHalves);
  while (halves.size < MAX_FOODS && keys.some((k) => need[k] > 0)) {
    let best: { f: PlanFood; h: number; score: number } | null = null;
    for (const f of foods) {
      if (halves.has(f.foodId) || (f.leafyGreen && greens > 0)) continue;
      for (const h of levels(f)) {
        const a = adds(f, h);
        if (addedCalcium + a.calcium > hardRoom) break;
        const covered = coverage(a);
        const c = costs(f, objective);
        const price = c.perHalf * h + c.perUse;
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
      if (addedCalcium + a.calcium > hardRoom) continue;
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
      addedCalcium -= less.calcium;
      if (lower === 0) {
        halves.delete(id);
        if (f.leafyGreen) greens--;
      } else halves.set(id, lower);
      trimmed = true;
    }
  }
  const short = byMineral((m) => Math.max(0, need[m]));
  short.calcium = Math.max(short.calcium, need.absorbed, 0);
  const over = calcium.near ? addedCalcium : 0;
  return { halves, cost: cost + SHORT_PENALTY * MINERALS.reduce((sum, m) => sum + short[m], 0) + OVER_LIMIT_PENALTY * over };
}

/** Long enough for any plan here to be proven optimal; past it (never seen) the best plan found is used. */
const SOLVER_TIME_LIMIT_SECONDS = 5;

/** The cheapest plan: half servings of each chosen food, by food id, and whether it is proven the cheapest. */
export async function plan(
  foods: readonly PlanFood[],
  analysis: Analysis,
  objective: Objective,
  solver: MilpSolver = solveMilp,
): Promise<{ halves: Map<string, number>; proven: boolean }> {
  const solved = await solver(buildModel(foods, analysis, objective), { timeLimitSeconds: SOLVER_TIME_LIMIT_SECONDS });
  if (solved?.proven) return { halves: readHalves(foods, solved.solution), proven: true };
  // Cut short, the solver's best may be worse than a greedy plan, or there may be none yet.
  const greedy = greedyPlan(foods, analysis, objective);
  if (!solved || solved.objective > greedy.cost) return { halves: greedy.halves, proven: false };
  return { halves: readHalves(foods, solved.solution), proven: false };
}

/** The plan's half servings by food id. */
export async function planHalves(foods: readonly PlanFood[], analysis: Analysis, objective: Objective): Promise<Map<string, number>> {
  return (await plan(foods, analysis, objective)).halves;
}

// ---- Words -------------------------------------------------------------------------------------------------------

const FRACTIONS: Record<number, string> = { 0.125: "⅛", 0.25: "¼", 0.375: "⅜", 0.5: "½", 0.625: "⅝", 0.75: "¾", 0.875: "⅞" };
const COUNTABLE_UNITS = /^(cup|slice|can|box|small box|clove|stalk|spear|piece|tablespoon|teaspoon)$/;

/** 0.5 -> "½", 1.5 -> "1½", 2 -> "2". */
export function amountWords(value: number): string {
  const whole = Math.floor(value + 1e-9);
  const eighths = (value - whole) * 8;
  if (Math.abs(eighths - Math.round(eighths)) > 1e-6) return formatAmount(value);
  const part = FRACTIONS[Math.round(eighths) / 8];
  if (part) return whole > 0 ? `${whole}${part}` : part;
  return String(whole);
}

/** "½ cup tofu (63 g)", "1 medium banana (118 g)", "2 Medjool dates (48 g)". */
export function amountText(food: Candidate, servings: number): string {
  const { count, unit, food: one, foodPlural } = food.words;
  const quantity = count * servings;
  const many = quantity > 1 + 1e-9;
  const unitText = unit ? `${unit}${many && COUNTABLE_UNITS.test(unit) ? (/x$/.test(unit) ? "es" : "s") : ""} ` : "";
  const name = many && (!unit || /^(medium|large|small)$/.test(unit)) ? foodPlural : one;
  return `${amountWords(quantity)} ${unitText}${name} (${formatWhole(food.serving.grams * servings)} g)`;
}

/** "green vegetables" -> "a green vegetable": what a general word makes of one food. */
function oneOf(term: string): string {
  const singular = term.replace(/(?<!s)s$/, "");
  return singular === term ? `a kind of ${term}` : `a ${singular}`;
}

function why(food: Candidate, servings: number, analysis: Analysis): string {
  const helps = MINERALS.filter((m) => analysis.gaps[m] > 0)
    .map((m) => ({ m, share: (food.perServing[m] * servings) / analysis.targets[m].amount }))
    .filter((h) => h.share >= 0.02)
    .sort((a, b) => b.share - a.share)
    .map((h) => `${Math.round(h.share * 100)}% of your ${h.m} target`);
  const list = helps.length > 0 ? helps.join(", ") : "a little of each mineral";
  const named = food.general
    ? `the article names “${food.articleTerm}”, and this is ${oneOf(food.articleTerm)}`
    : `the article names “${food.articleTerm}”`;
  return `Adds ${list}; ${named}.`;
}

function calciumNote(food: PlanFood): string | null {
  if (Math.abs(food.absorbable - 1) < 0.1) return null;
  const { basis, source } = calciumAbsorption(food.foodId);
  const how = food.absorbable < 1 ? "less" : "more";
  return `Calcium from ${basis} is absorbed ${how} than from milk: each mg counts as ${round(food.absorbable, 2)} mg of milk calcium (${shortCitation(source)}).`;
}

// ---- Alternatives --------------------------------------------------------------------------------------------------

/** Up to two other foods that, at an amount people eat, bring about what this one brings. */
function alternativesFor(chosen: PlanFood, servings: number, pool: readonly PlanFood[], planIds: ReadonlySet<string>, analysis: Analysis): SuggestionAlternative[] {
  const brings = (f: PlanFood, s: number) => byMineral((m) => f.perServing[m] * s * (m === "calcium" ? f.absorbable : 1));
  const target = brings(chosen, servings);
  const planHasGreen = pool.some((f) => f.leafyGreen && planIds.has(f.foodId) && f.foodId !== chosen.foodId);
  const scored = pool
    .filter((f) => !planIds.has(f.foodId) && !f.pinned && !(f.leafyGreen && planHasGreen))
    .map((f) => {
      let best = { distance: Infinity, halves: f.minHalves };
      for (let h = f.minHalves; h <= f.maxHalves; h += f.step) {
        const got = brings(f, h / 2);
        const distance = MINERALS.reduce((sum, m) => sum + Math.abs(got[m] - target[m]) / analysis.targets[m].amount, 0);
        if (distance < best.distance) best = { distance, halves: h };
      }
      return { food: f, ...best };
    })
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 2);
  return scored.map(({ food, halves }) => ({
    foodId: food.foodId,
    name: food.name,
    servings: halves / 2,
    portion: food.serving.label,
    grams: round((food.serving.grams * halves) / 2),
    amountText: amountText(food, halves / 2),
  }));
}

// ---- The plan ------------------------------------------------------------------------------------------------------

/** What supplies most of the day's calcium, a food or the supplements: named in the note when calcium is near its limit. */
function topCalciumSource(analysis: Analysis): string | null {
  const sources = [
    ...analysis.contributions.map((c) => ({ name: c.name, mg: c.calcium ?? 0 })),
    { name: "your supplements", mg: analysis.fromSupplements.calcium },
  ];
  const top = sources.sort((a, b) => b.mg - a.mg)[0];
  return top && top.mg > 0 ? `${top.name} (${formatWhole(top.mg)} mg)` : null;
}

function notesFor(analysis: Analysis, options: SuggestOptions, unmet: Partial<Record<Mineral, number>>, planned: boolean): string[] {
  const notes: string[] = [];
  const calcium = calciumState(analysis);
  const ul = analysis.targets.calcium.upperLimit;
  if (calcium.near && ul !== null) {
    const where = calcium.over ? "over" : "near";
    const top = topCalciumSource(analysis);
    notes.push(
      `Calcium is ${where} its upper limit (${formatWhole(analysis.totals.calcium)} of ${formatWhole(ul)} mg a day${top ? `; most from ${top}` : ""}), so the plan uses foods low in calcium.`,
    );
  }
  if (absorbedDiffers(analysis.totals.calcium, calcium.absorbable)) {
    notes.push(
      `Calcium is counted as absorbed: the day's ${formatWhole(analysis.totals.calcium)} mg count as ${formatWhole(calcium.absorbable)} mg of milk calcium, because some foods' calcium is ${calcium.absorbable < analysis.totals.calcium ? "less" : "more"} easily absorbed than milk's.`,
    );
  }
  for (const m of MINERALS) {
    const short = unmet[m];
    if (!short) continue;
    const filters = options.diet !== "omnivore" || options.exclude.length > 0 ? " within your diet and the foods left out" : "";
    const limit = m !== "calcium" && calcium.near ? " while keeping calcium low" : "";
    notes.push(
      `${MINERAL_LABELS[m]} stays ${formatWhole(short)} mg short: no mix of up to ${MAX_FOODS} of the article's foods${filters}, at the amounts people eat${limit}, closes it.${planned ? "" : " Try fewer filters."}`,
    );
  }
  return notes;
}

/**
 * Suggestions for a day already analysed; nothing when nothing is missing. `solver` solves the plan's model: in this
 * thread by default; the server passes its worker pool so that the event loop never waits on a solve.
 */
export async function suggest(analysis: Analysis, options: SuggestOptions, solver: MilpSolver = solveMilp): Promise<SuggestResponse> {
  const calcium = calciumState(analysis);
  const short = MINERALS.some((m) => (m === "calcium" ? calcium.absorbable < analysis.targets.calcium.amount - 0.5 : analysis.gaps[m] > 0));
  if (!short) return { suggestions: [], after: { totals: analysis.totals, gaps: analysis.gaps }, unmet: {}, notes: notesFor(analysis, options, {}, true) };

  const include = options.include ?? [];
  const allowed = allowedFoods(options.diet, options.exclude);
  // A pinned food stays, even if a filter would leave it out: the person chose it.
  const pinnedExtra = articleFoods().filter((c) => include.includes(c.foodId) && !allowed.some((a) => a.foodId === c.foodId));
  const foods = planFoods([...allowed, ...pinnedExtra], analysis, include);
  const { halves } = await plan(foods, analysis, options.objective, solver);
  const planIds = new Set(halves.keys());

  const suggestions: Suggestion[] = foods
    .filter((f) => halves.has(f.foodId))
    .map((f) => {
      const servings = halves.get(f.foodId)! / 2;
      const adds = byMineral((m) => round(f.perServing[m] * servings));
      return {
        foodId: f.foodId,
        name: f.name,
        servings,
        portion: f.serving.label,
        grams: round(f.serving.grams * servings),
        adds: { ...adds, calciumAbsorbable: round(f.perServing.calcium * servings * f.absorbable) },
        kcal: round(f.perServing.kcal * servings),
        why: why(f, servings, analysis),
        source: f.articleHeading,
        amountText: amountText(f, servings),
        articleTerm: f.articleTerm,
        general: f.general,
        meal: f.meal,
        alternatives: alternativesFor(f, servings, foods, planIds, analysis),
        calciumNote: calciumNote(f),
      };
    })
    .sort((a, b) => b.kcal - a.kcal);

  const totals = byMineral((m) => round(analysis.totals[m] + suggestions.reduce((s, x) => s + x.adds[m], 0)));
  const gaps = byMineral((m) => round(Math.max(0, analysis.targets[m].amount - totals[m])));
  const absorbableAfter = calcium.absorbable + suggestions.reduce((s, x) => s + x.adds.calciumAbsorbable, 0);
  const shortAfter = byMineral((m) => (m === "calcium" ? Math.max(gaps.calcium, analysis.targets.calcium.amount - absorbableAfter) : gaps[m]));
  const unmet = Object.fromEntries(MINERALS.filter((m) => shortAfter[m] > 0.5).map((m) => [m, round(shortAfter[m], 1)]));
  return { suggestions, after: { totals, gaps }, unmet, notes: notesFor(analysis, options, unmet, suggestions.length > 0) };
}
