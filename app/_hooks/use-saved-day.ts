"use client";

// The person's day as the page sees it (app/_hooks/day-store.ts keeps it). A day this page wrote is read back as it
// was written; a day from anywhere else (an earlier visit, another tab, a share link) is read by lib/day-parse.ts,
// which repairs what it can and sets aside, with the reason, only the entry it cannot read. A share link is a guest:
// over a day already kept, the page asks before opening it.
import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import { emptyDay, isEmptyDay } from "@/lib/day";
import type { DayRead } from "@/lib/day-parse";
import type { Day, Profile, SetAside } from "@/lib/schema";
import {
  BACKUP_KEY,
  UNREADABLE_KEY,
  loadDayReader,
  loadedReader,
  needsChecking,
  notifyDayChange,
  readBackup,
  readerState,
  readKey,
  readStored,
  replaceDay,
  restoreBackup,
  startFresh,
  STORAGE_KEY,
  writeDay,
  writtenDay,
  type Backup,
  type ReaderState,
  type ReplaceReason,
} from "./day-store";

const readDayText = () => readKey(STORAGE_KEY);
const readBackupText = () => readKey(BACKUP_KEY);

// Start loading the reader as soon as this module runs when a day is already waiting (a returning visitor, a share
// link), so that it arrives alongside the rest of the page rather than after it.
if (typeof window !== "undefined" && (needsChecking(readDayText()) || new URLSearchParams(window.location.search).has("day"))) {
  void loadDayReader().catch(() => undefined);
}

// ---- A share link: a guest --------------------------------------------------------------------------------------

export type SharedDayState =
  | { kind: "none" }
  /** A day is already kept here: the person chooses between it and the shared one. */
  | { kind: "asking"; day: Day; setAside: SetAside[] }
  /**
   * The shared day is open. The person's own day: "kept" in the backup to go back to, "unreadable" (set apart to
   * download), or "none" (there was nothing of theirs to keep).
   */
  | { kind: "opened"; ownDay: "kept" | "unreadable" | "none"; repairs: string[]; setAside: SetAside[] }
  | { kind: "kept" }
  | { kind: "problem"; message: string };

let shared: SharedDayState = { kind: "none" };
let shareLinkChecked = false;

function setShared(next: SharedDayState) {
  shared = next;
  notifyDayChange();
}

/** The address without ?day=, once the person has answered (a reload before then asks again). */
function clearShareParam() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("day")) return;
  url.searchParams.delete("day");
  window.history.replaceState(null, "", url);
}

/** The day kept here now, as the reader sees it: null when there is none or it holds nothing. */
function keptDay(dayReader: NonNullable<ReturnType<typeof loadedReader>>): { profile: Profile | null; hasContent: boolean; readable: boolean } {
  const raw = readDayText();
  if (raw === null) return { profile: null, hasContent: false, readable: true };
  const day = writtenDay()?.text === raw ? writtenDay()!.day : undefined;
  const read: DayRead = day ? { ok: true, day, setAside: [], repairs: [] } : readStored(raw, dayReader);
  // A day that cannot be read still holds something of the person's: ask before the link replaces it.
  if (!read.ok) return { profile: null, hasContent: true, readable: false };
  return { profile: read.day.profile, hasContent: !isEmptyDay(read.day), readable: true };
}

function applyShareLink() {
  if (shareLinkChecked) return;
  shareLinkChecked = true;
  const encoded = new URLSearchParams(window.location.search).get("day");
  if (encoded === null) return;
  loadDayReader().then(
    (dayReader) => {
      const kept = keptDay(dayReader);
      const read = dayReader.decodeShare(encoded, kept.profile ?? undefined);
      if (!read.ok) {
        clearShareParam();
        return setShared({ kind: "problem", message: `${read.message} Your own day is unchanged.` });
      }
      if (kept.hasContent) return setShared({ kind: "asking", day: read.day, setAside: read.setAside });
      // Nothing of the person's would be replaced: open it at once (an earlier backup stays where it is).
      replaceDay(read.day, "share");
      clearShareParam();
      setShared({ kind: "opened", ownDay: "none", repairs: read.repairs, setAside: read.setAside });
    },
    () => {
      setShared({ kind: "problem", message: "The shared day could not be opened just now. Your own day is unchanged; reload the page to try again." });
    },
  );
}

/** Opens the shared day the page asked about; the person's own day waits in the backup. */
export function openSharedDay() {
  if (shared.kind !== "asking") return;
  const dayReader = loadedReader();
  // A readable day waits in the backup, to go back to; one that could not be read is set apart, to download.
  const ownDay = !dayReader || keptDay(dayReader).readable ? "kept" : "unreadable";
  replaceDay(shared.day, "share");
  clearShareParam();
  setShared({ kind: "opened", ownDay, repairs: [], setAside: shared.setAside });
}

/** Keeps the person's own day; the shared one is not opened. */
export function keepOwnDay() {
  if (shared.kind !== "asking") return;
  clearShareParam();
  setShared({ kind: "kept" });
}

/** Back to the day that was kept before the shared one opened. */
export function backToOwnDay() {
  restoreBackup();
  setShared({ kind: "none" });
}

export const dismissShared = () => setShared({ kind: "none" });

function subscribe(onChange: () => void) {
  const changed = () => {
    // Another tab saved a day: it has to be checked like any day from outside.
    if (needsChecking(readDayText())) void loadDayReader().catch(() => undefined);
    onChange();
  };
  window.addEventListener("storage", changed);
  window.addEventListener("mineral-gap:day-changed", changed);
  applyShareLink();
  return () => {
    window.removeEventListener("storage", changed);
    window.removeEventListener("mineral-gap:day-changed", changed);
  };
}

/** What a share link in the address asked for, and what came of it. */
export function useSharedDay(): SharedDayState {
  return useSyncExternalStore(subscribe, () => shared, () => shared);
}

// ---- The day ----------------------------------------------------------------------------------------------------

export type SavedDay =
  | {
      status: "ok";
      day: Day;
      /** An edit of this day. */
      saveDay: (day: Day) => void;
      /** A new day in its place (an import, "Clear day"): the one it replaces is kept to restore. */
      replaceDay: (day: Day, reason: ReplaceReason) => void;
      /** What reading the kept day repaired, in words; empty once the page has saved it. */
      repairs: string[];
    }
  /** A day from outside is waiting for the reader: the page shows the empty day, and saves nothing over it. */
  | { status: "reading"; day: Day }
  | { status: "corrupt"; message: string; day: Day; raw: string; startFresh: () => void }
  | { status: "unavailable"; message: string; day: Day };

export function useSavedDay(): SavedDay {
  // On the server and in the first client render there is no storage: an empty day.
  const raw = useSyncExternalStore(subscribe, readDayText, () => null);
  const state = useSyncExternalStore<ReaderState>(subscribe, readerState, () => "loading");
  const saveDay = useCallback((day: Day) => writeDay(day), []);
  return useMemo((): SavedDay => {
    const ok = (day: Day, repairs: string[] = []): SavedDay => ({ status: "ok", day, saveDay, replaceDay, repairs });
    if (raw === null) return ok(emptyDay());
    const written = writtenDay();
    if (written?.text === raw) return ok(written.day);
    const dayReader = loadedReader();
    if (state === "failed" || !dayReader) {
      return state === "failed"
        ? { status: "unavailable", message: "Your saved day could not be opened just now. It is kept; reload the page to try again.", day: emptyDay() }
        : { status: "reading", day: emptyDay() };
    }
    const read = readStored(raw, dayReader);
    if (read.ok) return ok(read.day, read.repairs);
    return { status: "corrupt", message: read.message, day: emptyDay(), raw, startFresh };
  }, [raw, state, saveDay]);
}

/** A saved day that could not be read and was set apart when another replaced it, kept as it was; or null. */
export function useUnreadableDay(): string | null {
  return useSyncExternalStore(subscribe, () => readKey(UNREADABLE_KEY), () => null);
}

// ---- The day before the last replacement -------------------------------------------------------------------------

export type KeptBackup = { backup: Backup; foods: number; supplements: number; restore: () => void } | null;

/** The day kept before the last replacement, counted, with the way back to it. */
export function useBackup(): KeptBackup {
  const text = useSyncExternalStore(subscribe, readBackupText, () => null);
  const state = useSyncExternalStore<ReaderState>(subscribe, readerState, () => "loading");
  // A kept day is counted by the reader: load it when there is one.
  useEffect(() => {
    if (text !== null && state === "loading") void loadDayReader().catch(() => undefined);
  }, [text, state]);
  return useMemo(() => {
    const backup = text === null ? null : readBackup();
    const dayReader = state === "ready" ? loadedReader() : null;
    if (!backup || !dayReader) return null;
    const read = readStored(backup.text, dayReader);
    if (!read.ok) return null;
    return { backup, foods: read.day.entries.length, supplements: read.day.supplements.length, restore: restoreBackup };
  }, [text, state]);
}
