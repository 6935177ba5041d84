import type { Metadata } from "next";
import Link from "next/link";
import { cautions, foodsByMeal, formatReportDate, loadReport, notCountedNote, profileFacts, supplementRows } from "@/lib/report/report";
import {
  atLeastSentence,
  fromSupplementsNote,
  POTASSIUM_KIDNEY_NOTE,
  potassiumTargetNote,
  targetKindsNotes,
  targetNotes,
  emptyDaysNote,
  USUAL_METHOD_NOTE,
  usualSentences,
} from "@/lib/analysis/sentences";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";
import { countedCalciumNote } from "@/lib/intake/absorption";
import { PrintButton } from "./print-button";
import { TotalsTable } from "../_components/totals-table";
import { FoodsTable, SupplementsTable, TargetList } from "./report-sections";
import { DayByDayTable } from "../_components/day-by-day-table";
import { nameStyleFor } from "@/lib/food/name-style";
import "./report.css";

export const metadata: Metadata = {
  title: "Report for your doctor: magnesium, potassium and calcium · Mineral Gap",
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The one page a person prints for their doctor: the day in the share link, its totals and what they rest on. */
export default async function ReportPage({ searchParams }: Props) {
  // Reading searchParams makes the page render per request: the day is in the link, and Next.js puts this
  // request's CSP nonce on its scripts (see proxy.ts).
  const { day: code } = await searchParams;
  const report = loadReport(code);
  if (!report.ok) return <DamagedLink reason={report.reason} />;

  const { day, analysis, perDay } = report;
  const usual = analysis.usual;
  const sure = usual ? usualSentences(usual, analysis.targets, day.profile.conditions) : null;
  const notCounted = notCountedNote(report.setAside);
  const supplemented = fromSupplementsNote(analysis);
  const missing = atLeastSentence(analysis);
  const absorbed = countedCalciumNote(analysis);
  const cautionTexts = cautions(analysis, day.supplements);
  const held = potassiumTargetNote(day.profile.conditions);
  const style = nameStyleFor(day.profile.standard);

  return (
    <main className="report">
      <div className="report-actions">
        <Link href="/">Back to Mineral Gap</Link>
        <PrintButton />
      </div>

      <header className="report-header">
        <h1>Magnesium, potassium and calcium: {usual ? `the average of ${usual.days} days` : "one day's food"}</h1>
        <dl className="report-facts">
          <div>
            <dt>Made</dt>
            <dd>{formatReportDate(new Date())}</dd>
          </div>
          {profileFacts(day.profile).map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </header>

      {perDay ? (
        day.days.map((d, index) => <FoodsTable key={index} caption={`Foods by meal: ${d.label}`} meals={foodsByMeal(d.entries, perDay[index]!, style)} compact />)
      ) : (
        <FoodsTable meals={foodsByMeal(day.days[0]!.entries, analysis, style)} />
      )}
      <SupplementsTable supplements={supplementRows(day.supplements)} />
      {perDay && emptyDaysNote(day.days) ? <p className="report-note">{emptyDaysNote(day.days)}</p> : null}
      {perDay && usual ? (
        // Side by side on paper: each day, and the average against the targets.
        <div className="report-pair">
          <DayByDayTable usual={usual} targets={analysis.targets} className="report-days report-compact" caption="Day by day (calcium as it counts toward the target)" />
          <TotalsTable analysis={analysis} className="report-totals" statusClassName="report-status" conditions={day.profile.conditions} />
        </div>
      ) : (
        <TotalsTable analysis={analysis} className="report-totals" statusClassName="report-status" conditions={day.profile.conditions} />
      )}
      {usual ? (
        <section aria-labelledby="report-sure" className="report-small report-compact">
          <h2 id="report-sure">How sure the average is</h2>
          <ul>
            {MINERALS.map((m) => (
              <li key={m}>
                <strong>{MINERAL_LABELS[m]}:</strong>{" "}
                {sure?.[m]}
              </li>
            ))}
          </ul>
          <p>{USUAL_METHOD_NOTE}</p>
        </section>
      ) : null}
      {held ? <p className="report-note">{held}</p> : null}
      {supplemented ? <p className="report-note">{supplemented}</p> : null}
      {missing ? <p className="report-note">{missing}</p> : null}
      {notCounted ? <p className="report-note">{notCounted}</p> : null}
      {absorbed ? <p className="report-note">{absorbed}</p> : null}

      <section aria-labelledby="report-targets" className="report-small">
        <h2 id="report-targets">The targets and their sources</h2>
        <TargetList notes={targetNotes(analysis)} kinds={[...targetKindsNotes(analysis), POTASSIUM_KIDNEY_NOTE]} />
        {cautionTexts.length > 0 ? (
          <ul className="report-cautions">
            {cautionTexts.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        ) : null}
      </section>

      <footer className="report-footer">
        <p>
          <strong>This is food information, not medical advice.</strong> Night leg cramps that keep coming back are a
          reason to see a doctor. The foods are {perDay ? "the days" : "a typical day"} as the person entered {perDay ? "them" : "it"} in Mineral Gap; values from
          USDA SR28 (mg = grams ÷ 100 × mg per 100 g).
        </p>
      </footer>
    </main>
  );
}

function DamagedLink({ reason }: { reason: string }) {
  return (
    <main className="report report-damaged">
      <h1>This report link is damaged or incomplete</h1>
      <p>
        There is no day to show from it. Open Mineral Gap, then make the report again from your day with
        &ldquo;Report for your doctor&rdquo;.
      </p>
      <p className="report-reason">What was wrong: {reason}</p>
      <p>
        <Link href="/">Open Mineral Gap</Link>
      </p>
    </main>
  );
}
