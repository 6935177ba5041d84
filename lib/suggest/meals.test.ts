import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MEALS } from "../constants";
import type { Meal } from "../schema/day";
import { crowdedMealSets, mealsFor, openMeals, placeFoods } from "./meals";

describe("the meals a plan may use", () => {
  it("are the meals the day's foods are in, and those the person picked, in the day's order", () => {
    expect(openMeals(["dinner", "lunch", "lunch"])).toEqual(["lunch", "dinner"]);
    expect(openMeals(["dinner"], ["breakfast"])).toEqual(["breakfast", "dinner"]);
  });
  it("are every meal when the entries do not say (an API caller), or the day is empty", () => {
    expect(openMeals([undefined, undefined])).toEqual([...MEALS]);
    expect(openMeals([])).toEqual([...MEALS]);
  });
  it("for a food: its usual meals that are open, most usual first; a pinned food goes to any open meal if it must", () => {
    expect(mealsFor(["breakfast", "snacks"], ["snacks", "dinner"], false)).toEqual(["snacks"]);
    expect(mealsFor(["breakfast"], ["lunch", "dinner"], false)).toEqual([]);
    expect(mealsFor(["breakfast"], ["lunch", "dinner"], true)).toEqual(["lunch", "dinner"]);
  });
});

describe("placing the plan's foods", () => {
  const food = (...meals: Meal[]) => ({ meals });
  it("puts each food at its most usual meal when two at most share it", () => {
    const banana = food("breakfast", "snacks");
    const milk = food("breakfast", "snacks", "dinner");
    const salmon = food("dinner", "lunch");
    const placed = placeFoods([banana, milk, salmon])!;
    expect([placed.get(banana), placed.get(milk), placed.get(salmon)]).toEqual(["breakfast", "breakfast", "dinner"]);
  });
  it("moves a food to its next meal when its first is full", () => {
    const [a, b, c] = [food("breakfast", "snacks"), food("breakfast"), food("breakfast")];
    const placed = placeFoods([a, b, c])!;
    expect([placed.get(a), placed.get(b), placed.get(c)]).toEqual(["snacks", "breakfast", "breakfast"]);
  });
  it("says when foods cannot be placed: three that only fit breakfast", () => {
    expect(placeFoods([food("breakfast"), food("breakfast"), food("breakfast")])).toBeNull();
  });
  it("never puts more than two foods at a meal, and places exactly when Hall's condition holds", () => {
    const mealSet = fc.subarray([...MEALS], { minLength: 1 });
    fc.assert(
      fc.property(fc.array(mealSet, { minLength: 1, maxLength: 5 }), (foodMeals) => {
        const foods = foodMeals.map((meals) => ({ meals }));
        const placed = placeFoods(foods);
        const crowded = crowdedMealSets(foodMeals, [...MEALS]);
        expect(placed === null).toBe(crowded.length > 0);
        if (!placed) return;
        for (const meal of MEALS) expect([...placed.values()].filter((m) => m === meal).length).toBeLessThanOrEqual(2);
        for (const f of foods) expect(f.meals).toContain(placed.get(f));
      }),
    );
  });
});
