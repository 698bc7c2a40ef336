/** Where a problem stands: the spec file, a JSON pointer into it, and a line when the parser knows it. */
export interface Location {
  file?: string;
  pointer?: string;
  line?: number;
  column?: number;
}

/**
 * A problem with the input that the user can fix. The CLI prints `message`
 * (what, where, what to do) without a stack trace and exits 1.
 */
export class GenerationError extends Error {
  readonly location: Location;
  readonly hint: string | undefined;

  constructor(what: string, location: Location = {}, hint?: string) {
    super(formatMessage(what, location, hint));
    this.name = "GenerationError";
    this.location = location;
    this.hint = hint;
  }
}

function formatMessage(what: string, at: Location, hint?: string): string {
  const where: string[] = [];
  if (at.file !== undefined) {
    const line = at.line === undefined ? "" : `:${at.line}${at.column === undefined ? "" : `:${at.column}`}`;
    where.push(`${at.file}${line}`);
  }
  if (at.pointer !== undefined) where.push(`#${at.pointer}`);
  const located = where.length > 0 ? `${what} at ${where.join(" ")}` : what;
  return hint === undefined ? located : `${located}. ${hint}`;
}

/** Encodes one JSON pointer segment (RFC 6901). */
export function escapePointer(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Joins a pointer and a segment: `pointerTo("/a", "b/c")` is `/a/b~1c`. */
export function pointerTo(base: string, ...segments: (string | number)[]): string {
  return base + segments.map((s) => `/${escapePointer(s)}`).join("");
}
