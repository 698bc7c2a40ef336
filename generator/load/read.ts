import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { GenerationError } from "../errors.js";
import { sha256 } from "../manifest.js";

/** The spec's text and where it came from (a resolved path or a URL). */
export interface SpecSource {
  origin: string;
  text: string;
  /** sha256 (hex) of the bytes read; absent on a source made from a string (see `specHash`). */
  sha256?: string;
}

/**
 * The spec's hash, recorded in the manifest: of the bytes read (hashing them costs a fifth
 * of hashing the 4 MB string, which must be encoded first), or of the text's UTF-8, which
 * is the same thing for any spec that is valid UTF-8.
 */
export function specHash(source: SpecSource): string {
  return source.sha256 ?? sha256(source.text);
}

const URL_PATTERN = /^https?:\/\//i;
/** A server that has sent nothing for this long is not going to. */
const FETCH_TIMEOUT_MS = 60_000;

export function isUrl(spec: string): boolean {
  return URL_PATTERN.test(spec);
}

/** Reads a spec from a file path or an http(s) URL. */
export async function readSource(spec: string, cwd: string): Promise<SpecSource> {
  if (isUrl(spec)) {
    const bytes = await fetchBytes(spec);
    // What `response.text()` gives: UTF-8, a byte order mark dropped.
    return fromBytes(spec, bytes, (read) => new TextDecoder().decode(read));
  }
  const path = resolve(cwd, spec);
  try {
    const bytes = await readFile(path);
    return fromBytes(path, bytes, (read) => read.toString("utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : String(error);
    throw new GenerationError(`Can't read the spec: ${why}`, { file: path }, "Pass a JSON or YAML file or an http(s) URL with --spec");
  }
}

/**
 * A source whose text is decoded when first read: a rerun that finds its output up to
 * date needs only the hash of the bytes, and decoding megabytes of spec would be a good
 * part of such a run. The bytes are let go once decoded, as the text is kept for the run.
 */
function fromBytes<Bytes extends Uint8Array>(origin: string, bytes: Bytes, decode: (bytes: Bytes) => string): SpecSource {
  let undecoded: Bytes | undefined = bytes;
  let text = "";
  return {
    origin,
    sha256: sha256(bytes),
    get text() {
      if (undecoded !== undefined) {
        text = decode(undecoded);
        undecoded = undefined;
      }
      return text;
    },
  };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const hint = "Check the URL and that the server is up, or download the spec and pass the file";
  try {
    const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new GenerationError(`Can't fetch the spec: HTTP ${response.status} ${response.statusText}`.trim(), { file: url }, hint);
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof GenerationError) throw error;
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message ?? String(error);
    throw new GenerationError(`Can't fetch the spec: ${cause}`, { file: url }, hint);
  }
}
