"use client";
// The day's three minerals in short, where the person is once they add foods: on a phone the full results are
// about 3,000 px further down. One line each, and a link to the rest.
import { useEffect, useId, useRef } from "react";
import { formatWhole } from "@/lib/format";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";
import type { Analysis } from "@/lib/schema/analysis";

export function DaySummary({ analysis, working }: { analysis: Analysis | undefined; working: boolean }) {
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  // Shown after an add: brought into view, since the preview it replaces may have been long, and again once its
  // figures arrive (the day's rows growing under it can move the page meanwhile); never after the first seconds,
  // when the person may be scrolling on their own.
  const shownAt = useRef(0);
  useEffect(() => {
    shownAt.current ||= performance.now();
    if (performance.now() - shownAt.current < 3000) ref.current?.scrollIntoView({ block: "nearest" });
  }, [working]);
  return (
    <section ref={ref} className="day-summary" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Your day so far</h3>
      {working || !analysis ? (
        <p className="help" role="status">
          Working out your minerals…
        </p>
      ) : (
        <ul>
          {MINERALS.map((m) => (
            <li key={m}>
              <strong>{MINERAL_LABELS[m]}</strong>: {formatWhole(analysis.percent[m])}% of target
              {analysis.gaps[m] > 0 ? `, ${formatWhole(analysis.gaps[m])} mg to go` : ", target met"}
            </li>
          ))}
        </ul>
      )}
      <a href="#results-heading">See the full results</a>
    </section>
  );
}
