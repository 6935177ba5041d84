"use client";

import { calciumAsAbsorbedNote, shortCitation } from "@/lib/intake/absorption";
import type { Analysis } from "@/lib/schema/analysis";

/** Calcium as absorbed, where it differs from the label's by more than 10%: the two figures and the studies. */
export default function AbsorbedCalciumNote({ analysis }: { analysis: Analysis }) {
  const absorbed = calciumAsAbsorbedNote(analysis);
  if (!absorbed) return null;
  return (
    <p className="help">
      {absorbed.text} Source: {absorbed.sources.map(shortCitation).join("; ")}.
    </p>
  );
}
