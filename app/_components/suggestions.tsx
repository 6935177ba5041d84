"use client";

import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { toAnalyzeRequest } from "@/lib/day";
import { formatAmount } from "@/lib/format";
import {
  DietSchema,
  EXCLUDABLE,
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

type Props = { day: Day; analysis: Analysis; onAdd: (suggestion: Suggestion) => void };

/** "What should I add?": the fewest realistic servings of the article's foods that close every gap. */
export function Suggestions({ day, analysis, onAdd }: Props) {
  const id = useId();
  const [diet, setDiet] = useState<Diet>("omnivore");
  const [excluded, setExcluded] = useState<string[]>([]);
  const [excludedFoods, setExcludedFoods] = useState("");
  const [objective, setObjective] = useState<Objective>("kcal");
  const [asked, setAsked] = useState(false);
  const names = excludedFoods.split(/[,;\n]/).map((name) => name.trim()).filter(Boolean).slice(0, 40);
  const request = { ...toAnalyzeRequest(day), diet, exclude: [...excluded, ...names], objective };
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
          {(["kcal", "servings"] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={`${id}-objective`}
                value={value}
                checked={objective === value}
                onChange={(event) => setObjective(ObjectiveSchema.parse(event.target.value))}
              />
              {value === "kcal" ? "Fewest calories" : "Fewest servings"}
            </label>
          ))}
        </fieldset>
      </div>
      <button type="button" onClick={() => setAsked(true)} disabled={asked && suggestions.isFetching}>
        Suggest foods
      </button>

      {asked ? <SuggestionResult state={suggestions} analysis={analysis} onAdd={onAdd} /> : null}
    </div>
  );
}

function SuggestionResult({
  state,
  analysis,
  onAdd,
}: {
  state: ReturnType<typeof useSuggestions>;
  analysis: Analysis;
  onAdd: (suggestion: Suggestion) => void;
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
  const { suggestions, after, unmet } = state.data;
  const short = MINERALS.filter((m) => unmet[m] !== undefined);

  if (suggestions.length === 0 && short.length === 0) {
    return <p className="good">Nothing is missing: your day meets all three targets, so there is nothing to add.</p>;
  }
  return (
    <div className="suggestion-result">
      {suggestions.length > 0 ? (
        <ul className="suggestion-list" aria-label="Suggestions">
          {suggestions.map((s) => (
            <li key={s.foodId} className="suggestion">
              <div className="suggestion-head">
                <span className="suggestion-name" id={`${id}-${s.foodId}`}>
                  {s.name}
                </span>
                <button type="button" aria-describedby={`${id}-${s.foodId}`} onClick={() => onAdd(s)}>
                  Add
                </button>
              </div>
              <p className="suggestion-serving">
                {s.servings === 1 ? "" : `${s.servings} × `}
                {s.portion}
                {s.servings === 1 ? "" : ` = ${formatAmount(s.grams)} g`} · {formatAmount(s.kcal)} kcal
              </p>
              <p className="suggestion-adds">
                Adds {MINERALS.map((m) => `${formatAmount(s.adds[m])} mg ${MINERAL_LABELS[m].toLowerCase()}`).join(", ")}
              </p>
              <p className="help">
                {s.why} Article section: “{s.source}”.
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {short.length > 0 ? (
        <p className="warning" role="note">
          With these filters and realistic servings, still short of{" "}
          {short.map((m) => `${MINERAL_LABELS[m].toLowerCase()} by ${formatAmount(unmet[m]!)} mg`).join(" and ")}. Try
          leaving fewer foods out.
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
