"use client";

import { useEffect, useRef } from "react";

/** The last thing that took something out of the day ("Day cleared.", "Removed Turkey sandwich."), and its undo. */
export type Undoable = { message: string; undo: () => void };

/**
 * A bar at the foot of the screen, in view wherever the person is on the page (a phone included), until the next
 * change of the day or until it is closed. The live region is always there, so that what is put in it is read out.
 */
export function UndoBar({ undoable, onClose }: { undoable: Undoable | null; onClose: () => void }) {
  // What was in focus (a Remove button) is gone: focus goes to Undo, so a keyboard user can take it back at once.
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (undoable) undoButton.current?.focus();
  }, [undoable]);
  return (
    <div className="undo-region" role="status" aria-live="polite">
      {undoable ? (
        <div className="undo-bar">
          <span>{undoable.message}</span>
          <button
            ref={undoButton}
            type="button"
            onClick={() => {
              undoable.undo();
              onClose();
              // The bar goes: focus returns to the day it put things back in.
              document.getElementById("day-heading")?.focus();
            }}
          >
            Undo
          </button>
          <button type="button" className="secondary small" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        </div>
      ) : null}
    </div>
  );
}
