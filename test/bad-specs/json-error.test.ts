import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../../generator/load/json-error.js";
import { locate } from "../../generator/load/locate.js";

/** Valid JSON with one character inserted or deleted: mostly broken JSON. */
const damaged = fc
  .tuple(fc.json(), fc.nat(), fc.constantFrom("", "}", "]", ",", ":", '"', "x", "\\", "\n", "{", "[", "1", "t", "-", ".", "e"), fc.boolean())
  .map(([json, at, char, remove]) => {
    const i = at % (json.length + 1);
    return remove ? json.slice(0, i) + json.slice(i + 1) : json.slice(0, i) + char + json.slice(i);
  });

function v8Error(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe("jsonErrorOffset", () => {
  it("finds no error in valid JSON", () => {
    fc.assert(fc.property(fc.json(), (text) => jsonErrorOffset(text) === text.length));
  });

  it("finds the character V8 names: its position when V8 gives one, its unexpected token or the end when not", () => {
    fc.assert(
      fc.property(damaged, (text) => {
        const message = v8Error(text);
        if (message === undefined) return jsonErrorOffset(text) === text.length;
        const offset = jsonErrorOffset(text);
        const position = /at position (\d+)/.exec(message);
        if (position) return offset === Number(position[1]);
        const token = /^Unexpected token '(.)'/su.exec(message);
        if (token) return text.codePointAt(offset) === token[1]!.codePointAt(0);
        return /Unexpected end of JSON input/.test(message) && offset === text.length;
      }),
      { numRuns: 3000 },
    );
  });

  it("handles any depth without recursion", () => {
    expect(jsonErrorOffset(`${"[".repeat(100_000)}1${"]".repeat(99_999)}`)).toBe(200_000);
  });
});

describe("locate", () => {
  const yaml = [
    "openapi: 3.0.0", // 1
    "components:", // 2
    "  schemas:", // 3
    "    a/b:", // 4
    "      type: object", // 5
    "      properties:", // 6
    '        "quoted key": {type: string, enum: [x, y]}', // 7
    "        list:", // 8
    "          - first", // 9
    "          - second", // 10
    "    c~d: &anchor", // 11
    "      type: string", // 12
    "    e: *anchor", // 13
  ].join("\n");

  it.each([
    ["/components/schemas/a~1b", { line: 4, column: 5 }],
    ["/components/schemas/a~1b/properties/quoted key", { line: 7, column: 9 }],
    ["/components/schemas/a~1b/properties/quoted key/enum/1", { line: 7, column: 48 }],
    ["/components/schemas/a~1b/properties/list/1", { line: 10, column: 13 }],
    ["/components/schemas/c~0d/type", { line: 12, column: 7 }],
    ["/components/schemas/e", { line: 13, column: 5 }],
  ])("finds %s in YAML", (pointer, position) => {
    expect(locate(yaml, pointer)).toEqual(position);
  });

  it.each([["/components/schemas/nope"], ["/components/schemas/e/type"], [""], ["/openapi/x"]])("finds nothing for %j", (pointer) => {
    expect(locate(yaml, pointer)).toBeUndefined();
  });

  it("finds keys in JSON, escapes decoded", () => {
    const json = '{\n  "components": {\n    "schemas": {\n      "a\\"b": {\n        "type": "strng"\n      }\n    }\n  }\n}\n';
    expect(locate(json, '/components/schemas/a"b/type')).toEqual({ line: 5, column: 9 });
  });
});
