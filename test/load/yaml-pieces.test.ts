import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../generator/load/parse.js";
import { parseWithPieces, type PieceStore } from "../../generator/load/yaml-pieces.js";
import { SPECS } from "../support/paths.js";

/**
 * The YAML parse cache (issue 6, incremental regeneration): a rerun parses only the
 * entries whose text changed, and whatever it returns is what js-yaml returns for the
 * whole text, errors included.
 */
const DEPTH = 500;

class MemoryStore implements PieceStore {
  bytes: Uint8Array | undefined;
  writes = 0;
  read(): Uint8Array | undefined {
    return this.bytes;
  }
  write(bytes: Uint8Array): void {
    this.bytes = bytes;
    this.writes++;
  }
}

/** A store filled by a first, whole parse of `text`. */
function filled(text: string): MemoryStore {
  const store = new MemoryStore();
  const cold = parseWithPieces(text, DEPTH, store);
  expect(cold?.value).toEqual(yaml.load(text));
  return store;
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return String(error);
  }
  throw new Error("expected an error");
}

describe("on the 2023-09-12 Stripe spec", () => {
  const text = readFileSync(SPECS["2023-09-12"], "utf8");
  const store = filled(text);
  const locale = "The IETF language tag of the locale Customer Portal is displayed in";

  it("a first run parses the whole text and keeps every entry", () => {
    expect(store.writes).toBe(1);
    const again = parseWithPieces(text, DEPTH, store)!;
    expect(again.parsedBytes).toBe(0);
    expect(again.value).toEqual(yaml.load(text));
  });

  it("an edit inside one schema parses only that schema's entry", () => {
    const edited = text.replace(locale, `${locale} (edited)`);
    const parsed = parseWithPieces(edited, DEPTH, store)!;
    const session = (yaml.load(edited) as { components: { schemas: Record<string, unknown> } }).components.schemas["billing_portal.session"];
    expect(parsed.value).toEqual(yaml.load(edited));
    expect((parsed.value as { components: { schemas: Record<string, unknown> } }).components.schemas["billing_portal.session"]).toEqual(session);
    expect(parsed.parsedBytes).toBeGreaterThan(0);
    expect(parsed.parsedBytes).toBeLessThan(text.length / 100);
    expect(store.writes).toBe(1); // a small edit does not rewrite the store
  });

  it("added, removed and renamed schemas, an edited path and an edited root entry read as a whole parse does", () => {
    const edits: [string, (text: string) => string][] = [
      ["a schema added", (t) => t.replace("\n    account:\n", "\n    aaa_new:\n      type: string\n      nullable: true\n    account:\n")],
      ["a schema removed", (t) => t.replace(/\n    account:\n(?: {6,}.*\n|\n)*/, "\n")],
      ["a schema renamed", (t) => t.replace("\n    account:\n", "\n    account_renamed:\n")],
      ["a path edited", (t) => t.replace("\n  /v1/account_links:\n", "\n  /v1/account_links_v2:\n")],
      ["the title edited", (t) => t.replace(/\n  title: .*\n/, "\n  title: Stripe, edited\n")],
      ["a schema moved to the end", (t) => t.replace(/\n    account:\n((?: {6,}.*\n|\n)*)/, "\n").replace("\n  securitySchemes:\n", `\n    account:\n${/\n    account:\n((?: {6,}.*\n|\n)*)/.exec(t)![1]}  securitySchemes:\n`)],
    ];
    for (const [what, edit] of edits) {
      const edited = edit(text);
      expect(edited, what).not.toBe(text);
      const parsed = parseWithPieces(edited, DEPTH, store);
      expect(parsed?.value, what).toEqual(yaml.load(edited));
      expect(parsed!.parsedBytes, what).toBeLessThan(text.length / 20);
    }
  });

  it("rewrites the store once a tenth of the text was parsed again", () => {
    const own = filled(text);
    const lines = text.split("\n");
    const edited = lines.map((line) => (line === "      type: object" ? `${line}\n      x-edited: true` : line)).join("\n");
    const parsed = parseWithPieces(edited, DEPTH, own)!;
    expect(parsed.parsedBytes).toBeGreaterThan(text.length / 10);
    expect(own.writes).toBe(2);
    expect(parseWithPieces(edited, DEPTH, own)!.parsedBytes).toBe(0);
  });
});

describe("anything the cut can't vouch for is parsed whole", () => {
  const doc = (schemas: string) => `openapi: 3.0.0\ncomponents:\n  schemas:\n${schemas}paths: {}\n`;

  it("a document with an anchor or an alias keeps nothing, so an edit to the anchor reaches its alias", () => {
    const text = doc("    a:\n      x: &shared\n        type: string\n    b:\n      x: *shared\n");
    const store = new MemoryStore();
    expect(parseWithPieces(text, DEPTH, store)?.value).toEqual(yaml.load(text));
    expect(store.writes).toBe(0);
    const edited = text.replace("type: string", "type: number");
    const parsed = parseWithPieces(edited, DEPTH, store)!;
    expect(parsed.value).toEqual(yaml.load(edited));
    expect((parsed.value as { components: { schemas: { b: { x: unknown } } } }).components.schemas.b.x).toEqual({ type: "number" });
    expect(parsed.whole).toBe(true);
  });

  it("an entry edited to hold an alias or an anchor is not parsed alone", () => {
    const text = doc("    a:\n      type: string\n    b:\n      type: number\n");
    const store = filled(text);
    expect(parseWithPieces(text.replace("type: number", "type: *x"), DEPTH, store)).toBeUndefined();
    const anchored = text.replace("      type: number", "      type: &x number\n      also: *x");
    const parsed = parseWithPieces(anchored, DEPTH, store)!;
    expect(parsed.whole).toBe(true);
    expect(parsed.value).toEqual(yaml.load(anchored));
  });

  it("a duplicate key across entries and a syntax error in one get the whole parse's error", () => {
    const text = doc("    a:\n      type: string\n    b:\n      type: number\n");
    const store = filled(text);
    for (const broken of [text.replace("    b:", "    a:"), text.replace("type: number", 'type: "number'), text.replace("      type: number", "      type: number\n     bad: indent")]) {
      expect(() => yaml.load(broken)).toThrow();
      expect(parseWithPieces(broken, DEPTH, store)).toBeUndefined();
      const source = { origin: "spec.yaml", text: broken };
      expect(errorOf(() => parseSource(source, store))).toBe(errorOf(() => parseSource(source)));
    }
  });

  it("keys that don't read as themselves, quoted keys and __proto__ come out as js-yaml makes them", () => {
    const text = doc('    "quoted key":\n      a: 1\n    true:\n      a: 2\n    12:\n      a: 3\n    __proto__:\n      a: 4\n    ~:\n      a: 5\n');
    const store = new MemoryStore();
    expect(parseWithPieces(text, DEPTH, store)?.value).toEqual(yaml.load(text));
    const edited = text.replace("a: 1", "a: 10");
    expect(parseWithPieces(edited, DEPTH, store)?.value ?? yaml.load(edited)).toEqual(yaml.load(edited));
    expect(Object.prototype).not.toHaveProperty("a");
  });

  it("CRLF line ends, tabs and documents with directives or markers are parsed whole", () => {
    for (const text of [doc("    a:\n      type: string\n").replaceAll("\n", "\r\n"), "%YAML 1.2\n---\na: 1\n", "---\na: 1\n...\n", "a:\n\tb: 1\n"]) {
      const store = new MemoryStore();
      expect(parseWithPieces(text, DEPTH, store)).toBeUndefined();
      expect(store.writes).toBe(0);
    }
  });

  it("a store that is garbage, or from another depth limit, is ignored and refilled", () => {
    const text = doc("    a:\n      type: string\n");
    const store = new MemoryStore();
    store.bytes = new Uint8Array([1, 2, 3, 4]);
    expect(parseWithPieces(text, DEPTH, store)?.value).toEqual(yaml.load(text));
    expect(store.writes).toBe(1);
    expect(parseWithPieces(text, DEPTH - 1, store)?.parsedBytes).toBe(text.length);
  });
});

/**
 * Differential: random block-YAML documents, filled into a store, then edited line by line
 * with the constructs that could fool a cut by indentation (multi-line scalars, flow
 * collections, block scalars, comments, anchors, keys at the wrong indent). Whatever the
 * cached parse returns must equal js-yaml's whole parse; where js-yaml throws it must
 * return nothing, so the caller reports js-yaml's error.
 */
describe("against js-yaml on random documents and edits", () => {
  const key = fc.constantFrom("a", "b", "c", "type", "items", "x.y", "x-z", '"q k"', "'s'", "1", "true", "null");
  const scalar = fc.constantFrom("1", "text", '"quoted: yes"', "'single'", "[1, 2]", "{a: 1}", "|\n  block", ">-\n  folded\n  more", '"multi\n  line"', "plain\n  continued", "", "~", "&anc v", "*anc", "!!str 5");
  const line = fc.tuple(fc.integer({ min: 0, max: 8 }), key, scalar).map(([indent, k, v]) => `${" ".repeat(indent)}${k}:${v === "" ? "" : ` ${v}`}`);
  const noise = fc.constantFrom("# comment", "", "    # indented comment", "  - item", "- item", "---", "? complex", "    ]", '"', "  |", "      deeper: 1");
  const document = fc.array(fc.oneof({ weight: 6, arbitrary: line }, { weight: 1, arbitrary: noise }), { minLength: 1, maxLength: 30 }).map((lines) => `${lines.join("\n")}\n`);
  const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom("insert", "delete", "replace", "indent"), line: fc.oneof(line, noise) });

  const whole = (text: string): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: yaml.load(text, { maxDepth: DEPTH }) };
    } catch {
      return { ok: false };
    }
  };

  it("never differs from a whole parse", () => {
    fc.assert(
      fc.property(document, fc.array(edit, { minLength: 1, maxLength: 4 }), (base, edits) => {
        const store = new MemoryStore();
        const cold = parseWithPieces(base, DEPTH, store);
        const baseline = whole(base);
        if (cold) expect(baseline).toEqual({ ok: true, value: cold.value });
        const lines = base.split("\n");
        for (const { at, kind, line: text } of edits) {
          const i = at % lines.length;
          if (kind === "insert") lines.splice(i, 0, text);
          else if (kind === "delete") lines.splice(i, 1);
          else if (kind === "replace") lines[i] = text;
          else lines[i] = ` ${lines[i]}`;
        }
        const edited = lines.join("\n");
        const warm = parseWithPieces(edited, DEPTH, store);
        const expected = whole(edited);
        if (warm) expect(expected).toEqual({ ok: true, value: warm.value });
      }),
      { numRuns: 3000, seed: 20261127 },
    );
  });

  /** Mostly well-formed documents: nested block mappings whose values take every scalar and flow form over several lines. */
  const scalarAt = (indent: number) => {
    const more = `\n${" ".repeat(indent + 2)}`;
    const forms = fc.constantFrom("1", "text", "'it''s'", `"multi${more}line"`, `plain${more}continued`, `|${more}block${more}  more`, `>-${more}folded`, `|+${more}keep\n`, `[1,${more}2]`, `{a: 1,${more}b: 2}`, "# only a comment", "");
    return fc.oneof({ weight: 40, arbitrary: forms }, { weight: 1, arbitrary: fc.constantFrom("&a1 anchored", "*a1") });
  };
  const mapAt = (indent: number, depth: number): fc.Arbitrary<string[]> =>
    fc
      .uniqueArray(
        fc.tuple(
          fc.oneof({ weight: 20, arbitrary: fc.constantFrom("a", "b", "c", "d", "e", "f", "schemas", "components", '"quoted"', "yes") }, { weight: 1, arbitrary: fc.constant("2") }),
          depth > 2 ? fc.constant<"scalar" | "map" | "seq">("scalar") : fc.constantFrom<"scalar" | "map" | "seq">("scalar", "map", "map", "seq"),
          fc.constantFrom(2, 4),
          fc.constantFrom("", "", "", "# note", "  # deeper note", "\n"),
        ),
        { minLength: 1, maxLength: 5, selector: ([key]) => key },
      )
      .chain((entries) =>
        fc.tuple(
          ...entries.map(([key, kind, step, after]) => {
            const head = `${" ".repeat(indent)}${key}:`;
            const tail = after === "" ? [] : [after.startsWith("#") || after.startsWith(" ") ? `${" ".repeat(indent)}${after}` : ""];
            if (kind === "map") return mapAt(indent + step, depth + 1).map((lines) => [head, ...lines, ...tail]);
            if (kind === "seq") return fc.array(scalarAt(indent + 2), { minLength: 1, maxLength: 3 }).map((items) => [head, ...items.map((item) => `${" ".repeat(indent)}  - ${item}`), ...tail]);
            return scalarAt(indent).map((value) => [value === "" ? head : `${head} ${value}`, ...tail]);
          }),
        ),
      )
      .map((groups) => groups.flat());
  const structured = mapAt(0, 0).map((lines) => `${lines.join("\n")}\n`);
  const tweak = fc.record({
    at: fc.nat(),
    kind: fc.oneof({ weight: 6, arbitrary: fc.constant("append") }, { weight: 1, arbitrary: fc.constantFrom("insert", "delete", "indent", "dedent") }),
    text: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(" x", "x", " #x") }, { weight: 1, arbitrary: fc.constantFrom("z: 1", "  z: [1,", "# c", '  q: "open', " &a1", " *a1") }),
  });

  it("never differs from a whole parse on mostly well-formed documents and small edits", () => {
    let warmRuns = 0;
    fc.assert(
      fc.property(structured, fc.array(tweak, { minLength: 1, maxLength: 3 }), (base, edits) => {
        const store = new MemoryStore();
        const cold = parseWithPieces(base, DEPTH, store);
        if (cold) expect(whole(base)).toEqual({ ok: true, value: cold.value });
        const lines = base.split("\n");
        for (const { at, kind, text } of edits) {
          const i = at % lines.length;
          if (kind === "append") lines[i] += text;
          else if (kind === "insert") lines.splice(i, 0, `${" ".repeat(2 * (at % 4))}${text.trimStart()}`);
          else if (kind === "delete") lines.splice(i, 1);
          else if (kind === "indent") lines[i] = `  ${lines[i]}`;
          else lines[i] = lines[i]!.replace(/^ {2}/, "");
        }
        const edited = lines.join("\n");
        const warm = parseWithPieces(edited, DEPTH, store);
        if (warm && !warm.whole) warmRuns++;
        if (warm) expect(whole(edited)).toEqual({ ok: true, value: warm.value });
      }),
      { numRuns: 5000, seed: 20261127 },
    );
    // The property is only worth its name if many runs take the cached path.
    expect(warmRuns).toBeGreaterThan(1000);
  });

  it("edits a document the cut does accept, so the warm path is exercised", () => {
    const base = "a:\n  b:\n    c: 1\n    d: 2\n  e:\n    f: 3\ng: 4\n";
    const store = filled(base);
    const edited = base.replace("d: 2", "d: [2, 3]");
    const warm = parseWithPieces(edited, DEPTH, store)!;
    expect(warm.value).toEqual(yaml.load(edited));
    expect(warm.parsedBytes).toBe("    d: [2, 3]\n".length);
  });
});
