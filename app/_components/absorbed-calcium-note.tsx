"use client";

import { countedCalciumNote } from "@/lib/intake/absorption";
import type { Analysis } from "@/lib/schema/analysis";
import { runningText } from "@/lib/format";

/** Calcium toward the target, where it differs from the labels': the two figures, why, and the studies. */
export default function AbsorbedCalciumNote({ analysis }: { analysis: Analysis }) {
  const note = countedCalciumNote(analysis);
  return note ? <p className="help">{runningText(note)}</p> : null;
}
