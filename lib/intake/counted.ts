// Whether the calcium that counts toward the target differs from the labels' (no study table needed: the page
// loads lib/intake/absorption.ts, and its table, only where a note needs it).

/** The counted calcium and the label's differ in whole mg: then both are shown, and why. */
export const countedDiffers = (day: { totals: { calcium: number }; calciumCounted: number }) =>
  Math.round(day.calciumCounted) !== Math.round(day.totals.calcium);
