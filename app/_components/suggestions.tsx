"use client";

import dynamic from "next/dynamic";
import { useEffect, useId, useRef, useState } from "react";
import { allEntries, toViewRequest, viewDayIndex, type DayView } from "@/lib/day/day";
import { listWords } from "@/lib/format";
import { DIETS, EXCLUDABLE, MEAL_LABELS, MEALS, oneOf, OBJECTIVES, SUGGEST_LIMITS } from "@/lib/constants";
import type { Analysis } from "@/lib/schema/analysis";
import type { Day, Meal } from "@/lib/schema/day";
import type { Diet, Objective, Suggestion } from "@/lib/schema/suggest";
import { useSuggestions } from "../_hooks/use-suggestions";
import { CheckGroup } from "./check-group";

const FINDING = "Finding the fewest foods that close your gaps…";

// The plan's list and chart load when the person first asks for suggestions, alongside the request itself.
const loadResult = () => import("./suggestion-result");
const SuggestionResult = dynamic(loadResult, { loading: () => <p className="help">{FINDING}</p> });

const EXCLUDE_LABELS: Record<(typeof EXCLUDABLE)[number], string> = {
  dairy: "Dairy-free",
  nuts: "Nut-free",
  fish: "Fish-free",
  soy: "Soy-free",
  gluten: "Gluten-free",
};

/** `view`: the plan is for one recorded day, or for the average of them all (the usual day). */
type Props = { day: Day; view: DayView; analysis: Analysis; onAdd: (suggestions: Suggestion[]) => void };

/** A swap the person made: the food taken out of the plan and the one kept in its place. */
type Swap = { out: string; in: string };

/** "What should I add?": the fewest realistic servings of the article's foods that close every gap. */
export function Suggestions({ day, view, analysis, onAdd }: Props) {
  const id = useId();
  const [diet, setDiet] = useState<Diet>("omnivore");
  const [excluded, setExcluded] = useState<string[]>([]);
  const [excludedFoods, setExcludedFoods] = useState("");
  const [objective, setObjective] = useState<Objective>("kcal");
  const [asked, setAsked] = useState(false);
  const [swaps, setSwaps] = useState<Swap[]>([]);
  const [picked, setPicked] = useState<Meal[]>([]);
  // Suggestions go to the meals the day has; a meal with no foods yet is used only when the person ticks it.
  const index = viewDayIndex(day, view);
  const entries = index === null ? allEntries(day) : day.days[index]!.entries;
  const emptyMeals = entries.length === 0 ? [] : MEALS.filter((meal) => !entries.some((entry) => entry.meal === meal));
  const names = excludedFoods.split(/[,;\n]/).map((name) => name.trim()).filter(Boolean).slice(0, 40);
  // A swap re-solves the plan with the chosen food kept and the one it replaced left out.
  const kept = swaps.map((swap) => swap.in).filter((foodId) => !swaps.some((swap) => swap.out === foodId));
  const request = {
    ...toViewRequest(day, view),
    diet,
    exclude: [...excluded, ...names, ...swaps.map((swap) => swap.out)],
    objective,
    include: [...new Set(kept)].slice(-SUGGEST_LIMITS.keptFoods),
    pickedMeals: picked.filter((meal) => emptyMeals.includes(meal)),
  };
  const suggestions = useSuggestions(request, asked);
  // After "Suggest foods", focus goes to the plan when it arrives (on a phone it is below the fold; with a keyboard
  // it would otherwise stay on the button, or drop to the top of the page when the button is disabled).
  const focusPending = useRef(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const arrived = asked && !suggestions.isFetching && (suggestions.data !== undefined || suggestions.isError);
  useEffect(() => {
    if (!focusPending.current || !arrived || !resultRef.current) return;
    focusPending.current = false;
    resultRef.current.focus();
  });
  // What each typed word took out, as the server read it: "nothing called 'xyz'" rather than a silent no-op.
  const readBack = (suggestions.data?.excluded ?? []).filter((e) => names.some((name) => name.toLowerCase() === e.term.toLowerCase()));
  const unknown = readBack.filter((e) => e.matched === 0);
  const known = readBack.filter((e) => e.matched > 0);

  return (
    <div className="suggestions">
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-diet`}>Diet</label>
          <select id={`${id}-diet`} value={diet} onChange={(event) => setDiet(oneOf(DIETS, event.target.value))}>
            <option value="omnivore">Everything</option>
            <option value="vegetarian">Vegetarian</option>
            <option value="vegan">Vegan</option>
          </select>
        </div>
        <CheckGroup legend="Leave out" options={EXCLUDABLE} labels={EXCLUDE_LABELS} chosen={excluded} onChange={setExcluded} />
        <div className="field">
          <label htmlFor={`${id}-foods`}>Foods to leave out</label>
          <input
            id={`${id}-foods`}
            type="text"
            placeholder="e.g. walnuts, beets"
            maxLength={SUGGEST_LIMITS.excludeTextChars}
            value={excludedFoods}
            onChange={(event) => setExcludedFoods(event.target.value)}
            aria-describedby={readBack.length > 0 ? `${id}-foods-read` : undefined}
          />
          {readBack.length > 0 ? (
            <p id={`${id}-foods-read`} className="help" role="status">
              {known.length > 0 ? `Leaving out ${listWords(known.map((e) => `${e.term} (${e.matched} ${e.matched === 1 ? "food" : "foods"})`))}. ` : ""}
              {unknown.map((e) => `Nothing called “${e.term}” to leave out.`).join(" ")}
            </p>
          ) : null}
        </div>
        {emptyMeals.length > 0 ? (
          <CheckGroup legend="Also suggest for meals with no foods yet" options={emptyMeals} labels={MEAL_LABELS} chosen={picked} onChange={setPicked} />
        ) : null}
        <fieldset className="checks">
          <legend>Choose for</legend>
          {(["kcal", "changes"] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={`${id}-objective`}
                value={value}
                checked={objective === value}
                onChange={(event) => setObjective(oneOf(OBJECTIVES, event.target.value))}
              />
              {value === "kcal" ? "Fewest calories" : "Fewest changes"}
            </label>
          ))}
        </fieldset>
      </div>
      <button
        type="button"
        onClick={() => {
          setAsked(true);
          focusPending.current = true;
          void loadResult();
        }}
        disabled={asked && suggestions.isFetching}
      >
        Suggest foods
      </button>

      {swaps.length > 0 ? (
        <p className="help">
          {swaps.length} {swaps.length === 1 ? "swap" : "swaps"} kept in the plan.{" "}
          <button type="button" className="link-button" onClick={() => setSwaps([])}>
            Undo swaps
          </button>
        </p>
      ) : null}
      {asked && !suggestions.data && !suggestions.isError ? <p className="help">{FINDING}</p> : null}
      {asked && (suggestions.data || suggestions.isError) ? (
        <div ref={resultRef} tabIndex={-1} role="region" aria-label="Your plan" className="plan-focus">
          <SuggestionResult
            state={suggestions}
            analysis={analysis}
            onAdd={onAdd}
            onSwap={(out, chosen) => setSwaps((current) => [...current.filter((swap) => swap.in !== out), { out, in: chosen }])}
          />
        </div>
      ) : null}
    </div>
  );
}
