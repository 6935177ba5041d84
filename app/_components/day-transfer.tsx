"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { formatWhole } from "@/lib/format";
import { allEntries, encodeShare, serializeDay, toAnalyzeRequest, toViewRequest } from "@/lib/day/day";
import type { Analysis } from "@/lib/schema/analysis";
import type { Day } from "@/lib/schema/day";
import { loadDayReader } from "../_hooks/day-store";
import { analysisOptions } from "../_hooks/use-analysis";
import { countsInWords, rowsOfDays } from "./day-notices";
import { download } from "./download";

const MAX_IMPORT_BYTES = 256 * 1024;
/** Links longer than this are said to be long (mail and chat apps often cut them near 8,000 characters). */
const LONG_LINK_CHARS = 8000;

type Props = {
  /** The person's day, as exported, shared and reported. */
  day: Day;
  /** The day the totals count (without amounts still to check), and the analysis on screen (of its first day, or any). */
  counted: Day;
  analysis: Analysis | undefined;
  /** Whether the day on screen is the person's (not an empty stand-in while theirs is opened or cannot be read). */
  ready: boolean;
  /** A file's day in place of this one; whether something of the person's was kept to restore. */
  onImport: (day: Day) => boolean;
  onClear: () => void;
};

/**
 * Keep the day (a JSON file to import later), share it (a link that carries it in the URL), take it to a doctor (a
 * one-page report) or into a spreadsheet (CSV, one line per food and supplement).
 */
export function DayTransfer({ day, counted, analysis, ready, onImport, onClear }: Props) {
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [shareUrl, setShareUrl] = useState("");

  function exportDay() {
    download("mineral-gap-day.json", "application/json", serializeDay(day));
    setMessage({ kind: "info", text: "Saved mineral-gap-day.json." });
  }

  // With one day the CSV uses the analysis on screen, which must be of this very day (the planner passes none while
  // an edit is being analysed); with several, each day's analysis and their average are asked for on the click.
  const several = counted.days.length > 1;
  const csvReady = ready && (several || (analysis !== undefined && analysis.contributions.length === counted.days[0]!.entries.length));
  async function exportCsv() {
    if (!csvReady) return;
    // The CSV writer loads on the first click: most visits never ask for a spreadsheet.
    let text: string;
    try {
      const { dayCsv, daysCsv } = await import("@/lib/report/csv");
      if (several) {
        const [average, ...perDay] = await Promise.all([
          queryClient.fetchQuery(analysisOptions(toViewRequest(counted, "average"))),
          ...counted.days.map((_, index) => queryClient.fetchQuery(analysisOptions(toAnalyzeRequest(counted, index)))),
        ]);
        text = daysCsv(counted, perDay, average!);
      } else {
        text = dayCsv(counted, analysis!);
      }
    } catch {
      setMessage({ kind: "error", text: "Could not make the CSV just now. Your day is unchanged; try again." });
      return;
    }
    download("mineral-gap-day.csv", "text/csv;charset=utf-8", text);
    setMessage({ kind: "info", text: `Saved mineral-gap-day.csv: one line per food${several ? " of each day" : ""} and supplement, then the ${several ? "totals of each day and their average" : "totals"}.` });
  }

  async function importFile(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ kind: "error", text: `Could not import ${file.name}: it is larger than 256 KB. Your day is unchanged.` });
      return;
    }
    let readDay;
    try {
      ({ readDay } = await loadDayReader());
    } catch {
      setMessage({ kind: "error", text: `Could not import ${file.name} just now: the page could not load its file reader. Your day is unchanged; try again.` });
      return;
    }
    // A field of the file's profile that cannot be read keeps yours; an entry that cannot be read is set aside.
    const read = readDay(await file.text(), day.profile);
    if (!read.ok) {
      setMessage({ kind: "error", text: `Could not import ${file.name}: ${read.message} Your day is unchanged.` });
      return;
    }
    const kept = onImport(read.day);
    const what = countsInWords({ days: read.day.days.length, rows: rowsOfDays(read.day), supplements: 0, setAside: 0 });
    const aside = read.setAside.length > 0 ? ` ${read.setAside.length} could not be read and ${read.setAside.length === 1 ? "is" : "are"} set aside, under Your typical day.` : "";
    const repairs = read.repairs.length > 0 ? ` ${read.repairs.join(" ")}` : "";
    const previous = kept ? " Your previous day is kept: restore it below." : "";
    setMessage({ kind: "info", text: `Imported ${what} from ${file.name}.${aside}${repairs}${previous}` });
  }

  async function share() {
    const url = `${window.location.origin}${window.location.pathname}?day=${encodeShare(day)}`;
    setShareUrl(url);
    // Some apps cut or refuse very long links: past this, the file is the surer way to carry the days.
    const long = url.length > LONG_LINK_CHARS ? ` It is a long link (${formatWhole(url.length)} characters): if it does not open, use Export day and send the file.` : "";
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ kind: "info", text: `Share link copied. It holds your day and profile; nothing is stored on our server.${long}` });
    } catch {
      setMessage({ kind: "info", text: `Copy the share link below. It holds your day and profile; nothing is stored on our server.${long}` });
    }
  }

  return (
    <div className="transfer">
      <div className="button-row">
        <button type="button" onClick={exportDay} disabled={!ready}>
          Export day
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import day
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label="Import day from a file"
          className="sr-only"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void importFile(file);
          }}
        />
        <button type="button" onClick={share} disabled={!ready}>
          Share link
        </button>
        <button type="button" onClick={exportCsv} disabled={!csvReady || allEntries(day).length + day.supplements.length === 0}>
          Download CSV
        </button>
        <button type="button" className="secondary" onClick={onClear} disabled={!ready || allEntries(day).length + day.supplements.length + (day.setAside?.length ?? 0) === 0}>
          Clear day
        </button>
      </div>
      {ready ? (
        <p className="report-link">
          {/* The foods the totals count: an amount still to check is not on the doctor's page either. */}
          <a href={`/report?day=${encodeShare(counted)}`}>Report for your doctor</a>
          <span className="help-inline">One printable page: your foods, supplements, totals and targets, with their sources.</span>
        </p>
      ) : null}
      {shareUrl ? (
        <label className="share-url">
          Link to this day
          <input type="text" readOnly value={shareUrl} onFocus={(event) => event.target.select()} />
        </label>
      ) : null}
      <p role={message?.kind === "error" ? "alert" : "status"} className={message?.kind === "error" ? "alert-text" : "help"}>
        {message?.text}
      </p>
    </div>
  );
}
