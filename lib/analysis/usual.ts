// A usual intake from several recorded days: the average day (what the rest of the analysis judges), each day's
// totals for the day-to-day chart, and how sure the average says each mineral is adequate (lib/intake/usual.ts).
import { analyzeDay, type ResolvedEntry } from "./analyze";
import { towardTarget } from "./sentences";
import { adequacyFor, moreDaysToBeSure } from "../intake/usual";
import { byMineral } from "../constants";
import type { Analysis, Usual } from "../schema/analysis";
import type { Profile, Supplement } from "../schema/day";

export type ResolvedDay = { label: string; entries: ResolvedEntry[] };

/**
 * The average of the days as one day: each food's grams over all days, divided by the number of days, one row per
 * food in the order it first appears. Every mineral is linear in grams, so the average day's totals are the average
 * of the days' totals.
 */
export function averageDay(days: readonly ResolvedDay[]): ResolvedEntry[] {
  const byFood = new Map<string, ResolvedEntry>();
  for (const day of days) {
    for (const { food, grams } of day.entries) {
      const share = grams / days.length;
      const seen = byFood.get(food.id);
      byFood.set(food.id, seen ? { food, grams: seen.grams + share } : { food, grams: share });
    }
  }
  return [...byFood.values()];
}

/** The analysis of the average day, with the days it came from and how sure the average is. */
export function analyzeDays(profile: Profile, days: readonly ResolvedDay[], supplements: readonly Supplement[] = []): Analysis {
  const average = analyzeDay(profile, averageDay(days), supplements);
  const perDay = days.map(({ label, entries }) => {
    const one = analyzeDay(profile, entries, supplements);
    return { label, totals: one.totals, calciumCounted: one.calciumCounted };
  });
  // Calcium is judged as it counts toward the target: the one calcium figure the gaps use.
  const toward = byMineral((m) => towardTarget(m, average.totals, average.calciumCounted));
  const usual: Usual = {
    days: days.length,
    mean: average.totals,
    perDay,
    adequacy: byMineral((m) => ({ ...adequacyFor(profile, m, toward[m], days.length), moreDays: moreDaysToBeSure(profile, m, toward[m], days.length) })),
  };
  return { ...average, usual };
}
