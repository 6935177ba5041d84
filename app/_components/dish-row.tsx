"use client";

import { useId, useState } from "react";
import { formatWhole } from "@/lib/format";
import type { DayEntry } from "@/lib/schema/day";
import { EntryRow } from "./entry-row";

type Props = {
  recipe: string;
  entries: readonly DayEntry[];
  /** An ingredient's amount waits for the person's confirmation. */
  toCheck: boolean;
  onChange: (entry: DayEntry) => void;
  onRemove: (entry: DayEntry) => void;
  onRemoveDish: () => void;
};

/** A dish of the day as one row ("Turkey sandwich, 4 ingredients") that opens into its editable ingredients. */
export function DishRow({ recipe, entries, toCheck, onChange, onRemove, onRemoveDish }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  // An amount to check inside a closed dish would go unseen: the dish opens to show it.
  const [shownCheck, setShownCheck] = useState(false);
  if (toCheck && !shownCheck) {
    setShownCheck(true);
    setOpen(true);
  }
  const grams = dishGrams(entries);
  return (
    <li className="entry dish-entry">
      <div className="dish-head">
        <button type="button" className="dish-toggle" aria-expanded={open} aria-controls={`${id}-ingredients`} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? "▾" : "▸"}</span> {recipe}
        </button>
        <span className="entry-grams">
          {entries.length} {entries.length === 1 ? "ingredient" : "ingredients"}
          {grams !== null ? `, ${formatWhole(grams)} g` : ""}
          {toCheck ? (
            <>
              {" "}
              <strong className="badge">Check this amount</strong>
            </>
          ) : null}
        </span>
        <button type="button" className="remove" aria-label={`Remove ${recipe}`} onClick={onRemoveDish}>
          Remove
        </button>
      </div>
      <ul id={`${id}-ingredients`} className="entries ingredients" hidden={!open} aria-label={`Ingredients of ${recipe}`}>
        {entries.map((entry) => (
          <EntryRow key={entry.uid} entry={entry} onChange={onChange} onRemove={() => onRemove(entry)} />
        ))}
      </ul>
    </li>
  );
}

/** The dish's weight when every ingredient is in grams (as parsed dishes are); else only the count is shown. */
function dishGrams(entries: readonly DayEntry[]): number | null {
  return entries.every((entry) => entry.portion === null) ? entries.reduce((sum, entry) => sum + entry.amount, 0) : null;
}
