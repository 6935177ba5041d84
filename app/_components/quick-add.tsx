"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { newEntryUid } from "@/lib/day";
import { formatAmount } from "@/lib/format";
import { MAX_ENTRY_GRAMS, MEAL_LABELS, type DayEntry, type Meal, type ParsedEntry } from "@/lib/schema";
import { useDebouncedValue } from "../_hooks/use-debounced-value";
import { parseOptions, useParse } from "../_hooks/use-parse";
import { MealSelect } from "./meal-select";

const MAX_CHARS = 2000;

type Edits = { forText: string; grams: Record<number, string>; removed: number[] };
const noEdits = (forText: string): Edits => ({ forText, grams: {}, removed: [] });

/** Type a day in plain words ("2 bananas, a cup of milk"), check the preview, add the foods. */
export function QuickAdd({ onAdd }: { onAdd: (entries: DayEntry[]) => void }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [meal, setMeal] = useState<Meal>("breakfast");
  const [edits, setEdits] = useState<Edits>(noEdits(""));
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const debounced = useDebouncedValue(text, 300);
  const preview = useParse(debounced);
  const tooLong = text.length > MAX_CHARS;
  const current = edits.forText === debounced ? edits : noEdits(debounced);
  const shown = preview.data && debounced.trim() && !tooLong ? preview.data : null;

  function toEntry(parsed: ParsedEntry, index: number, ed: Edits): DayEntry | null {
    const edited = ed.grams[index];
    const base = { uid: newEntryUid(), meal, foodId: parsed.foodId, name: parsed.name };
    if (edited !== undefined) {
      const grams = Number(edited);
      if (!(grams > 0 && grams <= MAX_ENTRY_GRAMS)) return null;
      return { ...base, amount: grams, portion: null };
    }
    return { ...base, amount: parsed.amount, portion: parsed.portion };
  }

  async function addFoods() {
    if (!text.trim()) return setMessage({ kind: "error", text: "Type what you ate first, e.g. 2 bananas and a cup of milk." });
    if (tooLong) return setMessage({ kind: "error", text: `That is more than ${MAX_CHARS.toLocaleString("en-US")} characters; split it into parts.` });
    let result;
    try {
      result = await queryClient.fetchQuery(parseOptions(text));
    } catch (error) {
      return setMessage({ kind: "error", text: `Could not read the text just now (${(error as Error).message}). It is kept; try again.` });
    }
    const ed = edits.forText === text ? edits : noEdits(text);
    const entries = result.entries.flatMap((parsed, index) => {
      if (ed.removed.includes(index)) return [];
      const entry = toEntry(parsed, index, ed);
      return entry ? [entry] : [];
    });
    if (entries.length === 0) {
      return setMessage({ kind: "error", text: "No foods recognised in that text. Try other words, e.g. “2 bananas”." });
    }
    onAdd(entries);
    const missed = result.unmatched.length > 0 ? ` Not understood: ${result.unmatched.map((u) => `“${u}”`).join(", ")}.` : "";
    setMessage({ kind: "info", text: `Added ${entries.length} ${entries.length === 1 ? "food" : "foods"} to ${MEAL_LABELS[meal].toLowerCase()}.${missed}` });
    setText(result.unmatched.join(", "));
  }

  return (
    <div className="quick-add">
      <div className="field">
        <label htmlFor={`${id}-text`}>Quick add</label>
        <textarea
          id={`${id}-text`}
          rows={2}
          value={text}
          placeholder="e.g. 2 bananas, a cup of milk and 30 g almonds"
          aria-describedby={`${id}-help`}
          aria-invalid={tooLong}
          onChange={(event) => {
            setText(event.target.value);
            setMessage(null);
          }}
        />
        <p id={`${id}-help`} className={tooLong ? "help error" : "help"}>
          {tooLong
            ? `${text.length.toLocaleString("en-US")} characters: at most ${MAX_CHARS.toLocaleString("en-US")}.`
            : "Separate foods with commas, “and”, “+” or new lines. Amounts like 2, ½, a cup, 30 g, a glass, a slice."}
        </p>
      </div>
      <div className="quick-add-actions">
        <MealSelect label="Add to meal" value={meal} onChange={setMeal} />
        <button type="button" onClick={addFoods}>
          Add foods
        </button>
      </div>

      {preview.isError && debounced.trim() ? (
        <p className="alert-text" role="alert">
          Could not read the text just now ({preview.error.message}).{" "}
          <button type="button" className="link-button" onClick={() => preview.refetch()}>
            Retry
          </button>
        </p>
      ) : null}
      {shown && shown.entries.length > 0 ? (
        <table className="preview">
          <caption>Quick add preview: check the amounts before adding</caption>
          <thead>
            <tr>
              <th scope="col">You wrote</th>
              <th scope="col">Food</th>
              <th scope="col">Grams</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.entries.map((entry, index) =>
              current.removed.includes(index) ? null : (
                <tr key={`${index}-${entry.foodId}`}>
                  <td>{entry.text}</td>
                  <td>
                    {entry.name}
                    <span className="muted-inline">
                      {" "}
                      ({entry.portion ? `${formatAmount(entry.amount)} × ${entry.portion}` : `${formatAmount(entry.grams)} g`})
                    </span>
                  </td>
                  <td>
                    <input
                      type="number"
                      min={0}
                      max={MAX_ENTRY_GRAMS}
                      step="any"
                      className="grams-input"
                      aria-label={`Grams of ${entry.name}`}
                      value={current.grams[index] ?? String(entry.grams)}
                      onChange={(event) =>
                        setEdits({ ...current, grams: { ...current.grams, [index]: event.target.value } })
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="remove"
                      aria-label={`Leave out ${entry.name}`}
                      onClick={() => setEdits({ ...current, removed: [...current.removed, index] })}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}
      {shown && shown.unmatched.length > 0 ? (
        <p className="warning" role="note">
          Not understood: {shown.unmatched.map((u) => `“${u}”`).join(", ")}. Try other words or the search box below.
        </p>
      ) : null}
      <p role={message?.kind === "error" ? "alert" : "status"} className={message?.kind === "error" ? "alert-text" : "help"}>
        {message?.text}
      </p>
    </div>
  );
}
