"use client";

// The results card's parts around the numbers: which days they are for, and the analysis with its loading and
// retry states.
import { useEffect } from "react";
import type { Condition } from "@/lib/schema/day";
import { errorForPerson } from "../_hooks/fetch-json";
import type { useAnalysis } from "../_hooks/use-analysis";
import { MineralResults, preloadAbsorbedNote } from "./mineral-results";

/** Whether the results are for the average of the days or for the day shown. */
export function ResultsFor({ days, label, value, onChange }: { days: number; label: string; value: "average" | "day"; onChange: (value: "average" | "day") => void }) {
  return (
    <fieldset className="checks results-for">
      <legend>Results for</legend>
      <label className="check">
        <input type="radio" name="results-for" checked={value === "average"} onChange={() => onChange("average")} />
        Average of {days} days
      </label>
      <label className="check">
        <input type="radio" name="results-for" checked={value === "day"} onChange={() => onChange("day")} />
        {label} only
      </label>
    </fieldset>
  );
}

export function AnalysisView({
  analysis,
  hasEntries,
  conditions,
}: {
  analysis: ReturnType<typeof useAnalysis>;
  hasEntries: boolean;
  conditions: readonly Condition[];
}) {
  // A day with foods may show the absorbed-calcium note: load it alongside the analysis, not after it.
  useEffect(() => {
    if (hasEntries) preloadAbsorbedNote();
  }, [hasEntries]);
  if (analysis.data) {
    return (
      <>
        {analysis.isError ? <RetryMessage error={analysis.error} onRetry={() => analysis.refetch()} /> : null}
        <MineralResults analysis={analysis.data} hasEntries={hasEntries} conditions={conditions} />
      </>
    );
  }
  if (analysis.isError) return <RetryMessage error={analysis.error} onRetry={() => analysis.refetch()} />;
  return <p className="help">Working out your totals…</p>;
}

function RetryMessage({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <div className="alert" role="alert">
      <p>Could not work out the totals just now ({errorForPerson(error)}). Your day is kept.</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
