// Suggestions: the foods the article names, in amounts people eat, that together close every gap. The model and
// how it is solved are model.ts (GLPK, solver.ts; greedy fallback.ts); what each suggestion says is wording.ts;
// here, the plan is solved, its alternatives found and its notes written.
import { absorbableCalciumMg } from "../intake/absorption";
import { allowedFoodsWithExclusions, articleFoods } from "../food/article-foods";
import { formatWhole, round } from "../format";
import { byMineral, DAYS_A_WEEK, MEALS, MINERAL_LABELS, MINERALS } from "../constants";
import { fewestDaysAWeek } from "./weekly";
import type { Analysis, Mineral } from "../schema/analysis";
import type { Condition, Meal, Profile, Supplement } from "../schema/day";
import { STANDARD_NAMES } from "../intake/intakes";
import { potassiumPlanNote } from "../analysis/sentences";
import { everydayName } from "../food/everyday-names";
import { nameStyleFor, type NameStyle } from "../food/name-style";
import type { Diet, Objective, SuggestResponse, Suggestion, SuggestionAlternative } from "../schema/suggest";
import { greedyPlan } from "./fallback";
import { buildModel, calciumState, MAX_FOODS, mineralsToClose, type PlanContext, type PlanFood, planFoods, readHalves, USUAL_PLAN } from "./model";
import { placeFoods, SUGGESTIONS_PER_MEAL } from "./meals";
import { portionsFor, portionsNote, sizedFor } from "./portions";
import { dietCalciumLimit, limitNotes, type PlanLimit, planLimits } from "./limits";
import { amountText, calciumNote, why } from "./wording";
import { solveMilp, type MilpSolver } from "./solver";

export type SuggestOptions = {
  diet: Diet;
  exclude: readonly string[];
  objective: Objective;
  include?: readonly string[];
  /** The person's health conditions: with any, potassium is held down (lib/constants.ts CONDITIONS). */
  conditions?: readonly Condition[];
  /** Who the plan is for: their standard and age set the limits judged after the plan (limits.ts). */
  profile?: Profile;
  /** The day's supplements: one already over a limit is named in the notes. */
  supplements?: readonly Supplement[];
  /** The meals suggestions may go to (meals.ts openMeals): those the day has and those the person picked; absent, all. */
  meals?: readonly Meal[];
  /** The plan is for the average of several days: a food may be suggested for fewer days a week (weekly.ts). */
  weekly?: boolean;
};

/** Long enough for any plan here to be proven optimal; past it (never seen) the best plan found is used. */
const SOLVER_TIME_LIMIT_SECONDS = 5;

/** The cheapest plan: half servings of each chosen food, by food id, and whether it is proven the cheapest. */
export async function plan(
  foods: readonly PlanFood[],
  analysis: Analysis,
  objective: Objective,
  solver: MilpSolver = solveMilp,
  context: PlanContext = USUAL_PLAN,
): Promise<{ halves: Map<string, number>; proven: boolean }> {
  const solved = await solver(buildModel(foods, analysis, objective, context), { timeLimitSeconds: SOLVER_TIME_LIMIT_SECONDS });
  if (solved?.proven) return { halves: readHalves(foods, solved.solution), proven: true };
  // Cut short, the solver's best may be worse than a greedy plan, or there may be none yet.
  const greedy = greedyPlan(foods, analysis, objective, context);
  if (!solved || solved.objective > greedy.cost) return { halves: greedy.halves, proven: false };
  return { halves: readHalves(foods, solved.solution), proven: false };
}

/** The plan's half servings by food id. */
export async function planHalves(foods: readonly PlanFood[], analysis: Analysis, objective: Objective): Promise<Map<string, number>> {
  return (await plan(foods, analysis, objective)).halves;
}

// ---- Alternatives --------------------------------------------------------------------------------------------------

/** Up to two other foods that, at an amount people eat, bring about what this one brings. */
function alternativesFor(
  chosen: PlanFood,
  servings: number,
  pool: readonly PlanFood[],
  planIds: ReadonlySet<string>,
  analysis: Analysis,
  context: PlanContext,
  style: NameStyle,
): SuggestionAlternative[] {
  const brings = (f: PlanFood, s: number) => byMineral((m) => f.perServing[m] * s * (m === "calcium" ? f.calciumShare : 1));
  const target = brings(chosen, servings);
  const others = pool.filter((f) => planIds.has(f.foodId) && f.foodId !== chosen.foodId);
  const planHasGreen = others.some((f) => f.leafyGreen);
  // A swap keeps the plan's rules: one food of each article word, one leafy green, a child's one milk-type food.
  const scored = pool
    .filter((f) => !planIds.has(f.foodId) && !f.pinned && !(f.leafyGreen && planHasGreen) && !others.some((o) => o.articleTerm === f.articleTerm))
    .filter((f) => !(context.child && f.milkType && others.some((o) => o.milkType))) // a child: one milk-type food
    .map((f) => {
      let best = { distance: Infinity, halves: f.minHalves };
      for (let h = f.minHalves; h <= f.maxHalves; h += f.step) {
        const got = brings(f, h / 2);
        const distance = MINERALS.reduce((sum, m) => sum + Math.abs(got[m] - target[m]) / analysis.targets[m].amount, 0);
        if (distance < best.distance) best = { distance, halves: h };
      }
      return { food: f, ...best };
    })
    // With potassium held down, a swap never brings more potassium than the food it replaces.
    .filter(({ food, halves }) => !context.holdPotassium || (food.perServing.potassium * halves) / 2 <= target.potassium + 1e-9)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 2);
  return scored.map(({ food, halves }) => ({
    foodId: food.foodId,
    name: food.name,
    everydayName: everydayName(food.food, style),
    servings: halves / 2,
    portion: food.serving.label,
    grams: round((food.serving.grams * halves) / 2),
    amountText: amountText(food, halves / 2),
    caution: food.caution ?? null,
  }));
}

// ---- The plan ------------------------------------------------------------------------------------------------------

/** The day's largest source of calcium, a food (all its entries) or the supplements: named when calcium is near its limit. */
function topCalciumSource(analysis: Analysis): string | null {
  const byFood = new Map<string, { name: string; mg: number }>();
  for (const c of analysis.contributions) {
    const food = byFood.get(c.foodId) ?? { name: c.name, mg: 0 };
    food.mg += c.calcium ?? 0;
    byFood.set(c.foodId, food);
  }
  const sources = [...byFood.values(), { name: "your supplements", mg: analysis.fromSupplements.calcium }];
  const top = sources.sort((a, b) => b.mg - a.mg)[0];
  return top && top.mg > 0 ? `${top.name} (${formatWhole(top.mg)} mg)` : null;
}

function notesFor(
  analysis: Analysis,
  options: SuggestOptions,
  plan: {
    unmet: Partial<Record<Mineral, number>>;
    planned: boolean;
    after: Record<Mineral, number>;
    limits: readonly PlanLimit[];
    context: PlanContext;
    /** The plan holds a young child's nut butter or ground seeds. */
    youngChildForms: boolean;
  },
): string[] {
  const { unmet, planned } = plan;
  const notes: string[] = [];
  const held = potassiumPlanNote(options.conditions, plan.after.potassium - analysis.totals.potassium);
  if (held) notes.push(held);
  const calcium = calciumState(analysis, plan.context);
  notes.push(
    ...limitNotes({
      analysis,
      after: plan.after,
      limits: plan.limits,
      supplements: options.supplements ?? [],
      topCalcium: topCalciumSource(analysis),
      standardName: options.profile ? STANDARD_NAMES[options.profile.standard].replace(/ \(.*\)$/, "") : "Your standard",
      calciumNear: calcium.near,
    }),
  );
  const open = options.meals ?? MEALS;
  const mealsLimit = open.length < MEALS.length;
  const most = Math.min(MAX_FOODS, SUGGESTIONS_PER_MEAL * open.length);
  const atMeals = mealsLimit ? ` at your ${open.length === 1 ? "one meal" : `${open.length} meals`} (two to a meal)` : "";
  for (const m of MINERALS) {
    const short = unmet[m];
    if (!short) continue;
    const filters = options.diet !== "omnivore" || options.exclude.length > 0 ? " within your diet and the foods left out" : "";
    const limit = m !== "calcium" && calcium.near ? " while keeping calcium low" : "";
    notes.push(
      `${MINERAL_LABELS[m]} stays ${formatWhole(short)} mg short: no mix of up to ${most} of the article's foods${atMeals}${filters}, at the amounts people eat${limit}, closes it.${planned ? "" : " Try fewer filters."}`,
    );
  }
  if (options.diet === "vegetarian") notes.push(VEGETARIAN_CHEESE_NOTE);
  const sizing = portionsNote(options.profile, plan.youngChildForms);
  if (sizing) notes.push(sizing);
  if (mealsLimit && Object.keys(unmet).length > 0) {
    notes.push(`Suggestions go only to the meals your day has. To make room for more, tick a meal under "Also suggest for meals with no foods yet".`);
  }
  return notes;
}

/** Why a vegetarian plan has no parmesan: said with every vegetarian plan. */
export const VEGETARIAN_CHEESE_NOTE =
  "Parmesan and pecorino are left out: they are made with animal rennet, so they are not vegetarian (cheeses labelled vegetarian use other rennets).";

/**
 * Suggestions for a day already analysed; nothing when nothing is missing. `solver` solves the plan's model: in this
 * thread by default; the server passes its worker pool so that the event loop never waits on a solve.
 */
export async function suggest(analysis: Analysis, options: SuggestOptions, solver: MilpSolver = solveMilp): Promise<SuggestResponse> {
  const limits = planLimits(analysis, options.profile ?? null);
  const portions = portionsFor(options.profile);
  const context: PlanContext = {
    holdPotassium: (options.conditions ?? []).length > 0,
    calciumLimit: dietCalciumLimit(limits),
    meals: options.meals,
    child: portions.child,
  };
  const calcium = calciumState(analysis, context);
  const style = nameStyleFor(options.profile?.standard);
  const closing = mineralsToClose(context);
  // A young child's nut butter or ground seeds carry their own SR28 id: leaving one out (a swap) leaves out its food.
  const forms = new Map(portions.youngChild ? articleFoods().flatMap((c) => (c.youngChild ? [[c.youngChild.foodId, c.foodId] as const] : [])) : []);
  const articleId = (id: string) => forms.get(id.trim()) ?? id;
  const filtered = allowedFoodsWithExclusions(options.diet, options.exclude.map(articleId));
  const excluded = filtered.excluded.map(({ term, matched }) => ({ term, matched }));
  const short = closing.some((m) => (m === "calcium" ? calcium.counted < analysis.targets.calcium.amount - 0.5 : analysis.gaps[m] > 0));
  if (!short) {
    const notes = notesFor(analysis, options, { unmet: {}, planned: true, after: analysis.totals, limits, context, youngChildForms: false });
    return { suggestions: [], after: { totals: analysis.totals, gaps: analysis.gaps, calciumCounted: analysis.calciumCounted }, unmet: {}, notes, excluded };
  }

  const include = (options.include ?? []).map(articleId);
  const allowed = filtered.allowed;
  // A pinned food stays, even if a filter would leave it out: the person chose it.
  const pinnedExtra = articleFoods().filter((c) => include.includes(c.foodId) && !allowed.some((a) => a.foodId === c.foodId));
  const pool = [...allowed, ...pinnedExtra];
  const sized = pool.map((c) => sizedFor(c, portions));
  const pinnedIds = sized.filter((_, i) => include.includes(pool[i]!.foodId)).map((c) => c.foodId);
  const foods = planFoods(sized, analysis, pinnedIds, context);
  const { halves } = await plan(foods, analysis, options.objective, solver, context);
  const planIds = new Set(halves.keys());
  const chosen = foods.filter((f) => halves.has(f.foodId));
  // The model's meal rows guarantee a placement; were it ever to fail, each food keeps its most usual open meal.
  const placed = placeFoods(chosen);

  const daily: Suggestion[] = chosen
    .map((f) => {
      const servings = halves.get(f.foodId)! / 2;
      const adds = byMineral((m) => round(f.perServing[m] * servings));
      return {
        foodId: f.foodId,
        name: f.name,
        everydayName: everydayName(f.food, style),
        servings,
        portion: f.serving.label,
        grams: round(f.serving.grams * servings),
        adds: {
          ...adds,
          calciumAbsorbable: round(absorbableCalciumMg(f.foodId, f.perServing.calcium * servings)),
          calciumCounted: round(f.perServing.calcium * servings * f.calciumShare),
        },
        kcal: round(f.perServing.kcal * servings),
        why: why(f, servings, analysis, closing),
        source: f.articleHeading,
        amountText: amountText(f, servings),
        articleTerm: f.articleTerm,
        general: f.general,
        meal: placed?.get(f) ?? f.meals[0]!,
        alternatives: alternativesFor(f, servings, foods, planIds, analysis, context, style),
        calciumNote: calciumNote(f),
        caution: f.caution ?? null,
        perWeek: null,
      };
    })
    .sort((a, b) => b.kcal - a.kcal);
  // Fewer days a week: what the food adds, and the share of each target its "why" names, are a typical day's.
  const suggestions = options.weekly
    ? fewestDaysAWeek(daily, analysis, calcium.counted, closing).map((s) => {
        const f = chosen.find((c) => c.foodId === s.foodId)!;
        return s.perWeek ? { ...s, why: why(f, (s.servings * s.perWeek) / DAYS_A_WEEK, analysis, closing) } : s;
      })
    : daily;

  const totals = byMineral((m) => round(analysis.totals[m] + suggestions.reduce((s, x) => s + x.adds[m], 0)));
  // One calcium figure toward the target: the gap after the plan, and what stays unmet, are of the counted calcium.
  const calciumCounted = round(calcium.counted + suggestions.reduce((s, x) => s + x.adds.calciumCounted, 0));
  const toward = { ...totals, calcium: calciumCounted };
  const gaps = byMineral((m) => round(Math.max(0, analysis.targets[m].amount - toward[m])));
  const unmet = Object.fromEntries(closing.filter((m) => gaps[m] > 0.5).map((m) => [m, round(gaps[m], 1)]));
  // A young child's forms in the plan or among its swaps: the note says why they are chopped, ground or spread.
  const youngChildForms = suggestions.some((x) => forms.has(x.foodId) || x.alternatives.some((a) => forms.has(a.foodId)));
  const notes = notesFor(analysis, options, { unmet, planned: suggestions.length > 0, after: totals, limits, context, youngChildForms });
  return { suggestions, after: { totals, gaps, calciumCounted }, unmet, notes, excluded };
}
