import { buildIr } from "../ir/build.js";
import type { IrDocument } from "../ir/types.js";
import { parseSource, readSource } from "./read.js";

/** Reads, parses and checks a spec (path or URL) into the IR. */
export async function loadSpec(spec: string, cwd: string): Promise<{ ir: IrDocument; origin: string; text: string }> {
  const source = await readSource(spec, cwd);
  const ir = buildIr(parseSource(source), source.origin);
  return { ir, origin: source.origin, text: source.text };
}
