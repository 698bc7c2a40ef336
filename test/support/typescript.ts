import ts from "typescript";

/**
 * The compiler options tests type-check generated code under: `strict`, NodeNext modules,
 * declaration files checked too, ES2022's lib only (no DOM: the package must not need it),
 * no ambient `@types`.
 */
export const STRICT: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts"],
  types: [],
};
