"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { Day } from "@/lib/schema";
import { download } from "./download";
import { type SavedDay, type SharedDayState, backToOwnDay, dismissShared, keepOwnDay, openSharedDay } from "../_hooks/use-saved-day";

/** A day in a few words: "3 foods and 1 supplement". */
export function dayInWords(day: Pick<Day, "entries" | "supplements">): string {
  const foods = `${day.entries.length} ${day.entries.length === 1 ? "food" : "foods"}`;
  if (day.supplements.length === 0) return foods;
  return `${foods} and ${day.supplements.length} ${day.supplements.length === 1 ? "supplement" : "supplements"}`;
}

/** What the page must tell the person about their saved day before anything else: it could not be read, or was repaired. */
export function SavedDayNotice({ saved }: { saved: SavedDay }) {
  const [dismissed, setDismissed] = useState<readonly string[] | null>(null);
  if (saved.status === "corrupt") {
    return (
      <div className="card alert" role="alert">
        <h2>Your saved day could not be read</h2>
        <p>
          {saved.message} It has not been changed or deleted. Start a fresh day to continue: the copy that could not be
          read stays in this browser, and you can download it first.
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
  if (saved.status === "ok" && saved.repairs.length > 0 && dismissed !== saved.repairs) {
    return (
      <div className="card warning" role="status">
        <p>Your saved day was opened, with these changes:</p>
        <ul className="reasons">
          {saved.repairs.map((repair) => (
            <li key={repair}>{repair}</li>
          ))}
        </ul>
        <button type="button" className="small" onClick={() => setDismissed(saved.repairs)}>
          OK
        </button>
      </div>
    );
  }
  return null;
}

/**
 * A share link is a guest. Over a day already kept, the page asks first (open the shared day, keeping yours to come
 * back to, or keep yours); once it is open, the way back to your own day stays in view.
 */
export function SharedDayNotice({ shared, ownDay }: { shared: SharedDayState; ownDay: Day }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const asking = shared.kind === "asking";
  useEffect(() => {
    const element = dialog.current;
    if (asking && element && !element.open) element.showModal();
  }, [asking]);

  if (shared.kind === "asking") {
    return (
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
  if (shared.kind === "opened") {
    return (
      <div className="card notice" role="status">
        <p>
          <strong>You are looking at a day shared with you.</strong>{" "}
          {shared.ownDay === "kept" ? "Your own day is kept." : ""}
          {shared.ownDay === "unreadable" ? "Your own day, which could not be read, is kept in this browser: download it under Keep, share and print." : ""}
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
