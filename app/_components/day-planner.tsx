"use client";

import { useEffect, useRef, useState } from "react";
import { emptyDay, newEntryUid, setAsideUnresolved, toAnalyzeRequest } from "@/lib/day";
import type { Day, DayEntry, Suggestion } from "@/lib/schema";
import { replaceDay as replaceStoredDay, restoreBackup } from "../_hooks/day-store";
import { ApiRequestError, errorForPerson } from "../_hooks/fetch-json";
import { useAnalysis } from "../_hooks/use-analysis";
import { dismissShared, useBackup, useSavedDay, useSharedDay, useUnreadableDay } from "../_hooks/use-saved-day";
import { dayInWords, SavedDayNotice, SharedDayNotice } from "./day-notices";
import { DayEditor } from "./day-editor";
import { DayTransfer } from "./day-transfer";
import { MineralResults, preloadAbsorbedNote } from "./mineral-results";
import { ProfileForm } from "./profile-form";
import { SetAsideList, type Fixed } from "./set-aside-list";
import { Suggestions } from "./suggestions";
import { SupplementsEditor } from "./supplements-editor";
import { UndoBar, type Undoable } from "./undo-bar";

/** The whole journey: who you are, what you eat, and how the day compares with the targets. */
export function DayPlanner() {
  const saved = useSavedDay();
  const shared = useSharedDay();
  const backup = useBackup();
  const unreadable = useUnreadableDay();
  const day = saved.day;
  const ok = saved.status === "ok" ? saved : null;
  const [undoable, setUndoable] = useState<Undoable | null>(null);

  /** An edit of the day; an undo offered for an earlier change no longer applies after it. */
  const save = (next: Day) => {
    setUndoable(null);
    ok?.saveDay(next);
  };
  const update = (next: Partial<Day>) => save({ ...day, ...next });
  /** A change that takes something out: it can be undone, by putting back the day as it was. */
  const takeOut = (next: Day, message: string) => {
    if (!ok) return;
    const before = day;
    ok.saveDay(next);
    setUndoable({ message, undo: () => ok.saveDay(before) });
  };

  const analysis = useAnalysis(toAnalyzeRequest(day));
  const [added, setAdded] = useState("");
  // A new day (imported, cleared, restored) starts its supplement boxes afresh.
  const [dayKey, setDayKey] = useState(0);
  // A whole new day (a file, a cleared day) replaces even a day that could not be read: the store keeps that one.
  const replaceDay = (next: Day, reason: "import" | "clear") => {
    setUndoable(null);
    // The backup now holds the day this replaces: a shared day's "Back to my day" no longer means what it says.
    dismissShared();
    replaceStoredDay(next, reason);
    setDayKey((k) => k + 1);
  };

  // A food the table does not have, or a measure the food lacks (a hand-edited file, a day from another version):
  // the API names the entry, and it is set aside with the reason while the rest of the day is counted.
  const handledError = useRef<unknown>(null);
  useEffect(() => {
    const error = analysis.error;
    if (!ok || !(error instanceof ApiRequestError) || error.status !== 400 || handledError.current === error) return;
    handledError.current = error;
    const next = setAsideUnresolved(day, error.issues);
    if (next) ok.saveDay(next);
  }, [analysis.error, day, ok]);

  function addSuggestions(added: Suggestion[]) {
    const entries = added.map((s) => ({ uid: newEntryUid(), meal: s.meal, foodId: s.foodId, name: s.name, amount: s.grams, portion: null }));
    update({ entries: [...day.entries, ...entries] });
    const [one] = added;
    setAdded(added.length === 1 && one ? `Added ${one.name} to ${one.meal}: ${one.amountText}.` : `Added ${added.length} foods to your day.`);
  }

  function removeEntries(gone: readonly DayEntry[], name: string) {
    const uids = new Set(gone.map((e) => e.uid));
    takeOut({ ...day, entries: day.entries.filter((e) => !uids.has(e.uid)) }, `Removed ${name}.`);
  }

  const setAside = day.setAside ?? [];
  function putBack(index: number, fixed: Fixed) {
    const rest = setAside.filter((_, i) => i !== index);
    const next = fixed.kind === "food" ? { ...day, entries: [...day.entries, fixed.entry] } : { ...day, supplements: [...day.supplements, fixed.supplement] };
    update({ ...next, setAside: rest.length > 0 ? rest : undefined });
    if (fixed.kind === "supplement") setDayKey((k) => k + 1);
  }
  function drop(index: number) {
    const rest = setAside.filter((_, i) => i !== index);
    takeOut({ ...day, setAside: rest.length > 0 ? rest : undefined }, `Dropped ${setAside[index]!.label}.`);
  }

  function clearDay() {
    if (!ok) return;
    replaceDay(emptyDay(day.profile), "clear");
    setUndoable({
      message: `Day cleared (${dayInWords(day)}).`,
      undo: () => {
        restoreBackup();
        setDayKey((k) => k + 1);
      },
    });
  }

  return (
    <div className="planner">
      <SavedDayNotice saved={saved} />
      <SharedDayNotice shared={shared} ownDay={day} />
      <div className="columns">
        <div className="column">
          <section className="card" aria-labelledby="profile-heading">
            <h2 id="profile-heading">About you</h2>
            <ProfileForm profile={day.profile} onChange={(profile) => update({ profile })} />
          </section>
          <section className="card" aria-labelledby="day-heading">
            <h2 id="day-heading">Your typical day</h2>
            <fieldset className="plain" disabled={!ok}>
              <SetAsideList items={setAside} onPutBack={putBack} onDrop={drop} />
              <DayEditor entries={day.entries} onChange={(entries) => update({ entries })} onRemove={removeEntries} />
            </fieldset>
          </section>
          <section className="card" aria-labelledby="supplements-heading">
            <h2 id="supplements-heading">Supplements</h2>
            <fieldset className="plain" disabled={!ok}>
              <SupplementsEditor key={dayKey} supplements={day.supplements} onChange={(supplements) => update({ supplements })} />
            </fieldset>
          </section>
          <section className="card" aria-labelledby="keep-heading">
            <h2 id="keep-heading">Keep, share and print</h2>
            <DayTransfer
              day={day}
              analysis={analysis.isPlaceholderData ? undefined : analysis.data}
              backup={backup}
              unreadable={unreadable}
              onImport={(next) => replaceDay(next, "import")}
              onRestore={() => {
                setUndoable(null);
                dismissShared();
                backup?.restore();
                setDayKey((k) => k + 1);
              }}
              onClear={clearDay}
            />
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
      <UndoBar undoable={undoable} onClose={() => setUndoable(null)} />
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
        {analysis.isError ? <RetryMessage error={analysis.error} onRetry={() => analysis.refetch()} /> : null}
        <MineralResults analysis={analysis.data} hasEntries={hasEntries} />
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
