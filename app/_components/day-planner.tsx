"use client";

import { useEffect, useState } from "react";
import { emptyDay, newEntryUid, toAnalyzeRequest } from "@/lib/day";
import type { Day, Suggestion } from "@/lib/schema";
import { useAnalysis } from "../_hooks/use-analysis";
import { useSavedDay, useShareLinkProblem } from "../_hooks/use-saved-day";
import { DayEditor } from "./day-editor";
import { DayTransfer } from "./day-transfer";
import { MineralResults, preloadAbsorbedNote } from "./mineral-results";
import { ProfileForm } from "./profile-form";
import { Suggestions } from "./suggestions";
import { SupplementsEditor } from "./supplements-editor";

/** The whole journey: who you are, what you eat, and how the day compares with the targets. */
export function DayPlanner() {
  const saved = useSavedDay();
  const linkProblem = useShareLinkProblem();
  const day = saved.day;
  const save = saved.status === "ok" ? saved.saveDay : undefined;

  const update = (next: Partial<Day>) => save?.({ ...day, ...next });
  const analysis = useAnalysis(toAnalyzeRequest(day));
  const [added, setAdded] = useState("");
  // A new day (imported or cleared) starts its supplement boxes afresh.
  const [dayKey, setDayKey] = useState(0);
  const replaceDay = (next: Day) => {
    save?.(next);
    setDayKey((k) => k + 1);
  };

  function addSuggestions(added: Suggestion[]) {
    const entries = added.map((s) => ({ uid: newEntryUid(), meal: s.meal, foodId: s.foodId, name: s.name, amount: s.grams, portion: null }));
    update({ entries: [...day.entries, ...entries] });
    const [one] = added;
    setAdded(added.length === 1 && one ? `Added ${one.name} to ${one.meal}: ${one.amountText}.` : `Added ${added.length} foods to your day.`);
  }

  return (
    <div className="planner">
      {saved.status === "corrupt" ? (
        <div className="card alert" role="alert">
          <h2>Your saved day could not be read</h2>
          <p>
            {saved.message} It has not been changed or deleted. Start a fresh day to continue; the saved copy will
            then be replaced.
          </p>
          <button type="button" onClick={saved.startFresh}>
            Start fresh
          </button>
        </div>
      ) : null}
      {saved.status === "unavailable" ? (
        <div className="card alert" role="alert">
          <p>{saved.message}</p>
        </div>
      ) : null}
      {linkProblem ? (
        <div className="card alert" role="alert">
          <p>{linkProblem}</p>
        </div>
      ) : null}
      <div className="columns">
        <div className="column">
          <section className="card" aria-labelledby="profile-heading">
            <h2 id="profile-heading">About you</h2>
            <ProfileForm profile={day.profile} onChange={(profile) => update({ profile })} />
          </section>
          <section className="card" aria-labelledby="day-heading">
            <h2 id="day-heading">Your typical day</h2>
            <fieldset className="plain" disabled={!save}>
              <DayEditor entries={day.entries} onChange={(entries) => update({ entries })} />
            </fieldset>
          </section>
          <section className="card" aria-labelledby="supplements-heading">
            <h2 id="supplements-heading">Supplements</h2>
            <fieldset className="plain" disabled={!save}>
              <SupplementsEditor key={dayKey} supplements={day.supplements} onChange={(supplements) => update({ supplements })} />
            </fieldset>
          </section>
          <section className="card" aria-labelledby="keep-heading">
            <h2 id="keep-heading">Keep, share and print</h2>
            <DayTransfer day={day} analysis={analysis.isPlaceholderData ? undefined : analysis.data} onImport={replaceDay} onClear={() => replaceDay(emptyDay(day.profile))} />
          </section>
        </div>
        <div className="column">
          <section className="card results-card" aria-labelledby="results-heading">
            <h2 id="results-heading">Magnesium, potassium and calcium</h2>
            <AnalysisView analysis={analysis} hasEntries={day.entries.length > 0} />
          </section>
          <section className="card" aria-labelledby="suggest-heading">
            <h2 id="suggest-heading">Close the gap</h2>
            <p className="help">
              The fewest realistic servings of the foods the source article names that together bring all three
              minerals up to target.
            </p>
            {analysis.data ? <Suggestions day={day} analysis={analysis.data} onAdd={addSuggestions} /> : null}
            <p className="sr-only" role="status" aria-live="polite">
              {added}
            </p>
          </section>
        </div>
      </div>
    </div>
  );
}

function AnalysisView({ analysis, hasEntries }: { analysis: ReturnType<typeof useAnalysis>; hasEntries: boolean }) {
  // A day with foods may show the absorbed-calcium note: load it alongside the analysis, not after it.
  useEffect(() => {
    if (hasEntries) preloadAbsorbedNote();
  }, [hasEntries]);
  if (analysis.data) {
    return (
      <>
        {analysis.isError ? <RetryMessage message={analysis.error.message} onRetry={() => analysis.refetch()} /> : null}
        <MineralResults analysis={analysis.data} hasEntries={hasEntries} />
      </>
    );
  }
  if (analysis.isError) return <RetryMessage message={analysis.error.message} onRetry={() => analysis.refetch()} />;
  return <p className="help">Working out your totals…</p>;
}

function RetryMessage({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="alert" role="alert">
      <p>Could not work out the totals just now ({message}). Your day is kept.</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
