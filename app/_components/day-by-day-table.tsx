// Each recorded day's totals, their average and the target, calcium as it counts toward the target: one table for
// the page (a client component) and the doctor's report (a server component), so it has no hooks of its own.
import { formatWhole } from "@/lib/format";
import { towardTarget } from "@/lib/analysis/sentences";
import { MINERALS } from "@/lib/constants";
import type { Analysis, Mineral, Usual } from "@/lib/schema/analysis";

const SYMBOLS: Record<Mineral, string> = { magnesium: "Mg", potassium: "K", calcium: "Ca" };

type Props = {
  usual: Usual;
  targets: Analysis["targets"];
  className: string;
  /** The table's name: its own caption (the report), or the heading above it (the page). */
  caption?: string;
  labelledBy?: string;
};

export function DayByDayTable({ usual, targets, className, caption, labelledBy }: Props) {
  const countedMean = usual.perDay.reduce((sum, d) => sum + d.calciumCounted, 0) / usual.perDay.length;
  const cells = (totals: Usual["mean"], calcium: number) =>
    MINERALS.map((m) => (
      <td key={m} className="num">
        {formatWhole(towardTarget(m, totals, calcium))}
      </td>
    ));
  return (
    <table className={className} aria-labelledby={labelledBy}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">Day</th>
          {MINERALS.map((m) => (
            <th key={m} scope="col" className="num">
              <abbr title={m}>{SYMBOLS[m]}</abbr> mg
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {usual.perDay.map((d, index) => (
          <tr key={index}>
            <th scope="row">{d.label}</th>
            {cells(d.totals, d.calciumCounted)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Average</th>
          {cells(usual.mean, countedMean)}
        </tr>
        <tr>
          <th scope="row">Target</th>
          {MINERALS.map((m) => (
            <td key={m} className="num">
              {formatWhole(targets[m].amount)}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
