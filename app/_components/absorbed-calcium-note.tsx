"use client";

import { absorbedCalciumNote } from "@/lib/intake/absorption";
import type { Analysis } from "@/lib/schema/analysis";

/** Calcium as absorbed, where it differs from the label's by more than 10%: the two figures and the studies. */
export default function AbsorbedCalciumNote({ analysis }: { analysis: Analysis }) {
  const note = absorbedCalciumNote(analysis);
  return note ? <p className="help">{note}</p> : null;
}
