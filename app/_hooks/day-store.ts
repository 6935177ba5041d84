"use client";

// Where the person's day is kept in the browser, and the only code that writes it. Three places in localStorage:
// the day itself (versioned JSON), the last good day before anything replaced it (an import, a shared day, "Clear
// day", "Start fresh", a restore), so it can be restored, and a day that could not be read, kept as it was. Nothing
// is ever overwritten without one of those two keeping it.
//
// The reader (lib/day-parse.ts, with its validator) loads only when there is a day from outside the page to read.
import { emptyDay, isEmptyDay, serializeDay } from "@/lib/day";
import type { DayRead } from "@/lib/day-parse";
import type { Day } from "@/lib/schema";

export const STORAGE_KEY = "mineral-gap:day";
export const BACKUP_KEY = "mineral-gap:day-backup";
export const UNREADABLE_KEY = "mineral-gap:day-unreadable";
const CHANGE_EVENT = "mineral-gap:day-changed";

type DayReader = typeof import("@/lib/day-parse");

let reader: DayReader | null = null;
let readerFailed = false;
let readerLoading: Promise<DayReader> | null = null;

export const notifyDayChange = () => window.dispatchEvent(new Event(CHANGE_EVENT));

/** The day reader (and its validator), loaded once; the page re-reads the day when it arrives. */
export function loadDayReader(): Promise<DayReader> {
  readerLoading ??= import("@/lib/day-parse").then(
    (module) => {
      reader = module;
      notifyDayChange();
      return module;
    },
    (error: unknown) => {
      readerFailed = true;
      notifyDayChange();
      throw error;
    },
  );
  return readerLoading;
}

export type ReaderState = "ready" | "loading" | "failed";
export const readerState = (): ReaderState => (reader ? "ready" : readerFailed ? "failed" : "loading");
export const loadedReader = () => reader;

// Where localStorage is unavailable (private modes, blocked storage) the day still works for the visit.
const memory = new Map<string, string>();

export function readKey(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

function writeKey(key: string, text: string) {
  memory.set(key, text);
  try {
    window.localStorage.setItem(key, text);
  } catch {
    // storage full or blocked: the in-memory copy keeps the visit working
  }
}

/** The last day this page wrote, with its text: it needs no checking when it is read back. */
let written: { text: string; day: Day } | null = null;
export const writtenDay = () => written;

/** Whether the stored day came from somewhere other than this page, so it must be checked. */
export function needsChecking(raw: string | null): boolean {
  return raw !== null && raw !== written?.text;
}

// One reading per stored text: the same text always gives the same day (and the same new ids for rows that had none).
const reads = new Map<string, DayRead>();
export function readStored(raw: string, dayReader: DayReader): DayRead {
  let read = reads.get(raw);
  if (!read) {
    read = dayReader.readDay(raw);
    reads.set(raw, read);
    // The day, its backup and a shared day: a few texts are read at a time, never many.
    if (reads.size > 4) reads.delete(reads.keys().next().value!);
  }
  return read;
}

/** Saves the day as the person's day: an edit of the day they are looking at. */
export function writeDay(day: Day) {
  const text = serializeDay(day);
  written = { text, day };
  writeKey(STORAGE_KEY, text);
  notifyDayChange();
}

// ---- The day before the last replacement ----------------------------------------------------------------------

/** Why the previous day was replaced; said beside "Restore". */
export type ReplaceReason = "import" | "share" | "clear" | "fresh" | "restore";
export type Backup = { savedAt: string; reason: ReplaceReason; text: string };

const REASONS: readonly ReplaceReason[] = ["import", "share", "clear", "fresh", "restore"];

export function readBackup(): Backup | null {
  const raw = readKey(BACKUP_KEY);
  if (raw === null) return null;
  try {
    const backup = JSON.parse(raw) as Partial<Backup>;
    if (typeof backup.text !== "string" || typeof backup.savedAt !== "string" || !REASONS.includes(backup.reason as ReplaceReason)) return null;
    return backup as Backup;
  } catch {
    return null;
  }
}

/** The stored day as read: the page's own, or read by the reader; undefined while the reader is not there. */
function currentRead(current: string): DayRead | undefined {
  if (current === written?.text) return { ok: true, day: written.day, setAside: [], repairs: [] };
  return reader ? readStored(current, reader) : undefined;
}

/**
 * The stored day, if any, keeps its place before it is replaced: a readable one as the backup, one that cannot be
 * read set apart. An empty day has nothing of the person's to keep, so it never pushes an earlier backup out.
 */
function keepCurrent(reason: ReplaceReason) {
  const current = readKey(STORAGE_KEY);
  if (current === null) return;
  const read = currentRead(current);
  if (read?.ok && isEmptyDay(read.day)) return;
  if (!read || read.ok) writeKey(BACKUP_KEY, JSON.stringify({ savedAt: new Date().toISOString(), reason, text: current } satisfies Backup));
  else writeKey(UNREADABLE_KEY, current);
}

function removeKey(key: string) {
  memory.delete(key);
  try {
    window.localStorage.removeItem(key);
  } catch {
    // blocked storage: only the in-memory copy was there
  }
}

/** Replaces the whole day (an import, a shared day, a cleared day), keeping the one it replaces to restore. */
export function replaceDay(day: Day, reason: ReplaceReason) {
  keepCurrent(reason);
  writeDay(day);
}

/** Swaps the day and its backup: the backup becomes the day, and the day the backup (so a restore can be undone). */
export function restoreBackup() {
  const backup = readBackup();
  if (!backup) return;
  const current = readKey(STORAGE_KEY);
  const read = current === null ? undefined : currentRead(current);
  // An empty day is not worth swapping back to: the backup simply becomes the day.
  if (current === null || (read?.ok && isEmptyDay(read.day))) removeKey(BACKUP_KEY);
  else keepCurrent("restore");
  written = null;
  writeKey(STORAGE_KEY, backup.text);
  notifyDayChange();
}

/** The person downloaded (or does not want) the day that could not be read: it is removed. */
export function forgetUnreadable() {
  removeKey(UNREADABLE_KEY);
  notifyDayChange();
}

/** Sets an unreadable day apart (it stays downloadable) and starts an empty one. */
export function startFresh() {
  replaceDay(emptyDay(), "fresh");
}
