"use client";

/** Opens the browser's print dialog. A React handler, not an inline one: the page's CSP allows no inline script. */
export function PrintButton() {
  return (
    <button type="button" className="report-print" onClick={() => window.print()}>
      Print this page
    </button>
  );
}
