import { loadSpec } from "../load/load.js";
import { diffDocuments } from "./diff-documents.js";
import { renderMarkdown } from "./markdown.js";
import type { DiffReport } from "./types.js";

/** Loads two specs (paths or http(s) URLs, JSON or YAML) and diffs their schemas; each summary names its source as given. */
export async function diffSpecs(oldSpec: string, newSpec: string, cwd: string = process.cwd()): Promise<DiffReport> {
  const [before, after] = await Promise.all([loadSpec(oldSpec, cwd), loadSpec(newSpec, cwd)]);
  const report = diffDocuments(before.ir, after.ir);
  return { ...report, old: { ...report.old, source: oldSpec }, new: { ...report.new, source: newSpec } };
}

export interface RunDiffOptions {
  /** Print the report object as JSON instead of Markdown. */
  json?: boolean;
  /** Where relative spec paths start; default the process's. */
  cwd?: string;
  /** For Markdown: the longest text to print (see `renderMarkdown`). */
  maxLength?: number;
}

/**
 * What `gen-schemas diff <old> <new> [--json]` prints: the Markdown report, or the report
 * object as indented JSON. Throws `GenerationError` when a spec can't be read or checked.
 */
export async function runDiff(oldSpec: string, newSpec: string, options: RunDiffOptions = {}): Promise<string> {
  const report = await diffSpecs(oldSpec, newSpec, options.cwd);
  if (options.json) return `${JSON.stringify(report, null, 2)}\n`;
  return renderMarkdown(report, options.maxLength === undefined ? {} : { maxLength: options.maxLength });
}
