"use client";

// The person's day as the page sees it (app/_hooks/day-store.ts keeps it). A day this page wrote is read back as it
// was written; a day from anywhere else (an earlier visit, another tab) is read by lib/day/read.ts, which repairs
// what it can and sets aside, with the reason, only the entry it cannot read.
import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import { dayRows, emptyDay } from "@/lib/day/day";
import type { Day } from "@/lib/schema/day";
import {
  CHANGE_EVENT,
  currentRead,
  KEPT_KEY,
  loadDayReader,
  needsChecking,
  readerState,
  readKept,
  readKey,
  replaceDay,
  startFresh,
  STORAGE_KEY,
  writeDay,
  type KeptDay,
  type ReaderState,
  type ReplaceReason,
} from "./day-store";

const readDayText = () => readKey(STORAGE_KEY);

// Start loading the reader as soon as this module runs when a day is already waiting (a returning visitor, a share
// link), so that it arrives alongside the rest of the page rather than after it.
if (typeof window !== "undefined" && (needsChecking(readDayText()) || new URLSearchParams(window.location.search).has("day"))) {
  void loadDayReader().catch(() => undefined);
}

/** Calls `onChange` when the day, the kept days or the reader change, here or in another tab. */
export function subscribeToDay(onChange: () => void) {
  const changed = () => {
    // Another tab saved a day: it has to be checked like any day from outside.
    if (needsChecking(readDayText())) void loadDayReader().catch(() => undefined);
    onChange();
  };
  window.addEventListener("storage", changed);
  window.addEventListener(CHANGE_EVENT, changed);
  return () => {
    window.removeEventListener("storage", changed);
    window.removeEventListener(CHANGE_EVENT, changed);
  };
}

export type SavedDay =
  | {
      status: "ok";
      day: Day;
      /** An edit of this day. */
      saveDay: (day: Day) => void;
      /** A new day in its place (an import, "Clear day"): the one it replaces is kept; the kept day's id. */
      replaceDay: (day: Day, reason: ReplaceReason) => string | null;
      /** What reading the kept day repaired, in words; empty once the page has saved it. */
      repairs: string[];
      /** Saves the repaired day (the day as it was stored is kept), so the repairs are not read out again. */
      acceptRepairs: () => void;
    }
  /** A day from outside is waiting for the reader: the page shows the empty day, and saves nothing over it. */
  | { status: "reading"; day: Day }
  | { status: "corrupt"; message: string; day: Day; raw: string; startFresh: () => void }
  | { status: "unavailable"; message: string; day: Day };

export function useSavedDay(): SavedDay {
  // On the server and in the first client render there is no storage: an empty day.
  const raw = useSyncExternalStore(subscribeToDay, readDayText, () => null);
  const state = useSyncExternalStore<ReaderState>(subscribeToDay, readerState, () => "loading");
  const saveDay = useCallback((day: Day) => writeDay(day), []);
  return useMemo((): SavedDay => {
    const ok = (day: Day, repairs: string[] = []): SavedDay => ({
      status: "ok",
      day,
      saveDay,
      replaceDay,
      repairs,
      acceptRepairs: () => void replaceDay(day, "repair"),
    });
    if (raw === null) return ok(emptyDay());
    const read = state === "ready" || !needsChecking(raw) ? currentRead(raw) : undefined;
    if (!read) {
      return state === "failed"
        ? { status: "unavailable", message: "Your saved day could not be opened just now. It is kept; reload the page to try again.", day: emptyDay() }
        : { status: "reading", day: emptyDay() };
    }
    if (read.ok) return ok(read.day, read.repairs);
    return { status: "corrupt", message: read.message, day: emptyDay(), raw, startFresh };
  }, [raw, state, saveDay]);
}

export type KeptDaySummary = { kept: KeptDay; days: number; rows: number; supplements: number; setAside: number };

/** The days kept before replacements, newest first, counted for a person to recognise them. */
export function useKeptDays(): KeptDaySummary[] {
  const text = useSyncExternalStore(subscribeToDay, () => readKey(KEPT_KEY), () => null);
  const state = useSyncExternalStore<ReaderState>(subscribeToDay, readerState, () => "loading");
  // Kept days are counted by the reader: load it when there are some.
  useEffect(() => {
    if (text !== null && state === "loading") void loadDayReader().catch(() => undefined);
  }, [text, state]);
  return useMemo(() => {
    if (text === null || state !== "ready") return [];
    return readKept().map((kept) => {
      const read = kept.readable ? currentRead(kept.text) : undefined;
      const day = read?.ok ? read.day : null;
      return { kept, days: day?.days.length ?? 1, rows: day ? day.days.reduce((sum, d) => sum + dayRows(d.entries), 0) : 0, supplements: day?.supplements.length ?? 0, setAside: day?.setAside?.length ?? 0 };
    });
  }, [text, state]);
}
