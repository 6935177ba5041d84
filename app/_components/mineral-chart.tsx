"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";
import type { Analysis } from "@/lib/schema/analysis";
import type { Condition } from "@/lib/schema/day";
import { HELD_POTASSIUM_STATUS, targetHeld } from "@/lib/analysis/sentences";
import { percentAxis } from "./percent-axis";
import { STATUS_COLORS, shownStatus } from "./status";

/** A target that does not apply to this person is neither below nor met: a neutral grey. */
const HELD_COLOR = "#6b7773";

/** Words on lines of at most 11 characters (under a third of a 320 px chart), so that neighbours never meet. */
function wrapped(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= 11) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A mineral's name under its bar, and its % and status on the lines below: under the axis, where no bar or target
 * line can run into them (on top of the bars they met the 100% line at about 100%, and each other on a phone).
 */
function MineralTick({ x, y, payload, rows }: { x?: number; y?: number; payload?: { value: string }; rows: ReadonlyMap<string, readonly [string, string]> }) {
  const [percent, status] = rows.get(payload?.value ?? "") ?? ["", ""];
  return (
    <text x={x} y={y} textAnchor="middle" fill="#1c2421">
      <tspan x={x} dy="1em" fontSize={13}>
        {payload?.value}
      </tspan>
      <tspan x={x} dy="1.25em" fontSize={12} fontWeight={600}>
        {percent}
      </tspan>
      {wrapped(status).map((line) => (
        <tspan key={line} x={x} dy="1.2em" fontSize={11} fill="#4f5d58">
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** One bar per mineral as % of its target, a 100% line, colour and words for below / meets / above the limit. */
export default function MineralChart({ analysis, conditions = [] }: { analysis: Analysis; conditions?: readonly Condition[] }) {
  const data = MINERALS.map((mineral) => {
    const percent = analysis.percent[mineral];
    const { status, words } = shownStatus(analysis, mineral);
    const held = targetHeld(mineral, conditions);
    return {
      mineral: MINERAL_LABELS[mineral],
      percent,
      status,
      color: held ? HELD_COLOR : STATUS_COLORS[status],
      words: [`${Math.round(percent)}%`, held ? HELD_POTASSIUM_STATUS : words] as const,
    };
  });
  const rows = new Map(data.map((d) => [d.mineral, d.words]));
  const { top, ticks } = percentAxis(data.map((d) => d.percent));
  return (
    <div className="chart" role="img" aria-label="Bar chart of the percentages listed below">
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={data} margin={{ top: 12, right: 4, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#e2e8e5" />
          <XAxis dataKey="mineral" tick={<MineralTick rows={rows} />} height={Math.max(96, 16 + 16 * Math.max(...data.map((d) => 2 + wrapped(d.words[1]).length)))} interval={0} tickLine={false} axisLine={{ stroke: "#8a9994" }} />
          <YAxis
            domain={[0, top]}
            ticks={ticks}
            tickFormatter={(value: number) => `${value}%`}
            tick={{ fill: "#4f5d58", fontSize: 12 }}
            width={42}
            axisLine={false}
            tickLine={false}
          />
          {/* The 100% line is named by its tick on the % axis and by the text under the chart, not by a label on it. */}
          <ReferenceLine y={100} stroke="#1c2421" strokeDasharray="6 4" />
          <Bar dataKey="percent" radius={[6, 6, 0, 0]} isAnimationActive={false} maxBarSize={90}>
            {data.map((d) => (
              <Cell key={d.mineral} fill={d.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <p className="chart-key">Dashed line: 100% of your target.</p>
    </div>
  );
}
