"use client";

import { useRef, useState } from "react";
import { encodeShare, serializeDay } from "@/lib/day";
import type { Analysis, Day } from "@/lib/schema";
import { forgetUnreadable, loadDayReader, type ReplaceReason } from "../_hooks/day-store";
import type { KeptBackup } from "../_hooks/use-saved-day";
import { download } from "./download";

const MAX_IMPORT_BYTES = 256 * 1024;

type Props = {
  day: Day;
  analysis: Analysis | undefined;
  /** The day kept before the last replacement, if any. */
  backup: KeptBackup;
  /** A saved day that could not be read, set apart when another replaced it (its text), or null. */
  unreadable: string | null;
  onImport: (day: Day) => void;
  onRestore: () => void;
  onClear: () => void;
};

/** When the kept day was replaced, in the words beside "Restore". */
const REPLACED_BY: Record<ReplaceReason, string> = {
  import: "before you imported a file",
  share: "before you opened a shared day",
  clear: "before you cleared the day",
  fresh: "before you started fresh",
  restore: "before you restored the one before it",
};

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/**
 * Keep the day (a JSON file to import later), share it (a link that carries it in the URL), take it to a doctor (a
 * one-page report) or into a spreadsheet (CSV, one line per food and supplement).
 */
export function DayTransfer({ day, analysis, backup, unreadable, onImport, onRestore, onClear }: Props) {
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
    onImport(read.day);
    const aside = read.setAside.length > 0 ? ` ${read.setAside.length} could not be read and ${read.setAside.length === 1 ? "is" : "are"} set aside, under Your typical day.` : "";
    const repairs = read.repairs.length > 0 ? ` ${read.repairs.join(" ")}` : "";
    setMessage({ kind: "info", text: `Imported ${read.day.entries.length} foods from ${file.name}.${aside}${repairs} Your previous day is kept: restore it below.` });
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
      {backup && backup.foods + backup.supplements > 0 ? (
        <p className="backup-line">
          <span>
            Previous day, kept {REPLACED_BY[backup.backup.reason]} ({timeOf(backup.backup.savedAt)}): {backup.foods} {backup.foods === 1 ? "food" : "foods"}
            {backup.supplements > 0 ? ` and ${backup.supplements} ${backup.supplements === 1 ? "supplement" : "supplements"}` : ""}.
          </span>{" "}
          <button type="button" className="secondary small" onClick={onRestore}>
            Restore previous day
          </button>
        </p>
      ) : null}
      {unreadable !== null ? (
        <p className="backup-line">
          <span>A saved day that could not be read is kept in this browser, as it was.</span>{" "}
          <button type="button" className="secondary small" onClick={() => download("mineral-gap-unreadable-day.json", "application/json", unreadable)}>
            Download it
          </button>{" "}
          <button type="button" className="secondary small" onClick={forgetUnreadable}>
            Forget it
          </button>
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
