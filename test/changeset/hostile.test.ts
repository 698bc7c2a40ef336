/**
 * Changesets of the hostile spec (test/hostile/hostile.yaml): properties and schemas named
 * `__proto__`, `constructor`, `toString`, `""`, reserved words, dots and quotes. Each is a
 * field like any other: cast, validated, applied and reported as an own key, and no
 * prototype is touched.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { writeOutput } from "../../generator/write/write.js";
import { removeTempDirs, tempDir } from "../cli/run.js";
import { ROOT, schemaValueOf } from "../support/paths.js";
import { blank, inclusion, invalid, type ChangesetLike, type Runtime, type SchemaModuleLike, type Want } from "./support.js";

let out: string;
const load = async (file: string): Promise<SchemaModuleLike> => schemaValueOf((await import(pathToFileURL(join(out, file)).href)) as Record<string, unknown>, file);
const runtime = async (): Promise<Runtime> => (await import(pathToFileURL(join(out, "index.js")).href)) as Runtime;
const json = (text: string): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  out = join(tempDir("gen-schemas-changeset-hostile-"), "package");
  await writeOutput(out, (await generate({ spec: join(ROOT, "test/hostile/hostile.yaml") })).files);
});

afterAll(() => {
  removeTempDirs();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
});

const SESSION = "billing.portal-session.js";
const session = { id: "bps_1", object: "billing.portal-session", "payment-method.types": [] };

type Case = [name: string, { given: { file: string; data?: Record<string, unknown>; params: Record<string, unknown> }; want: Want }];

describe("hostile property names are fields like any other", () => {
  const cases: Case[] = [
    ["`__proto__`: cast as an own key", { given: { file: SESSION, data: session, params: json('{"__proto__": "x"}') }, want: { changes: json('{"__proto__": "x"}'), allErrors: {}, valid: true } }],
    ["`__proto__`: null where it is nullable", { given: { file: SESSION, data: { ...session, ...json('{"__proto__": "x"}') }, params: json('{"__proto__": null}') }, want: { changes: json('{"__proto__": null}'), allErrors: {} } }],
    ["`__proto__`: a cast error under its own key", { given: { file: SESSION, data: session, params: json('{"__proto__": 1}') }, want: { changes: {}, allErrors: json(`{"__proto__": [${JSON.stringify(invalid("string"))}]}`) } }],
    ["`constructor`: an integer from a string", { given: { file: SESSION, data: session, params: { constructor: "42" } }, want: { changes: { constructor: 42 }, allErrors: {} } }],
    ["`constructor`: a cast error", { given: { file: SESSION, data: session, params: { constructor: "4.2" } }, want: { allErrors: { constructor: [invalid("integer")] } } }],
    ["`toString` and `hasOwnProperty`", { given: { file: SESSION, data: session, params: { toString: "t", hasOwnProperty: "h" } }, want: { changes: { toString: "t", hasOwnProperty: "h" }, allErrors: {} } }],
    ["the empty name, and names with dots, quotes and U+2028", { given: { file: SESSION, data: session, params: { "": "e", "quote\"key": "q", "line\u2028sep": "l", "*/": "c" } }, want: { changes: { "": "e", "quote\"key": "q", "line\u2028sep": "l", "*/": "c" }, allErrors: {} } }],
    ["a list of hostile enum values", { given: { file: SESSION, data: session, params: { "payment-method.types": ["*/", "${x}"] } }, want: { changes: { "payment-method.types": ["*/", "${x}"] }, allErrors: {} } }],
    ["a value outside them, with where it is", { given: { file: SESSION, data: session, params: { "payment-method.types": ["*/", "*"] } }, want: { allErrors: { "payment-method.types": [{ ...inclusion(['quote"d', "back\\slash", "line\u2028sep", "*/", "${x}", "'single'"]), path: ["payment-method.types", 1] }] } } }],
    ["a pattern with slashes", { given: { file: SESSION, data: session, params: { url: "https://api.example.com/v2/x", code: "a/b*/" } }, want: { changes: { url: "https://api.example.com/v2/x", code: "a/b*/" }, errors: { url: [{ message: "has invalid format", validation: "format", pattern: expect.any(String) }] } } }],
    ["a reserved word as an embed, with reserved words inside", { given: { file: SESSION, data: session, params: { class: { default: "d", new: "1.5" } } }, want: { changes: { class: { default: "d", new: 1.5 } }, allErrors: {} } }],
    ["an expandable field whose object is the schema named `__proto__`", { given: { file: SESSION, data: session, params: { customer: { object: "proto", parent: { object: "proto", prototype: "p" } } } }, want: { changes: { customer: { object: "proto", parent: { object: "proto", prototype: "p" } } }, allErrors: {} } }],
    ["its errors nest", { given: { file: SESSION, data: session, params: { customer: { object: "proto", parent: { object: "nope" } } } }, want: { allErrors: { customer: { parent: { object: [inclusion(["proto"])] } } } } }],
    ["required fields of the hostile schema", { given: { file: SESSION, params: json('{"__proto__": "x", "constructor": 1}') }, want: { allErrors: { id: [blank], object: [blank], "payment-method.types": [blank] } } }],
    ["an embed under a `__proto__` key (the schema named `constructor`)", { given: { file: "constructor.js", params: json('{"__proto__": {"object": "proto"}, "prototype": "p"}') }, want: { changes: json('{"__proto__": {"object": "proto"}, "prototype": "p"}'), allErrors: {} } }],
    ["its errors under an own `__proto__` key", { given: { file: "constructor.js", params: json('{"__proto__": {"object": "nope"}}') }, want: { allErrors: json(`{"__proto__": {"object": [${JSON.stringify(inclusion(["proto"]))}]}}`) } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => {
    const module = await load(given.file);
    const cs = module.changeset(given.data ?? {}, given.params);
    if (want.changes !== undefined) expect(shownOwn(cs.changes)).toEqual(want.changes);
    if (want.allErrors !== undefined) expect(cs.errors).toEqual(want.allErrors);
    if (want.errors !== undefined) for (const [key, value] of Object.entries(want.errors)) expect(cs.errors[key]).toEqual(value);
    expect(Object.getPrototypeOf(cs.changes)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(cs.errors)).toBe(Object.prototype);
  });
});

describe("applied and traversed", () => {
  it("applies a `__proto__` field and embed as own keys", async () => {
    const { applyChanges } = await runtime();
    const Constructor = await load("constructor.js");
    const value = applyChanges(Constructor.changeset({}, json('{"__proto__": {"object": "proto", "parent": {"object": "proto"}}}')));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual({ object: "proto", parent: { object: "proto" } });
    expect(Constructor.validate(value).ok).toBe(true);
  });

  it("traverses errors under `__proto__` into own keys", async () => {
    const { traverseErrors } = await runtime();
    const Constructor = await load("constructor.js");
    const errors = traverseErrors(Constructor.changeset({}, json('{"__proto__": {"object": "nope"}}')) as ChangesetLike, (error) => error.message);
    expect(Object.getOwnPropertyDescriptor(errors, "__proto__")?.value).toEqual({ object: ["is invalid"] });
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
  });
});

/** Like `shown`, but building with own keys, so `__proto__` stays a key. */
function shownOwn(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shownOwn);
  if (value !== null && typeof value === "object") {
    const source = "changes" in value && "errors" in value && "valid" in value ? (value as { changes: object }).changes : value;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(source)) Object.defineProperty(out, key, { value: shownOwn((source as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
