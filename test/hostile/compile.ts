import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import * as prettier from "prettier";
import ts from "typescript";
import { STRICT } from "../support/typescript.js";

/** Every file below `dir`, absolute paths, sorted. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesBelow(join(dir, name)) : [join(dir, name)]));
}

/** Type-checks the declarations of a generated package (plus `extra` files) under `strict`; returns the diagnostics as text. */
export function typeCheck(dir: string, extra: readonly string[] = []): string[] {
  const roots = [...filesBelow(dir).filter((file) => file.endsWith(".d.ts")), ...extra];
  const program = ts.createProgram(roots, STRICT);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!diagnostic.file || diagnostic.start === undefined) return text;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${relative(dir, diagnostic.file.fileName)}:${line + 1}:${character + 1} ${text}`;
  });
}

/** Files prettier would change (or can't parse), relative to `dir`. */
export async function notPrettierClean(dir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of filesBelow(dir)) {
    if (!/\.(js|ts|json)$/.test(file)) continue;
    try {
      if (!(await prettier.check(readFileSync(file, "utf8"), { filepath: file }))) problems.push(relative(dir, file));
    } catch (error) {
      problems.push(`${relative(dir, file)}: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  return problems;
}
