"use client";

import { useId, useState } from "react";
import { defaultDayLabel, freshLabel, newEntryUid } from "@/lib/day/day";
import { MAX_DAY_LABEL_CHARS, MAX_DAYS } from "@/lib/constants";
import type { RecordedDay } from "@/lib/schema/day";

type Props = {
  days: readonly RecordedDay[];
  shown: number;
  onShow: (index: number) => void;
  /** The new list of days, and the day to show after the change. */
  onChange: (days: RecordedDay[], shown: number) => void;
  /** Takes one day out (undoable by the planner). */
  onRemove: (index: number) => void;
};

/**
 * The recorded days (up to MAX_DAYS): pick the day to edit, add an empty one, copy the one shown to start the next,
 * rename it ("Mon", "a work day") or remove it.
 */
export function DayTabs({ days, shown, onShow, onChange, onRemove }: Props) {
  const id = useId();
  const current = days[shown]!;
  const [name, setName] = useState(current.label);
  const [naming, setNaming] = useState(false);
  const full = days.length >= MAX_DAYS;

  const add = (entries: RecordedDay["entries"]) => {
    const next = [...days, { label: freshLabel(days, defaultDayLabel(days.length)), entries }];
    onChange(next, next.length - 1);
  };
  const rename = () => {
    const label = name.trim().slice(0, MAX_DAY_LABEL_CHARS);
    if (label) onChange(days.map((d, i) => (i === shown ? { ...d, label: freshLabel(days.filter((_, j) => j !== shown), label) } : d)), shown);
    setNaming(false);
  };

  return (
    <div className="day-tabs">
      <div className="day-list" role="group" aria-label="Days">
        {days.map((d, index) => (
          <button
            key={index}
            type="button"
            className="day-button"
            aria-pressed={index === shown}
            onClick={() => {
              onShow(index);
              setNaming(false);
            }}
          >
            {d.label}
            <span className="day-count"> ({d.entries.length})</span>
          </button>
        ))}
      </div>
      <div className="day-actions">
        <button type="button" className="secondary" disabled={full} onClick={() => add([])}>
          Add a day
        </button>
        {/* A copy starts the next day from this one; each food gets its own row id. */}
        <button type="button" className="secondary" disabled={full} onClick={() => add(current.entries.map((e) => ({ ...e, uid: newEntryUid() })))}>
          Copy this day
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setName(current.label);
            setNaming(true);
          }}
        >
          Rename this day
        </button>
        {days.length > 1 ? (
          <button type="button" className="secondary" onClick={() => onRemove(shown)}>
            Remove this day
          </button>
        ) : null}
      </div>
      {full ? <p className="help">You have {MAX_DAYS} days, the most the page keeps: two weeks show a usual week well.</p> : null}
      {naming ? (
        <form
          className="rename-row"
          onSubmit={(event) => {
            event.preventDefault();
            rename();
          }}
        >
          <label htmlFor={`${id}-name`}>Name of this day</label>
          <input id={`${id}-name`} type="text" value={name} maxLength={MAX_DAY_LABEL_CHARS} onChange={(event) => setName(event.target.value)} placeholder="e.g. Mon, a work day" autoFocus />
          <button type="submit">Save name</button>
        </form>
      ) : null}
    </div>
  );
}
