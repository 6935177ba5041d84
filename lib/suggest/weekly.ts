// Suggestions for a usual week: a food whose daily serving brings more than the average day needs is suggested for
// fewer days a week ("a handful of almonds 4 days a week"), as long as every gap the plan closes stays closed.
import { round } from "../format";
import { byMineral, DAYS_A_WEEK, MINERALS } from "../constants";
import type { Analysis, Mineral } from "../schema/analysis";
import type { Suggestion } from "../schema/suggest";

/** A suggestion eaten `days` days a week: its minerals and kcal are a typical day's share; its serving is unchanged. */
function onDays(s: Suggestion, days: number): Suggestion {
  const share = days / DAYS_A_WEEK;
  return {
    ...s,
    perWeek: days >= DAYS_A_WEEK ? null : days,
    adds: {
      ...byMineral((m) => round(s.adds[m] * share)),
      calciumAbsorbable: round(s.adds.calciumAbsorbable * share),
      calciumCounted: round(s.adds.calciumCounted * share),
    },
    kcal: round(s.kcal * share),
  };
}

/**
 * The fewest days a week for each suggestion, largest first, such that no gap grows: a gap the plan closes stays
 * closed, and a gap it leaves open (unmet) loses nothing. `counted` is the day's calcium as it counts
 * toward the target before the plan; `closing` the minerals the plan closes (potassium is held, not closed, with a
 * health condition).
 */
export function fewestDaysAWeek(suggestions: readonly Suggestion[], analysis: Analysis, counted: number, closing: readonly Mineral[]): Suggestion[] {
  const gapWith = (plan: readonly Suggestion[]) =>
    byMineral((m) => {
      const before = m === "calcium" ? counted : analysis.totals[m];
      const added = plan.reduce((sum, s) => sum + (m === "calcium" ? s.adds.calciumCounted : s.adds[m]), 0);
      return Math.max(0, analysis.targets[m].amount - before - added);
    });
  let plan = [...suggestions];
  const full = gapWith(plan);
  plan.forEach((s, index) => {
    for (let days = 1; days < DAYS_A_WEEK; days++) {
      const trial = plan.map((x, i) => (i === index ? onDays(s, days) : x));
      const gaps = gapWith(trial);
      // A hair of float error is not a gap: the day's figures are rounded to 4 places.
      if (MINERALS.filter((m) => closing.includes(m)).every((m) => gaps[m] <= full[m] + 1e-6)) {
        plan = trial;
        return;
      }
    }
  });
  return plan;
}
