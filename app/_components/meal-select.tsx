"use client";

import { useId } from "react";
import { MEAL_LABELS, MealSchema, MEALS, type Meal } from "@/lib/schema";

/** Which meal new foods go to. */
export function MealSelect({ label, value, onChange, className = "field" }: { label: string; value: Meal; onChange: (meal: Meal) => void; className?: string }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(MealSchema.parse(event.target.value))}>
        {MEALS.map((m) => (
          <option key={m} value={m}>
            {MEAL_LABELS[m]}
          </option>
        ))}
      </select>
    </div>
  );
}
