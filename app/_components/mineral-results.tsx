"use client";

import dynamic from "next/dynamic";
import { memo, useId } from "react";
import { formatMg, formatPercent } from "@/lib/format";
import { AI_SENTENCE } from "@/lib/intake/words";
import {
  atLeastNote,
  fromSupplementsNote,
  HELD_POTASSIUM_STATUS,
  POTASSIUM_KIDNEY_NOTE,
  potassiumTargetNote,
  targetKindsNotes,
  targetHeld,
  targetNotes,
} from "@/lib/analysis/sentences";
import type { Condition } from "@/lib/schema/day";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";
import type { Analysis } from "@/lib/schema/analysis";
import { upperLimitWarnings } from "@/lib/intake/supplements";
import { STATUS_TEXT } from "./status";
import { TotalsTable } from "./totals-table";
import { FoodName } from "./food-name";

// Recharts is the page's heaviest dependency: load it only where a chart is shown.
const chartLoading = () => <div className="chart chart-loading">Loading chart…</div>;
const MineralChart = dynamic(() => import("./mineral-chart"), { ssr: false, loading: chartLoading });
const ContributorsChart = dynamic(() => import("./contributors-chart"), { ssr: false, loading: chartLoading });

// The absorption table (which foods' calcium counts for more or less than milk's, and the studies) is only needed
// once the day has foods: the planner starts loading it with the day's first analysis (preloadAbsorbedNote).
// ssr: false gives it a Suspense boundary of its own: without one, its first render would hold back the whole
// update that added the food (the day, the totals) until the chunk arrived.
const loadAbsorbedNote = () => import("./absorbed-calcium-note");
const AbsorbedCalciumNote = dynamic(loadAbsorbedNote, { ssr: false });
export const preloadAbsorbedNote = () => void loadAbsorbedNote();

/**
 * The day against the targets: the "Mineral totals" table, the charts and their text equivalents, and the notes.
 * Memoised: the planner re-renders on every keystroke, the results only when their analysis changes.
 */
export const MineralResults = memo(function MineralResults({
  analysis,
  hasEntries,
  conditions,
}: {
  analysis: Analysis;
  hasEntries: boolean;
  /** The person's health conditions: with any, the potassium target does not apply. */
  conditions: readonly Condition[];
}) {
  const id = useId();
  const { targets, percent, status } = analysis;
  const warnings = upperLimitWarnings(analysis);
  const supplemented = fromSupplementsNote(analysis);
  const atLeast = atLeastNote(analysis);
  const held = potassiumTargetNote(conditions);
  // A held potassium target has its own note: the AI sentence would only explain a target that does not apply.
  const aiMinerals = MINERALS.filter((m) => targets[m].kind === "AI" && !targetHeld(m, conditions));

  return (
    <div className="results">
      {/* On a narrow screen the table may scroll sideways: focusable, so a keyboard can scroll it too. */}
      <div className="table-scroll" tabIndex={0} role="group" aria-label="Mineral totals table">
        <TotalsTable analysis={analysis} className="totals" statusClassName="status-text" conditions={conditions} />
      </div>
      {held ? (
        <div className="warning" role="note">
          {held}
        </div>
      ) : null}
      {aiMinerals.length > 0 ? (
        <p className="help">
          {aiMinerals
            .map((m) => MINERAL_LABELS[m])
            .join(" and ")}
          : {AI_SENTENCE}
        </p>
      ) : null}

      {warnings.length > 0 ? (
        <div className="warning alert-box" role="alert">
          <strong>Above an upper limit</strong>
          <ul>
            {warnings.map((w) => (
              <li key={w.mineral}>{w.text}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {supplemented ? <p className="help">{supplemented}</p> : null}

      {atLeast ? (
        <div className="warning" role="note">
          <strong>{atLeast.lead}</strong> {atLeast.text}
        </div>
      ) : null}

      {hasEntries ? <AbsorbedCalciumNote analysis={analysis} /> : null}

      <figure className="figure" aria-labelledby={`${id}-percent`}>
        <figcaption id={`${id}-percent`}>Minerals as % of reference intake</figcaption>
        {hasEntries ? <MineralChart analysis={analysis} conditions={conditions} /> : <p className="empty">Add foods to see the chart.</p>}
        <ul className="sr-only">
          {MINERALS.map((mineral) => (
            <li key={mineral}>
              {MINERAL_LABELS[mineral]}: {analysis.complete[mineral] ? "" : "at least "}
              {formatPercent(percent[mineral])} of target, {targetHeld(mineral, conditions) ? HELD_POTASSIUM_STATUS : STATUS_TEXT[status[mineral]]}.
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
});

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
            <th scope="row">
              <FoodName food={c} />
            </th>
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
  return (
    <div className="notes">
      <h3>About the targets</h3>
      <ul>
        {targetNotes(analysis).map((note) => (
          <li key={note.mineral}>
            {note.label}: {note.target}
          </li>
        ))}
        {targetKindsNotes(analysis).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
        {targetNotes(analysis).map((note) => (
          <li key={`${note.mineral}-limit`} className={analysis.status[note.mineral] === "above-upper-limit" ? "alert-text" : undefined}>
            {note.upperLimit}
          </li>
        ))}
        <li>{POTASSIUM_KIDNEY_NOTE}</li>
      </ul>
    </div>
  );
}
