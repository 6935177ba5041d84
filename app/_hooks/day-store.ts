"use client";

// Where the person's day is kept in the browser, and the only code that writes it. Two places in localStorage: the
// day itself (versioned JSON), and the last few days something replaced (an import, a shared day, "Clear day",
// "Start fresh", a restore), kept as they were, newest first: a readable one can be restored, one that could not be
// read downloaded. Nothing is replaced without the list keeping it.
//
// The reader (lib/day/read.ts, with its validator) loads only when there is a day from outside the page to read.
import { emptyDay, isEmptyDay, serializeDay } from "@/lib/day/day";
import type { DayRead } from "@/lib/day/read";
import type { Day } from "@/lib/schema/day";

export const STORAGE_KEY = "mineral-gap:day";
export const KEPT_KEY = "mineral-gap:kept-days";
export const CHANGE_EVENT = "mineral-gap:day-changed";

type DayReader = typeof import("@/lib/day/read");

let reader: DayReader | null = null;
let readerFailed = false;
let readerLoading: Promise<DayReader> | null = null;

export const notifyDayChange = () => window.dispatchEvent(new Event(CHANGE_EVENT));

/** The day reader (and its validator), loaded once; the page re-reads the day when it arrives. */
export function loadDayReader(): Promise<DayReader> {
  readerLoading ??= import("@/lib/day/read").then(
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
    // The day, the kept days and a shared day: a few texts are read at a time, never many.
    if (reads.size > KEPT_DAYS + 3) reads.delete(reads.keys().next().value!);
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

// ---- Days kept before a replacement ------------------------------------------------------------------------------

/** Why a kept day was replaced; said beside "Restore". */
export type ReplaceReason = "import" | "share" | "clear" | "fresh" | "restore" | "repair";
/**
 * A day that something replaced, kept as its stored text: `readable` ones can be restored, the others downloaded.
 * `id` names it, so that "Back to my day" restores the very day a shared link replaced, whatever came after.
 */
export type KeptDay = { id: string; savedAt: string; reason: ReplaceReason; text: string; readable: boolean };

/** How many replaced days are kept, newest first: enough to undo a few replacements in a row, never unbounded. */
export const KEPT_DAYS = 5;
const REASONS: readonly ReplaceReason[] = ["import", "share", "clear", "fresh", "restore", "repair"];

export function readKept(): KeptDay[] {
  const raw = readKey(KEPT_KEY);
  if (raw === null) return [];
  try {
    const list = JSON.parse(raw) as unknown;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (k): k is KeptDay =>
        typeof k === "object" && k !== null && typeof k.id === "string" && typeof k.text === "string" && typeof k.savedAt === "string" && typeof k.readable === "boolean" && REASONS.includes(k.reason),
    );
  } catch {
    return [];
  }
}

const writeKept = (list: readonly KeptDay[]) => writeKey(KEPT_KEY, JSON.stringify(list.slice(0, KEPT_DAYS)));

/** The stored day as read: the page's own, or read by the reader; undefined while the reader is not there. */
export function currentRead(raw: string): DayRead | undefined {
  if (raw === written?.text) return { ok: true, day: written.day, setAside: [], repairs: [] };
  return reader ? readStored(raw, reader) : undefined;
}

let keptCounter = 0;

/**
 * The stored day, if any, is kept before it is replaced, first in the list; its id, or null when there was nothing
 * of the person's to keep (no day, or an empty one, which never pushes a kept day out).
 */
function keepCurrent(reason: ReplaceReason): string | null {
  const raw = readKey(STORAGE_KEY);
  if (raw === null) return null;
  const read = currentRead(raw);
  if (read?.ok && isEmptyDay(read.day)) return null;
  const id = `${Date.now().toString(36)}-${(keptCounter++).toString(36)}`;
  // A day not yet read (the reader still loading) is kept as readable: restoring it reads it then.
  writeKept([{ id, savedAt: new Date().toISOString(), reason, text: raw, readable: read?.ok ?? true }, ...readKept()]);
  return id;
}

/** Replaces the whole day (an import, a shared day, a cleared day), keeping the one it replaces; the kept day's id. */
export function replaceDay(day: Day, reason: ReplaceReason): string | null {
  const id = keepCurrent(reason);
  writeDay(day);
  return id;
}

/** Brings a kept day back as the day; the day it replaces is kept in its turn (so a restore can be undone too). */
export function restoreKept(id: string) {
  const kept = readKept().find((k) => k.id === id && k.readable);
  if (!kept) return;
  writeKept(readKept().filter((k) => k.id !== id));
  keepCurrent("restore");
  written = null;
  writeKey(STORAGE_KEY, kept.text);
  notifyDayChange();
}

/** The person does not want a kept day any more (after downloading one that could not be read, say). */
export function forgetKept(id: string) {
  writeKept(readKept().filter((k) => k.id !== id));
  notifyDayChange();
}

/** Sets an unreadable day apart (it stays downloadable) and starts an empty one. */
export function startFresh() {
  replaceDay(emptyDay(), "fresh");
}
