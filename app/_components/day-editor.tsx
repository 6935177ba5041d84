"use client";

import { useId, useState, type ReactNode } from "react";
import { newEntryUid } from "@/lib/day/day";
import { typicalPortion } from "@/lib/food/portions";
import { MEAL_LABELS, MEALS } from "@/lib/constants";
import type { DayEntry, Meal } from "@/lib/schema/day";
import type { Food } from "@/lib/schema/food";
import { useQueryClient } from "@tanstack/react-query";
import { foodOptions } from "../_hooks/use-food";
import { DishRow } from "./dish-row";
import { EntryRow } from "./entry-row";
import { FoodSearch } from "./food-search";
import { MealSelect } from "./meal-select";
import { QuickAdd } from "./quick-add";
import { useShownName } from "./food-name";

type Props = {
  /** The day's name when there are several ("Mon"), said in the empty-day line; null for one day. */
  label: string | null;
  entries: readonly DayEntry[];
  /** Entries whose amount waits for the person's confirmation (by uid): a dish with one says so on its row. */
  waiting: ReadonlySet<string>;
  onChange: (entries: DayEntry[]) => void;
  /** The day's minerals in short, shown under quick add once it adds foods. */
  summary?: ReactNode;
  /** Foods taken out of the day (one food, or a dish's ingredients), named for the undo. */
  onRemove: (gone: readonly DayEntry[], name: string) => void;
};

const nameOf = (entry: DayEntry) => entry.name ?? `food ${entry.foodId}`;

/** The day's meals: add foods through the search box, then adjust or remove them. */
export function DayEditor({ label, entries, waiting, onChange, onRemove, summary }: Props) {
  const id = useId();
  const queryClient = useQueryClient();
  const [meal, setMeal] = useState<Meal>("breakfast");
  const [announcement, setAnnouncement] = useState("");
  const shownName = useShownName();

  function add(food: Food) {
    queryClient.setQueryData(foodOptions(food.id).queryKey, food);
    const portion = typicalPortion(food);
    const entry: DayEntry = { uid: newEntryUid(), meal, foodId: food.id, name: food.name, amount: portion ? 1 : 100, portion: portion?.label ?? null };
    onChange([...entries, entry]);
    setAnnouncement(`Added ${shownName(food)} to ${MEAL_LABELS[meal].toLowerCase()}.`);
  }

  return (
    <div className="day-editor">
      <QuickAdd onAdd={(added) => onChange([...entries, ...added])} summary={summary} />
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
        <p className="empty">
          {label ? `${label} is empty. Add what you ate that day, meal by meal, or copy a day to start from it.` : "Your day is empty. Add what you eat on a typical day, meal by meal."}
        </p>
      ) : (
        MEALS.filter((m) => entries.some((e) => e.meal === m)).map((m) => (
          <section key={m} className="meal" aria-labelledby={`${id}-${m}`}>
            <h3 id={`${id}-${m}`}>{MEAL_LABELS[m]}</h3>
            <ul className="entries">
              {mealRows(entries.filter((e) => e.meal === m)).map((row) =>
                row.kind === "food" ? (
                  <EntryRow
                    key={row.entry.uid}
                    entry={row.entry}
                    onChange={(next) => onChange(entries.map((e) => (e.uid === next.uid ? next : e)))}
                    onRemove={() => onRemove([row.entry], nameOf(row.entry))}
                  />
                ) : (
                  <DishRow
                    key={row.dish}
                    recipe={row.recipe}
                    entries={row.entries}
                    toCheck={row.entries.some((e) => waiting.has(e.uid))}
                    onChange={(next) => onChange(entries.map((e) => (e.uid === next.uid ? next : e)))}
                    onRemove={(gone) => onRemove([gone], nameOf(gone))}
                    onRemoveDish={() => onRemove(row.entries, row.recipe)}
                  />
                ),
              )}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}

type MealRow = { kind: "food"; entry: DayEntry } | { kind: "dish"; dish: string; recipe: string; entries: DayEntry[] };

/** A meal's rows: each food on its own, each dish (its ingredients share a dish id) as one row where it first appears. */
function mealRows(entries: readonly DayEntry[]): MealRow[] {
  const rows: MealRow[] = [];
  const dishes = new Map<string, Extract<MealRow, { kind: "dish" }>>();
  for (const entry of entries) {
    if (!entry.dish || !entry.recipe) {
      rows.push({ kind: "food", entry });
      continue;
    }
    const found = dishes.get(entry.dish);
    if (found) found.entries.push(entry);
    else {
      const row = { kind: "dish" as const, dish: entry.dish, recipe: entry.recipe, entries: [entry] };
      dishes.set(entry.dish, row);
      rows.push(row);
    }
  }
  return rows;
}
