import { GenerationError } from "../errors.js";
import { jsonErrorOffset } from "./json-error.js";
import { lineColumn } from "./position.js";

/** `JSON.parse`, with a syntax error reported at its line and column of `file`. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // V8 says `… in JSON at position 12 (line 1 column 13)`, or `Unexpected token 'x', "…text…" is not valid JSON` with no position.
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : jsonErrorOffset(text);
    const what = message
      .replace(/\s*(in JSON )?at position \d+.*$/s, "")
      .replace(/^(Unexpected token .+?), (?:\.\.\.)?".*$/s, "$1")
      .replace(/ of JSON input$/, " of the file");
    throw new GenerationError(`Malformed JSON: ${what}`, { file, ...lineColumn(text, offset) }, "Fix the syntax error there");
  }
}
