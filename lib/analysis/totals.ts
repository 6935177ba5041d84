// The "Mineral totals" rows as a person reads them, on the page and in the report: whole mg and percent, "at least"
// where a food of the day has no USDA value for the mineral, and the gap "up to" what is known.
import { formatPercent, formatWhole } from "../format";
import { MINERAL_LABELS, MINERALS } from "../constants";
import type { Analysis, IntakeKind, Mineral } from "../schema/analysis";
import type { Condition } from "../schema/day";
import { targetHeld } from "./sentences";
import { countedDiffers } from "../intake/counted";

export type TotalsRow = {
  mineral: Mineral;
  label: string;
  /** "1,234", or "at least 1,234" when a food has no USDA value for the mineral; calcium as it counts toward the target. */
  total: string;
  /** Calcium only, where the counted figure differs from the labels': "1,050 on labels"; else null. */
  labelTotal: string | null;
  targetMg: string;
  kind: IntakeKind;
  /** "85%", or "at least 85%". */
  percent: string;
  /** "none" when the target is met; "up to 120" when the total is only "at least"; "—" when the target does not apply. */
  gap: string;
  /** Potassium for a person with kidney disease or a medicine that raises it: the target does not apply. */
  held: boolean;
};

/** The "Mineral totals" rows, as the main page shows them: whole mg and percent, "at least" and "up to" where unknown. */
export function totalsRows(analysis: Analysis, conditions: readonly Condition[] = []): TotalsRow[] {
  return MINERALS.map((mineral) => {
    const complete = analysis.complete[mineral];
    const gap = analysis.gaps[mineral];
    const held = targetHeld(mineral, conditions);
    const counted = mineral === "calcium" && countedDiffers(analysis);
    return {
      mineral,
      label: MINERAL_LABELS[mineral],
      total: `${complete ? "" : "at least "}${formatWhole(mineral === "calcium" ? analysis.calciumCounted : analysis.totals[mineral])}`,
      labelTotal: counted ? `${formatWhole(analysis.totals.calcium)} on labels` : null,
      targetMg: formatWhole(analysis.targets[mineral].amount),
      kind: analysis.targets[mineral].kind,
      percent: `${complete ? "" : "at least "}${formatPercent(analysis.percent[mineral])}`,
      gap: held ? "—" : gap > 0 ? `${complete ? "" : "up to "}${formatWhole(gap)}` : "none",
      held,
    };
  });
}

