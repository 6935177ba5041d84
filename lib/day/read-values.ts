// The small readers lib/day/read.ts and lib/day/read-foods.ts share: a value as a person reads it, numbers typed as
// text, a word in any case, and a list read item by item with what cannot be read set aside.
import type { SetAside } from "../schema/day";

export type Obj = Record<string, unknown>;
export const isObject = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);

/** A value as a person would read it in a sentence: "0", "“brunch”", "nothing". */
export function shown(value: unknown): string {
  if (value === undefined || value === null || value === "") return "nothing";
  if (typeof value === "number") return Number.isFinite(value) ? value.toLocaleString("en-US", { maximumFractionDigits: 4 }) : "not a number";
  if (typeof value === "string") return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
  return typeof value === "object" ? "a list or object" : String(value);
}

/** A number, or a number typed as text ("120"); anything else is undefined. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** One of `options`, ignoring case and spaces ("Lunch " is "lunch"); else undefined. */
export function oneOfLoose<T extends string>(options: readonly T[], value: unknown): T | undefined {
  if (typeof value !== "string") return undefined;
  const wanted = value.trim().toLowerCase();
  return options.find((option) => option === wanted);
}

/**
 * A day's list of foods or supplements, each read by `readOne`: what it cannot read, and what passes the most a day
 * holds, is set aside with the reason; a list that is no list is set aside whole.
 */
export function readList<T>(
  raw: unknown,
  kind: SetAside["kind"],
  what: string,
  most: number,
  readOne: (item: unknown, index: number) => { ok: true; value: T; label: string } | { ok: false; label: string; reason: string },
  setAside: SetAside[],
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    setAside.push({ kind, item: raw, label: `The list of ${what}`, reason: `It is not a list of ${what}, so none of it could be read.` });
    return [];
  }
  const values: T[] = [];
  raw.forEach((item, index) => {
    const read = readOne(item, index);
    if (!read.ok) setAside.push({ kind, item, label: read.label, reason: read.reason });
    else if (values.length >= most) setAside.push({ kind, item, label: read.label, reason: `A day holds at most ${most} ${what}.` });
    else values.push(read.value);
  });
  return values;
}
