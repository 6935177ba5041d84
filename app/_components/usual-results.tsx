"use client";

import dynamic from "next/dynamic";
import { memo, useId } from "react";
import { formatWhole } from "@/lib/format";
import { HELD_POTASSIUM_USUAL, targetHeld, USUAL_METHOD_NOTE, usualSentence } from "@/lib/analysis/sentences";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";
import type { Analysis, Usual } from "@/lib/schema/analysis";
import type { Condition } from "@/lib/schema/day";

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
  const judged = (m: (typeof MINERALS)[number], totals: Usual["mean"], counted: number) => (m === "calcium" ? counted : totals[m]);
  const meanCounted = usual.perDay.reduce((sum, d) => sum + d.calciumCounted, 0) / usual.perDay.length;
  return (
    <section className="usual" aria-labelledby={`${id}-sure`}>
      <h3 id={`${id}-sure`}>{usual.days === 1 ? "How sure is one day?" : "How sure is the average?"}</h3>
      <ul className="usual-sentences">
        {MINERALS.map((m) => (
          <li key={m}>
            <strong>{MINERAL_LABELS[m]}:</strong>{" "}
            {targetHeld(m, conditions) ? HELD_POTASSIUM_USUAL : usualSentence(m, usual.adequacy[m], judged(m, usual.mean, meanCounted), usual.days, targets[m].kind)}
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
      {usual.days > 1 ? <DayByDay usual={usual} targets={targets} judged={judged} meanCounted={meanCounted} id={id} /> : null}
    </section>
  );
});

function DayByDay({
  usual,
  targets,
  judged,
  meanCounted,
  id,
}: {
  usual: Usual;
  targets: Analysis["targets"];
  judged: (m: (typeof MINERALS)[number], totals: Usual["mean"], counted: number) => number;
  meanCounted: number;
  id: string;
}) {
  return (
    <>
      <h3 id={`${id}-days`}>Day by day</h3>
      <DayByDayChart usual={usual} targets={targets} />
      <table className="day-table" aria-labelledby={`${id}-days`}>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {MINERALS.map((m) => (
              <th key={m} scope="col">
                {MINERAL_LABELS[m]} mg
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {usual.perDay.map((d, index) => (
            <tr key={index}>
              <th scope="row">{d.label}</th>
              {MINERALS.map((m) => (
                <td key={m}>{formatWhole(judged(m, d.totals, d.calciumCounted))}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Average</th>
            {MINERALS.map((m) => (
              <td key={m}>{formatWhole(judged(m, usual.mean, meanCounted))}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Target</th>
            {MINERALS.map((m) => (
              <td key={m}>{formatWhole(targets[m].amount)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </>
  );
}
