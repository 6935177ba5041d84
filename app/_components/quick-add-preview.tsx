"use client";

import { useId, useState } from "react";
import { typicalPortion } from "@/lib/food/portions";
import { formatAmount, formatGrams, formatWhole, perWeekWords, runningText } from "@/lib/format";
import { MAX_ENTRY_GRAMS, MEAL_LABELS } from "@/lib/constants";
import type { Meal } from "@/lib/schema/day";
import type { Food } from "@/lib/schema/food";
import type { ParsedAlternative, ParsedEntry, ParseResponse } from "@/lib/schema/parse";
import { FoodSearch } from "./food-search";
import type { ParsedRow } from "@/lib/parse/rows";
import { shownFood, type PreviewEdits, type RowState } from "./quick-add-edits";
import { FoodName, useShownName } from "./food-name";

/** ", 2 days a week" after a row's amount when the text said how often (the amount is one serving); else nothing. */
const often = (entry: ParsedEntry) => (entry.perWeek ? `, ${perWeekWords(entry.perWeek)}` : "");

/** `states` are `parsed`'s rows under `edits` (quick-add-edits.ts's rowStates), worked out once by the box. */
type Props = { parsed: ParseResponse; states: readonly RowState[]; edits: PreviewEdits; onEdit: (edits: PreviewEdits) => void; defaultMeal: Meal };

/** The table of what was read, loaded with the first words typed (app/_components/quick-add.tsx). */
export default function QuickAddPreview({ parsed, states, edits, onEdit, defaultMeal }: Props) {
  const { entries } = parsed;
  const mealOf = (entry: ParsedEntry) => MEAL_LABELS[entry.meal ?? defaultMeal];

  function choose(index: number, alt: ParsedAlternative) {
    const entry = entries[index]!;
    const chosen = { ...edits.chosen };
    if (alt.foodId === entry.foodId) delete chosen[index];
    else chosen[index] = alt;
    const grams = { ...edits.grams };
    delete grams[index];
    onEdit({ ...edits, chosen, grams });
  }

  // A toggle, so that focus stays on it once pressed (and a second press takes the confirmation back).
  const toggleConfirm = (index: number) =>
    onEdit({ ...edits, confirmed: edits.confirmed.includes(index) ? edits.confirmed.filter((i) => i !== index) : [...edits.confirmed, index] });
  const leaveOut = (indices: number[]) => onEdit({ ...edits, removed: [...edits.removed, ...indices] });

  function foodRow(state: RowState, index: number) {
    const entry = entries[index]!;
    const food = shownFood(entry, edits, index);
    const options = [entry, ...entry.alternatives];
    const others = options.filter((alt) => alt.foodId !== food.foodId).slice(0, 3);
    const waiting = state.waiting;
    const settled = entry.check !== null && waiting === null;
    const typedGrams = edits.grams[index];
    const grams = typedGrams !== undefined && state.gramsProblem === null ? Number(typedGrams) : food.grams;
    return (
      <tr key={`food-${index}`} className={waiting ? "low waiting" : undefined}>
        <td className="wrote">{entry.text}</td>
        <td>
          <span className="wrote-inline">“{entry.text}”</span>
          <Badges entry={entry} waiting={waiting} settled={settled} chosen={edits.chosen[index] !== undefined} /> <FoodName food={food} />
          <span className="muted-inline"> ({typedGrams !== undefined && state.gramsProblem === null ? formatGrams(grams) : food.portion ? `${formatAmount(food.amount)} × ${food.portion}` : formatGrams(food.grams)}{often(entry)})</span>
          {edits.chosen[index] ? <span className="row-note">Your choice, instead of {entry.everydayName}.</span> : entry.note ? <span className="row-note">{runningText(entry.note)}</span> : null}
          {entry.confidence === "low" && !edits.chosen[index] && others.length > 0 ? (
            <span className="swaps">
              Did you mean:{" "}
              {others.map((alt) => (
                <button key={alt.foodId} type="button" className="link-button" aria-label={`Use ${alt.name} for “${entry.text}”`} onClick={() => choose(index, alt)}>
                  {alt.everydayName}
                </button>
              ))}
            </span>
          ) : null}
          {entry.confidence !== "low" && options.length > 1 ? (
            <select
              className="swap-select"
              aria-label={`Food for “${entry.text}”`}
              value={food.foodId}
              onChange={(event) => choose(index, options.find((alt) => alt.foodId === event.target.value)!)}
            >
              {options.map((alt) => (
                <option key={alt.foodId} value={alt.foodId}>
                  {alt.everydayName}
                </option>
              ))}
            </select>
          ) : null}
          {entry.check === "food" ? <SearchAnother entry={entry} onPick={(alt) => choose(index, alt)} /> : null}
          {waiting || edits.confirmed.includes(index) ? (
            <ConfirmToggle
              label={entry.check === "amount" ? `Confirm ${formatWhole(grams)} g of ${food.name}` : `Confirm ${food.name} for “${entry.text}”`}
              pressed={edits.confirmed.includes(index)}
              onToggle={() => toggleConfirm(index)}
            />
          ) : null}
        </td>
        <td>{mealOf(entry)}</td>
        <td>
          <input
            type="number"
            min={0}
            max={MAX_ENTRY_GRAMS}
            step="any"
            className="grams-input"
            aria-label={`Grams of ${food.name}`}
            aria-invalid={state.gramsProblem !== null}
            aria-describedby={state.gramsProblem ? `grams-problem-${index}` : undefined}
            value={typedGrams ?? String(food.grams)}
            onChange={(event) => onEdit({ ...edits, grams: { ...edits.grams, [index]: event.target.value } })}
          />
          {state.gramsProblem ? (
            <span id={`grams-problem-${index}`} className="field-error" role="alert">
              {state.gramsProblem}
            </span>
          ) : null}
        </td>
        <td>
          <button type="button" className="remove" aria-label={`Leave out ${food.name}`} onClick={() => leaveOut([index])}>
            ✕
          </button>
        </td>
      </tr>
    );
  }

  /** A dish is one row: its ingredients are listed, and edited in the day once added. */
  function dishRow(state: RowState, item: Extract<ParsedRow, { kind: "dish" }>) {
    const first = entries[item.indices[0]!]!;
    const grams = item.indices.reduce((sum, i) => sum + entries[i]!.grams, 0);
    const waiting = state.waiting;
    return (
      <tr key={`dish-${item.indices[0]}`} className={waiting ? "dish low waiting" : "dish"}>
        <td className="wrote">{item.text}</td>
        <td>
          <span className="wrote-inline">“{item.text}”</span>
          <Badges entry={first} waiting={waiting} settled={first.check !== null && waiting === null} chosen={false} /> <strong>{item.recipe}</strong>
          <span className="muted-inline"> (dish, {formatWhole(grams)} g{often(first)})</span>
          <span className="row-note">
            {item.indices.map((i) => `${entries[i]!.everydayName} ${formatGrams(entries[i]!.grams)}`).join(" · ")}
          </span>
          {/* A doubtful dish carries its note on every ingredient: it is said once. */}
          {[...new Set(item.indices.map((i) => entries[i]!.note).filter(Boolean))].map((note) => (
            <span key={note} className="row-note">
              {runningText(note!)}
            </span>
          ))}
          {waiting || edits.confirmed.includes(item.indices[0]!) ? (
            <ConfirmToggle
              label={first.check === "amount" ? `Confirm ${formatWhole(grams)} g of ${item.recipe}` : `Confirm ${item.recipe} for “${item.text}”`}
              pressed={edits.confirmed.includes(item.indices[0]!)}
              onToggle={() => toggleConfirm(item.indices[0]!)}
            />
          ) : null}
        </td>
        <td>{mealOf(first)}</td>
        <td className="muted-inline">{formatWhole(grams)} g</td>
        <td>
          <button type="button" className="remove" aria-label={`Leave out ${item.recipe}`} onClick={() => leaveOut(item.indices)}>
            ✕
          </button>
        </td>
      </tr>
    );
  }

  return (
    <table className="preview">
      <caption>Quick add preview: check the foods and amounts before adding</caption>
      <thead>
        <tr>
          <th scope="col" className="wrote">
            You wrote
          </th>
          <th scope="col">Food</th>
          <th scope="col">Meal</th>
          <th scope="col">Grams</th>
          <th scope="col">
            <span className="sr-only">Leave out</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {states.flatMap((state) => {
          if (state.removed) return [];
          const { item } = state;
          return item.kind === "food" ? [foodRow(state, item.index)] : [dishRow(state, item)];
        })}
      </tbody>
    </table>
  );
}

/** "Confirm", pressed once the person has confirmed the row as it is shown. */
function ConfirmToggle({ label, pressed, onToggle }: { label: string; pressed: boolean; onToggle: () => void }) {
  return (
    <button type="button" className={pressed ? "small confirm secondary" : "small confirm"} aria-label={label} aria-pressed={pressed} onClick={onToggle}>
      {pressed ? "Confirmed ✓" : "Confirm"}
    </button>
  );
}

/** What the row is waiting for, or what the person settled. */
function Badges({ entry, waiting, settled, chosen }: { entry: ParsedEntry; waiting: RowState["waiting"]; settled: boolean; chosen: boolean }) {
  if (waiting === "amount") return <strong className="badge">Check this amount</strong>;
  if (waiting === "food") return <strong className="badge">Not sure</strong>;
  if (settled) return <strong className="badge ok">{chosen ? "Your choice" : entry.check === "amount" ? "Amount confirmed" : "Confirmed"}</strong>;
  return null;
}

/**
 * A closest match may be none of its alternatives: search the table for the food meant. It comes at the same count of
 * its own typical portion when the words gave a count ("a samosa"), else at the same grams ("200 g samosa").
 */
function SearchAnother({ entry, onPick }: { entry: ParsedEntry; onPick: (alt: ParsedAlternative) => void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const shownName = useShownName();
  if (!open) {
    return (
      <button type="button" className="link-button search-another" aria-label={`Search another food for “${entry.text}”`} onClick={() => setOpen(true)}>
        Search another food
      </button>
    );
  }
  function pick(food: Food) {
    const portion = entry.portion !== null ? typicalPortion(food) : null;
    const names = { foodId: food.id, name: food.name, everydayName: shownName(food) };
    onPick(
      portion
        ? { ...names, amount: entry.amount, portion: portion.label, grams: entry.amount * portion.grams }
        : { ...names, amount: entry.grams, portion: null, grams: entry.grams },
    );
  }
  return (
    <div id={id} className="search-another-box">
      <FoodSearch label={`Search the table for “${entry.text}”`} placeholder="Type the food's name" onPick={pick} />
    </div>
  );
}
