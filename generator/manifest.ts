import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { IrDocument, IrNode, IrSchema } from "./ir/types.js";
import { generatorFingerprint } from "./fingerprint.js";
import { GENERATOR_VERSION } from "./version.js";

/** The manifest's file name in the output folder. */
export const MANIFEST = "gen-schemas.manifest.json";

/**
 * What a generation was made from, written into the output: the spec's hash, the
 * generator's version, the options, a hash per schema of everything its files depend
 * on, and a hash per file. A rerun compares against it to skip work; `check` to find
 * files edited by hand.
 */
export interface Manifest {
  generator: string;
  /** Hash of the compiled generator and runtime that made the output (see fingerprint.ts). */
  fingerprint: string;
  spec: { sha256: string; title: string; version: string };
  options: Record<string, unknown>;
  /** Spec name → hash of the schema's IR and of what it uses of the schemas it references. */
  schemas: Record<string, string>;
  /** Output path → sha256 of its content. */
  files: Record<string, string>;
}

/** The options a manifest records: what changes the output, nothing else. */
export function recordedOptions(options: { openEnums?: boolean; typesOnly?: boolean; package?: object }): Record<string, unknown> {
  return { openEnums: options.openEnums !== false, typesOnly: options.typesOnly === true, package: options.package ?? {} };
}

/** sha256 (hex) of bytes, or of a string's UTF-8; of the parts one after another when given several. */
export function sha256(...parts: (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
}

/**
 * A schema's files depend on its own IR and, of each schema it references, the names
 * (import paths, identifiers), the JSON kind (union dispatch) and the `object` value
 * (branch tables). Nothing else of a referenced schema reaches them.
 */
export function schemaHashes(ir: IrDocument, options: Record<string, unknown>): Record<string, string> {
  const byName = new Map(ir.schemas.map((schema) => [schema.name, schema]));
  const hashes: Record<string, string> = {};
  for (const schema of ir.schemas) {
    const referenced = schema.refs.map((name) => {
      const target = byName.get(name)!;
      return [name, target.typeName, target.fileName, shallowKind(target.node, byName), target.discriminator ?? null];
    });
    hashes[schema.name] = sha256(JSON.stringify([generatorFingerprint(), options, own(schema), referenced]));
  }
  return hashes;
}

function own(schema: IrSchema): unknown {
  return [schema.name, schema.typeName, schema.fileName, schema.discriminator ?? null, schema.node];
}

/** What a union in another module needs to know of this schema: its kind, and for unions their members' kinds. */
function shallowKind(node: IrNode, byName: Map<string, IrSchema>): unknown {
  if (node.kind === "union") return ["union", node.members.map((member) => (member.kind === "ref" ? byName.get(member.target)?.node.kind : member.kind))];
  return node.kind === "enum" ? ["enum", node.base] : node.kind;
}

export function buildManifest(ir: IrDocument, specHash: string, options: Record<string, unknown>, files: ReadonlyMap<string, string>, hashes: Record<string, string>): Manifest {
  const fileHashes: Record<string, string> = {};
  for (const [path, content] of files) if (path !== MANIFEST) fileHashes[path] = sha256(content);
  return {
    generator: GENERATOR_VERSION,
    fingerprint: generatorFingerprint(),
    spec: { sha256: specHash, title: ir.title, version: ir.version },
    options,
    schemas: hashes,
    files: fileHashes,
  };
}

export function renderManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The manifest of an existing output folder, or undefined when there is none or it can't be read. */
export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(outDir, MANIFEST), "utf8")) as Manifest;
    return typeof parsed === "object" && parsed !== null && typeof parsed.spec?.sha256 === "string" && typeof parsed.files === "object" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** True when a previous run already made this output from the same spec, generator and options. */
export function upToDate(previous: Manifest | undefined, specHash: string, options: Record<string, unknown>): boolean {
  return previous !== undefined && previous.fingerprint === generatorFingerprint() && previous.spec.sha256 === specHash && JSON.stringify(previous.options) === JSON.stringify(options);
}
