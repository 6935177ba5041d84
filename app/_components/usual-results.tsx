"use client";

import dynamic from "next/dynamic";
import { memo, useId } from "react";
import { USUAL_METHOD_NOTE, usualSentences } from "@/lib/analysis/sentences";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";
import type { Analysis, Usual } from "@/lib/schema/analysis";
import type { Condition } from "@/lib/schema/day";

import { DayByDayTable } from "./day-by-day-table";

const DayByDayChart = dynamic(() => import("./day-by-day-chart"), {
  ssr: false,
  loading: () => <div className="chart chart-loading">Loading chart…</div>,
});

type Props = {
  usual: Usual;
  targets: Analysis["targets"];
  conditions: readonly Condition[];
  /** One recorded day: only how sure it is, and a way to add another day. */
  onAddDay?: () => void;
};

/**
 * Recorded days: how sure their average says each mineral's usual intake is enough, then (with several) each day
 * against the target with the average, as a chart and as a table. Calcium is as it counts toward the target, as
 * everywhere; a potassium target set aside by a health condition is not judged.
 */
export const UsualResults = memo(function UsualResults({ usual, targets, conditions, onAddDay }: Props) {
  const id = useId();
  const sentences = usualSentences(usual, targets, conditions);
  return (
    <section className="usual" aria-labelledby={`${id}-sure`}>
      <h3 id={`${id}-sure`}>{usual.days === 1 ? "How sure is one day?" : "How sure is the average?"}</h3>
      <ul className="usual-sentences">
        {MINERALS.map((m) => (
          <li key={m}>
            <strong>{MINERAL_LABELS[m]}:</strong>{" "}
            {sentences[m]}
          </li>
        ))}
      </ul>
      <p className="help">{USUAL_METHOD_NOTE}</p>
      {onAddDay ? (
        <p className="help">
          One day says little about what you usually eat: add the other days you remember.{" "}
          <button type="button" className="link-button" onClick={onAddDay}>
            Add another day
          </button>{" "}
          (or Copy this day, under Your typical day, and change what differs).
        </p>
      ) : null}
      {usual.days > 1 ? (
        <>
          <h3 id={`${id}-days`}>Day by day</h3>
          <DayByDayChart usual={usual} targets={targets} />
          <DayByDayTable usual={usual} targets={targets} className="day-table" labelledBy={`${id}-days`} />
        </>
      ) : null}
    </section>
  );
});
