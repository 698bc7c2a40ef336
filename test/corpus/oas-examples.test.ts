import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { GenerationError } from "../../generator/errors.js";
import { generate } from "../../generator/generate.js";
import { generatePackage, referenceValidators, typeCheck, Workspace } from "../fuzz/harness.js";
import type { Json, RawSchema } from "../fuzz/spec-arbitrary.js";
import { Sampler } from "../fuzz/values.js";

/**
 * Specs written by others: every OpenAPI 3.0 and 3.1 example document of
 * `@readme/oas-examples` (petstores, polymorphism with allOf and discriminators, circular
 * schemas, a 200-schema Star Trek API, …). Each one with component schemas generates a
 * package that type-checks, whose validators give ajv's verdict on values drawn from the
 * raw schemas; the others are refused with a GenerationError that says why, never an
 * internal error.
 */
const ROOT = dirname(createRequire(import.meta.url).resolve("@readme/oas-examples/package.json"));
const DOCUMENTS = ["3.0", "3.1"].flatMap((version) =>
  readdirSync(join(ROOT, version, "json"))
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => `${version}/json/${file}`),
);

/** Documents generation refuses, and why: keywords the validators can't enforce together. */
const REFUSED: Record<string, RegExp> = {
  "3.1/json/train-travel.json": /^`unevaluatedProperties: false` combined with `anyOf` is not supported/,
};

/** Values drawn per schema. */
const VALUES = 20;

interface Document {
  openapi: string;
  components?: { schemas?: Record<string, RawSchema> };
}

const workspace = new Workspace();
afterAll(() => workspace.remove());

const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), "utf8")) as Document;
const withSchemas = DOCUMENTS.filter((path) => Object.keys(read(path).components?.schemas ?? {}).length > 0);

describe("@readme/oas-examples", () => {
  it("holds documents of both kinds", () => {
    expect(withSchemas.length).toBeGreaterThan(20);
    expect(DOCUMENTS.length - withSchemas.length).toBeGreaterThan(10);
  });

  it.each(DOCUMENTS.filter((path) => !withSchemas.includes(path)))("%s, without component schemas: refused, saying so", async (path) => {
    expect((await refusal(path)).what).toMatch(/^The spec('s `components.schemas` is empty| has no `components.schemas`)$/);
  });

  it.each(Object.entries(REFUSED))("%s: refused, saying why", async (path, why) => {
    expect((await refusal(path)).what).toMatch(why);
  });

  it.each(withSchemas.filter((path) => REFUSED[path] === undefined))("%s: generates, type-checks, and validates as ajv does", { timeout: 60_000 }, async (path) => {
    const document = read(path);
    const schemas = document.components!.schemas!;
    const pkg = await generatePackage(workspace, schemas, document.openapi);
    expect(Object.fromEntries(typeCheck([pkg.dir]))).toEqual({});
    const reference = referenceValidators(withoutAnnotations(schemas) as Record<string, RawSchema>);
    const sampler = new Sampler(new Map(Object.entries(schemas)));
    for (const name of Object.keys(schemas)) {
      const [module, standalone, ajv] = [await pkg.module(name), await pkg.standalone(name), reference.strict(name)];
      fc.assert(
        fc.property(fc.gen(), fc.integer({ min: 0, max: 2 }), (g, kind) => {
          const draw = g as unknown as Parameters<Sampler["sample"]>[0];
          const value: Json = kind === 0 ? sampler.sample(draw, schemas[name]!) : kind === 1 ? sampler.broken(draw, schemas[name]!) : (g(fc.jsonValue, { maxDepth: 2 }) as Json);
          const ok = module.validate(value).ok;
          expect(ok, `${name}: validate ${JSON.stringify(value)}`).toBe(ajv(value));
          expect(standalone.is(value), `${name}: is ${JSON.stringify(value)}`).toBe(ok);
        }),
        { numRuns: VALUES, seed: 20261206 },
      );
    }
  });
});

/** The GenerationError generating a document throws (a test failure when it generates, or throws anything else). */
async function refusal(path: string): Promise<GenerationError> {
  const error = await generate({ spec: join(ROOT, path) }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GenerationError);
  return error as GenerationError;
}

/** OpenAPI's own annotations the JSON Schema reference doesn't know (`discriminator`, `xml`), left out; property names stay. */
function withoutAnnotations(value: unknown, names = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutAnnotations(item));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).filter(([key]) => names || !["discriminator", "xml", "externalDocs"].includes(key));
  return Object.fromEntries(entries.map(([key, item]) => [key, !names && ["example", "examples", "enum", "default"].includes(key) ? item : withoutAnnotations(item, !names && key === "properties")]));
}
