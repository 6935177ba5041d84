"use client";

import type { ReplaceReason } from "../_hooks/day-store";
import type { KeptDaySummary } from "../_hooks/use-saved-day";
import { countsInWords } from "./day-notices";
import { download } from "./download";

/** When a kept day was replaced, in the words beside it. */
const REPLACED_BY: Record<ReplaceReason, string> = {
  import: "before you imported a file",
  share: "before you opened a shared day",
  clear: "before you cleared it",
  fresh: "before you started fresh",
  restore: "before you restored another",
  repair: "as it was saved, before its repairs",
};

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

type Props = { days: readonly KeptDaySummary[]; onRestore: (id: string) => void; onForget: (id: string) => void };

/**
 * The days something replaced (an import, a shared day, "Clear day"), newest first: each can be brought back, and the
 * day it replaces is kept in its turn. One that could not be read can be downloaded as it was, then forgotten.
 */
export function KeptDays({ days, onRestore, onForget }: Props) {
  if (days.length === 0) return null;
  return (
    <section className="kept-days" aria-labelledby="kept-days-heading">
      <h3 id="kept-days-heading">Days kept in this browser</h3>
      <ul>
        {days.map((summary, index) => {
          const { kept } = summary;
          const when = `${REPLACED_BY[kept.reason]} (${timeOf(kept.savedAt)})`;
          return (
            <li key={kept.id}>
              <span>{kept.readable ? `${countsInWords(summary)}, kept ${when}.` : `A day that could not be read, kept ${when}.`}</span>{" "}
              {kept.readable ? (
                <button type="button" className="secondary small" aria-label={index === 0 ? "Restore previous day" : `Restore the day kept ${when}`} onClick={() => onRestore(kept.id)}>
                  Restore
                </button>
              ) : (
                <button type="button" className="secondary small" onClick={() => download("mineral-gap-unreadable-day.json", "application/json", kept.text)}>
                  Download it
                </button>
              )}
              {kept.readable ? null : (
                <>
                  {" "}
                  <button type="button" className="secondary small" aria-label={`Forget the day kept ${when}`} onClick={() => onForget(kept.id)}>
                    Forget
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
