import type { Shape } from "./api.js";
/**
 * A copy of a valid `value` with only the keys its schema declares, at every level; `value` is
 * not touched. `lenient` when it was validated in lenient mode: a union member that accepts it
 * only with warnings may then be the one it matched.
 */
export declare function strip(
  shape: Shape,
  value: unknown,
  lenient?: boolean,
): unknown;
