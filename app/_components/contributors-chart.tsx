"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";
import type { Analysis } from "@/lib/schema/analysis";
import { topContributors } from "@/lib/analysis/contributors";
import { useNameStyle } from "./food-name";

// Okabe–Ito palette: distinguishable with colour-vision deficiencies.
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];
const OTHER_COLOR = "#9aa5a1";

/** Each mineral's bar split by the foods that supply it, as % of the target. */
export default function ContributorsChart({ analysis }: { analysis: Analysis }) {
  const { series, rows } = topContributors(analysis, PALETTE.length, useNameStyle());
  const data = MINERALS.map((mineral) => ({
    mineral: MINERAL_LABELS[mineral],
    ...Object.fromEntries(series.map((s) => [s.key, rows[mineral][s.key] ?? 0])),
  }));
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={240 + Math.ceil(series.length / 2) * 22}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#e2e8e5" />
          <XAxis type="number" tickFormatter={(value: number) => `${value}%`} tick={{ fill: "#4f5d58", fontSize: 12 }} />
          <YAxis type="category" dataKey="mineral" width={86} tick={{ fill: "#1c2421", fontSize: 13 }} />
          <Tooltip formatter={(value) => `${Math.round(Number(value))}% of target`} />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span className="legend-text">{value}</span>} />
          <ReferenceLine x={100} stroke="#1c2421" strokeDasharray="6 4" />
          {series.map((s, index) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId="foods"
              fill={s.key === "other" ? OTHER_COLOR : PALETTE[index % PALETTE.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
