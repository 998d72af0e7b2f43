// Weighted shares: each code's sum of weights over the sum of weights of every unit that
// has a code (the weighted base). Units without a weight do not count.

export function weightedShares(codes: readonly number[], weights: readonly (number | null)[]): Map<number, number> {
  const sums = new Map<number, number>();
  let base = 0;
  codes.forEach((code, i) => {
    const w = weights[i];
    if (w === null || w === undefined) return;
    sums.set(code, (sums.get(code) ?? 0) + w);
    base += w;
  });
  return new Map([...sums].map(([code, sum]) => [code, base === 0 ? 0 : sum / base]));
}
