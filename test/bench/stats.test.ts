import { describe, expect, it } from "vitest";
import { median } from "../../bench/lib/measure.js";
import { bootstrapInterval, judge, medianOf, seededRandom, shuffled } from "../../bench/lib/stats.js";

/** Ours over theirs, as the typecheck bench computes it: the ratio of the two medians of the picked rounds. */
const ratioOfMedians = (ours: number[], theirs: number[]) => (picked: readonly number[]) => medianOf(ours, picked) / medianOf(theirs, picked);

describe("seededRandom and shuffled", () => {
  it("repeats a sequence for a seed, within [0, 1), and differs for another seed", () => {
    const [a, b, c] = [seededRandom(7), seededRandom(7), seededRandom(8)];
    const first = Array.from({ length: 50 }, a);
    expect(Array.from({ length: 50 }, b)).toEqual(first);
    expect(Array.from({ length: 50 }, c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("shuffles a copy into a permutation of the items", () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const out = shuffled(items, seededRandom(1));
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(out).not.toEqual(items);
    expect([...out].sort((x, y) => x - y)).toEqual(items);
  });
});

describe("bootstrapInterval", () => {
  it("keeps each round whole, so a machine that drifts between rounds doesn't widen a ratio", () => {
    // Rounds from 2 s to 4 s of CPU, ours always 0.9 of theirs in the same round.
    const theirs = Array.from({ length: 15 }, (_, i) => 2000 + ((i * 7) % 15) * 140);
    const ours = theirs.map((ms) => ms * 0.9);
    const interval = bootstrapInterval(theirs.length, ratioOfMedians(ours, theirs), seededRandom(3))!;
    expect(interval.low).toBeCloseTo(0.9, 10);
    expect(interval.high).toBeCloseTo(0.9, 10);
  });

  it("gives an interval that holds 1 for two samples of the same noise, and excludes it for a real difference", () => {
    const random = seededRandom(11);
    const noisy = (scale: number) => Array.from({ length: 21 }, () => scale * (2500 + 500 * (random() - 0.5)));
    const [a, b] = [noisy(1), noisy(1)];
    const same = bootstrapInterval(21, ratioOfMedians(a, b), seededRandom(5))!;
    expect(same.low).toBeLessThan(1);
    expect(same.high).toBeGreaterThan(1);
    expect(same.high - same.low).toBeGreaterThan(0.02);

    const half = bootstrapInterval(21, ratioOfMedians(noisy(0.5), b), seededRandom(5))!;
    expect(half.high).toBeLessThan(1);
    expect(half.low).toBeGreaterThan(0.4);
  });

  it("holds the statistic of the rounds as run", () => {
    const random = seededRandom(2);
    const [ours, theirs] = [Array.from({ length: 11 }, () => 2000 + 400 * random()), Array.from({ length: 11 }, () => 2000 + 400 * random())];
    const interval = bootstrapInterval(11, ratioOfMedians(ours, theirs), seededRandom(9))!;
    const point = median(ours) / median(theirs);
    expect(interval.low).toBeLessThanOrEqual(point);
    expect(interval.high).toBeGreaterThanOrEqual(point);
  });

  it("is undefined when no draw has a finite statistic", () => {
    expect(bootstrapInterval(5, () => undefined, seededRandom(1))).toBeUndefined();
    expect(bootstrapInterval(5, () => Number.POSITIVE_INFINITY, seededRandom(1))).toBeUndefined();
  });
});

describe("judge", () => {
  it.each([
    ["an interval within the target", 0.95, { low: 0.92, high: 0.99 }, "met"],
    ["an interval beyond the target", 1.1, { low: 1.02, high: 1.2 }, "MISSED"],
    ["an interval that holds the target, median below it", 0.98, { low: 0.94, high: 1.03 }, "level"],
    ["an interval that holds the target, median above it", 1.02, { low: 0.97, high: 1.06 }, "level"],
    ["no interval, median within", 0.98, undefined, "met"],
    ["a single run's interval, beyond", 1.01, { low: 1.01, high: 1.01 }, "MISSED"],
  ] as const)("%s", (_, value, interval, want) => {
    expect(judge(value, interval, 1.0)).toBe(want);
  });
});
