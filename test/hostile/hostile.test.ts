import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { writeOutput } from "../../generator/write/write.js";
import { removeTempDirs, tempDir } from "../cli/run.js";
import { ROOT } from "../support/paths.js";
import { notPrettierClean, typeCheck } from "./compile.js";

const SPEC = join(ROOT, "test/hostile/hostile.yaml");

/** What a generated module exports, as these tests use it. */
interface Module {
  validate(input: unknown, options?: Record<string, unknown>): { ok: boolean; value?: unknown; issues?: { code: string; path: (string | number)[] }[] };
  is(input: unknown): boolean;
  changeset(data: unknown, params: unknown): { valid: boolean; changes: Record<string, unknown>; errors: Record<string, unknown> };
}

/** The generated package; the consumer file the type-check adds sits beside it. */
let root: string;
let out: string;
let renames: string[];
const load = async (file: string, name: string) => ((await import(pathToFileURL(join(out, file)).href)) as Record<string, Module>)[name]!;

/** A valid `billing.portal-session`, the schema with the hostile property names. */
const session = () => ({
  id: "bps_1",
  object: "billing.portal-session",
  "payment-method.types": ['quote"d', "back\\slash", "line\u2028sep", "*/", "${x}", "'single'"],
  "": "empty key",
  "*/": "comment end",
  "1x": "leading digit",
  "quote\"key": "q",
  "back\\slash": "b",
  "line\u2028sep": "l",
  constructor: 3,
  class: { default: "d", new: 1 },
  default: true,
  toString: "t",
  hasOwnProperty: "h",
  url: "https://api.example.com/v1/billing_portal",
  code: "a/b*/",
  customer: { object: "proto", parent: null },
  metadata: { "__proto__": "kept as a key", constructor: "c" },
});

afterAll(removeTempDirs);

beforeAll(async () => {
  root = tempDir("gen-schemas-hostile-");
  out = join(root, "package");
  const { files, ir } = await generate({ spec: SPEC });
  renames = ir.renames.map((rename) => `${rename.name} → ${rename.typeName}`);
  await writeOutput(out, files);
});

describe("the hostile spec", () => {
  it("generates, renaming what collides, deterministically", () => {
    expect(renames).toEqual(["Result → ResultSchema", "foo.bar → FooBar_2", "string → StringSchema"]);
  });

  it("type-checks under strict, with a consumer using the hostile names", () => {
    const consumer = join(root, "consumer.ts");
    writeFileSync(
      consumer,
      [
        'import type { BillingPortalSession, BigNumbers, Proto, FooBar, FooBar_2, Prototype, MapOfMaps } from "./package/types/index.js";',
        'import { BillingPortalSession as Session } from "./package/billing.portal-session.js";',
        'import { schemas } from "./package/registry.js";',
        `const value: BillingPortalSession = ${JSON.stringify(session())};`,
        "const result = Session.validate(value);",
        "if (result.ok) { const same: BillingPortalSession = result.value; void same; }",
        'const proto: Proto = { object: "proto", parent: { object: "proto" } };',
        'const types: BillingPortalSession["payment-method.types"] = ["*/", "line\\u2028sep", \'quote"d\'];',
        '// @ts-expect-error not one of the enum values',
        'const wrong: BillingPortalSession["payment-method.types"] = ["nope"];',
        'const prototype: Prototype = "c\\\\d";',
        'const a: FooBar = { a: "x" };',
        'const b: FooBar_2 = { b: "x" };',
        "const maps: MapOfMaps = { x: { y: 1 } };",
        "const big: BigNumbers = 1e21;",
        'const module = schemas["__proto__"];',
        "export { proto, types, wrong, prototype, a, b, maps, big, module };",
        "",
      ].join("\n"),
    );
    expect(typeCheck(out, [consumer])).toEqual([]);
  });

  it("is prettier-clean", async () => {
    expect(await notPrettierClean(out)).toEqual([]);
  });
});

describe("the hostile spec's validators", () => {
  it("accept a valid object with every hostile key", async () => {
    const Session = await load("billing.portal-session.js", "BillingPortalSession");
    expect(Session.validate(session())).toEqual({ ok: true, value: session() });
  });

  it.each([
    ["an enum value with a quote changed", { "payment-method.types": ["*/", 'quote"D'] }, ["payment-method.types", 1]],
    ["a dashed, dotted key of the wrong type", { "payment-method.types": "card" }, ["payment-method.types"]],
    ["a quoted key", { "quote\"key": 1 }, ['quote"key']],
    ["a key with U+2028", { "line\u2028sep": 1 }, ["line\u2028sep"]],
    ["the empty key", { "": 1 }, [""]],
    ["a key named */", { "*/": 1 }, ["*/"]],
    ["constructor", { constructor: "3" }, ["constructor"]],
    ["a reserved word", { class: { new: "1" } }, ["class", "new"]],
    ["a pattern with slashes", { url: "https://a/b/v1/x" }, ["url"]],
    ["a pattern with an escaped slash", { code: "a\\/b*/" }, ["code"]],
    ["a map value", { metadata: { constructor: 1 } }, ["metadata", "constructor"]],
  ])("reject %s at its path", async (_name, change, path) => {
    const Session = await load("billing.portal-session.js", "BillingPortalSession");
    const result = Session.validate({ ...session(), ...change });
    expect(result.ok).toBe(false);
    expect(result.issues!.map((issue) => issue.path)).toEqual([path]);
  });

  it("read a missing required key as missing, not from Object.prototype", async () => {
    const Session = await load("billing.portal-session.js", "BillingPortalSession");
    const { id: _id, ...rest } = session();
    expect(Session.validate(rest).issues!.map((issue) => [issue.code, issue.path])).toEqual([["required", ["id"]]]);
  });

  it("match enum values with quotes, backslashes and U+2028 exactly", async () => {
    const Prototype = await load("prototype.js", "Prototype");
    for (const value of ['a"b', "c\\d", "e\u2028f"]) expect(Prototype.is(value)).toBe(true);
    for (const value of ["a\\\"b", "c\\\\d", "e\nf", "e\\u2028f"]) expect(Prototype.is(value)).toBe(false);
  });

  it("match numeric enum values written with exponents", async () => {
    const BigNumbers = await load("big_numbers.js", "BigNumbers");
    for (const value of [1e21, -0.5, 5e-324, Number.MAX_VALUE]) expect(BigNumbers.is(value)).toBe(true);
    for (const value of [1e20, 0.5, 0, "1e21"]) expect(BigNumbers.is(value)).toBe(false);
  });

  it("follow a schema that refers to itself (__proto__.parent)", async () => {
    const Proto = await load("__proto__.js", "Proto");
    expect(Proto.validate({ object: "proto", parent: { object: "proto", parent: null } }).ok).toBe(true);
    expect(Proto.validate({ object: "proto", parent: { object: "other" } }).issues!.map((issue) => issue.path)).toEqual([["parent", "object"]]);
  });

  it("keep __proto__ and constructor as own registry keys", async () => {
    const registry = (await import(pathToFileURL(join(out, "registry.js")).href)) as { schemas: Record<string, unknown>; forObject(value: unknown): unknown };
    const Proto = await load("__proto__.js", "Proto");
    const Constructor = await load("constructor.js", "Constructor");
    expect(Object.getPrototypeOf(registry.schemas)).toBe(Object.prototype);
    expect(Object.hasOwn(registry.schemas, "__proto__") && registry.schemas["__proto__"]).toBe(Proto);
    expect(Object.hasOwn(registry.schemas, "constructor") && registry.schemas.constructor).toBe(Constructor);
    expect(registry.forObject({ object: "proto" })).toBe(Proto);
  });
});

describe("a __proto__ key in input", () => {
  const hostileInput = () =>
    JSON.parse(
      '{"id": "x", "object": "billing.portal-session", "payment-method.types": [], "__proto__": {"polluted": 1},' +
        ' "metadata": {"__proto__": {"polluted": 2}}, "class": {"__proto__": {"polluted": 3}}, "customer": {"object": "proto", "__proto__": {"polluted": 4}}}',
    ) as Record<string, unknown>;

  it("is checked as the property it is, and pollutes nothing", async () => {
    const Session = await load("billing.portal-session.js", "BillingPortalSession");
    const result = Session.validate(hostileInput());
    expect(result.issues!.map((issue) => issue.path)).toEqual([["__proto__"], ["metadata", "__proto__"]]);
    for (const mode of [{ unknownKeys: "strip" }, { unknownKeys: "reject" }, { mode: "lenient" }]) Session.validate(hostileInput(), mode);
    Session.is(hostileInput());
    Session.changeset({}, hostileInput());
    Session.changeset(hostileInput(), hostileInput());
    const MapOfMaps = await load("map_of_maps.js", "MapOfMaps");
    expect(MapOfMaps.validate(JSON.parse('{"__proto__": {"a": "1"}}')).issues!.map((issue) => issue.path)).toEqual([["__proto__", "a"]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
  });

  it("is kept when declared and dropped when not, as unknown keys are stripped", async () => {
    const Session = await load("billing.portal-session.js", "BillingPortalSession");
    const input = { ...session(), customer: "cus_1", ...(JSON.parse('{"__proto__": "kept"}') as object) };
    const declared = Session.validate(input, { unknownKeys: "strip" });
    expect(declared.ok).toBe(true);
    expect(Object.getPrototypeOf(declared.value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(declared.value, "__proto__")?.value).toBe("kept");
    const Class = await load("class.js", "Class");
    const undeclared = Class.validate(JSON.parse('{"default": "d", "__proto__": {"polluted": 5}}'), { unknownKeys: "strip" });
    expect(undeclared.ok).toBe(true);
    expect(Object.getPrototypeOf(undeclared.value)).toBe(Object.prototype);
    expect(Object.hasOwn(undeclared.value as object, "__proto__")).toBe(false);
    expect(undeclared.value).toEqual({ default: "d" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
