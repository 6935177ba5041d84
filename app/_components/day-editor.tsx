"use client";

import { useId, useState } from "react";
import { newEntryUid, typicalPortion } from "@/lib/day";
import { MEAL_LABELS, MEALS, type DayEntry, type Food, type Meal } from "@/lib/schema";
import { useQueryClient } from "@tanstack/react-query";
import { foodOptions } from "../_hooks/use-food";
import { EntryRow } from "./entry-row";
import { FoodSearch } from "./food-search";
import { MealSelect } from "./meal-select";
import { QuickAdd } from "./quick-add";

type Props = { entries: readonly DayEntry[]; onChange: (entries: DayEntry[]) => void };

/** The day's meals: add foods through the search box, then adjust or remove them. */
export function DayEditor({ entries, onChange }: Props) {
  const id = useId();
  const queryClient = useQueryClient();
  const [meal, setMeal] = useState<Meal>("breakfast");
  const [announcement, setAnnouncement] = useState("");

  function add(food: Food) {
    queryClient.setQueryData(foodOptions(food.id).queryKey, food);
    const portion = typicalPortion(food);
    const entry: DayEntry = { uid: newEntryUid(), meal, foodId: food.id, name: food.name, amount: portion ? 1 : 100, portion: portion?.label ?? null };
    onChange([...entries, entry]);
    setAnnouncement(`Added ${food.name} to ${MEAL_LABELS[meal].toLowerCase()}.`);
  }

  return (
    <div className="day-editor">
      <QuickAdd onAdd={(added) => onChange([...entries, ...added])} />
      <div className="add-row">
        <MealSelect label="Meal" value={meal} onChange={setMeal} className="field meal-field" />
        <div className="field search-field">
          <FoodSearch label="Add food" placeholder="Type a food, e.g. banana, milk, almonds" onPick={add} />
        </div>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {entries.length === 0 ? (
        <p className="empty">Your day is empty. Add what you eat on a typical day, meal by meal.</p>
      ) : (
        MEALS.filter((m) => entries.some((e) => e.meal === m)).map((m) => (
          <section key={m} className="meal" aria-labelledby={`${id}-${m}`}>
            <h3 id={`${id}-${m}`}>{MEAL_LABELS[m]}</h3>
            <ul className="entries">
              {entries
                .filter((e) => e.meal === m)
                .map((entry) => (
                  <EntryRow
                    key={entry.uid}
                    entry={entry}
                    onChange={(next) => onChange(entries.map((e) => (e.uid === entry.uid ? next : e)))}
                    onRemove={() => onChange(entries.filter((e) => e.uid !== entry.uid))}
                  />
                ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
