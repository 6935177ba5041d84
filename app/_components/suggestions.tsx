"use client";

import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { toAnalyzeRequest } from "@/lib/day";
import { formatWhole } from "@/lib/format";
import {
  DietSchema,
  EXCLUDABLE,
  MEAL_LABELS,
  MINERAL_LABELS,
  MINERALS,
  ObjectiveSchema,
  type Analysis,
  type Day,
  type Diet,
  type Objective,
  type Suggestion,
} from "@/lib/schema";
import { useSuggestions } from "../_hooks/use-suggestions";

const BeforeAfterChart = dynamic(() => import("./before-after-chart"), {
  ssr: false,
  loading: () => <div className="chart chart-loading">Loading chart…</div>,
});

const EXCLUDE_LABELS: Record<(typeof EXCLUDABLE)[number], string> = {
  dairy: "Dairy-free",
  nuts: "Nut-free",
  fish: "Fish-free",
  soy: "Soy-free",
  gluten: "Gluten-free",
};

type Props = { day: Day; analysis: Analysis; onAdd: (suggestions: Suggestion[]) => void };

/** A swap the person made: the food taken out of the plan and the one kept in its place. */
type Swap = { out: string; in: string };

/** "What should I add?": the fewest realistic servings of the article's foods that close every gap. */
export function Suggestions({ day, analysis, onAdd }: Props) {
  const id = useId();
  const [diet, setDiet] = useState<Diet>("omnivore");
  const [excluded, setExcluded] = useState<string[]>([]);
  const [excludedFoods, setExcludedFoods] = useState("");
  const [objective, setObjective] = useState<Objective>("kcal");
  const [asked, setAsked] = useState(false);
  const [swaps, setSwaps] = useState<Swap[]>([]);
  const names = excludedFoods.split(/[,;\n]/).map((name) => name.trim()).filter(Boolean).slice(0, 40);
  // A swap re-solves the plan with the chosen food kept and the one it replaced left out.
  const kept = swaps.map((swap) => swap.in).filter((foodId) => !swaps.some((swap) => swap.out === foodId));
  const request = {
    ...toAnalyzeRequest(day),
    diet,
    exclude: [...excluded, ...names, ...swaps.map((swap) => swap.out)],
    objective,
    include: [...new Set(kept)].slice(-5),
  };
  const suggestions = useSuggestions(request, asked);

  return (
    <div className="suggestions">
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-diet`}>Diet</label>
          <select id={`${id}-diet`} value={diet} onChange={(event) => setDiet(DietSchema.parse(event.target.value))}>
            <option value="omnivore">Everything</option>
            <option value="vegetarian">Vegetarian</option>
            <option value="vegan">Vegan</option>
          </select>
        </div>
        <fieldset className="checks">
          <legend>Leave out</legend>
          {EXCLUDABLE.map((tag) => (
            <label key={tag} className="check">
              <input
                type="checkbox"
                checked={excluded.includes(tag)}
                onChange={(event) =>
                  setExcluded((current) => (event.target.checked ? [...current, tag] : current.filter((t) => t !== tag)))
                }
              />
              {EXCLUDE_LABELS[tag]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-foods`}>Foods to leave out</label>
          <input
            id={`${id}-foods`}
            type="text"
            placeholder="e.g. walnuts, beets"
            maxLength={500}
            value={excludedFoods}
            onChange={(event) => setExcludedFoods(event.target.value)}
          />
        </div>
        <fieldset className="checks">
          <legend>Choose for</legend>
          {(["kcal", "changes"] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={`${id}-objective`}
                value={value}
                checked={objective === value}
                onChange={(event) => setObjective(ObjectiveSchema.parse(event.target.value))}
              />
              {value === "kcal" ? "Fewest calories" : "Fewest changes"}
            </label>
          ))}
        </fieldset>
      </div>
      <button type="button" onClick={() => setAsked(true)} disabled={asked && suggestions.isFetching}>
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
      {asked ? (
        <SuggestionResult
          state={suggestions}
          analysis={analysis}
          onAdd={onAdd}
          onSwap={(out, chosen) => setSwaps((current) => [...current.filter((swap) => swap.in !== out), { out, in: chosen }])}
        />
      ) : null}
    </div>
  );
}

function SuggestionResult({
  state,
  analysis,
  onAdd,
  onSwap,
}: {
  state: ReturnType<typeof useSuggestions>;
  analysis: Analysis;
  onAdd: (suggestions: Suggestion[]) => void;
  onSwap: (out: string, chosen: string) => void;
}) {
  const id = useId();
  if (state.isError && !state.data) {
    return (
      <div className="alert" role="alert">
        <p>Could not work out suggestions just now ({state.error.message}). Your day is kept.</p>
        <button type="button" onClick={() => state.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (!state.data) return <p className="help">Finding the fewest foods that close your gaps…</p>;
  const { suggestions, after, unmet, notes } = state.data;
  const short = MINERALS.filter((m) => unmet[m] !== undefined);

  if (suggestions.length === 0 && short.length === 0) {
    return <p className="good">Nothing is missing: your day meets all three targets, so there is nothing to add.</p>;
  }
  return (
    <div className="suggestion-result">
      {notes.length > 0 ? (
        <ul className="warning notes" aria-label="About this plan">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {suggestions.length > 0 ? (
        <>
          <ul className="suggestion-list" aria-label="Suggestions">
            {suggestions.map((s) => (
              <li key={s.foodId} className="suggestion">
                <div className="suggestion-head">
                  <span className="suggestion-name" id={`${id}-${s.foodId}`}>
                    {s.name}
                  </span>
                  <button type="button" aria-label={`Add ${s.name} to ${MEAL_LABELS[s.meal].toLowerCase()}`} onClick={() => onAdd([s])}>
                    Add
                  </button>
                </div>
                <p className="suggestion-serving">
                  {s.amountText} · {formatWhole(s.kcal)} kcal · for {MEAL_LABELS[s.meal].toLowerCase()}
                </p>
                <p className="suggestion-adds">
                  Adds {formatWhole(s.adds.magnesium)} mg magnesium, {formatWhole(s.adds.potassium)} mg potassium,{" "}
                  {formatWhole(s.adds.calcium)} mg calcium
                  {Math.abs(s.adds.calciumAbsorbable - s.adds.calcium) > 0.1 * Math.max(s.adds.calcium, 1)
                    ? ` (counts as ${formatWhole(s.adds.calciumAbsorbable)} mg, as absorbed)`
                    : ""}
                </p>
                {s.calciumNote ? <p className="help">{s.calciumNote}</p> : null}
                <p className="help">
                  {s.why} Article section: “{s.source}”.
                </p>
                {s.alternatives.length > 0 ? (
                  <p className="swaps-line">
                    Or instead:{" "}
                    {s.alternatives.map((alt) => (
                      <button
                        key={alt.foodId}
                        type="button"
                        className="secondary small"
                        aria-label={`Swap ${s.name} for ${alt.name}`}
                        onClick={() => onSwap(s.foodId, alt.foodId)}
                      >
                        {alt.amountText.replace(/ \(.*\)$/, "")}
                      </button>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => onAdd(suggestions)}>
            Add all
          </button>
        </>
      ) : null}
      {short.length > 0 ? (
        <p className="warning" role="note">
          Still short of {short.map((m) => `${MINERAL_LABELS[m].toLowerCase()} by ${formatWhole(unmet[m]!)} mg`).join(" and ")}.
        </p>
      ) : null}
      <figure className="figure" aria-labelledby={`${id}-before-after`}>
        <figcaption id={`${id}-before-after`}>Before and after the suggestions (% of target)</figcaption>
        <BeforeAfterChart analysis={analysis} afterTotals={after.totals} />
        <ul className="sr-only">
          {MINERALS.map((m) => (
            <li key={m}>
              {MINERAL_LABELS[m]}: {Math.round(analysis.percent[m])}% now,{" "}
              {Math.round((after.totals[m] / analysis.targets[m].amount) * 100)}% with the suggestions.
            </li>
          ))}
        </ul>
      </figure>
    </div>
  );
}
