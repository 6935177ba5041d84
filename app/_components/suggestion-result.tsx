"use client";

import dynamic from "next/dynamic";
import { useId } from "react";
import { MEAL_LABELS, MINERAL_LABELS, MINERALS } from "@/lib/constants";
import { formatWhole, perWeekWords, runningText } from "@/lib/format";
import type { Analysis } from "@/lib/schema/analysis";
import type { Suggestion } from "@/lib/schema/suggest";
import { errorForPerson } from "../_hooks/fetch-json";
import type { useSuggestions } from "../_hooks/use-suggestions";

const BeforeAfterChart = dynamic(() => import("./before-after-chart"), {
  ssr: false,
  loading: () => <div className="chart chart-loading">Loading chart…</div>,
});

/** The plan: each food with its amount, what it adds and why, swaps, and the before-and-after chart. */
export default function SuggestionResult({
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
        <p>Could not work out suggestions just now ({errorForPerson(state.error)}). Your day is kept.</p>
        <button type="button" onClick={() => state.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (!state.data) return null; // the panel says it is working until there is a plan or an error
  const { suggestions, after, unmet, notes } = state.data;
  const short = MINERALS.filter((m) => unmet[m] !== undefined);
  // Toward the targets: calcium as it counts (the one figure the gaps use), the others as on the label.
  const afterToward = { ...after.totals, calcium: after.calciumCounted };

  if (suggestions.length === 0 && short.length === 0) {
    return <p className="good">Nothing is missing: your day meets all three targets, so there is nothing to add.</p>;
  }
  return (
    <div className="suggestion-result">
      {notes.length > 0 ? (
        <ul className="warning notes" aria-label="About this plan">
          {notes.map((note) => (
            <li key={note}>{runningText(note)}</li>
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
                  {s.amountText}
                  {s.perWeek ? <strong>, {perWeekWords(s.perWeek)}</strong> : null} · {formatWhole(s.kcal)} kcal{s.perWeek ? " a day on average" : ""} · for{" "}
                  {MEAL_LABELS[s.meal].toLowerCase()}
                </p>
                <p className="suggestion-adds">
                  Adds {formatWhole(s.adds.magnesium)} mg magnesium, {formatWhole(s.adds.potassium)} mg potassium,{" "}
                  {formatWhole(s.adds.calciumCounted)} mg calcium
                  {formatWhole(s.adds.calciumCounted) !== formatWhole(s.adds.calcium) ? ` (${formatWhole(s.adds.calcium)} mg on the label)` : ""}
                  {s.perWeek ? " a day on average" : ""}
                </p>
                {s.calciumNote ? <p className="help">{runningText(s.calciumNote)}</p> : null}
                {s.caution ? (
                  <p className="warning" role="note">
                    {s.caution}
                  </p>
                ) : null}
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
                {s.alternatives
                  .filter((alt) => alt.caution)
                  .map((alt) => (
                    <p key={alt.foodId} className="help">
                      {alt.caution}
                    </p>
                  ))}
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
        <BeforeAfterChart analysis={analysis} afterTotals={afterToward} />
        <ul className="sr-only">
          {MINERALS.map((m) => (
            <li key={m}>
              {MINERAL_LABELS[m]}: {Math.round(analysis.percent[m])}% now,{" "}
              {Math.round((afterToward[m] / analysis.targets[m].amount) * 100)}% with the suggestions.
            </li>
          ))}
        </ul>
      </figure>
    </div>
  );
}
