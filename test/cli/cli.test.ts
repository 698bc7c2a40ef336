import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import module from "node:module";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../generator/cli.js";
import { ROOT } from "../support/paths.js";
import { removeTempDirs, runCli, snapshot, stackFrames, tempDir } from "./run.js";

const SPEC_2023 = join(ROOT, "spec/2023-09-12/spec3.yaml");
const SPEC_2022 = join(ROOT, "spec/2022-04-12/spec3.json");
const SUMMARY = /^gen-schemas: (\d+) schemas, (\d+) files → (.+) in (\d+) ms\n$/;
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** The generated package's record of its spec. */
const specOf = (out: string) => (JSON.parse(readFileSync(join(out, "package.json"), "utf8")) as { gen_schemas: { spec: { version: string } } }).gen_schemas.spec;

/** Checks the one summary line against the folder written, and that no progress was drawn. */
function expectSummary(run: { stdout: string; stderr: string }, cwd: string, out: string, schemas: number): void {
  const [, count, files, where] = SUMMARY.exec(run.stdout) ?? [];
  expect(run.stdout).toMatch(SUMMARY);
  expect(Number(count)).toBe(schemas);
  expect(Number(files)).toBe(Object.keys(snapshot(out)).length);
  expect(where).toBe(relative(cwd, out) || ".");
  expect(run.stderr).not.toMatch(/\r|\u001b|\d+\/\d+ schemas/);
}

afterAll(removeTempDirs);

describe("gen-schemas with no arguments", () => {
  it("reads spec/2023-09-12/spec3.yaml from the repository root (output sent elsewhere with --out)", async () => {
    const out = join(tempDir(), "out");
    const run = await runCli(["--out", out], { cwd: ROOT });
    expect(run.code, run.stderr).toBe(0);
    expectSummary(run, ROOT, out, 819);
    expect(specOf(out).version).toBe("2023-08-16");
  });

  it("resolves its defaults against the working folder: spec/2023-09-12/spec3.yaml into generated/", async () => {
    const cwd = tempDir();
    symlinkSync(join(ROOT, "spec"), join(cwd, "spec"));
    const run = await runCli([], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expectSummary(run, cwd, join(cwd, "generated"), 819);
    expect(run.stdout).toContain("→ generated in ");
    expect(specOf(join(cwd, "generated")).version).toBe("2023-08-16");
  });
});

describe("--spec", () => {
  it("reads the 2022-04-12 JSON spec", async () => {
    const cwd = tempDir();
    const run = await runCli(["--spec", SPEC_2022, "--out", "out"], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expectSummary(run, cwd, join(cwd, "out"), 561);
    expect(specOf(join(cwd, "out")).version).toBe("2020-08-27");
  });

  it("reads YAML by extension (.yml) and JSON by content (no extension), paths relative to the working folder", async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, "specs"));
    writeFileSync(join(cwd, "specs/small.yml"), "openapi: 3.0.0\ninfo: {title: Small, version: '2'}\ncomponents:\n  schemas:\n    thing: {type: object, properties: {id: {type: string}}}\n");
    writeFileSync(join(cwd, "specs/small"), JSON.stringify({ openapi: "3.0.0", info: { title: "Small", version: "3" }, components: { schemas: { a: { type: "string" }, b: { type: "integer" } } } }));
    const yaml = await runCli(["-s", "specs/small.yml", "-o", "yaml-out"], { cwd });
    expect(yaml.code, yaml.stderr).toBe(0);
    expectSummary(yaml, cwd, join(cwd, "yaml-out"), 1);
    const json = await runCli(["--spec=specs/small", "--out=json-out"], { cwd });
    expect(json.code, json.stderr).toBe(0);
    expectSummary(json, cwd, join(cwd, "json-out"), 2);
    expect(specOf(join(cwd, "json-out")).version).toBe("3");
  });

  describe("with an http URL", () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((request, response) => {
        if (request.url === "/spec3.yaml") {
          response.writeHead(200, { "content-type": "application/yaml" });
          createReadStream(SPEC_2023).pipe(response);
        } else {
          response.writeHead(404).end("not here");
        }
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("fetches the spec", async () => {
      const cwd = tempDir();
      const run = await runCli(["--spec", `${base}/spec3.yaml`, "--out", "out"], { cwd });
      expect(run.code, run.stderr).toBe(0);
      expectSummary(run, cwd, join(cwd, "out"), 819);
      // The manifest records the hash of the bytes served, the same as for the file read from disk.
      const recorded = JSON.parse(readFileSync(join(cwd, "out/gen-schemas.manifest.json"), "utf8")) as { spec: { sha256: string } };
      expect(recorded.spec.sha256).toBe(createHash("sha256").update(readFileSync(SPEC_2023)).digest("hex"));
    });

    it("exits 1 naming the URL when the server answers 404", async () => {
      const cwd = tempDir();
      const run = await runCli(["--spec", `${base}/missing.yaml`, "--out", "out"], { cwd });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`gen-schemas: Can't fetch the spec: HTTP 404 Not Found at ${base}/missing.yaml. Check the URL and that the server is up, or download the spec and pass the file\n`);
      expect(existsSync(join(cwd, "out"))).toBe(false);
    });

    it("exits 1 naming the URL when nothing listens", async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
      const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/spec3.yaml`;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const run = await runCli(["--spec", url, "--out", "out"], { cwd: tempDir() });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^gen-schemas: Can't fetch the spec: .*ECONNREFUSED.* at ${url.replace(/[.?]/g, "\\$&")}\\. Check the URL`));
    });
  });

  it("exits 1 with the path when the file is missing, and writes nothing", async () => {
    const cwd = tempDir();
    const run = await runCli(["--spec", "nope/spec.yaml", "--out", "out"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`gen-schemas: Can't read the spec: no such file at ${join(cwd, "nope/spec.yaml")}. Pass a JSON or YAML file or an http(s) URL with --spec\n`);
    expect(stackFrames(run.stderr)).toEqual([]);
    expect(existsSync(join(cwd, "out"))).toBe(false);
  });

  it("exits 1 when the path is a folder", async () => {
    const cwd = tempDir();
    const run = await runCli(["--spec", ".", "--out", "out"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`gen-schemas: Can't read the spec: it is a folder at ${cwd}. Pass a JSON or YAML file or an http(s) URL with --spec\n`);
  });
});

describe("usage", () => {
  it("--help lists every option and exits 0", async () => {
    const run = await runCli(["--help"], { cwd: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Usage: gen-schemas \[options\]/);
    for (const option of ["--spec <path|url>", "--out <dir>", "--config <file>", "--package-name", "--package-version", "--types-only", "--closed-enums", "--version", "--help"]) {
      expect(run.stdout).toContain(option);
    }
  });

  it.each([["--version"], ["-v"]])("%s prints the version and exits 0", async (flag) => {
    const run = await runCli([flag], { cwd: tempDir() });
    expect(run).toEqual({ code: 0, signal: null, stdout: `${VERSION}\n`, stderr: "" });
  });

  it.each([
    ["an unknown option", ["--bogus"], "error: unknown option '--bogus'"],
    ["an unknown short option", ["-x"], "error: unknown option '-x'"],
    ["an option without its value", ["--spec"], "error: option '-s, --spec <path|url>' argument missing"],
    ["an argument where none is taken", ["spec.yaml"], "error: too many arguments. Expected 0 arguments but got 1."],
  ])("%s exits 2 with the error and a pointer to --help, writing nothing", async (_name, args, error) => {
    const cwd = tempDir();
    const run = await runCli(args, { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`${error}\n(run gen-schemas --help for the options)\n`);
    expect(snapshot(cwd)).toEqual({});
  });
});

describe("options", () => {
  it("--types-only writes the types files only", async () => {
    const cwd = tempDir();
    const run = await runCli(["--spec", SPEC_2022, "--out", "out", "--types-only"], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const files = Object.keys(snapshot(join(cwd, "out")));
    expect(files.filter((file) => file.startsWith("types/")).length).toBe(561 + 2);
    // No validator modules, registry or package.json: only what the types import (runtime/expanded) and the manifest.
    expect(files.filter((file) => !file.startsWith("types/") && !file.startsWith("runtime/expanded.") && file !== "gen-schemas.manifest.json")).toEqual([]);
  });

  it("--closed-enums leaves no open enum in the types", async () => {
    const cwd = tempDir();
    const runs = await Promise.all([[], ["--closed-enums"]].map((extra) => runCli(["--spec", SPEC_2022, "--out", extra.length ? "closed" : "open", "--types-only", ...extra], { cwd })));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const account = (folder: string) => readFileSync(join(cwd, folder, "types/account.d.ts"), "utf8");
    expect(account("open")).toContain("(string & {})");
    expect(account("closed")).not.toContain("(string & {})");
  });

  it("--package-name and --package-version name the generated package", async () => {
    const cwd = tempDir();
    const run = await runCli(["--spec", SPEC_2022, "--out", "out", "--package-name", "@acme/stripe-types", "--package-version", "9.9.9"], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, "out/package.json"), "utf8"))).toMatchObject({ name: "@acme/stripe-types", version: "9.9.9" });
  });
});

describe("the YAML parse cache", () => {
  const LOCALE = "The IETF language tag of the locale Customer Portal is displayed in";
  /** A working folder with its own copy of the 2023 spec (and node_modules, when asked). */
  const workspace = (withNodeModules: boolean) => {
    const cwd = tempDir();
    if (withNodeModules) mkdirSync(join(cwd, "node_modules"));
    writeFileSync(join(cwd, "spec.yaml"), readFileSync(SPEC_2023, "utf8"));
    return cwd;
  };
  const editSpec = (cwd: string) => writeFileSync(join(cwd, "spec.yaml"), readFileSync(SPEC_2023, "utf8").replace(LOCALE, `${LOCALE} (edited)`));
  const listing = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

  it("is kept in node_modules/.cache/gen-schemas, and a run that uses it writes what a run without it writes", async () => {
    const cwd = workspace(true);
    expect((await runCli(["-s", "spec.yaml", "-o", "out"], { cwd })).code).toBe(0);
    const cache = join(cwd, "node_modules/.cache/gen-schemas");
    expect(listing(cache).filter((name) => name.endsWith(".pieces"))).toHaveLength(1);
    editSpec(cwd);
    const rerun = await runCli(["-s", "spec.yaml", "-o", "out"], { cwd });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain("1 re-emitted");
    const fresh = await runCli(["-s", "spec.yaml", "-o", "fresh", "--no-cache"], { cwd });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(snapshot(join(cwd, "out"))).toEqual(snapshot(join(cwd, "fresh")));
  });

  it("--no-cache keeps nothing, --cache-dir moves it, and no node_modules means no cache", async () => {
    const cwd = workspace(true);
    expect((await runCli(["-s", "spec.yaml", "-o", "out", "--no-cache"], { cwd })).code).toBe(0);
    expect(listing(join(cwd, "node_modules/.cache/gen-schemas")).filter((name) => name.endsWith(".pieces"))).toEqual([]);
    expect((await runCli(["-s", "spec.yaml", "-o", "out2", "--cache-dir", "my-cache"], { cwd })).code).toBe(0);
    expect(listing(join(cwd, "my-cache")).filter((name) => name.endsWith(".pieces"))).toHaveLength(1);
    const bare = workspace(false);
    expect((await runCli(["-s", "spec.yaml", "-o", "out"], { cwd: bare })).code).toBe(0);
    expect(readdirSync(bare).sort()).toEqual(["out", "spec.yaml"]);
  });

  it("a cache file that is garbage is ignored and replaced", async () => {
    const cwd = workspace(false);
    expect((await runCli(["-s", "spec.yaml", "-o", "out", "--cache-dir", "cache"], { cwd })).code).toBe(0);
    const [file] = listing(join(cwd, "cache")).filter((name) => name.endsWith(".pieces"));
    writeFileSync(join(cwd, "cache", file!), "not a cache");
    editSpec(cwd);
    const rerun = await runCli(["-s", "spec.yaml", "-o", "out", "--cache-dir", "cache"], { cwd });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect((await runCli(["-s", "spec.yaml", "-o", "fresh", "--no-cache"], { cwd })).code).toBe(0);
    expect(snapshot(join(cwd, "out"))).toEqual(snapshot(join(cwd, "fresh")));
    expect(readFileSync(join(cwd, "cache", file!)).length).toBeGreaterThan(1_000_000);
  });
});

describe("the compiled-code cache of ts-morph", () => {
  // Node 22.1+ keeps compiled code itself, and there this cache is not used.
  const builtIn = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function";
  /** The cache of the TypeScript compiler ts-morph bundles: the file whose compiling it saves. */
  const compilerCache = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((name) => /^typescript\.js-[0-9a-f]{8}-[0-9a-f]{16}\.v8$/.test(name)) : []);

  it.runIf(!builtIn)("is written by the first run, used as it is by the next, and changes nothing in the output", async () => {
    const cwd = tempDir();
    const env = { GEN_SCHEMAS_CODE_CACHE_DIR: join(cwd, "compiled") };
    const first = await runCli(["--spec", SPEC_2022, "--out", "first", "--types-only"], { cwd, env });
    expect(first.code, first.stderr).toBe(0);
    const written = compilerCache(env.GEN_SCHEMAS_CODE_CACHE_DIR);
    expect(written).toHaveLength(1);
    const { mtimeMs, size } = statSync(join(env.GEN_SCHEMAS_CODE_CACHE_DIR, written[0]!));
    expect(size).toBeGreaterThan(1_000_000);

    const second = await runCli(["--spec", SPEC_2022, "--out", "second", "--types-only"], { cwd, env });
    expect(second.code, second.stderr).toBe(0);
    expect(compilerCache(env.GEN_SCHEMAS_CODE_CACHE_DIR)).toEqual(written);
    expect(statSync(join(env.GEN_SCHEMAS_CODE_CACHE_DIR, written[0]!)).mtimeMs).toBe(mtimeMs);
    expect(snapshot(join(cwd, "second"))).toEqual(snapshot(join(cwd, "first")));

    const plain = await runCli(["--spec", SPEC_2022, "--out", "plain", "--types-only"], { cwd, env: { ...env, DISABLE_V8_COMPILE_CACHE: "1" } });
    expect(plain.code, plain.stderr).toBe(0);
    expect(snapshot(join(cwd, "plain"))).toEqual(snapshot(join(cwd, "first")));
  });

  it.runIf(!builtIn)("a damaged cache file is rejected by V8 and replaced; the output is the same", async () => {
    const cwd = tempDir();
    const env = { GEN_SCHEMAS_CODE_CACHE_DIR: join(cwd, "compiled") };
    expect((await runCli(["--spec", SPEC_2022, "--out", "warm", "--types-only"], { cwd, env })).code).toBe(0);
    const [name] = compilerCache(env.GEN_SCHEMAS_CODE_CACHE_DIR);
    writeFileSync(join(env.GEN_SCHEMAS_CODE_CACHE_DIR, name!), "not V8's code cache");
    const run = await runCli(["--spec", SPEC_2022, "--out", "damaged", "--types-only"], { cwd, env });
    expect(run.code, run.stderr).toBe(0);
    expect(snapshot(join(cwd, "damaged"))).toEqual(snapshot(join(cwd, "warm")));
    expect(statSync(join(env.GEN_SCHEMAS_CODE_CACHE_DIR, name!)).size).toBeGreaterThan(1_000_000);
  });

  it("is beside ts-morph by default", async () => {
    const cwd = tempDir();
    expect((await runCli(["--spec", SPEC_2022, "--out", "out", "--types-only"], { cwd })).code).toBe(0);
    expect(compilerCache(join(ROOT, "node_modules/.cache/gen-schemas/compiled"))).toHaveLength(builtIn ? 0 : 1);
  });
});

describe("the output folder", () => {
  it("is refused when it is a file, which is left alone", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "out"), "keep me");
    const run = await runCli(["--spec", SPEC_2022, "--out", "out"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`gen-schemas: The output path is not a folder at ${join(cwd, "out")}. Pass --out a folder (it is created when missing)\n`);
    expect(readFileSync(join(cwd, "out"), "utf8")).toBe("keep me");
  });

  it("is refused when it holds files gen-schemas did not write (--out .), which are left alone", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "notes.txt"), "mine");
    const before = snapshot(cwd);
    const run = await runCli(["--spec", SPEC_2022, "--out", "."], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`gen-schemas: The output folder holds files gen-schemas did not write; it would replace them all at ${cwd}. Pass --out a new or empty folder, or one gen-schemas generated before\n`);
    expect(snapshot(cwd)).toEqual(before);
  });

  it("is replaced whole when it holds a previous output", async () => {
    const cwd = tempDir();
    const small = join(cwd, "small.yaml");
    writeFileSync(small, "openapi: 3.0.0\ncomponents:\n  schemas:\n    only: {type: string}\n");
    expect((await runCli(["--spec", SPEC_2022, "--out", "out"], { cwd })).code).toBe(0);
    const run = await runCli(["--spec", small, "--out", "out"], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expectSummary(run, cwd, join(cwd, "out"), 1);
    expect(existsSync(join(cwd, "out/account.js"))).toBe(false);
  });
});

describe("progress", () => {
  it("is drawn on a TTY, then cleared before the summary", async () => {
    const out = join(tempDir(), "out");
    let stderr = "";
    let stdout = "";
    const code = await main(["--spec", SPEC_2022, "--out", out], { cwd: ROOT, isTty: true, stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^\r50\/561 schemas\r100\/561 schemas/);
    expect(stderr).toContain("\r550/561 schemas");
    expect(stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(stdout).toMatch(SUMMARY);
  });

  it("is not drawn when stderr is not a TTY", async () => {
    let stderr = "";
    const code = await main(["--spec", SPEC_2022, "--out", join(tempDir(), "out")], { cwd: ROOT, isTty: false, stdout: () => {}, stderr: (text) => void (stderr += text) });
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
});
