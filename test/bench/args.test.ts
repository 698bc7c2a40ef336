import { describe, expect, it } from "vitest";
import { count } from "../../bench/lib/args.js";

describe("count", () => {
  it.each([
    ["a whole number", "9", 1, 9],
    ["the least allowed", "0", 0, 0],
  ] as const)("takes %s", (_, text, least, want) => {
    expect(count(text, "--runs", least)).toBe(want);
  });

  it.each([
    ["a fraction", "1.5", 1],
    ["a word", "x", 1],
    ["an empty value", "", 1],
    ["a number below the least", "0", 1],
    ["a negative number", "-3", 0],
  ] as const)("refuses %s, naming the flag and the value", (_, text, least) => {
    expect(() => count(text, "--runs", least)).toThrow(`--runs takes a whole number >= ${least}, not "${text}"`);
  });
});
