"use client";

import { useRef, useState } from "react";
import { encodeShare, parseDay, serializeDay } from "@/lib/day";
import type { Day } from "@/lib/schema";

const MAX_IMPORT_BYTES = 256 * 1024;

type Props = { day: Day; onImport: (day: Day) => void; onClear: () => void };

/** Export and import the day as a JSON file, and a share link that carries it in the URL. */
export function DayTransfer({ day, onImport, onClear }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [shareUrl, setShareUrl] = useState("");

  function exportDay() {
    const blob = new Blob([serializeDay(day)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = "mineral-gap-day.json";
    link.click();
    URL.revokeObjectURL(url);
    setMessage({ kind: "info", text: "Saved mineral-gap-day.json." });
  }

  async function importFile(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ kind: "error", text: `Could not import ${file.name}: it is larger than 256 KB. Your day is unchanged.` });
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
        <button type="button" className="secondary" onClick={onClear} disabled={day.entries.length === 0}>
          Clear day
        </button>
      </div>
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
