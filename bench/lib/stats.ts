import { median } from "./measure.js";

/** mulberry32: a small seeded generator of numbers in [0, 1), so a run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher-Yates shuffle of a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * The 95% interval of a statistic over rounds, by the percentile bootstrap: draw as many
 * rounds as were run, with replacement, and take the statistic of the draw, `resamples`
 * times. A draw keeps a round whole (every contender's run in it), so whatever slowed the
 * machine during a round weighs on both sides of a ratio. Undefined when no draw gives a
 * finite value.
 */
export function bootstrapInterval(rounds: number, statistic: (picked: readonly number[]) => number | undefined, random: () => number, resamples = 2000): Interval | undefined {
  const values: number[] = [];
  for (let draw = 0; draw < resamples; draw++) {
    const picked = Array.from({ length: rounds }, () => Math.floor(random() * rounds));
    const value = statistic(picked);
    if (value !== undefined && Number.isFinite(value)) values.push(value);
  }
  if (values.length === 0) return undefined;
  values.sort((a, b) => a - b);
  const at = (share: number) => values[Math.min(values.length - 1, Math.floor(share * values.length))]!;
  return { low: at(0.025), high: at(0.975) };
}

/** The median of the picked rounds' values. */
export function medianOf(values: readonly number[], picked: readonly number[]): number {
  return median(picked.map((round) => values[round]!));
}

/**
 * A ratio against its most (ours over theirs: lower is better): "met" when the whole
 * interval is within it, "MISSED" when all of it is beyond, "level" when the interval holds
 * it. Without an interval (or a single run's, of no width) the value alone decides.
 */
export function judge(value: number, interval: Interval | undefined, target: number): "met" | "MISSED" | "level" {
  if (interval === undefined || interval.low === interval.high) return value <= target ? "met" : "MISSED";
  if (interval.high <= target) return "met";
  if (interval.low > target) return "MISSED";
  return "level";
}
