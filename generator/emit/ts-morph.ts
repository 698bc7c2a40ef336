import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import module, { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import type * as TsMorph from "ts-morph";
import { sha256 } from "../manifest.js";

const require = createRequire(import.meta.url);

/** CommonJS's loader, whose compile step the code cache takes over while ts-morph loads. */
interface Loader {
  prototype: { _compile(this: Loaded, content: string, filename: string): unknown };
  wrap(content: string): string;
  getCompileCacheDir?: () => string | undefined;
}
interface Loaded {
  exports: unknown;
}
const Module = module as unknown as Loader;

/** Compiled code not yet in the cache: written by `keepCompiledCode`. */
const unsaved: { file: string; name: string; script: Script }[] = [];

/**
 * ts-morph's printer, loaded with `require`: a CommonJS package imported from ESM is
 * first scanned for its export names (cjs-module-lexer), which for ts-morph and the
 * TypeScript compiler it loads costs about 0.15 s of every run that emits.
 */
const tsMorph = requireWithCodeCache("ts-morph") as typeof TsMorph;

export const printStructure: typeof TsMorph.printStructure = tsMorph.printStructure;
export const StructureKind: typeof TsMorph.StructureKind = tsMorph.StructureKind;

/**
 * Compiling the TypeScript compiler that ts-morph bundles (9 MB of JavaScript) is about
 * half of loading it. Node 22.1+ keeps compiled code between runs itself (bin/gen-schemas.js
 * turns that on). On older Nodes, this keeps V8's code cache of each file ts-morph loads, in
 * the `.cache/gen-schemas/compiled` folder of the node_modules that holds ts-morph (the same
 * trust as the code it caches), named by the file's name and a hash of its path, its content
 * and V8's version; V8 itself rejects a cache that doesn't fit (then the file compiles as
 * usual). `GEN_SCHEMAS_CODE_CACHE_DIR` puts it elsewhere, `DISABLE_V8_COMPILE_CACHE=1` turns
 * it off.
 *
 * Why not v8-compile-cache-lib, which did this before: it asks V8 to produce the code cache
 * again on every load, even from a cache, which serializes 8 MB each run; loading ts-morph
 * took 190 to 230 ms with it and 115 to 165 ms this way (one-off, five fresh processes each).
 */
function requireWithCodeCache(id: string): unknown {
  if (Module.getCompileCacheDir?.() !== undefined || process.env.DISABLE_V8_COMPILE_CACHE) return require(id);
  let cacheDir = process.env.GEN_SCHEMAS_CODE_CACHE_DIR;
  try {
    cacheDir ||= join(dirname(dirname(require.resolve(`${id}/package.json`))), ".cache", "gen-schemas", "compiled");
  } catch {
    return require(id);
  }
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    const name = `${basename(filename)}-${sha256(filename).slice(0, 8)}-`;
    const file = join(cacheDir, `${name}${sha256(`${process.versions.v8}\0${process.arch}\0`, content).slice(0, 16)}.v8`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(Module.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
    if (!cachedData || script.cachedDataRejected) unsaved.push({ file, name, script });
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  try {
    return require(id);
  } finally {
    Module.prototype._compile = compile;
  }
}

/**
 * Writes the code cache of the files that had none, once ts-morph has printed: code V8
 * compiled lazily by then is kept too. Each file is written to a temporary name and
 * renamed, and replaces the cache of an earlier version of the same file. A cache that
 * can't be written is no error: the next run compiles again.
 */
export function keepCompiledCode(): void {
  for (const { file, name, script } of unsaved.splice(0)) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, file);
      for (const other of readdirSync(dirname(file))) {
        if (other.startsWith(name) && other !== basename(file) && other.endsWith(".v8")) rmSync(join(dirname(file), other), { force: true });
      }
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // No folder to clean: nothing was written.
      }
    }
  }
}
