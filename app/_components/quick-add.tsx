"use client";

import { useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useId, useRef, useState, type ReactNode } from "react";
import { formatWhole, listWords, runningText } from "@/lib/format";
import { MAX_PARSE_CHARS, MEAL_LABELS, MEALS } from "@/lib/constants";
import type { DayEntry, Meal } from "@/lib/schema/day";
import { errorForPerson } from "../_hooks/fetch-json";
import { useDebouncedValue } from "../_hooks/use-debounced-value";
import { parseOptions, useParse } from "../_hooks/use-parse";
import { MealSelect } from "./meal-select";
import { confirmAssumed, noEdits, rowStates, rowsToAdd, toDayEntries, type PreviewEdits } from "./quick-add-edits";

// The preview table loads when the person starts typing here, while the first words are still being read.
// ssr: false gives it a Suspense boundary of its own, so that its first render never holds back the rest of the page.
const loadPreview = () => import("./quick-add-preview");
const QuickAddPreview = dynamic(loadPreview, { ssr: false });
// What stays in the box after an add (and the how-often reader it needs) loads with the preview, not with the page.
const loadLeftover = () => import("./quick-add-leftover");


const rowsWord = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;

/**
 * Type a day in plain words ("2 bananas, a cup of milk"), check the preview, add the foods. `summary`: the day's
 * minerals in short, shown where the person is once foods are added (the full results are far down on a phone).
 */
export function QuickAdd({ onAdd, summary }: { onAdd: (entries: DayEntry[]) => void; summary?: ReactNode }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [meal, setMeal] = useState<Meal>("breakfast");
  const [edits, setEdits] = useState<PreviewEdits>(noEdits(""));
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const debounced = useDebouncedValue(text, 300);
  const preview = useParse(debounced);
  const tooLong = text.length > MAX_PARSE_CHARS;
  const current = edits.forText === debounced ? edits : noEdits(debounced);
  const shown = preview.data && debounced.trim() && !tooLong ? preview.data : null;
  // While the next text is read, the last preview stays on screen, but its rows are not this text's rows: nothing in
  // it can be confirmed or changed until the new one arrives (an edit is kept by row, for the text it was made on).
  const stale = preview.isPlaceholderData || debounced !== text;
  // What the button will add, and what waits for a look, for the preview on screen.
  const shownEdits = stale ? noEdits(debounced) : current;
  const states = shown ? rowStates(shown, shownEdits) : null;
  const adding = states && !stale ? rowsToAdd(states).length : null;
  const waiting = states && !stale ? states.filter((s) => !s.removed && s.waiting !== null).length : 0;
  const assumedRows = states && !stale ? states.filter((s) => !s.removed && s.waiting === "food").length : 0;

  /** A failed add: say why, and take focus to the first thing to fix (a row to check, else the text). */
  function problem(text: string, where: "text" | "rows") {
    setMessage({ kind: "error", text });
    requestAnimationFrame(() => {
      const row = where === "rows" ? box.current?.querySelector<HTMLElement>(".preview-box tr.waiting button.confirm") : null;
      (row ?? box.current?.querySelector<HTMLElement>("textarea"))?.focus();
    });
  }

  async function addFoods() {
    if (!text.trim()) return problem("Type what you ate first, e.g. 2 bananas and a cup of milk.", "text");
    if (tooLong) return problem(`That is more than ${formatWhole(MAX_PARSE_CHARS)} characters; split it into parts.`, "text");
    let result;
    try {
      result = await queryClient.fetchQuery(parseOptions(text));
    } catch (error) {
      return setMessage({ kind: "error", text: `Could not read the text just now (${errorForPerson(error as Error)}). It is kept; try again.` });
    }
    const ed = edits.forText === text ? edits : noEdits(text);
    const added = toDayEntries(result, ed, meal);
    if ("problem" in added) return problem(added.problem, "rows");
    const waitingRows = added.waiting.length;
    if (added.entries.length === 0) {
      if (waitingRows > 0) {
        return problem(`Nothing to add yet: ${rowsWord(waitingRows)} ${waitingRows === 1 ? "needs" : "need"} a look in the preview. Confirm ${waitingRows === 1 ? "it" : "them"}, pick another food, or leave ${waitingRows === 1 ? "it" : "them"} out.`, "rows");
      }
      return problem("No foods recognised in that text. Try other words, e.g. “2 bananas”.", "text");
    }
    // What is not added stays in the box under its meal's label, for another try.
    let leftover = "";
    if (waitingRows > 0 || result.unmatched.length > 0) {
      try {
        const { leftoverText, mealAtFrom, splitDay } = await loadLeftover();
        leftover = leftoverText(text, result, added.waiting, mealAtFrom(splitDay(text)));
      } catch {
        // The module could not load: the whole text stays in the box, and nothing is added that would then be typed twice.
        return problem("Could not add just now (the page could not load a part it needs). Your text is kept; try again.", "text");
      }
    }
    onAdd(added.entries);
    const meals = MEALS.filter((m) => added.entries.some((e) => e.meal === m)).map((m) => MEAL_LABELS[m].toLowerCase());
    const left = [
      waitingRows > 0 ? `${rowsWord(waitingRows)} to check` : "",
      result.unmatched.length > 0 ? `${result.unmatched.length} not understood (${result.unmatched.map((u) => `“${u}”`).join(", ")})` : "",
    ].filter(Boolean);
    const kept = left.length > 0 ? ` Still in the box: ${listWords(left)}.` : "";
    setMessage({ kind: "info", text: `Added ${added.rows} ${added.rows === 1 ? "food" : "foods"} to ${listWords(meals)}.${kept}` });
    setText(leftover);
  }

  return (
    <div className="quick-add" ref={box}>
      <div className="field">
        <label htmlFor={`${id}-text`}>Quick add</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text}
          placeholder="e.g. 2 bananas, a cup of milk and 30 g almonds"
          aria-describedby={`${id}-help`}
          aria-invalid={tooLong}
          onFocus={() => {
            void loadPreview();
            loadLeftover().catch(() => undefined);
          }}
          onChange={(event) => {
            setText(event.target.value);
            setMessage(null);
          }}
        />
        <p id={`${id}-help`} className={tooLong ? "help error" : "help"}>
          {tooLong
            ? `${formatWhole(text.length)} characters: at most ${formatWhole(MAX_PARSE_CHARS)}.`
            : "Type a whole day if you like: “Breakfast: porridge with milk and a banana. Lunch: tuna sandwich.” Amounts like 2, ½, a cup, 30 g, a glass, a slice; labelled meals go to that meal."}
        </p>
      </div>

      {preview.isError && debounced.trim() ? (
        <p className="alert-text" role="alert">
          Could not read the text just now ({errorForPerson(preview.error)}).{" "}
          <button type="button" className="link-button" onClick={() => preview.refetch()}>
            Retry
          </button>
        </p>
      ) : null}
      {shown && states && shown.entries.length > 0 ? (
        <>
          <p className={waiting > 0 ? "preview-summary waiting" : "preview-summary"} role="status">
            {stale
              ? "Reading what you typed…"
              : waiting > 0
                ? `${rowsWord(waiting)} ${waiting === 1 ? "needs" : "need"} a look: ${waiting === 1 ? "it is" : "they are"} added only once you confirm ${waiting === 1 ? "it" : "them"} or pick another food.`
                : `${rowsWord(adding ?? 0)} ready to add.`}
          </p>
          {assumedRows > 1 ? (
            <p className="preview-actions">
              <button type="button" className="secondary" onClick={() => setEdits(confirmAssumed(states, shownEdits))}>
                Confirm all {assumedRows} rows as shown
              </button>{" "}
              <span className="help">after reading each row’s note: it says what was assumed.</span>
            </p>
          ) : null}
          <fieldset className="plain preview-box" disabled={stale}>
            <QuickAddPreview parsed={shown} states={states} edits={shownEdits} onEdit={setEdits} defaultMeal={meal} />
          </fieldset>
        </>
      ) : null}
      {shown && shown.unmatched.length > 0 ? (
        <div className="warning" role="note">
          <p>Not understood: {shown.unmatched.map((u) => `“${u}”`).join(", ")}. Try other words or the search box below.</p>
          <ul className="reasons">
            {shown.unmatchedReasons.map((u, i) => (
              <li key={i}>
                “{u.text}”: {runningText(u.reason)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* After the preview, so that on a phone it sticks to the bottom of the screen while the preview is read. */}
      <div className={shown && shown.entries.length > 0 ? "quick-add-actions sticky" : "quick-add-actions"}>
        <MealSelect label="Add to meal" value={meal} onChange={setMeal} help="for foods with no meal label" />
        <button type="button" onClick={addFoods}>
          {adding === null ? "Add foods" : `Add foods (${adding})`}
        </button>
      </div>
      <p role={message?.kind === "error" ? "alert" : "status"} className={message?.kind === "error" ? "alert-text" : "help"}>
        {message?.text}
      </p>
      {message?.kind === "info" ? summary : null}
    </div>
  );
}
