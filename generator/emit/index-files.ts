import { printStructure, StructureKind, type StatementStructures } from "ts-morph";
import type { IrDocument } from "../ir/types.js";

/** `types/index.d.ts`: every schema type, so `import type { Charge } from "<pkg>/types"` works. */
export function emitTypesIndex(ir: IrDocument): string {
  const statements: StatementStructures[] = ir.schemas.map((schema) => ({
    kind: StructureKind.ExportDeclaration,
    isTypeOnly: true,
    namedExports: [schema.typeName],
    moduleSpecifier: `./${schema.fileName}.js`,
  }));
  statements.push({ kind: StructureKind.ExportDeclaration, isTypeOnly: true, namedExports: ["Expanded"], moduleSpecifier: "../runtime/expanded.js" });
  return printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2 });
}
