import { INTAKE_KIND_NAMES } from "@/lib/intake/words";
import type { Analysis } from "@/lib/schema/analysis";
import type { Condition } from "@/lib/schema/day";
import { HELD_POTASSIUM_STATUS } from "@/lib/analysis/sentences";
import { totalsRows } from "@/lib/analysis/totals";
import { shownStatus } from "./status";

const QUALIFIED = /^(at least |up to )(.*)$/;

/** "at least 563": the qualifier in its own span, so the page can set it above the number and the report inline. */
function Qualified({ text }: { text: string }) {
  const match = QUALIFIED.exec(text);
  if (!match) return <>{text}</>;
  return (
    <>
      <span className="at-least">{match[1]}</span>
      {match[2]}
    </>
  );
}

/** The "Mineral totals" table, the same on the page and in the printed report. */
export function TotalsTable({
  analysis,
  className,
  statusClassName,
  conditions = [],
}: {
  analysis: Analysis;
  className: string;
  statusClassName: string;
  conditions?: readonly Condition[];
}) {
  return (
    <table className={className}>
      <caption>Mineral totals</caption>
      <thead>
        <tr>
          <th scope="col">Mineral</th>
          <th scope="col">Total mg</th>
          <th scope="col">Target mg</th>
          <th scope="col">% of target</th>
          <th scope="col">Gap mg</th>
        </tr>
      </thead>
      <tbody>
        {totalsRows(analysis, conditions).map((row) => (
          <tr key={row.mineral} data-status={shownStatus(analysis, row.mineral).status}>
            <th scope="row">{row.label}</th>
            <td>
              <Qualified text={row.total} />
              {row.labelTotal ? <span className="label-total"> ({row.labelTotal})</span> : null}
            </td>
            <td>
              {row.targetMg} <abbr title={INTAKE_KIND_NAMES[row.kind]}>{row.kind}</abbr>
            </td>
            <td>
              <Qualified text={row.percent} /> <span className={statusClassName}>{row.held ? HELD_POTASSIUM_STATUS : shownStatus(analysis, row.mineral).words}</span>
            </td>
            <td>
              <Qualified text={row.gap} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
