"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";
import type { Analysis, Mineral } from "@/lib/schema/analysis";
import { percentAxis } from "./percent-axis";

/** Each mineral's % of target now and with the suggestions added, side by side. */
export default function BeforeAfterChart({ analysis, afterTotals }: { analysis: Analysis; afterTotals: Record<Mineral, number> }) {
  const data = MINERALS.map((m) => ({
    mineral: MINERAL_LABELS[m],
    now: Math.round(analysis.percent[m]),
    after: Math.round((afterTotals[m] / analysis.targets[m].amount) * 100),
  }));
  const { top, ticks } = percentAxis(data.flatMap((d) => [d.now, d.after]));
  return (
    <div className="chart" role="img" aria-label="Bar chart of the percentages listed below">
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 16, right: 12, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#e2e8e5" />
          {/* Every mineral named, even at 320 px (Recharts would otherwise drop a name it finds crowded). */}
          <XAxis dataKey="mineral" tick={{ fill: "#1c2421", fontSize: 12 }} tickLine={false} interval={0} />
          <YAxis domain={[0, top]} ticks={ticks} tickFormatter={(value: number) => `${value}%`} tick={{ fill: "#4f5d58", fontSize: 12 }} width={48} axisLine={false} tickLine={false} />
          <ReferenceLine y={100} stroke="#1c2421" strokeDasharray="6 4" />
          <Legend formatter={(value) => <span className="legend-text">{value}</span>} />
          <Bar dataKey="now" name="Your day now" fill="#b45309" isAnimationActive={false} maxBarSize={48} />
          <Bar dataKey="after" name="With the suggestions" fill="#0f5c4c" isAnimationActive={false} maxBarSize={48} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
