// Meals the person eats: suggestions go to the meals the day already has (or that the person picked), at most two
// suggested foods to a meal, each food where people eat it (data/article-foods.json "meals", most usual first).
import { MEALS } from "../constants";
import type { Meal } from "../schema/day";

/** At most this many suggested foods go to one meal. */
export const SUGGESTIONS_PER_MEAL = 2;

/**
 * The meals a plan may use: those the day's foods are in, and those the person picked. A day whose entries carry no
 * meal (an API caller that does not say) may use every meal.
 */
export function openMeals(entryMeals: readonly (Meal | undefined)[], picked: readonly Meal[] = []): Meal[] {
  const known = entryMeals.filter((m): m is Meal => m !== undefined);
  if (known.length === 0) return [...MEALS];
  const open = new Set<Meal>([...known, ...picked]);
  return MEALS.filter((m) => open.has(m));
}

/** The meals a food may go to among the open ones, most usual first; a pinned food goes anywhere open if it must. */
export function mealsFor(usual: readonly Meal[], open: readonly Meal[], pinned: boolean): Meal[] {
  const fits = usual.filter((m) => open.includes(m));
  return fits.length > 0 || !pinned ? fits : [...open];
}

/**
 * The sets of foods that must share few meals (Hall's condition): for every set S of open meals, the foods that can
 * only go to meals in S number at most two per meal of S. These rows hold exactly when the foods can be placed.
 * Only sets that could be overfilled are returned.
 */
export function crowdedMealSets(foodMeals: readonly (readonly Meal[])[], open: readonly Meal[]): { meals: Meal[]; foods: number[]; capacity: number }[] {
  const sets: { meals: Meal[]; foods: number[]; capacity: number }[] = [];
  for (let mask = 1; mask < 1 << open.length; mask++) {
    const meals = open.filter((_, i) => mask & (1 << i));
    const foods = foodMeals.flatMap((fm, i) => (fm.length > 0 && fm.every((m) => meals.includes(m)) ? [i] : []));
    const capacity = SUGGESTIONS_PER_MEAL * meals.length;
    if (foods.length > capacity) sets.push({ meals, foods, capacity });
  }
  return sets;
}

/**
 * Each chosen food to one of its meals, at most two to a meal, each as near its most usual meal as the others allow
 * (the least total of ranks; ties go to the earlier food's first choice). Null when they cannot all be placed.
 * Plans hold at most five foods, so trying every placement is quick.
 */
export function placeFoods<T extends { meals: readonly Meal[] }>(foods: readonly T[]): Map<T, Meal> | null {
  let best: { cost: number; placement: Meal[] } | null = null;
  const used = new Map<Meal, number>();
  const chosen: Meal[] = [];
  const search = (i: number, cost: number) => {
    if (best && cost >= best.cost) return;
    if (i === foods.length) {
      best = { cost, placement: [...chosen] };
      return;
    }
    foods[i]!.meals.forEach((meal, rank) => {
      if ((used.get(meal) ?? 0) >= SUGGESTIONS_PER_MEAL) return;
      used.set(meal, (used.get(meal) ?? 0) + 1);
      chosen.push(meal);
      search(i + 1, cost + rank);
      chosen.pop();
      used.set(meal, used.get(meal)! - 1);
    });
  };
  search(0, 0);
  const found = best as { cost: number; placement: Meal[] } | null;
  return found ? new Map(foods.map((f, i) => [f, found.placement[i]!])) : null;
}
