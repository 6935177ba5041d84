"use client";

import dynamic from "next/dynamic";
import { memo, useId } from "react";
import { formatWhole } from "@/lib/format";
import { USUAL_METHOD_NOTE, usualSentence } from "@/lib/analysis/sentences";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";
import type { Analysis, Usual } from "@/lib/schema/analysis";

const DayByDayChart = dynamic(() => import("./day-by-day-chart"), {
  ssr: false,
  loading: () => <div className="chart chart-loading">Loading chart…</div>,
});

/**
 * Several recorded days: how sure their average says each mineral's usual intake is enough, then each day against
 * the target with the average, as a chart and as a table. Calcium is as it counts toward the target, as everywhere.
 */
export const UsualResults = memo(function UsualResults({ usual, targets }: { usual: Usual; targets: Analysis["targets"] }) {
  const id = useId();
  const judged = (m: (typeof MINERALS)[number], totals: Usual["mean"], counted: number) => (m === "calcium" ? counted : totals[m]);
  const meanCounted = usual.perDay.reduce((sum, d) => sum + d.calciumCounted, 0) / usual.perDay.length;
  return (
    <section className="usual" aria-labelledby={`${id}-sure`}>
      <h3 id={`${id}-sure`}>How sure is the average?</h3>
      <ul className="usual-sentences">
        {MINERALS.map((m) => (
          <li key={m}>
            <strong>{MINERAL_LABELS[m]}:</strong> {usualSentence(m, usual.adequacy[m], judged(m, usual.mean, meanCounted), usual.days)}
          </li>
        ))}
      </ul>
      <p className="help">{USUAL_METHOD_NOTE}</p>
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
    </section>
  );
});
