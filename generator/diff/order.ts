import type { EnumValue } from "../ir/types.js";

/** Code-unit order: the same on every machine and locale, unlike `localeCompare`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const TYPE_RANK = { boolean: 0, number: 1, string: 2 } as const;

/** Enum values and schema names in a stable order: booleans, then numbers by value, then strings. */
export function compareValues(a: EnumValue, b: EnumValue): number {
  const byType = TYPE_RANK[typeof a as keyof typeof TYPE_RANK] - TYPE_RANK[typeof b as keyof typeof TYPE_RANK];
  if (byType !== 0) return byType;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return compareText(String(a), String(b));
}

/** The values only in `from`, sorted. */
export function missingFrom<T extends EnumValue>(from: readonly T[], other: readonly T[]): T[] {
  const present = new Set<EnumValue>(other);
  return from.filter((value) => !present.has(value)).sort(compareValues);
}
