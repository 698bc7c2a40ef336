import { generate } from "../../generator/generate.js";
import type { IrDocument, IrNode, IrSchema } from "../../generator/ir/types.js";
import { SPECS, schemaModule, standaloneOf, type SchemaModuleLike, type SpecVersion, type Standalone } from "../support/paths.js";

export const VERSIONS = Object.keys(SPECS) as SpecVersion[];

/** A spec's IR and its schemas by spec name. */
export interface Spec {
  version: SpecVersion;
  ir: IrDocument;
  schema(name: string): IrSchema;
  /** The generated module of a schema (imported once, then cached). */
  module(name: string): SchemaModuleLike;
  /** What the module exports beside its value: `validate<Type>`, `is<Type>`, `check<Type>`, `test<Type>`. */
  standalone(name: string): Standalone;
}

const specs = new Map<SpecVersion, Promise<Spec>>();

/** The IR (from `generate()`) and every generated module of a vendored spec, loaded once per test file. */
export function loadSpec(version: SpecVersion): Promise<Spec> {
  let spec = specs.get(version);
  if (!spec) {
    spec = (async () => {
      const { ir } = await generate({ spec: SPECS[version] });
      const byName = new Map(ir.schemas.map((schema) => [schema.name, schema]));
      const modules = new Map<string, SchemaModuleLike>();
      const standalones = new Map<string, Standalone>();
      await Promise.all(
        ir.schemas.map(async (schema) => {
          modules.set(schema.name, await schemaModule(version, schema.name));
          standalones.set(schema.name, await standaloneOf(version, schema.name, schema.typeName));
        }),
      );
      return {
        version,
        ir,
        schema: (name) => byName.get(name) ?? fail(`${version} has no schema ${name}`),
        module: (name) => modules.get(name) ?? fail(`${version} has no module ${name}`),
        standalone: (name) => standalones.get(name) ?? fail(`${version} has no module ${name}`),
      };
    })();
    specs.set(version, spec);
  }
  return spec;
}

function fail(message: string): never {
  throw new Error(message);
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A deep copy of JSON data that keeps `__proto__` keys as data. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Follows refs to the node a schema is made of. */
export function resolveNode(spec: Spec, node: IrNode): IrNode {
  let current = node;
  for (let hops = 0; current.kind === "ref" && hops < 64; hops++) {
    const target = spec.schema(current.target).node;
    current = { ...target, nullable: target.nullable || current.nullable };
  }
  return current;
}

/** A snapshot of `Object.prototype`'s own keys, to show nothing was added to it. */
export function prototypeKeys(): string[] {
  return Reflect.ownKeys(Object.prototype).map(String).sort();
}
