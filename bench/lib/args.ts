/** A whole-number flag's value, at least `least`; anything else stops the bench with what was wrong. */
export function count(text: string, flag: string, least: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < least) throw new Error(`${flag} takes a whole number >= ${least}, not "${text}"`);
  return value;
}
