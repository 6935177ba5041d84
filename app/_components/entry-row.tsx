"use client";

import { useId, useState } from "react";
import { amountCheckNote, NOT_AN_AMOUNT, plausibleGrams } from "@/lib/amount-check";
import { entryGrams } from "@/lib/day";
import { formatMg, formatWhole } from "@/lib/format";
import { MAX_ENTRY_GRAMS, MAX_PORTION_AMOUNT } from "@/lib/constants";
import type { DayEntry } from "@/lib/schema";
import { useFood } from "../_hooks/use-food";

type Props = {
  entry: DayEntry;
  onChange: (entry: DayEntry) => void;
  onRemove: () => void;
};

const GRAMS = "__grams__";

/** One food of the day: its amount in grams or household portions, editable, removable. */
export function EntryRow({ entry, onChange, onRemove }: Props) {
  const id = useId();
  const food = useFood(entry.foodId);
  const name = food.data?.name ?? entry.name ?? `Food ${entry.foodId}`;
  const portions = food.data?.portions ?? (entry.portion ? [{ label: entry.portion, grams: NaN }] : []);
  // The amount field keeps what the person typed; only a valid number reaches the day.
  const [amountText, setAmountText] = useState<string | null>(null);
  const max = entry.portion === null ? MAX_ENTRY_GRAMS : MAX_PORTION_AMOUNT;
  const shownAmount = amountText ?? String(entry.amount);
  const typed = Number(shownAmount);
  const amountValid = shownAmount.trim() !== "" && Number.isFinite(typed) && typed > 0 && typed <= max;
  const grams = food.data ? entryGrams(entry, food.data.portions) : entry.portion === null ? entry.amount : undefined;
  // Far past what people eat of this food at once: counted as typed, but asked about until the person confirms it.
  const bound = food.data ? plausibleGrams(food.data) : undefined;
  const toCheck = amountValid && grams !== undefined && bound !== undefined && grams > bound && !entry.amountChecked;
  /** A new amount: a confirmation given for the old one no longer holds. */
  const withAmount = (next: Partial<DayEntry>): DayEntry => {
    const changed: DayEntry = { ...entry, ...next };
    delete changed.amountChecked;
    return changed;
  };

  return (
    <li className="entry">
      <span className="entry-name">{name}</span>
      <div className="entry-amount">
        <input
          id={`${id}-amount`}
          type="number"
          inputMode="decimal"
          min={0}
          max={max}
          step="any"
          aria-label={`Amount of ${name}`}
          aria-invalid={!amountValid}
          aria-describedby={!amountValid || toCheck ? `${id}-amount-note` : undefined}
          value={shownAmount}
          onChange={(event) => {
            const text = event.target.value;
            setAmountText(text);
            const value = Number(text);
            if (text.trim() !== "" && Number.isFinite(value) && value > 0 && value <= max) onChange(withAmount({ amount: value }));
          }}
          onBlur={() => {
            if (amountValid) setAmountText(null);
          }}
        />
        <select
          aria-label={`Unit for ${name}`}
          value={entry.portion ?? GRAMS}
          onChange={(event) => {
            const portion = event.target.value === GRAMS ? null : event.target.value;
            // Switching unit keeps the grams where it can: 1 cup (244 g) becomes 244 g.
            const nextAmount = portion === null ? Math.round(grams ?? 100) : 1;
            setAmountText(null);
            onChange(withAmount({ portion, amount: Math.min(nextAmount, MAX_ENTRY_GRAMS) }));
          }}
        >
          <option value={GRAMS}>g</option>
          {portions.map((portion) => (
            <option key={portion.label} value={portion.label}>
              × {portion.label}
            </option>
          ))}
        </select>
        <button type="button" className="remove" aria-label={`Remove ${name}`} onClick={onRemove}>
          Remove
        </button>
        {grams !== undefined && entry.portion !== null ? <span className="entry-grams">= {formatMg(grams, "g")}</span> : null}
      </div>
      {!amountValid ? (
        <p id={`${id}-amount-note`} className="help error" role="alert">
          {Number(shownAmount) <= 0 && shownAmount.trim() !== "" ? `${NOT_AN_AMOUNT} ` : ""}Enter an amount more than 0 and at most{" "}
          {max.toLocaleString("en-US")}
          {entry.portion === null ? " g" : ""}.
        </p>
      ) : null}
      {toCheck ? (
        <div id={`${id}-amount-note`} className="amount-check" role="status">
          <strong className="badge">Check this amount</strong> {amountCheckNote(grams, bound)}{" "}
          <button type="button" className="small secondary" aria-label={`Yes, ${formatWhole(grams)} g of ${name} is right`} onClick={() => onChange({ ...entry, amountChecked: true })}>
            Yes, {formatWhole(grams)} g is right
          </button>
        </div>
      ) : null}
    </li>
  );
}
