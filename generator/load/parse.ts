import * as yaml from "js-yaml";
import { GenerationError } from "../errors.js";
import { parseJson } from "./json.js";
import { isUrl, type SpecSource } from "./read.js";
import { parseWithPieces, type PieceStore } from "./yaml-pieces.js";

/**
 * Deepest YAML nesting read. js-yaml recurses per level; this stays far from the stack's
 * end yet above what the IR accepts (`MAX_DEPTH` schemas, two levels each).
 */
export const MAX_YAML_DEPTH = 500;

const EMPTY_HINT = "Pass an OpenAPI 3 document in JSON or YAML";
const NESTING_HINT = "Move nested schemas into components.schemas and refer to them with $ref";

/**
 * Parses JSON or YAML (chosen by extension, else by the first character), with the line of
 * any syntax error. With `pieces`, YAML is parsed entry by entry, reusing the entries whose
 * text a previous run parsed (see yaml-pieces.ts); the value and the errors are the same.
 */
export function parseSource(source: SpecSource, pieces?: PieceStore): unknown {
  const { origin } = source;
  const text = source.text.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new GenerationError("The spec is empty", { file: origin }, EMPTY_HINT);
  const name = isUrl(origin) ? new URL(origin).pathname : origin;
  const looksJson = /\.json$/i.test(name) || (!/\.ya?ml$/i.test(name) && /^\s*[{[]/.test(text));
  if (looksJson) return parseJson(origin, text);
  const fromPieces = pieces && parseWithPieces(text, MAX_YAML_DEPTH, pieces);
  return fromPieces ? fromPieces.value : parseYaml(origin, text);
}

function parseYaml(file: string, text: string): unknown {
  try {
    return yaml.load(text, { filename: file, maxDepth: MAX_YAML_DEPTH });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const mark = error.mark;
      const at = mark ? { line: mark.line + 1, column: mark.column + 1 } : {};
      if (/input is empty/.test(error.reason)) throw new GenerationError("The spec is empty", { file }, EMPTY_HINT);
      if (/maxDepth/.test(error.reason)) {
        throw new GenerationError(`The spec nests deeper than ${MAX_YAML_DEPTH} levels`, { file, ...at }, NESTING_HINT);
      }
      throw new GenerationError(`Malformed YAML: ${error.reason}`, { file, ...at }, "Fix the syntax error there");
    }
    if (error instanceof RangeError) throw new GenerationError("The spec nests too deeply to read", { file }, NESTING_HINT);
    throw error;
  }
}
