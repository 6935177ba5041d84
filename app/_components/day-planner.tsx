"use client";

import { emptyDay, toAnalyzeRequest } from "@/lib/day";
import type { Day } from "@/lib/schema";
import { useAnalysis } from "../_hooks/use-analysis";
import { useSavedDay, useShareLinkProblem } from "../_hooks/use-saved-day";
import { DayEditor } from "./day-editor";
import { DayTransfer } from "./day-transfer";
import { MineralResults } from "./mineral-results";
import { ProfileForm } from "./profile-form";

/** The whole journey: who you are, what you eat, and how the day compares with the targets. */
export function DayPlanner() {
  const saved = useSavedDay();
  const linkProblem = useShareLinkProblem();
  const day = saved.day;
  const save = saved.status === "ok" ? saved.saveDay : undefined;

  const update = (next: Partial<Day>) => save?.({ ...day, ...next });

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
            <DayTransfer day={day} onImport={(imported) => save?.(imported)} onClear={() => save?.(emptyDay(day.profile))} />
          </section>
        </div>
        <div className="column">
          <section className="card results-card" aria-labelledby="results-heading">
            <h2 id="results-heading">Magnesium, potassium and calcium</h2>
            <Analysis day={day} />
          </section>
        </div>
      </div>
    </div>
  );
}

function Analysis({ day }: { day: Day }) {
  const analysis = useAnalysis(toAnalyzeRequest(day));
  if (analysis.data) {
    return (
      <>
        {analysis.isError ? <RetryMessage message={analysis.error.message} onRetry={() => analysis.refetch()} /> : null}
        <MineralResults analysis={analysis.data} hasEntries={day.entries.length > 0} />
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
