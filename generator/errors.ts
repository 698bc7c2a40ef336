/** Where a problem stands: the spec file, a JSON pointer into it, and a line when the parser knows it. */
export interface Location {
  file?: string;
  pointer?: string;
  line?: number;
  column?: number;
}

/**
 * A problem with the input that the user can fix. The CLI prints `message`
 * (what, where, what to do) without a stack trace and exits 1:
 * `Can't resolve $ref "#/components/schemas/x" at #/components/schemas/y/properties/z in spec.yaml:12:9. Check …`
 */
export class GenerationError extends Error {
  readonly what: string;
  readonly location: Location;
  readonly hint: string;
  /** Further problems found in the same run (other component schemas), listed after this one. */
  readonly others: readonly GenerationError[];

  constructor(what: string, location: Location, hint: string, others: readonly GenerationError[] = []) {
    super(formatMessage(what, location, hint) + formatOthers(others));
    this.name = "GenerationError";
    this.what = what;
    this.location = location;
    this.hint = hint;
    this.others = others;
  }

  /** The same error with more of its location known (the line of its pointer, found later). */
  at(more: Location): GenerationError {
    return new GenerationError(this.what, { ...this.location, ...more }, this.hint, this.others);
  }

  /** The same error, with these problems found beside it. */
  with(others: readonly GenerationError[]): GenerationError {
    return new GenerationError(this.what, this.location, this.hint, others);
  }
}

/** Problems listed after the first, one per line: at most MAX_LISTED, then how many more. */
export const MAX_LISTED = 20;

function formatOthers(others: readonly GenerationError[]): string {
  if (others.length === 0) return "";
  const listed = others.slice(0, MAX_LISTED).map((other) => `\n- ${formatMessage(other.what, other.location, other.hint)}`);
  const rest = others.length > MAX_LISTED ? `\n- and ${others.length - MAX_LISTED} more` : "";
  return `\n${others.length} more problem${others.length === 1 ? "" : "s"}:${listed.join("")}${rest}`;
}

function formatMessage(what: string, at: Location, hint: string): string {
  const parts = [what];
  if (at.pointer !== undefined) parts.push(`at #${at.pointer}`);
  if (at.file !== undefined) {
    const line = at.line === undefined ? "" : `:${at.line}${at.column === undefined ? "" : `:${at.column}`}`;
    parts.push(`${at.pointer === undefined ? "at" : "in"} ${at.file}${line}`);
  }
  return `${parts.join(" ")}. ${hint}`;
}

/** Encodes one JSON pointer segment (RFC 6901). */
export function escapePointer(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Decodes one JSON pointer segment (RFC 6901). */
export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** Joins a pointer and a segment: `pointerTo("/a", "b/c")` is `/a/b~1c`. */
export function pointerTo(base: string, ...segments: (string | number)[]): string {
  return base + segments.map((s) => `/${escapePointer(s)}`).join("");
}
