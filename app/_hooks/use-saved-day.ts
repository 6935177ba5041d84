"use client";

// The day lives in localStorage (versioned JSON); this hook is its only reader and writer. A day this page wrote is
// read back as it was written; a day from anywhere else (an earlier visit, another tab, a share link) is checked by
// lib/day-parse.ts, which carries the validator and so loads only when there is such a day: a first visit never
// downloads it. A saved day that cannot be read is reported and left untouched until the person starts fresh.
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { emptyDay, serializeDay } from "@/lib/day";
import type { Day } from "@/lib/schema";

export const STORAGE_KEY = "mineral-gap:day";
const CHANGE_EVENT = "mineral-gap:day-changed";

type DayParser = typeof import("@/lib/day-parse");

let parser: DayParser | null = null;
let parserFailed = false;
let parserLoading: Promise<DayParser> | null = null;

/** The day reader (and its validator), loaded once; the page re-reads the day when it arrives. */
export function loadDayParser(): Promise<DayParser> {
  parserLoading ??= import("@/lib/day-parse").then(
    (module) => {
      parser = module;
      window.dispatchEvent(new Event(CHANGE_EVENT));
      return module;
    },
    (error: unknown) => {
      parserFailed = true;
      window.dispatchEvent(new Event(CHANGE_EVENT));
      throw error;
    },
  );
  return parserLoading;
}

// Where localStorage is unavailable (private modes, blocked storage) the day still works for the visit.
let memory: string | null = null;
/** The last day this page wrote, with its text: it needs no checking when it is read back. */
let written: { text: string; day: Day } | null = null;

function read(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return memory;
  }
}

function write(day: Day) {
  const text = serializeDay(day);
  memory = text;
  written = { text, day };
  try {
    window.localStorage.setItem(STORAGE_KEY, text);
  } catch {
    // storage full or blocked: the in-memory copy keeps the visit working
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Whether the stored day came from somewhere other than this page, so it must be checked. */
function needsChecking(raw: string | null): boolean {
  return raw !== null && raw !== written?.text;
}

// Start loading the reader as soon as this module runs when a day is already waiting (a returning visitor, a share
// link), so that it arrives alongside the rest of the page rather than after it.
if (typeof window !== "undefined" && (needsChecking(read()) || new URLSearchParams(window.location.search).has("day"))) {
  void loadDayParser().catch(() => undefined);
}

// A share link (?day=...) replaces the saved day once per page load, then leaves the address bar clean.
// A damaged link, or a saved day that cannot be read, is reported and nothing is overwritten.
let shareLinkChecked = false;
let shareLinkProblem: string | null = null;

function applyShareLink() {
  if (shareLinkChecked) return;
  shareLinkChecked = true;
  const url = new URL(window.location.href);
  const shared = url.searchParams.get("day");
  if (shared === null) return;
  url.searchParams.delete("day");
  window.history.replaceState(null, "", url);
  loadDayParser().then(
    ({ decodeShare, parseDay }) => {
      const parsed = decodeShare(shared);
      const current = read();
      if (!parsed.ok) shareLinkProblem = `${parsed.message} Your saved day is unchanged.`;
      else if (current !== null && needsChecking(current) && !parseDay(current).ok) shareLinkProblem = "The shared day was not opened, so that your saved day is not overwritten.";
      else return write(parsed.day);
      window.dispatchEvent(new Event(CHANGE_EVENT));
    },
    () => {
      shareLinkProblem = "The shared day could not be opened just now. Your saved day is unchanged; open the link again to retry.";
      window.dispatchEvent(new Event(CHANGE_EVENT));
    },
  );
}

function subscribe(onChange: () => void) {
  const changed = () => {
    // Another tab saved a day: it has to be checked like any day from outside.
    if (needsChecking(read())) void loadDayParser().catch(() => undefined);
    onChange();
  };
  window.addEventListener("storage", changed);
  window.addEventListener(CHANGE_EVENT, changed);
  applyShareLink();
  return () => {
    window.removeEventListener("storage", changed);
    window.removeEventListener(CHANGE_EVENT, changed);
  };
}

/** Why a share link could not be opened, or null. */
export function useShareLinkProblem(): string | null {
  return useSyncExternalStore(subscribe, () => shareLinkProblem, () => null);
}

type ParserState = "ready" | "loading" | "failed";
const parserState = (): ParserState => (parser ? "ready" : parserFailed ? "failed" : "loading");

export type SavedDay =
  | { status: "ok"; day: Day; saveDay: (day: Day) => void }
  /** A day from outside is waiting for the reader: the page shows the empty day, and saves nothing over it. */
  | { status: "reading"; day: Day }
  | { status: "corrupt"; message: string; day: Day; startFresh: () => void }
  | { status: "unavailable"; message: string; day: Day };

export function useSavedDay(): SavedDay {
  // On the server and in the first client render there is no storage: an empty day.
  const raw = useSyncExternalStore(subscribe, read, () => null);
  const reader = useSyncExternalStore(subscribe, parserState, () => "loading" as const);
  const saveDay = useCallback((day: Day) => write(day), []);
  const startFresh = useCallback(() => write(emptyDay()), []);
  return useMemo((): SavedDay => {
    if (raw === null) return { status: "ok", day: emptyDay(), saveDay };
    if (written?.text === raw) return { status: "ok", day: written.day, saveDay };
    if (reader === "failed" || !parser) {
      return reader === "failed"
        ? { status: "unavailable", message: "Your saved day could not be opened just now. It is kept; reload the page to try again.", day: emptyDay() }
        : { status: "reading", day: emptyDay() };
    }
    const parsed = parser.parseDay(raw);
    if (parsed.ok) return { status: "ok", day: parsed.day, saveDay };
    return { status: "corrupt", message: parsed.message, day: emptyDay(), startFresh };
  }, [raw, reader, saveDay, startFresh]);
}
