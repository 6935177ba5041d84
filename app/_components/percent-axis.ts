/** A % axis that always shows the 100% line, with round ticks (every 25, 50 or 100%). */
export function percentAxis(values: readonly number[]): { top: number; ticks: number[] } {
  const top = Math.max(125, Math.ceil(Math.max(0, ...values) / 25) * 25 + 25);
  const step = top > 250 ? 100 : top > 150 ? 50 : 25;
  return { top, ticks: Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step) };
}
