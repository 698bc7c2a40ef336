import ts from "typescript";

/** One compiler diagnostic, located. */
export interface Problem {
  file: string | undefined;
  /** 1-based; 0 when the diagnostic has no position. */
  line: number;
  message: string;
}

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts"],
  types: [],
  skipLibCheck: false,
  skipDefaultLibCheck: true,
};

/**
 * Type-checks `roots` (and what they import) with strict on. Files named in `parseOnly`
 * are only parsed for syntax errors: they are the reference, not what is under test.
 */
export function typecheck(roots: string[], parseOnly: ReadonlySet<string> = new Set()): Problem[] {
  const program = ts.createProgram(roots, OPTIONS);
  const problems: Problem[] = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(problem);
  for (const file of program.getSourceFiles()) {
    if (program.isSourceFileDefaultLibrary(file)) continue;
    problems.push(...program.getSyntacticDiagnostics(file).map(problem));
    if (!parseOnly.has(file.fileName)) problems.push(...program.getSemanticDiagnostics(file).map(problem));
  }
  return problems;
}

function problem(diagnostic: ts.Diagnostic): Problem {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  const { file, start } = diagnostic;
  if (!file || start === undefined) return { file: file?.fileName, line: 0, message };
  return { file: file.fileName, line: file.getLineAndCharacterOfPosition(start).line + 1, message };
}
