"use client";

import { useEffect, useId, useRef } from "react";
import { dayRows } from "@/lib/day/day";
import { listWords } from "@/lib/format";
import type { Day } from "@/lib/schema/day";
import type { SavedDay } from "../_hooks/use-saved-day";
import { backToOwnDay, dismissShared, keepOwnDay, openSharedDay, type SharedDayState } from "../_hooks/use-shared-day";
import { download } from "./download";

/** How many foods (rows as seen: a dish is one), supplements and set-aside items, in words: "3 foods and 1 supplement". */
export function countsInWords({ days = 1, rows, supplements, setAside }: { days?: number; rows: number; supplements: number; setAside: number }): string {
  const parts = [`${days > 1 ? `${days} days, ` : ""}${rows} ${rows === 1 ? "food" : "foods"}`];
  if (supplements > 0) parts.push(`${supplements} ${supplements === 1 ? "supplement" : "supplements"}`);
  if (setAside > 0) parts.push(`${setAside} set aside`);
  return listWords(parts);
}

/** The rows a person sees across all the days. */
export const rowsOfDays = (day: Pick<Day, "days">) => day.days.reduce((sum, d) => sum + dayRows(d.entries), 0);

/** A day in a few words: "3 foods and 1 supplement", "3 days, 12 foods". */
export const dayInWords = (day: Pick<Day, "days" | "supplements" | "setAside">) =>
  countsInWords({ days: day.days.length, rows: rowsOfDays(day), supplements: day.supplements.length, setAside: day.setAside?.length ?? 0 });

/** What the page must say about the saved day before anything else: being opened, unreadable, or repaired. */
export function SavedDayNotice({ saved }: { saved: SavedDay }) {
  if (saved.status === "reading") {
    return (
      <p className="card notice" role="status">
        Opening your saved day…
      </p>
    );
  }
  if (saved.status === "corrupt") {
    return (
      <div className="card alert" role="alert">
        <h2>Your saved day could not be read</h2>
        <p>
          {saved.message} It has not been changed or deleted. Start a fresh day to continue: the copy that could not be
          read stays in this browser, under Keep, share and print, and you can download it.
        </p>
        <div className="button-row">
          <button type="button" onClick={saved.startFresh}>
            Start fresh
          </button>
          <button type="button" className="secondary" onClick={() => download("mineral-gap-unreadable-day.json", "application/json", saved.raw)}>
            Download it
          </button>
        </div>
      </div>
    );
  }
  if (saved.status === "unavailable") {
    return (
      <div className="card alert" role="alert">
        <p>{saved.message}</p>
      </div>
    );
  }
  if (saved.status === "ok" && saved.repairs.length > 0) {
    return (
      <div className="card warning" role="status">
        <p>Your saved day was opened, with these changes:</p>
        <ul className="reasons">
          {saved.repairs.map((repair) => (
            <li key={repair}>{repair}</li>
          ))}
        </ul>
        <p className="help">The day as it was saved is kept under Keep, share and print once you say OK.</p>
        <button type="button" className="small" onClick={saved.acceptRepairs}>
          OK
        </button>
      </div>
    );
  }
  return null;
}

/** Over a day already kept, a share link asks first: open the shared day (keeping yours to come back to), or keep yours. */
export function ShareQuestion({ shared, ownDay }: { shared: Extract<SharedDayState, { kind: "asking" }>; ownDay: Day }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    // Escape keeps the person's own day: the choice that changes nothing.
    <dialog ref={dialog} className="share-question" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} onCancel={() => keepOwnDay()}>
      <h2 id={`${id}-title`}>Open the day shared with you?</h2>
      <div id={`${id}-body`}>
        <p>
          This link holds a day of {dayInWords(shared.day)}
          {shared.setAside.length > 0 ? ` (and ${shared.setAside.length} that could not be read)` : ""}. Your own day here has{" "}
          {dayInWords(ownDay)}.
        </p>
        <p>If you open the shared day, yours is kept: you can go back to it at any time.</p>
      </div>
      <div className="button-row">
        <button type="button" onClick={openSharedDay}>
          Open the shared day
        </button>
        <button type="button" className="secondary" onClick={keepOwnDay}>
          Keep mine
        </button>
      </div>
    </dialog>
  );
}

/** What came of a share link: the shared day open (with the way back to yours), yours kept, or a damaged link. */
export function SharedDayBanner({ shared }: { shared: SharedDayState }) {
  if (shared.kind === "opened") {
    const own = {
      kept: "Your own day is kept.",
      unreadable: "Your own day, which could not be read, is kept in this browser: download it under Keep, share and print.",
      none: "",
    }[shared.ownDay];
    return (
      <div className="card notice" role="status">
        <p>
          <strong>You are looking at a day shared with you.</strong> {own}
          {shared.repairs.length > 0 ? ` ${shared.repairs.join(" ")}` : ""}
        </p>
        <div className="button-row">
          {shared.ownDay === "kept" ? (
            <button type="button" onClick={backToOwnDay}>
              Back to my day
            </button>
          ) : null}
          <button type="button" className="secondary" onClick={dismissShared}>
            {shared.ownDay === "kept" ? "Stay on this day" : "OK"}
          </button>
        </div>
      </div>
    );
  }
  if (shared.kind === "kept") {
    return (
      <div className="card notice" role="status">
        <p>Your own day is kept; the shared day was not opened.</p>
        <button type="button" className="small secondary" onClick={dismissShared}>
          OK
        </button>
      </div>
    );
  }
  if (shared.kind === "problem") {
    return (
      <div className="card alert" role="alert">
        <p>{shared.message}</p>
      </div>
    );
  }
  return null;
}
