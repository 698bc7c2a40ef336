import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import * as yaml from "js-yaml";
import { GenerationError } from "../errors.js";

/** The spec's text and where it came from (a resolved path or a URL). */
export interface SpecSource {
  origin: string;
  text: string;
}

const URL_PATTERN = /^https?:\/\//i;

/** Reads a spec from a file path or an http(s) URL. */
export async function readSource(spec: string, cwd: string): Promise<SpecSource> {
  if (URL_PATTERN.test(spec)) return { origin: spec, text: await fetchText(spec) };
  const path = resolve(cwd, spec);
  try {
    return { origin: path, text: await readFile(path, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "No such file" : code === "EISDIR" ? "Is a directory" : String(error);
    throw new GenerationError(`Can't read the spec: ${why}`, { file: path }, "Pass a JSON or YAML file with --spec");
  }
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: "follow" });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? String(error);
    throw new GenerationError(`Can't fetch the spec: ${cause}`, { file: url });
  }
  if (!response.ok) {
    throw new GenerationError(`Can't fetch the spec: HTTP ${response.status} ${response.statusText}`, { file: url });
  }
  return response.text();
}

/** Parses JSON or YAML (chosen by extension, else by the first character), with the line of any syntax error. */
export function parseSource(source: SpecSource): unknown {
  const { origin, text } = source;
  const looksJson = /\.json$/i.test(origin) || (!/\.ya?ml$/i.test(origin) && /^\s*[{[]/.test(text));
  return looksJson ? parseJson(origin, text) : parseYaml(origin, text);
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const at = position ? lineColumn(text, Number(position[1])) : {};
    const what = message.replace(/\s*(in JSON )?at position \d+.*$/, "").replace(/\s*\(line \d+ column \d+\)$/, "");
    throw new GenerationError(`Malformed JSON: ${what}`, { file, ...at }, "Fix the syntax error");
  }
}

function parseYaml(file: string, text: string): unknown {
  try {
    return yaml.load(text, { filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const mark = error.mark;
      const at = mark ? { line: mark.line + 1, column: mark.column + 1 } : {};
      throw new GenerationError(`Malformed YAML: ${error.reason}`, { file, ...at }, "Fix the syntax error");
    }
    throw error;
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
