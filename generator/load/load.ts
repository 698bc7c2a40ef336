import { GenerationError } from "../errors.js";
import { buildIr } from "../ir/build.js";
import type { IrDocument } from "../ir/types.js";
import { locate } from "./locate.js";
import { parseSource } from "./parse.js";
import { readSource, specHash, type SpecSource } from "./read.js";
import type { PieceStore } from "./yaml-pieces.js";

export interface Loaded {
  ir: IrDocument;
  origin: string;
  text: string;
  /** The spec's hash (see `specHash`). */
  specHash: string;
}

/** Reads, parses and checks a spec (path or URL) into the IR; errors carry the line of their pointer. */
export async function loadSpec(spec: string, cwd: string, pieces?: PieceStore): Promise<Loaded> {
  return loadSource(await readSource(spec, cwd), pieces);
}

/** Parses and checks a spec already read (the CLI reads it first to see whether anything changed). */
export function loadSource(source: SpecSource, pieces?: PieceStore): Loaded {
  const parsed = parseSource(source, pieces);
  try {
    return { ir: buildIr(parsed, source.origin), origin: source.origin, text: source.text, specHash: specHash(source) };
  } catch (error) {
    if (!(error instanceof GenerationError)) throw error;
    throw located(error, source).with(error.others.map((other) => located(other, source)));
  }
}

/** The error with the line and column of its pointer, where the spec's text has them. */
function located(error: GenerationError, source: SpecSource): GenerationError {
  const { location } = error;
  if (location.pointer === undefined || location.line !== undefined || location.file !== source.origin) return error;
  const position = locate(source.text, location.pointer);
  return position ? error.at(position) : error;
}
