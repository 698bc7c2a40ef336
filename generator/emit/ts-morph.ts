import { existsSync } from "node:fs";
import module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type * as TsMorph from "ts-morph";
import { install } from "v8-compile-cache-lib";

const require = createRequire(import.meta.url);
/** CommonJS's loader, whose compile step the code cache replaces while ts-morph loads. */
const Module = module as unknown as { prototype: { _compile: unknown }; getCompileCacheDir?: () => string | undefined };

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
 * turns that on); on older Nodes v8-compile-cache-lib keeps V8's code cache for this one
 * `require`, in the `.cache` folder of the node_modules that holds ts-morph (the same trust
 * as the code it caches). The cache file is named by ts-morph's and V8's versions and
 * written once: the library would write its 8 MB again on every run. A cache that can't
 * be written is no error.
 */
function requireWithCodeCache(id: string): unknown {
  const builtIn = Module.getCompileCacheDir?.() !== undefined;
  const compile = Module.prototype._compile;
  let hook: { uninstall(): void } | undefined;
  let saved = false;
  if (!builtIn) {
    try {
      const manifest = require.resolve(`${id}/package.json`);
      const { version } = require(manifest) as { version: string };
      const cacheDir = join(dirname(dirname(manifest)), ".cache", "gen-schemas", "compiled");
      const prefix = `${id}-${version}-v8-${process.versions.v8}`;
      saved = existsSync(join(cacheDir, `${prefix}.BLOB`));
      hook = install({ cacheDir, prefix });
    } catch {
      hook = undefined;
    }
  }
  try {
    return require(id);
  } finally {
    if (hook && saved) {
      process.removeListener("exit", hook.uninstall);
      Module.prototype._compile = compile;
    } else {
      try {
        hook?.uninstall(); // writes the cache
      } catch {
        // An unwritable cache: the next run compiles again.
      }
    }
  }
}
