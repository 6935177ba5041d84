"use client";

import { useId } from "react";
import { MEAL_LABELS, MEALS, oneOf } from "@/lib/constants";
import type { Meal } from "@/lib/schema/day";

/** Which meal new foods go to. */
type Props = { label: string; value: Meal; onChange: (meal: Meal) => void; className?: string; help?: string };

export function MealSelect({ label, value, onChange, className = "field", help }: Props) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={help ? `${id}-help` : undefined} onChange={(event) => onChange(oneOf(MEALS, event.target.value))}>
        {MEALS.map((m) => (
          <option key={m} value={m}>
            {MEAL_LABELS[m]}
          </option>
        ))}
      </select>
      {help ? (
        <span id={`${id}-help`} className="help-inline">
          {help}
        </span>
      ) : null}
    </div>
  );
}
