"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";
import { towardTarget } from "@/lib/analysis/sentences";
import type { Analysis, Usual } from "@/lib/schema/analysis";
import { percentAxis } from "./percent-axis";

const LINE_COLOR = "#1d4ed8";

/**
 * Each mineral per day as % of its target: one small chart per mineral, the target as a dashed line and the average
 * of the days as a solid one. The table beside it holds the same numbers in mg.
 */
export default function DayByDayChart({ usual, targets }: { usual: Usual; targets: Analysis["targets"] }) {
  return (
    <div className="day-charts" role="img" aria-label="Line charts of the day-by-day figures in the table below">
      {MINERALS.map((m) => {
        const target = targets[m].amount;
        const toward = (totals: Usual["mean"], counted: number) => (towardTarget(m, totals, counted) / target) * 100;
        const data = usual.perDay.map((d) => ({ day: d.label, percent: toward(d.totals, d.calciumCounted) }));
        const average = data.reduce((sum, d) => sum + d.percent, 0) / data.length;
        const { top, ticks } = percentAxis([...data.map((d) => d.percent), average]);
        return (
          <figure key={m} className="day-chart">
            <figcaption>{MINERAL_LABELS[m]}</figcaption>
            <ResponsiveContainer width="100%" height={150}>
              <LineChart data={data} margin={{ top: 12, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid vertical={false} stroke="#e2e8e5" />
                <XAxis dataKey="day" tick={{ fill: "#1c2421", fontSize: 12 }} tickLine={false} axisLine={{ stroke: "#8a9994" }} interval="preserveStartEnd" />
                <YAxis domain={[0, top]} ticks={ticks} tickFormatter={(value: number) => `${value}%`} tick={{ fill: "#4f5d58", fontSize: 11 }} width={44} axisLine={false} tickLine={false} />
                <ReferenceLine y={100} stroke="#1c2421" strokeDasharray="6 4" label={{ value: "target", position: "insideTopRight", fill: "#1c2421", fontSize: 11 }} />
                <ReferenceLine y={average} stroke="#b45309" strokeWidth={2} label={{ value: "average", position: "insideBottomLeft", fill: "#7c2d12", fontSize: 11 }} />
                <Line dataKey="percent" stroke={LINE_COLOR} strokeWidth={2} dot={{ r: 4, fill: LINE_COLOR }} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </figure>
        );
      })}
    </div>
  );
}
