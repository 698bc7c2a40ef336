/**
 * Spec strings enter the Markdown report only through these two functions: a property
 * named "`</details>\n# x" must neither end a code span nor start a heading in a PR body.
 */

/** Line breaks and control characters, which would end a code span or a list item. */
const BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;

function escapeBreaks(value: string): string {
  return value.replace(BREAKS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A code span holding `value` verbatim: fenced by more backticks than it contains in a row. */
export function code(value: string): string {
  const text = escapeBreaks(value);
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = /^[` ]|[` ]$/.test(text) || text === "" ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`;
}

/** Plain text with every ASCII punctuation character escaped, so nothing in it is markup. */
export function text(value: string): string {
  return escapeBreaks(value).replace(/[!-/:-@[-`{-~]/g, (char) => `\\${char}`);
}

/** A table cell: pipes split cells even inside code spans, so they are escaped. */
export function cell(value: string): string {
  return value.replace(/\|/g, "\\|");
}
