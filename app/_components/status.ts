import type { MineralStatus } from "@/lib/schema/analysis";

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
