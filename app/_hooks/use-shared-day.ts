"use client";

// A share link (?day=…) is a guest. Over a day already kept in this browser the page asks first: open the shared
// day (the person's own is kept, to come back to with "Back to my day") or keep mine. With nothing of the person's
// to replace, it opens at once. The address loses ?day= once the person has answered, so a reload before then asks
// again.
import { useSyncExternalStore } from "react";
import { isEmptyDay } from "@/lib/day/day";
import type { Day, Profile, SetAside } from "@/lib/schema/day";
import { currentRead, loadDayReader, notifyDayChange, readKept, readKey, replaceDay, restoreKept, STORAGE_KEY } from "./day-store";
import { subscribeToDay } from "./use-saved-day";

export type SharedDayState =
  | { kind: "none" }
  /** A day is already kept here: the person chooses between it and the shared one. */
  | { kind: "asking"; day: Day; setAside: SetAside[]; repairs: string[] }
  /**
   * The shared day is open. The person's own day: kept (`ownDayId` names it in the kept days, to go back to),
   * kept but unreadable (downloadable), or none (there was nothing of theirs to keep).
   */
  | { kind: "opened"; ownDay: "kept" | "unreadable" | "none"; ownDayId: string | null; repairs: string[] }
  | { kind: "kept" }
  | { kind: "problem"; message: string };

let shared: SharedDayState = { kind: "none" };
let shareLinkChecked = false;

function setShared(next: SharedDayState) {
  shared = next;
  notifyDayChange();
}

function clearShareParam() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("day")) return;
  url.searchParams.delete("day");
  window.history.replaceState(null, "", url);
}

/** The day kept here now: its profile (for a link's missing fields), and whether it holds anything of the person's. */
function ownDayNow(): { profile: Profile | undefined; hasContent: boolean } {
  const raw = readKey(STORAGE_KEY);
  const read = raw === null ? undefined : currentRead(raw);
  if (raw === null) return { profile: undefined, hasContent: false };
  // A day that cannot be read still holds something of the person's: ask before the link replaces it.
  if (!read?.ok) return { profile: undefined, hasContent: true };
  return { profile: read.day.profile, hasContent: !isEmptyDay(read.day) };
}

/** Opens the shared day in place of the person's own, which is kept; says what became of it. */
function open(day: Day, repairs: string[]) {
  const ownDayId = replaceDay(day, "share");
  clearShareParam();
  const kept = ownDayId === null ? undefined : readKept().find((k) => k.id === ownDayId);
  setShared({ kind: "opened", ownDay: !kept ? "none" : kept.readable ? "kept" : "unreadable", ownDayId, repairs });
}

function applyShareLink() {
  if (shareLinkChecked) return;
  shareLinkChecked = true;
  const encoded = new URLSearchParams(window.location.search).get("day");
  if (encoded === null) return;
  loadDayReader().then(
    (dayReader) => {
      const own = ownDayNow();
      const read = dayReader.decodeShare(encoded, own.profile);
      if (!read.ok) {
        clearShareParam();
        return setShared({ kind: "problem", message: `${read.message} Your own day is unchanged.` });
      }
      if (own.hasContent) return setShared({ kind: "asking", day: read.day, setAside: read.setAside, repairs: read.repairs });
      open(read.day, read.repairs);
    },
    () => setShared({ kind: "problem", message: "The shared day could not be opened just now. Your own day is unchanged; reload the page to try again." }),
  );
}

/** Opens the shared day the page asked about; the person's own day is kept, to go back to. */
export function openSharedDay() {
  if (shared.kind === "asking") open(shared.day, shared.repairs);
}

/** Keeps the person's own day; the shared one is not opened. */
export function keepOwnDay() {
  if (shared.kind !== "asking") return;
  clearShareParam();
  setShared({ kind: "kept" });
}

/** Back to the very day the shared one replaced, whatever replaced days came after it. */
export function backToOwnDay() {
  if (shared.kind === "opened" && shared.ownDayId) restoreKept(shared.ownDayId);
  setShared({ kind: "none" });
}

export const dismissShared = () => setShared({ kind: "none" });

function subscribe(onChange: () => void) {
  const unsubscribe = subscribeToDay(onChange);
  applyShareLink();
  return unsubscribe;
}

/** What a share link in the address asked for, and what came of it. */
export function useSharedDay(): SharedDayState {
  return useSyncExternalStore(subscribe, () => shared, () => shared);
}
