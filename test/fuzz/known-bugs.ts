import type { OpenApiDocument } from "./spec-arbitrary.js";

/**
 * Bugs the fuzz found that are not fixed yet, each pinned by a test of the same name in
 * regressions.test.ts. Until one is fixed, the fuzz rewrites the random specs around it,
 * or skips the one check it fails, so the CI run keeps looking for new bugs instead of
 * finding the same one every time. When a bug is fixed, delete its entry here.
 *
 * Fixed, and so no longer here (their regression tests stay): an array
 * of inline objects; null through a kind-dispatched union and into a required property;
 * `*\/` in a schema name; oneOf as anyOf; a closed enum's maxLength; strip on inline object
 * members; oneOf in lenient mode, with null, and dispatched on `object`; a string literal
 * ending in a backslash; a oneOf accepted only with lenient
 * warnings inside another oneOf. Git history has the rewrites each used (commit 7747f43).
 *
 * `FUZZ_KNOWN_BUGS=include` turns every rewrite and skip off.
 */
export const KNOWN_BUGS: readonly KnownBug[] = [];

/** A check of the harness that a document may skip: `lenient` (lenient accepts what strict does). */
export type Check = "lenient";

export interface KnownBug {
  name: string;
  rewrite?(document: OpenApiDocument): OpenApiDocument;
  skips?(document: OpenApiDocument): Check[];
}

export const INCLUDE_KNOWN_BUGS = process.env.FUZZ_KNOWN_BUGS === "include";

/** `document` with every known bug rewritten around (unless FUZZ_KNOWN_BUGS=include). */
export function avoidKnownBugs(document: OpenApiDocument): OpenApiDocument {
  if (INCLUDE_KNOWN_BUGS) return document;
  return KNOWN_BUGS.reduce((current, bug) => bug.rewrite?.(current) ?? current, document);
}

/** The checks `document` skips for known bugs (none with FUZZ_KNOWN_BUGS=include). */
export function skippedChecks(document: OpenApiDocument): Set<Check> {
  if (INCLUDE_KNOWN_BUGS) return new Set();
  return new Set(KNOWN_BUGS.flatMap((bug) => bug.skips?.(document) ?? []));
}
