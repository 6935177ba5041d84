"use client";

import dynamic from "next/dynamic";
import { useEffect, useMemo, useRef, useState } from "react";
import { awaitingCheck } from "@/lib/day/amount-check";
import { allEntries, defaultDayLabel, emptyDay, filledDays, freshLabel, isAverage, viewDayIndex, newEntryUid, setAsideUnresolved, toViewRequest, withDayEntries, type DayView } from "@/lib/day/day";
import { perWeekWords } from "@/lib/format";
import { emptyDaysNote } from "@/lib/analysis/sentences";
import type { Condition, Day, DayEntry, RecordedDay } from "@/lib/schema/day";
import type { Suggestion } from "@/lib/schema/suggest";
import { forgetKept, replaceDay as replaceStoredDay, restoreKept } from "../_hooks/day-store";
import { ApiRequestError } from "../_hooks/fetch-json";
import { useAnalysis } from "../_hooks/use-analysis";
import { useDayFoods } from "../_hooks/use-food";
import { useKeptDays, useSavedDay } from "../_hooks/use-saved-day";
import { dismissShared, useSharedDay } from "../_hooks/use-shared-day";
import { dayInWords, SavedDayNotice, SharedDayBanner, ShareQuestion } from "./day-notices";
import { DayEditor } from "./day-editor";
import { DayTabs } from "./day-tabs";
import { DayTransfer } from "./day-transfer";
import { KeptDays } from "./kept-days";
import { ProfileForm } from "./profile-form";
import type { Fixed } from "./set-aside-list";
import { Suggestions } from "./suggestions";
import { SupplementsEditor } from "./supplements-editor";
import { UndoBar, type Undoable } from "./undo-bar";
import { AnalysisView, ResultsFor } from "./analysis-view";
import { UsualResults } from "./usual-results";
import { NameStyleProvider } from "./food-name";
import { nameStyleFor } from "@/lib/food/name-style";
import { useUsualModule } from "../_hooks/use-usual-module";
import { DaySummary } from "./day-summary";
import { ResultsNotices } from "./results-notices";
import { supplementLimitNotes } from "@/lib/intake/supplements";

// What was set aside from a saved or imported day: rare, so its form loads only when there is something to show.
const SetAsideList = dynamic(() => import("./set-aside-list").then((m) => m.SetAsideList), { ssr: false });

/** No health conditions: one array, so the memoised results do not re-render for a new empty one. */
const NO_CONDITIONS: readonly Condition[] = [];

/** The whole journey: who you are, what you eat, and how the day compares with the targets. */
export function DayPlanner() {
  const saved = useSavedDay();
  const shared = useSharedDay();
  const keptDays = useKeptDays();
  const day = saved.day;
  const ok = saved.status === "ok" ? saved : null;
  const [undoable, setUndoable] = useState<Undoable | null>(null);

  // The day shown in the editor, and whether the results are for it or for the average of all the days (the
  // default once there are two).
  const [shownIndex, setShown] = useState(0);
  const shown = Math.min(shownIndex, day.days.length - 1);
  const [resultsFor, setResultsFor] = useState<"average" | "day">("average");
  const shownDay = day.days[shown]!;

  // An amount far past what people eat at once, not yet confirmed, is counted in no total until it is.
  const everyEntry = allEntries(day);
  const foods = useDayFoods(everyEntry);
  const waitingUids = everyEntry.filter((e) => foods.has(e.foodId) && awaitingCheck(e, foods.get(e.foodId)!)).map((e) => e.uid).join(" ");
  const { waiting, counted } = useMemo(() => {
    const uids = new Set(waitingUids.split(" "));
    const waiting = allEntries(day).filter((e) => uids.has(e.uid));
    const counted = waiting.length === 0 ? day : { ...day, days: day.days.map((d): RecordedDay => ({ ...d, entries: d.entries.filter((e) => !uids.has(e.uid)) })) };
    return { waiting, counted };
  }, [day, waitingUids]);
  // With fewer than two days of foods there is no choice to make: the results are for the day with foods.
  const filled = filledDays(counted);
  const view: DayView = resultsFor === "average" || filled.length < 2 ? "average" : shown;
  const average = isAverage(counted, view);

  /** An edit of the day; an undo offered for an earlier change no longer applies after it. */
  const save = (next: Day) => {
    setUndoable(null);
    ok?.saveDay(next);
  };
  const update = (next: Partial<Day>) => save({ ...day, ...next });
  /** An edit of the foods of the day shown. */
  const updateEntries = (entries: DayEntry[]) => save(withDayEntries(day, shown, entries));
  /** A change that takes something out: it can be undone, by putting back the day as it was. */
  const takeOut = (next: Day, message: string) => {
    if (!ok) return;
    const before = day;
    ok.saveDay(next);
    setUndoable({ message, undo: () => ok.saveDay(before) });
  };

  const analysis = useAnalysis(toViewRequest(counted, view));
  const [added, setAdded] = useState("");
  // A new day (imported, cleared, restored) starts its supplement boxes afresh.
  const [dayKey, setDayKey] = useState(0);
  /** After any replacement of the whole day: no undo or shared-day button refers to the day that was. */
  const afterReplace = () => {
    setUndoable(null);
    dismissShared();
    setDayKey((k) => k + 1);
  };
  // A whole new day (a file, a cleared day) replaces even a day that could not be read: the kept days keep that one.
  const replaceDay = (next: Day, reason: "import" | "clear") => {
    afterReplace();
    return replaceStoredDay(next, reason);
  };

  // A food the table does not have, or a measure the food lacks (a hand-edited file, a day from another version):
  // the API names the entry, and it is set aside with the reason while the rest of the day is counted.
  const handledError = useRef<unknown>(null);
  useEffect(() => {
    const error = analysis.error;
    if (!ok || !(error instanceof ApiRequestError) || error.status !== 400 || handledError.current === error) return;
    handledError.current = error;
    // The issues name entries of the request, which holds the counted entries in order (of one day, or of each).
    const next = setAsideUnresolved(counted, error.issues, view);
    if (!next) return;
    const kept = new Set(allEntries(next));
    const gone = new Set(allEntries(counted).filter((e) => !kept.has(e)).map((e) => e.uid));
    ok.saveDay({ ...next, days: day.days.map((d): RecordedDay => ({ ...d, entries: d.entries.filter((e) => !gone.has(e.uid)) })) });
  }, [analysis.error, counted, day, ok, view]);

  function addSuggestions(added: Suggestion[]) {
    const entriesFor = (): DayEntry[] =>
      added.map((s) => ({ uid: newEntryUid(), meal: s.meal, foodId: s.foodId, name: s.name, amount: s.grams, portion: null, ...(s.perWeek ? { perWeek: s.perWeek } : {}) }));
    // The plan goes where the results it closes came from: every day of the average (the days with foods; a food
    // some days a week says how many), or the one day.
    const into = viewDayIndex(counted, view);
    const days = into === null ? filled : [into];
    update({ days: day.days.map((d, i): RecordedDay => (days.includes(i) ? { ...d, entries: [...d.entries, ...entriesFor()] } : d)) });
    const [one] = added;
    const every = average ? " of every day" : "";
    setAdded(
      added.length === 1 && one
        ? `Added ${one.name} to ${one.meal}${every}: ${one.amountText}${one.perWeek ? `, ${perWeekWords(one.perWeek)}` : ""}.`
        : `Added ${added.length} foods to ${average ? "every day" : "your day"}.`,
    );
  }

  function removeEntries(gone: readonly DayEntry[], name: string) {
    const uids = new Set(gone.map((e) => e.uid));
    takeOut(withDayEntries(day, shown, shownDay.entries.filter((e) => !uids.has(e.uid))), `Removed ${name}.`);
  }

  // One day with foods: how sure it is (it says little), from its analysis with n = 1 (its module loads then).
  const oneDay = filled.length === 1 ? analysis.data : undefined;
  const oneDayLabel = day.days[filled[0] ?? 0]!.label;
  const usualModule = useUsualModule(oneDay !== undefined);
  const oneDayUsual = useMemo(
    () => (oneDay && usualModule ? usualModule.usualOfOneDay(day.profile, oneDay, oneDayLabel) : null),
    [oneDay, usualModule, day.profile, oneDayLabel],
  );
  const emptyNote = average ? emptyDaysNote(counted.days) : null;
  function addDay() {
    changeDays([...day.days, { label: freshLabel(day.days, defaultDayLabel(day.days.length)), entries: [] }], day.days.length);
    document.getElementById("day-heading")?.focus();
  }

  function changeDays(days: RecordedDay[], next: number) {
    save({ ...day, days });
    setShown(next);
  }
  function removeDay(index: number) {
    const label = day.days[index]!.label;
    takeOut({ ...day, days: day.days.filter((_, i) => i !== index) }, `Removed ${label}.`);
    setShown(Math.max(0, index - 1));
  }

  const setAside = day.setAside ?? [];
  function putBack(index: number, fixed: Fixed) {
    const rest = setAside.filter((_, i) => i !== index);
    // A row's id tells it apart from the others: one already in the day gets a new one.
    const entry = fixed.kind === "food" && allEntries(day).some((e) => e.uid === fixed.entry.uid) ? { ...fixed.entry, uid: newEntryUid() } : fixed.kind === "food" ? fixed.entry : null;
    const next = entry ? withDayEntries(day, shown, [...shownDay.entries, entry]) : fixed.kind === "supplement" ? { ...day, supplements: [...day.supplements, fixed.supplement] } : day;
    update({ ...next, setAside: rest.length > 0 ? rest : undefined });
    if (fixed.kind === "supplement") setDayKey((k) => k + 1);
    // The fixed item's form is gone: focus goes to the day it went back into.
    document.getElementById("day-heading")?.focus();
  }
  function drop(index: number) {
    const rest = setAside.filter((_, i) => i !== index);
    takeOut({ ...day, setAside: rest.length > 0 ? rest : undefined }, `Dropped ${setAside[index]!.label}.`);
  }

  function clearDay() {
    if (!ok) return;
    const words = dayInWords(day);
    const keptId = replaceDay(emptyDay(day.profile), "clear");
    if (keptId) setUndoable({ message: `Day cleared (${words}).`, undo: () => restoreKept(keptId) });
  }

  return (
    <NameStyleProvider value={nameStyleFor(day.profile.standard)}>
      <div className="planner">
        <SavedDayNotice saved={saved} />
        {shared.kind === "asking" ? <ShareQuestion shared={shared} ownDay={day} /> : <SharedDayBanner shared={shared} />}
        <div className="columns">
          <div className="column">
            <section className="card" aria-labelledby="profile-heading">
              <h2 id="profile-heading">About you</h2>
              <fieldset className="plain" disabled={!ok}>
                <ProfileForm profile={day.profile} onChange={(profile) => update({ profile })} />
              </fieldset>
            </section>
            <section className="card" aria-labelledby="day-heading">
              <h2 id="day-heading" tabIndex={-1}>
                Your typical day
              </h2>
              <fieldset className="plain" disabled={!ok}>
                {setAside.length > 0 ? <SetAsideList items={setAside} onPutBack={putBack} onDrop={drop} /> : null}
                <DayTabs days={day.days} shown={shown} onShow={setShown} onChange={changeDays} onRemove={removeDay} />
                <DayEditor
                  // A new key for another day: quick add's text and preview belong to the day they were typed for.
                  key={`${shown}:${shownDay.label}`}
                  label={day.days.length > 1 ? shownDay.label : null}
                  entries={shownDay.entries}
                  waiting={new Set(waiting.map((e) => e.uid))}
                  onChange={updateEntries}
                  onRemove={removeEntries}
                  summary={<DaySummary analysis={analysis.data} working={analysis.isPlaceholderData || analysis.isFetching} />}
                />
              </fieldset>
            </section>
            <section className="card" aria-labelledby="supplements-heading">
              <h2 id="supplements-heading">Supplements</h2>
              <fieldset className="plain" disabled={!ok}>
                <SupplementsEditor
                  key={dayKey}
                  supplements={day.supplements}
                  onChange={(supplements) => update({ supplements })}
                  limitNotes={analysis.data ? supplementLimitNotes(analysis.data) : undefined}
                />
              </fieldset>
            </section>
            <section className="card" aria-labelledby="keep-heading">
              <h2 id="keep-heading">Keep, share and print</h2>
              <DayTransfer
                day={day}
                counted={counted}
                analysis={analysis.isPlaceholderData ? undefined : analysis.data}
                ready={ok !== null}
                onImport={(next) => replaceDay(next, "import") !== null}
                onClear={clearDay}
              />
              <KeptDays
                days={keptDays}
                onRestore={(id) => {
                  afterReplace();
                  restoreKept(id);
                }}
                onForget={forgetKept}
              />
            </section>
          </div>
          <div className="column">
            <section className="card results-card" aria-labelledby="results-heading">
              <h2 id="results-heading" tabIndex={-1}>
                Magnesium, potassium and calcium
              </h2>
              <ResultsNotices waiting={waiting} foods={foods} profile={day.profile} />
              {filled.length > 1 ? <ResultsFor days={filled.length} label={shownDay.label} value={resultsFor} onChange={setResultsFor} /> : null}
              {emptyNote ? <p className="help">{emptyNote}</p> : null}
              {average && analysis.data?.usual ? (
                <UsualResults usual={analysis.data.usual} targets={analysis.data.targets} conditions={day.profile.conditions ?? NO_CONDITIONS} />
              ) : oneDayUsual && analysis.data ? (
                <UsualResults
                  usual={oneDayUsual}
                  targets={analysis.data.targets}
                  conditions={day.profile.conditions ?? NO_CONDITIONS}
                  onAddDay={day.days.length === 1 ? addDay : undefined}
                />
              ) : null}
              <AnalysisView
                analysis={analysis}
                hasEntries={(average ? allEntries(counted) : counted.days[viewDayIndex(counted, view)!]!.entries).length > 0}
                conditions={day.profile.conditions ?? NO_CONDITIONS}
              />
            </section>
            <section className="card" aria-labelledby="suggest-heading">
              <h2 id="suggest-heading">Close the gap</h2>
              <p className="help">
                Suggestions come from an article on night leg cramps, which ties them to low magnesium, potassium and
                calcium and names foods that supply them; each suggestion quotes the article&apos;s own word for its
                food. Here are the fewest realistic servings of those foods that bring all three up to target.
              </p>
              {analysis.data ? <Suggestions day={counted} view={view} analysis={analysis.data} onAdd={addSuggestions} /> : null}
              <p className="sr-only" role="status" aria-live="polite">
                {added}
              </p>
            </section>
          </div>
        </div>
        <UndoBar undoable={undoable} onClose={() => setUndoable(null)} />
      </div>
    </NameStyleProvider>
  );
}
