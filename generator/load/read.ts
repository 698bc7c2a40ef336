import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { GenerationError } from "../errors.js";

/** The spec's text and where it came from (a resolved path or a URL). */
export interface SpecSource {
  origin: string;
  text: string;
}

const URL_PATTERN = /^https?:\/\//i;
/** A server that has sent nothing for this long is not going to. */
const FETCH_TIMEOUT_MS = 60_000;

export function isUrl(spec: string): boolean {
  return URL_PATTERN.test(spec);
}

/** Reads a spec from a file path or an http(s) URL. */
export async function readSource(spec: string, cwd: string): Promise<SpecSource> {
  if (isUrl(spec)) return { origin: spec, text: await fetchText(spec) };
  const path = resolve(cwd, spec);
  try {
    return { origin: path, text: await readFile(path, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : String(error);
    throw new GenerationError(`Can't read the spec: ${why}`, { file: path }, "Pass a JSON or YAML file or an http(s) URL with --spec");
  }
}

async function fetchText(url: string): Promise<string> {
  const hint = "Check the URL and that the server is up, or download the spec and pass the file";
  try {
    const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new GenerationError(`Can't fetch the spec: HTTP ${response.status} ${response.statusText}`.trim(), { file: url }, hint);
    return await response.text();
  } catch (error) {
    if (error instanceof GenerationError) throw error;
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message ?? String(error);
    throw new GenerationError(`Can't fetch the spec: ${cause}`, { file: url }, hint);
  }
}
