"use client";

import { formatAmount, formatWhole } from "@/lib/format";
import { MAX_ENTRY_GRAMS, MEAL_LABELS } from "@/lib/constants";
import type { Meal, ParsedAlternative, ParsedEntry, ParseResponse } from "@/lib/schema";
import { previewItems, shownFood, type PreviewEdits, type PreviewItem } from "./quick-add-edits";

/** "Bread, white, commercially prepared (includes …)" -> "Bread, white": enough to recognise an ingredient. */
const shortName = (name: string) => name.split(/,\s*/).slice(0, 2).join(", ").replace(/\s*\(.*$/, "");

type Props = { parsed: ParseResponse; edits: PreviewEdits; onEdit: (edits: PreviewEdits) => void; defaultMeal: Meal };

/** The table of what was read, loaded with the first words typed (app/_components/quick-add.tsx). */
export default function QuickAddPreview({ parsed, edits, onEdit, defaultMeal }: Props) {
  const { entries } = parsed;
  const removed = new Set(edits.removed);
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

  function foodRow(index: number) {
    const entry = entries[index]!;
    const food = shownFood(entry, edits, index);
    const options = [entry, ...entry.alternatives];
    const others = options.filter((alt) => alt.foodId !== food.foodId).slice(0, 3);
    const low = entry.confidence === "low" && !edits.chosen[index];
    return (
      <tr key={`food-${index}`} className={low ? "low" : undefined}>
        <td className="wrote">{entry.text}</td>
        <td>
          <span className="wrote-inline">“{entry.text}”</span>
          {low ? <strong className="badge">Not sure</strong> : null} {food.name}
          <span className="muted-inline"> ({food.portion ? `${formatAmount(food.amount)} × ${food.portion}` : `${formatWhole(food.grams)} g`})</span>
          {edits.chosen[index] ? <span className="row-note">Your choice, instead of {entry.name}.</span> : entry.note ? <span className="row-note">{entry.note}</span> : null}
          {low && others.length > 0 ? (
            <span className="swaps">
              Did you mean:{" "}
              {others.map((alt) => (
                <button key={alt.foodId} type="button" className="link-button" aria-label={`Use ${alt.name} for “${entry.text}”`} onClick={() => choose(index, alt)}>
                  {alt.name}
                </button>
              ))}
            </span>
          ) : null}
          {!low && options.length > 1 ? (
            <select
              className="swap-select"
              aria-label={`Food for “${entry.text}”`}
              value={food.foodId}
              onChange={(event) => choose(index, options.find((alt) => alt.foodId === event.target.value)!)}
            >
              {options.map((alt) => (
                <option key={alt.foodId} value={alt.foodId}>
                  {alt.name}
                </option>
              ))}
            </select>
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
            value={edits.grams[index] ?? String(food.grams)}
            onChange={(event) => onEdit({ ...edits, grams: { ...edits.grams, [index]: event.target.value } })}
          />
        </td>
        <td>
          <button type="button" className="remove" aria-label={`Leave out ${food.name}`} onClick={() => onEdit({ ...edits, removed: [...edits.removed, index] })}>
            ✕
          </button>
        </td>
      </tr>
    );
  }

  /** A dish is one row: its ingredients are listed, and edited in the day once added. */
  function dishRow(item: Extract<PreviewItem, { kind: "dish" }>) {
    const first = entries[item.indices[0]!]!;
    const grams = item.indices.reduce((sum, i) => sum + entries[i]!.grams, 0);
    const low = first.confidence === "low";
    return (
      <tr key={`dish-${item.indices[0]}`} className={low ? "dish low" : "dish"}>
        <td className="wrote">{item.text}</td>
        <td>
          <span className="wrote-inline">“{item.text}”</span>
          {low ? <strong className="badge">Not sure</strong> : null} <strong>{item.recipe}</strong>
          <span className="muted-inline"> (dish, {formatWhole(grams)} g)</span>
          <span className="row-note">
            {item.indices.map((i) => `${shortName(entries[i]!.name)} ${formatWhole(entries[i]!.grams)} g`).join(" · ")}
          </span>
          {first.note ? <span className="row-note">{first.note}</span> : null}
        </td>
        <td>{mealOf(first)}</td>
        <td className="muted-inline">{formatWhole(grams)} g</td>
        <td>
          <button type="button" className="remove" aria-label={`Leave out ${item.recipe}`} onClick={() => onEdit({ ...edits, removed: [...edits.removed, ...item.indices] })}>
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
        {previewItems(entries).flatMap((item) => {
          if (item.kind === "food") return removed.has(item.index) ? [] : [foodRow(item.index)];
          return item.indices.every((i) => removed.has(i)) ? [] : [dishRow(item)];
        })}
      </tbody>
    </table>
  );
}
