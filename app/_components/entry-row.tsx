"use client";

import { useId, useState } from "react";
import { amountCheckNote, awaitingCheck, NOT_AN_AMOUNT, plausibleGrams } from "@/lib/day/amount-check";
import { entryGrams } from "@/lib/day/day";
import { formatAmount, formatMg, formatWhole, round, perWeekWords } from "@/lib/format";
import { FORTNIGHTLY, MAX_ENTRY_GRAMS, MAX_PORTION_AMOUNT, MONTHLY } from "@/lib/constants";
import type { DayEntry } from "@/lib/schema/day";
import type { Portion } from "@/lib/schema/food";
import { useFood } from "../_hooks/use-food";
import { FoodName } from "./food-name";

type Props = {
  entry: DayEntry;
  onChange: (entry: DayEntry) => void;
  onRemove: () => void;
};

const GRAMS = "__grams__";

/**
 * The amount in another unit with the same weight: grams to two decimals (a pinch is not 0 g), a count of a measure
 * to two decimals. Past what one entry holds, the switch is refused with why, never capped.
 */
function switchUnit(grams: number | undefined, portion: string | null, portions: readonly Portion[]): { amount: number; problem: string | null } {
  if (grams === undefined || !(grams > 0)) return { amount: 0, problem: "The weight of this amount is not known yet: try again in a moment." };
  if (portion === null) {
    const amount = round(grams, 2);
    return amount > MAX_ENTRY_GRAMS ? { amount, problem: `That is ${formatWhole(grams)} g, more than one entry holds (${formatWhole(MAX_ENTRY_GRAMS)} g): lower the amount first.` } : { amount, problem: null };
  }
  const measure = portions.find((p) => p.label === portion);
  if (!measure || !(measure.grams > 0)) return { amount: 0, problem: "The weight of this measure is not known yet: try again in a moment." };
  const amount = Math.max(0.01, round(grams / measure.grams, 2));
  return amount > MAX_PORTION_AMOUNT ? { amount, problem: `That is ${formatAmount(amount)} × ${portion}, more than ${MAX_PORTION_AMOUNT} of one measure.` } : { amount, problem: null };
}

/** How often a food can be eaten, as the row offers it: every day, or some days a week (a typical day counts a share). */
const PER_WEEK_CHOICES = [7, 6, 5, 4, 3, 2, 1, FORTNIGHTLY, MONTHLY] as const;

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
  // Far past what people eat of this food at once: kept as typed, counted in no total until the person confirms it.
  const bound = food.data ? plausibleGrams(food.data) : undefined;
  const toCheck = amountValid && food.data !== undefined && awaitingCheck(entry, food.data);
  const [unitProblem, setUnitProblem] = useState<string | null>(null);
  /** A new amount: a confirmation given for the old one no longer holds. */
  const withAmount = (next: Partial<DayEntry>): DayEntry => {
    const changed: DayEntry = { ...entry, ...next };
    delete changed.amountChecked;
    return changed;
  };

  return (
    <li className="entry">
      <div className="entry-name">{food.data ? <FoodName food={food.data} /> : name}</div>
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
          className="entry-unit"
          aria-label={`Unit for ${name}`}
          value={entry.portion ?? GRAMS}
          onChange={(event) => {
            const portion = event.target.value === GRAMS ? null : event.target.value;
            const switched = switchUnit(grams, portion, portions);
            setUnitProblem(switched.problem);
            if (switched.problem !== null) return;
            setAmountText(null);
            // The same weight in the new unit, so the totals do not move: 1 cup (244 g) is 244 g; 200 g is 0.82 cup.
            onChange({ ...withAmount({ portion, amount: switched.amount }), ...(entry.amountChecked ? { amountChecked: true as const } : {}) });
          }}
        >
          <option value={GRAMS}>g</option>
          {portions.map((portion) => (
            <option key={portion.label} value={portion.label}>
              × {portion.label}
            </option>
          ))}
        </select>
        <select
          className="entry-often"
          aria-label={`How often, ${name}`}
          value={String(entry.perWeek ?? 7)}
          onChange={(event) => {
            const perWeek = Number(event.target.value);
            const changed = { ...entry };
            delete changed.perWeek;
            onChange(perWeek < 7 ? { ...changed, perWeek } : changed);
          }}
        >
          {[...new Set([...PER_WEEK_CHOICES, entry.perWeek ?? 7])].sort((a, b) => b - a).map((perWeek) => (
            <option key={perWeek} value={String(perWeek)}>
              {perWeekWords(perWeek)}
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
          {Number(shownAmount) <= 0 && shownAmount.trim() !== ""
            ? `${NOT_AN_AMOUNT} Your day keeps ${formatAmount(entry.amount)}${entry.portion === null ? " g" : ""} until then.`
            : `Enter an amount more than 0 and at most ${formatWhole(max)}${entry.portion === null ? " g" : ""}.`}
        </p>
      ) : null}
      {unitProblem ? (
        <p className="help error" role="alert">
          {unitProblem}
        </p>
      ) : null}
      {toCheck && grams !== undefined && bound !== undefined ? (
        <div id={`${id}-amount-note`} className="amount-check" role="status">
          <strong className="badge">Check this amount</strong> {amountCheckNote(grams, bound)} It is not counted until you confirm it.{" "}
          <button
            type="button"
            className="small secondary"
            aria-label={`Yes, ${formatWhole(grams)} g of ${name} is right`}
            onClick={() => {
              onChange({ ...entry, amountChecked: true });
              // The button goes once confirmed: focus stays with the amount it was about.
              document.getElementById(`${id}-amount`)?.focus();
            }}
          >
            Yes, {formatWhole(grams)} g is right
          </button>
        </div>
      ) : null}
    </li>
  );
}
