/** How our type relates to openapi-typescript's: "same" when each is assignable to the other. */
export type Relation = "same" | "ours is wider" | "ours is narrower" | "incomparable";

/** One assertion of the check file: `ours` relates to `theirs` as one of `want`. */
export interface Check {
  /** Names the schema and the comparison; the compiler's message quotes it. */
  label: string;
  ours: string;
  theirs: string;
  want: readonly Relation[];
}

const PRELUDE = `type Relation<Ours, Theirs> = [Ours] extends [Theirs]
  ? [Theirs] extends [Ours]
    ? "same"
    : "ours is narrower"
  : [Theirs] extends [Ours]
    ? "ours is wider"
    : "incomparable";
type Compare<Label extends string, Ours, Theirs> = \`\${Label}: \${Relation<Ours, Theirs>}\`;
/** Fails to compile, quoting the label and the relation found, unless Got is one of Want. */
type Is<Want extends string, Got extends Want> = Got;
`;

/**
 * A TypeScript file that compiles only if every check holds, one check a line, so a
 * diagnostic reads e.g. \`Type '"charge: ours is wider"' does not satisfy the constraint '"charge: same"'\`
 * and `indexAt(line)` finds the check.
 */
export function checkFile(imports: readonly string[], checks: readonly Check[]): { text: string; indexAt: (line: number) => number } {
  const head = [...imports, "", ...PRELUDE.split("\n")];
  const lines = checks.map((check, i) => {
    const label = JSON.stringify(check.label);
    const want = check.want.map((relation) => JSON.stringify(`${check.label}: ${relation}`)).join(" | ");
    return `type _${i} = Is<${want}, Compare<${label}, ${check.ours}, ${check.theirs}>>;`;
  });
  const first = head.length + 1;
  return { text: [...head, ...lines, ""].join("\n"), indexAt: (line) => line - first };
}
