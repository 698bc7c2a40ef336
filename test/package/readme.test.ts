import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { generatedDir } from "../support/paths.js";

/**
 * The generated package's README names only what exists. Read from the generated
 * 2023-09-12 package: every backticked export in its Exports table is checked against
 * what that entry really exports (values by importing it, types with the TypeScript
 * checker), and every export its API section uses (`X.validate(…)`, `applyAction(cs,
 * action)`, `Expanded<T, paths>`) against the table and the example schema module.
 */

const DIR = generatedDir("2023-09-12");
const run = promisify(execFile);

interface Entry {
  /** Names the entry exports at runtime. */
  values: Set<string>;
  /** Names the entry's declarations export as types (or as both). */
  types: Set<string>;
  /** For each runtime export that is an object: its property names, inherited ones included. */
  members: Map<string, Set<string>>;
}

let readme: string;
let packageName: string;
let exportsMap: Record<string, { types: string; default: string }>;
let program: ts.Program;
const entries = new Map<string, Entry>();

/**
 * Reads what every entry the Exports table names exports: values by importing it with
 * plain node (as a consumer would), types through one TypeScript program over their
 * declaration files.
 */
beforeAll(async () => {
  readme = await readFile(join(DIR, "README.md"), "utf8");
  const manifest = JSON.parse(await readFile(join(DIR, "package.json"), "utf8")) as { name: string; exports: typeof exportsMap };
  packageName = manifest.name;
  exportsMap = manifest.exports;
  const subpaths = [...new Set(exportsTable(readme).flatMap((row) => (row.entry.includes("<schema>") ? (row.example ? [row.example] : []) : [row.entry])).map(subpath))];
  const known = subpaths.filter((path) => Object.hasOwn(exportsMap, path));
  program = ts.createProgram(
    known.map((path) => join(DIR, exportsMap[path]!.types)),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, skipLibCheck: true, types: [] },
  );
  const runtime = await runtimeExports(known.map((path) => join(DIR, exportsMap[path]!.default)));
  known.forEach((path, i) => entries.set(path, { ...runtime[i]!, types: typeExports(join(DIR, exportsMap[path]!.types)) }));
}, 60_000);

/** `stripe-schemas/registry` → `./registry`. */
function subpath(specifier: string): string {
  return specifier === packageName ? "." : `.${specifier.slice(packageName.length)}`;
}

/** What an entry (`stripe-schemas/registry`) exports, through the package's exports map. */
function entry(specifier: string): Entry {
  const found = entries.get(subpath(specifier));
  if (!found) throw new Error(`The README names ${specifier}, but the package's exports have no "${subpath(specifier)}"`);
  return found;
}

describe("the generated README", () => {
  it("names in its Exports table only entries and exports the package has", () => {
    const rows = exportsTable(readme);
    expect(rows.map((row) => row.entry)).toEqual(expect.arrayContaining([packageName, `${packageName}/types`, `${packageName}/registry`, `${packageName}/<schema>`]));
    const missing: string[] = [];
    for (const row of rows) {
      const specifier = row.entry.includes("<schema>") ? row.example : row.entry;
      expect(specifier, `an example entry for ${row.entry}`).toBeDefined();
      const found = entry(specifier!);
      for (const name of row.values) if (!found.values.has(name)) missing.push(`${specifier}: value ${name}`);
      for (const name of row.types) if (!found.types.has(name)) missing.push(`${specifier}: type ${name}`);
    }
    expect(missing).toEqual([]);
    expect(rows.flatMap((row) => [...row.values, ...row.types]).length).toBeGreaterThan(15);
  });

  it("uses in its API section only the example module's members and exports listed in the table", () => {
    const api = section(readme, "## A schema module");
    const example = exportsTable(readme).find((row) => row.example)!;
    const [typeName] = example.values;
    const members = entry(example.example!).members.get(typeName!) ?? new Set<string>();
    const listed = new Set(exportsTable(readme).flatMap((row) => [...row.values, ...row.types]));
    // A schema's spec name (`billing_portal.session`) reads like a member access: not an export.
    const used = documentedUses(api).filter((use) => !Object.hasOwn(exportsMap, `./${use.text}`));
    const problems: string[] = [];
    for (const use of used) {
      if (use.member !== undefined) {
        if (use.head !== typeName) problems.push(`${use.text}: not the example module ${typeName}`);
        else if (!members.has(use.member)) problems.push(`${use.text}: ${typeName} has no member ${use.member}`);
      } else if (!listed.has(use.head)) problems.push(`${use.text}: ${use.head} is not in the Exports table`);
    }
    expect(problems).toEqual([]);
    expect(used.map((use) => use.member ?? use.head)).toEqual(expect.arrayContaining(["validate", "is", "changeset", "~standard", "name", "applyAction", "forObject", "Expanded"]));
  });

  it("lists as options of validate, changeset and the standalone validate only fields of their options types", () => {
    const root = entry(packageName);
    expect(root.types).toContain("ValidateOptions");
    const api = section(readme, "## A schema module");
    const fields = optionFields(join(DIR, exportsMap["."]!.types));
    const [typeName] = exportsTable(readme).find((row) => row.example)!.values;
    const calls = [["validate", `${typeName}.validate(`, "ValidateOptions"], ["changeset", `${typeName}.changeset(`, "ChangesetOptions"], ["standalone validate", `validate${typeName}(`, "CheckOptions"]] as const;
    for (const [method, call, type] of calls) {
      // A bullet ends at the next one or at a blank line (the last one is followed by paragraphs).
      const bullet = api
        .split(/\n- /)
        .map((item) => item.split("\n\n")[0]!)
        .find((item) => item.includes(call))!;
      expect(bullet, `a bullet on ${method}`).toBeDefined();
      const named = [...(bullet.split("Options:")[1] ?? "").matchAll(/`([A-Za-z_$][\w$]*)/g)].map((match) => match[1]!);
      expect(named.length, `options listed for ${method}`).toBeGreaterThan(0);
      expect(named.filter((name) => !fields.get(type)!.has(name)), `${method}'s options not in ${type}`).toEqual([]);
    }
  });
});

interface Row {
  entry: string;
  /** Backticked identifiers before "types" in the row. */
  values: string[];
  /** Backticked identifiers after the word "types", when the row splits values from types. */
  types: string[];
  /** A backticked entry of this package named in the row (`stripe-schemas/billing_portal.session`). */
  example?: string;
}

/** The rows of the table under "## Exports": `| \`entry\` | exports |`. */
function exportsTable(text: string): Row[] {
  return section(text, "## Exports")
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const [, first, rest] = line.split("|");
      const entry = ticks(first!)[0]!;
      const [valuePart, typePart = ""] = rest!.split(/\btypes\s(?=`)/);
      const identifiers = (part: string) => ticks(part).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
      const example = ticks(rest!).find((name) => name.startsWith(`${packageName}/`));
      // The types entry says "every schema type (`X`, …)": those are types. A schema's
      // entry exports "the schema's type and module value" under one name, its first: both;
      // the functions after it are values.
      const typesOnly = entry === `${packageName}/types`;
      const both = entry.includes("<schema>");
      return {
        entry,
        values: typesOnly ? [] : identifiers(valuePart!),
        types: typesOnly ? identifiers(valuePart!) : both ? identifiers(valuePart!).slice(0, 1) : identifiers(typePart),
        ...(example ? { example } : {}),
      };
    });
}

interface Use {
  text: string;
  head: string;
  member?: string;
}

/**
 * Backticked spans that use an export: a member (`X.validate(…)`, `X["~standard"]`), a
 * call (`applyAction(cs, action)`) or a generic type (`Expanded<T, paths>`). Bare words
 * (`data`, `permit`) and literals are parameters and values, not exports.
 */
function documentedUses(text: string): Use[] {
  const uses: Use[] = [];
  for (const span of ticks(text)) {
    const match = /^([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*)|\["([^"]+)"\])?(\(|<|$)/.exec(span);
    if (!match) continue;
    const [, head, dotted, bracketed, after] = match;
    const member = dotted ?? bracketed;
    if (member === undefined && after === "") continue;
    uses.push({ text: span, head: head!, ...(member !== undefined ? { member } : {}) });
  }
  return uses;
}

function ticks(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
}

/** From a heading to the next heading of the same level (or the end). */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`The README has no "${heading}" section`);
  const level = heading.split(" ")[0]!;
  const end = text.indexOf(`\n${level} `, start + heading.length + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** Names a declaration file exports that denote a type (interfaces, aliases, classes, …). */
function typeExports(file: string): Set<string> {
  const { checker, source } = checked(file);
  const names = new Set<string>();
  for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(source)!)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (target.flags & ts.SymbolFlags.Type) names.add(symbol.name);
  }
  return names;
}

/** The property names of ValidateOptions, ChangesetOptions and CheckOptions as the root entry exports them. */
function optionFields(file: string): Map<string, Set<string>> {
  const { checker, source } = checked(file);
  const fields = new Map<string, Set<string>>();
  for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(source)!)) {
    if (!["ValidateOptions", "ChangesetOptions", "CheckOptions"].includes(symbol.name)) continue;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const type = checker.getDeclaredTypeOfSymbol(target);
    fields.set(symbol.name, new Set(type.getProperties().map((property) => property.name)));
  }
  return fields;
}

function checked(file: string): { checker: ts.TypeChecker; source: ts.SourceFile } {
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} is not in the program`);
  return { checker: program.getTypeChecker(), source };
}

/** Runtime exports of each module, and the property names of those that are objects, read by a plain node. */
async function runtimeExports(files: string[]): Promise<Omit<Entry, "types">[]> {
  const script = `
    const out = [];
    for (const url of JSON.parse(process.argv[1])) {
      const module = await import(url);
      const members = {};
      for (const [name, value] of Object.entries(module)) {
        if (value === null || (typeof value !== "object" && typeof value !== "function")) continue;
        const names = new Set();
        for (let o = value; o && o !== Object.prototype && o !== Function.prototype; o = Object.getPrototypeOf(o)) {
          for (const key of Reflect.ownKeys(o)) if (typeof key === "string") names.add(key);
        }
        members[name] = [...names];
      }
      out.push({ values: Object.keys(module), members });
    }
    console.log(JSON.stringify(out));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(files.map((file) => pathToFileURL(file).href))], { maxBuffer: 64 << 20 });
  return (JSON.parse(stdout) as { values: string[]; members: Record<string, string[]> }[]).map(({ values, members }) => ({
    values: new Set(values),
    members: new Map(Object.entries(members).map(([name, keys]) => [name, new Set(keys)])),
  }));
}

describe("the README of a spec with Markdown in its title and version", () => {
  it("shows them as text: no HTML, emphasis, link or broken code span", async () => {
    const { generate } = await import("../../generator/generate.js");
    const spec = {
      openapi: "3.0.0",
      info: { title: "<img src=x onerror=alert(1)> *Pay*_ments_ [API](https://evil.example)\n# Heading", version: "2024`01" },
      paths: {},
      components: { schemas: { thing: { type: "object", properties: { id: { type: "string" } } } } },
    };
    const { files } = await generate({ spec: "spec.json", source: { origin: "spec.json", text: JSON.stringify(spec) } });
    const intro = files.get("README.md")!.split("\n").slice(2, 4).join("\n");
    expect(intro).toBe(
      "Types, validators and Ecto-style changesets for every schema of **\\<img src=x onerror=alert(1)\\> \\*Pay\\*\\_ments\\_ \\[API\\](https://evil.example) # Heading**\n" +
        "(API version `` 2024`01 ``, OpenAPI 3.0.0): 1 schemas,",
    );
  });
});
