// Suggestions: the fewest calories (or servings) of the article's foods that close every gap, chosen together.
// A mixed-integer program solved by HiGHS:
//   x_i ∈ {0, 1, ..., 2·max_i}  half servings of food i;   y_i ∈ {0,1}  food i is used;   x_i ≤ 2·max_i·y_i
//   Σ y_i ≤ 5                                               at most five foods
//   total_m + Σ a_im·x_i/2 + short_m ≥ target_m              for Mg, K, Ca (short_m > 0 only if the gap cannot close)
//   total_Ca + Σ a_iCa·x_i/2 ≤ UL_Ca                          where the calcium UL covers the whole diet
//   minimise  Σ c_i·x_i/2 + PENALTY·Σ short_m                c = kcal, or servings
// (A multiple-choice form with one binary per food and amount was tried: same answers, slower here.)
import { allowedFoods, type Candidate } from "./article-foods";
import { round } from "./analyze";
import { byMineral, MINERALS, type Analysis, type Diet, type Objective, type SuggestResponse, type Suggestion } from "./schema";
import { solveLp, type LpSolution } from "./solver";

export const MAX_FOODS = 5;
/** mg short costs far more than any kcal or serving, so the solver only leaves a gap it cannot close. */
const SHORT_PENALTY = 1e4;

export type SuggestOptions = { diet: Diet; exclude: readonly string[]; objective: Objective };

/** The model as CPLEX LP text: x<i> (half servings of food i), y<i> (food i used), s_<mineral> (mg short). */
export function buildModel(candidates: readonly Candidate[], analysis: Analysis, objective: Objective): string {
  const cost = (c: Candidate) =>
    objective === "kcal" ? c.perServing.kcal / 2 + 5e-4 : 0.5 + c.perServing.kcal / 2e5; // tie-break on the other
  const terms = (coef: (c: Candidate) => number) =>
    candidates.map((c, i) => `${fmt(coef(c))} x${i}`).join(" + ") || "0 s_magnesium";
  const lines = ["Minimize", ` obj: ${terms(cost)} + ${MINERALS.map((m) => `${SHORT_PENALTY} s_${m}`).join(" + ")}`, "Subject To"];
  for (const m of MINERALS) {
    const need = analysis.targets[m].amount - analysis.totals[m];
    lines.push(` need_${m}: ${terms((c) => c.perServing[m] / 2)} + s_${m} >= ${fmt(need)}`);
  }
  const ca = analysis.targets.calcium;
  if (ca.upperLimit !== null && ca.upperLimitAppliesTo === "diet" && candidates.length > 0) {
    lines.push(` ul_calcium: ${terms((c) => c.perServing.calcium / 2)} <= ${fmt(Math.max(0, ca.upperLimit - analysis.totals.calcium))}`);
  }
  if (candidates.length > 0) {
    lines.push(` foods: ${candidates.map((_, i) => `y${i}`).join(" + ")} <= ${MAX_FOODS}`);
    candidates.forEach((c, i) => lines.push(` use${i}: x${i} - ${2 * c.maxServings} y${i} <= 0`));
  }
  lines.push("Bounds");
  candidates.forEach((c, i) => lines.push(` 0 <= x${i} <= ${2 * c.maxServings}`));
  for (const m of MINERALS) lines.push(` s_${m} >= 0`);
  if (candidates.length > 0) {
    lines.push("General", ` ${candidates.map((_, i) => `x${i}`).join(" ")}`);
    lines.push("Binary", ` ${candidates.map((_, i) => `y${i}`).join(" ")}`);
  }
  lines.push("End");
  return lines.join("\n");
}

const fmt = (value: number) => (Math.abs(value) < 1e-9 ? "0" : value.toFixed(6).replace(/\.?0+$/, ""));

/** Half servings of each food the solver chose. */
function readHalves(candidates: readonly Candidate[], solution: LpSolution): Map<string, number> {
  const halves = new Map<string, number>();
  candidates.forEach((c, i) => {
    const value = Math.round(solution.get(`x${i}`) ?? 0);
    if (value > 0) halves.set(c.foodId, value);
  });
  return halves;
}

/** The optimal plan: half servings of each chosen food, by food id. */
export async function planHalves(candidates: readonly Candidate[], analysis: Analysis, objective: Objective): Promise<Map<string, number>> {
  return readHalves(candidates, await solveLp(buildModel(candidates, analysis, objective)));
}

function why(c: Candidate, servings: number, analysis: Analysis): string {
  const helps = MINERALS.filter((m) => analysis.gaps[m] > 0)
    .map((m) => ({ m, share: (c.perServing[m] * servings) / analysis.targets[m].amount }))
    .filter((h) => h.share >= 0.02)
    .sort((a, b) => b.share - a.share)
    .map((h) => `${Math.round(h.share * 100)}% of your ${h.m} target`);
  const list = helps.length > 0 ? helps.join(", ") : "a little of each mineral";
  return `Adds ${list}; named by the article as a food source.`;
}

/** Suggestions for a day already analysed; nothing when nothing is missing. */
export async function suggest(analysis: Analysis, options: SuggestOptions): Promise<SuggestResponse> {
  const missing = MINERALS.some((m) => analysis.gaps[m] > 0);
  if (!missing) return { suggestions: [], after: { totals: analysis.totals, gaps: analysis.gaps }, unmet: {} };

  const candidates = allowedFoods(options.diet, options.exclude);
  const halves = await planHalves(candidates, analysis, options.objective);

  const suggestions: Suggestion[] = candidates
    .filter((c) => halves.has(c.foodId))
    .map((c) => {
      const servings = halves.get(c.foodId)! / 2;
      return {
        foodId: c.foodId,
        name: c.name,
        servings,
        portion: c.serving.label,
        grams: round(c.serving.grams * servings),
        adds: byMineral((m) => round(c.perServing[m] * servings)),
        kcal: round(c.perServing.kcal * servings),
        why: why(c, servings, analysis),
        source: c.articleHeading,
      };
    })
    .sort((a, b) => b.kcal - a.kcal);

  const totals = byMineral((m) => round(analysis.totals[m] + suggestions.reduce((s, x) => s + x.adds[m], 0)));
  const gaps = byMineral((m) => round(Math.max(0, analysis.targets[m].amount - totals[m])));
  const unmet = Object.fromEntries(MINERALS.filter((m) => gaps[m] > 0.005).map((m) => [m, round(gaps[m], 1)]));
  return { suggestions, after: { totals, gaps }, unmet };
}
