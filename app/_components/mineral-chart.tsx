"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";
import type { Analysis } from "@/lib/schema/analysis";
import type { Condition } from "@/lib/schema/day";
import { HELD_POTASSIUM_STATUS, targetHeld } from "@/lib/analysis/sentences";
import { percentAxis } from "./percent-axis";
import { STATUS_COLORS, STATUS_TEXT } from "./status";

/** A target that does not apply to this person is neither below nor met: a neutral grey. */
const HELD_COLOR = "#6b7773";

/** One bar per mineral as % of its target, a 100% line, colour and words for below / meets / above the limit. */
export default function MineralChart({ analysis, conditions = [] }: { analysis: Analysis; conditions?: readonly Condition[] }) {
  const data = MINERALS.map((mineral) => {
    const percent = analysis.percent[mineral];
    const status = analysis.status[mineral];
    const held = targetHeld(mineral, conditions);
    return {
      mineral: MINERAL_LABELS[mineral],
      percent,
      status,
      color: held ? HELD_COLOR : STATUS_COLORS[status],
      label: `${Math.round(percent)}% · ${held ? HELD_POTASSIUM_STATUS : STATUS_TEXT[status]}`,
    };
  });
  const { top, ticks } = percentAxis(data.map((d) => d.percent));
  return (
    <div className="chart" role="img" aria-label="Bar chart of the percentages listed below">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 28, right: 12, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#e2e8e5" />
          <XAxis dataKey="mineral" tick={{ fill: "#1c2421", fontSize: 14 }} tickLine={false} axisLine={{ stroke: "#8a9994" }} />
          <YAxis
            domain={[0, top]}
            ticks={ticks}
            tickFormatter={(value: number) => `${value}%`}
            tick={{ fill: "#4f5d58", fontSize: 12 }}
            width={48}
            axisLine={false}
            tickLine={false}
          />
          <ReferenceLine y={100} stroke="#1c2421" strokeDasharray="6 4" label={{ value: "100% of target", position: "insideTopRight", fill: "#1c2421", fontSize: 12 }} />
          <Bar dataKey="percent" radius={[6, 6, 0, 0]} isAnimationActive={false} maxBarSize={90}>
            {data.map((d) => (
              <Cell key={d.mineral} fill={d.color} />
            ))}
            <LabelList dataKey="label" position="top" fill="#1c2421" fontSize={13} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
