"use client";

// The day lives in localStorage (versioned, validated with zod on load); this hook is its only reader and writer.
// A saved day that cannot be read is reported and left untouched until the person chooses to start fresh.
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { decodeShare, emptyDay, parseDay, serializeDay } from "@/lib/day";
import type { Day } from "@/lib/schema";

export const STORAGE_KEY = "mineral-gap:day";
const CHANGE_EVENT = "mineral-gap:day-changed";

// Where localStorage is unavailable (private modes, blocked storage) the day still works for the visit.
let memory: string | null = null;

function read(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return memory;
  }
}

function write(text: string | null) {
  memory = text;
  try {
    if (text === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, text);
  } catch {
    // storage full or blocked: the in-memory copy keeps the visit working
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
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
  const parsed = decodeShare(shared);
  const current = read();
  if (!parsed.ok) shareLinkProblem = `${parsed.message} Your saved day is unchanged.`;
  else if (current !== null && !parseDay(current).ok) shareLinkProblem = "The shared day was not opened, so that your saved day is not overwritten.";
  else write(serializeDay(parsed.day));
}

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  applyShareLink();
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** Why a share link could not be opened, or null. */
export function useShareLinkProblem(): string | null {
  return useSyncExternalStore(subscribe, () => shareLinkProblem, () => null);
}

export type SavedDay =
  | { status: "ok"; day: Day; saveDay: (day: Day) => void }
  | { status: "corrupt"; message: string; day: Day; startFresh: () => void };

export function useSavedDay(): SavedDay {
  // On the server and in the first client render there is no storage: an empty day.
  const raw = useSyncExternalStore(subscribe, read, () => null);
  const saveDay = useCallback((day: Day) => write(serializeDay(day)), []);
  const startFresh = useCallback(() => write(serializeDay(emptyDay())), []);
  return useMemo((): SavedDay => {
    if (raw === null) return { status: "ok", day: emptyDay(), saveDay };
    const parsed = parseDay(raw);
    if (parsed.ok) return { status: "ok", day: parsed.day, saveDay };
    return { status: "corrupt", message: parsed.message, day: emptyDay(), startFresh };
  }, [raw, saveDay, startFresh]);
}
