import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The vendored specs, by publication date. */
export const SPECS = {
  "2023-09-12": `${ROOT}spec/2023-09-12/spec3.yaml`,
  "2022-04-12": `${ROOT}spec/2022-04-12/spec3.json`,
} as const;

export type SpecVersion = keyof typeof SPECS;

/** Where the global setup writes each spec's generated package (ignored by git). */
export const GENERATED_ROOT = `${ROOT}.tmp/test-generated`;

export function generatedDir(version: SpecVersion): string {
  return `${GENERATED_ROOT}/${version}`;
}

/** Stripe's example objects: spec name → object. */
export function fixtures(version: SpecVersion): Record<string, unknown> {
  const text = readFileSync(`${ROOT}test/fixtures/stripe/${version}/fixtures3.json`, "utf8");
  return (JSON.parse(text) as { resources: Record<string, unknown> }).resources;
}

/** Imports a generated schema module by spec name (file stems equal spec names for Stripe). */
export async function schemaModule(version: SpecVersion, name: string): Promise<SchemaModuleLike> {
  return schemaValueOf((await import(`${generatedDir(version)}/${name}.js`)) as Record<string, unknown>, `${name}.js`);
}

/** The schema value among a module's exports: the one object; the others are its standalone functions (see `standaloneOf`). */
export function schemaValueOf(exports: Record<string, unknown>, file: string): SchemaModuleLike {
  const values = Object.values(exports).filter((value) => typeof value === "object");
  if (values.length !== 1) throw new Error(`${file} exports ${values.length} schema values`);
  return values[0] as SchemaModuleLike;
}

/** What a schema module exports besides its value: `validate<Type>`, `is<Type>`, `check<Type>` and `test<Type>`, by that prefix. */
export interface Standalone {
  validate: SchemaModuleLike["validate"];
  is: SchemaModuleLike["is"];
  check: (value: unknown, c: unknown) => boolean;
  test: (value: unknown, c: unknown) => boolean;
}

export async function standaloneOf(version: SpecVersion, name: string, typeName: string): Promise<Standalone> {
  const exports = (await import(`${generatedDir(version)}/${name}.js`)) as Record<string, unknown>;
  const pick = <F>(prefix: string) => standaloneFunction<F>(exports, prefix, typeName, `${name}.js`);
  return { validate: pick("validate"), is: pick("is"), check: pick("check"), test: pick("test") };
}

/** The function `<prefix><Type>` among a module's exports; an error names the file when it is not there. */
export function standaloneFunction<F>(exports: Record<string, unknown>, prefix: string, typeName: string, file: string): F {
  const found = exports[`${prefix}${typeName}`];
  if (typeof found !== "function") throw new Error(`${file} does not export the function ${prefix}${typeName}`);
  return found as F;
}

/** The runtime API of a generated module, as tests use it. */
export interface SchemaModuleLike {
  name: string;
  validate(input: unknown, options?: Record<string, unknown>): { ok: true; value: unknown; warnings?: IssueLike[] } | { ok: false; issues: IssueLike[] };
  is(input: unknown): boolean;
  changeset(data: unknown, params: unknown, options?: Record<string, unknown>): ChangesetLike;
  "~standard": { version: 1; vendor: string; validate(value: unknown): { value?: unknown; issues?: { message: string; path?: unknown[] }[] } };
}

export interface IssueLike {
  code: string;
  path: (string | number)[];
  pointer: string;
  message: string;
  expected?: unknown;
  received?: unknown;
}

export interface ChangesetLike {
  data: Record<string, unknown>;
  params: Record<string, unknown>;
  changes: Record<string, unknown>;
  errors: Record<string, unknown>;
  warnings: IssueLike[];
  valid: boolean;
  action?: string;
}
