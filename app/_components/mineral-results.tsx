"use client";

import dynamic from "next/dynamic";
import { useId } from "react";
import { formatAmount, formatMg } from "@/lib/format";
import { MINERAL_LABELS, MINERALS, type Analysis } from "@/lib/schema";
import { STATUS_TEXT } from "./status";

// Recharts is the page's heaviest dependency: load it only where a chart is shown.
const chartLoading = () => <div className="chart chart-loading">Loading chart…</div>;
const MineralChart = dynamic(() => import("./mineral-chart"), { ssr: false, loading: chartLoading });
const ContributorsChart = dynamic(() => import("./contributors-chart"), { ssr: false, loading: chartLoading });

const pct = (value: number) => `${Math.round(value)}%`;

/** The day against the targets: the "Mineral totals" table, the charts and their text equivalents, and the notes. */
export function MineralResults({ analysis, hasEntries }: { analysis: Analysis; hasEntries: boolean }) {
  const id = useId();
  const { targets, totals, gaps, percent, status, missing } = analysis;

  return (
    <div className="results">
      <div className="table-scroll">
        <table className="totals">
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
            {MINERALS.map((mineral) => (
              <tr key={mineral} data-status={status[mineral]}>
                <th scope="row">{MINERAL_LABELS[mineral]}</th>
                <td>{formatAmount(totals[mineral])}</td>
                <td>
                  {formatAmount(targets[mineral].amount)} <abbr title={kindTitle(targets[mineral].kind)}>{targets[mineral].kind}</abbr>
                </td>
                <td>
                  {pct(percent[mineral])} <span className="status-text">{STATUS_TEXT[status[mineral]]}</span>
                </td>
                <td>{gaps[mineral] > 0 ? formatAmount(gaps[mineral]) : "none"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {missing.length > 0 ? (
        <div className="warning" role="note">
          <strong>Totals may be low:</strong> USDA has no value for{" "}
          {missing.map((m, i) => (
            <span key={m.foodId}>
              {i > 0 ? "; " : ""}
              {m.nutrients.map((n) => MINERAL_LABELS[n].toLowerCase()).join(" and ")} in {m.name}
            </span>
          ))}
          . Those foods count as unknown, not zero.
        </div>
      ) : null}

      <figure className="figure" aria-labelledby={`${id}-percent`}>
        <figcaption id={`${id}-percent`}>Minerals as % of reference intake</figcaption>
        {hasEntries ? <MineralChart analysis={analysis} /> : <p className="empty">Add foods to see the chart.</p>}
        <ul className="sr-only">
          {MINERALS.map((mineral) => (
            <li key={mineral}>
              {MINERAL_LABELS[mineral]}: {pct(percent[mineral])} of target, {STATUS_TEXT[status[mineral]]}.
            </li>
          ))}
        </ul>
      </figure>

      {hasEntries ? (
        <figure className="figure" aria-labelledby={`${id}-foods`}>
          <figcaption id={`${id}-foods`}>Which foods supply each mineral (% of target)</figcaption>
          <ContributorsChart analysis={analysis} />
          <details className="chart-table">
            <summary>Show as a table</summary>
            <ContributionsTable analysis={analysis} />
          </details>
        </figure>
      ) : null}

      <UpperLimitNotes analysis={analysis} />
    </div>
  );
}

function kindTitle(kind: string): string {
  return (
    {
      RDA: "Recommended Dietary Allowance",
      AI: "Adequate Intake",
      PRI: "Population Reference Intake",
      RNI: "Reference Nutrient Intake",
    }[kind] ?? kind
  );
}

function ContributionsTable({ analysis }: { analysis: Analysis }) {
  return (
    <table>
      <caption>Minerals by food</caption>
      <thead>
        <tr>
          <th scope="col">Food</th>
          <th scope="col">Amount</th>
          {MINERALS.map((m) => (
            <th key={m} scope="col">
              {MINERAL_LABELS[m]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {analysis.contributions.map((c, index) => (
          <tr key={`${c.foodId}-${index}`}>
            <th scope="row">{c.name}</th>
            <td>{formatMg(c.grams, "g")}</td>
            {MINERALS.map((m) => (
              <td key={m}>{formatMg(c[m])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UpperLimitNotes({ analysis }: { analysis: Analysis }) {
  const { targets, status } = analysis;
  const mg = targets.magnesium;
  const ca = targets.calcium;
  return (
    <div className="notes">
      <h3>About the targets</h3>
      <ul>
        {MINERALS.map((mineral) => (
          <li key={mineral}>
            {MINERAL_LABELS[mineral]}: {formatMg(targets[mineral].amount)} a day ({targets[mineral].kind} for{" "}
            {targets[mineral].group}). Source: {targets[mineral].source}.
          </li>
        ))}
        {ca.upperLimit !== null ? (
          <li className={status.calcium === "above-upper-limit" ? "alert-text" : undefined}>
            Calcium upper limit: {formatMg(ca.upperLimit)} a day
            {ca.upperLimitAppliesTo === "diet" ? " from food and supplements together" : " from supplements"}.
            {status.calcium === "above-upper-limit" ? " This day is above it." : ""}
          </li>
        ) : null}
        {mg.upperLimit !== null ? (
          <li>
            Magnesium upper limit: {formatMg(mg.upperLimit)} a day applies only to supplements and medicines, not to
            magnesium in food, so a food total above it is not a warning.
          </li>
        ) : null}
        <li>
          Potassium has no upper limit for food. People with kidney disease, or who take some blood-pressure medicines,
          should ask their doctor how much potassium is right for them.
        </li>
      </ul>
    </div>
  );
}
