"use client";
// What the results card says before its figures: the amounts not counted until confirmed, and an age not yet given.
import { formatWhole } from "@/lib/format";
import { entryGrams } from "@/lib/day/day";
import type { DayEntry, Profile } from "@/lib/schema/day";
import type { Food } from "@/lib/schema/food";
import { useShownName } from "./food-name";

type Props = { waiting: readonly DayEntry[]; foods: ReadonlyMap<string, Food>; profile: Profile };

export function ResultsNotices({ waiting, foods, profile }: Props) {
  const shownName = useShownName();
  const nameOf = (e: DayEntry) => {
    const food = foods.get(e.foodId);
    return food ? shownName(food) : (e.name ?? `food ${e.foodId}`);
  };
  return (
    <>
      {waiting.length > 0 ? (
        <p className="warning" role="status">
          Not counted until you confirm the amount, as it is far more than people usually have at once:{" "}
          {waiting.map((e) => `${formatWhole(entryGrams(e, foods.get(e.foodId)?.portions ?? []) ?? 0)} g of ${nameOf(e)}${e.recipe ? ` (in ${e.recipe})` : ""}`).join("; ")}.
        </p>
      ) : null}
      {profile.ageGiven === false ? (
        <p className="help age-unsaid">Targets are for an adult of {profile.ageYears} until you enter your age under About you.</p>
      ) : null}
    </>
  );
}
