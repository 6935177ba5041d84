import type { Analysis, Mineral, MineralStatus } from "@/lib/schema/analysis";

// Colour is never the only signal: each status has words too.
export const STATUS_TEXT: Record<MineralStatus, string> = {
  below: "below target",
  meets: "meets target",
  "above-upper-limit": "above upper limit",
};

export const STATUS_COLORS: Record<MineralStatus, string> = {
  below: "#b45309",
  meets: "#15803d",
  "above-upper-limit": "#b91c1c",
};

/**
 * The status as the page shows it. A limit that judges supplements alone (magnesium's) is said of the supplements:
 * the total's own colour and words stay those of the target ("meets target; supplements above upper limit").
 */
export function shownStatus(analysis: Analysis, mineral: Mineral): { status: MineralStatus; words: string } {
  const status = analysis.status[mineral];
  if (status !== "above-upper-limit" || analysis.targets[mineral].upperLimitAppliesTo !== "supplements") {
    return { status, words: STATUS_TEXT[status] };
  }
  const toward: MineralStatus = analysis.percent[mineral] >= 100 ? "meets" : "below";
  return { status: toward, words: `${STATUS_TEXT[toward]}; supplements above upper limit` };
}
