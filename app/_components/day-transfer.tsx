"use client";

import { useRef, useState } from "react";
import { encodeShare, serializeDay } from "@/lib/day";
import type { Analysis, Day } from "@/lib/schema";
import { loadDayParser } from "../_hooks/use-saved-day";

const MAX_IMPORT_BYTES = 256 * 1024;

type Props = { day: Day; analysis: Analysis | undefined; onImport: (day: Day) => void; onClear: () => void };

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Keep the day (a JSON file to import later), share it (a link that carries it in the URL), take it to a doctor (a
 * one-page report) or into a spreadsheet (CSV, one line per food and supplement).
 */
export function DayTransfer({ day, analysis, onImport, onClear }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [shareUrl, setShareUrl] = useState("");

  function exportDay() {
    download("mineral-gap-day.json", "application/json", serializeDay(day));
    setMessage({ kind: "info", text: "Saved mineral-gap-day.json." });
  }

  // The analysis must be of this very day (the planner passes none while an edit is being analysed).
  const csvReady = analysis !== undefined && analysis.contributions.length === day.entries.length;
  async function exportCsv() {
    if (!analysis || !csvReady) return;
    // The CSV writer loads on the first click: most visits never ask for a spreadsheet.
    let dayCsv;
    try {
      ({ dayCsv } = await import("@/lib/csv"));
    } catch {
      setMessage({ kind: "error", text: "Could not make the CSV just now. Your day is unchanged; try again." });
      return;
    }
    download("mineral-gap-day.csv", "text/csv;charset=utf-8", dayCsv(day, analysis));
    setMessage({ kind: "info", text: "Saved mineral-gap-day.csv: one line per food and supplement, then the totals." });
  }

  async function importFile(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ kind: "error", text: `Could not import ${file.name}: it is larger than 256 KB. Your day is unchanged.` });
      return;
    }
    let parseDay;
    try {
      ({ parseDay } = await loadDayParser());
    } catch {
      setMessage({ kind: "error", text: `Could not import ${file.name} just now: the page could not load its file reader. Your day is unchanged; try again.` });
      return;
    }
    const parsed = parseDay(await file.text());
    if (!parsed.ok) {
      setMessage({ kind: "error", text: `Could not import ${file.name}: ${parsed.message} Your day is unchanged.` });
      return;
    }
    onImport(parsed.day);
    setMessage({ kind: "info", text: `Imported ${parsed.day.entries.length} foods from ${file.name}.` });
  }

  async function share() {
    const url = `${window.location.origin}${window.location.pathname}?day=${encodeShare(day)}`;
    setShareUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ kind: "info", text: "Share link copied. It holds your day and profile; nothing is stored on our server." });
    } catch {
      setMessage({ kind: "info", text: "Copy the share link below. It holds your day and profile; nothing is stored on our server." });
    }
  }

  return (
    <div className="transfer">
      <div className="button-row">
        <button type="button" onClick={exportDay}>
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
        <button type="button" onClick={share}>
          Share link
        </button>
        <button type="button" onClick={exportCsv} disabled={!csvReady || day.entries.length + day.supplements.length === 0}>
          Download CSV
        </button>
        <button type="button" className="secondary" onClick={onClear} disabled={day.entries.length + day.supplements.length === 0}>
          Clear day
        </button>
      </div>
      <p className="report-link">
        <a href={`/report?day=${encodeShare(day)}`}>Report for your doctor</a>
        <span className="help-inline">One printable page: your foods, supplements, totals and targets, with their sources.</span>
      </p>
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
