import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { pathToFileURL } from "node:url";

/** openapi-typescript's output for a spec file, with its default options. */
export async function openapiTypescript(spec: string): Promise<string> {
  return astToString(await openapiTS(pathToFileURL(spec), { silent: true }));
}

/**
 * The `components.schemas` members of openapi-typescript's output as an interface
 * `Schemas`, with every `components["schemas"][name]` reference rewritten to `<alias>[name]`
 * and `alias` imported from `from`. Pointing the references at our own types leaves
 * only each schema's own body to compare: a difference shows up at the schema that has
 * it, not at every schema that refers to it.
 */
export function schemasReferring(theirs: string, alias: string, from: string): string {
  const file = ts.createSourceFile("theirs.ts", theirs, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const schemas = schemasLiteral(file);
  const edits: { start: number; end: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (isSchemasObject(node)) edits.push({ start: node.getStart(file), end: node.getEnd() });
    else ts.forEachChild(node, visit);
  };
  visit(schemas);
  let body = "";
  let at = schemas.getStart(file);
  for (const edit of edits) {
    body += theirs.slice(at, edit.start) + alias;
    at = edit.end;
  }
  body += theirs.slice(at, schemas.getEnd());
  return `import type { ${alias} } from ${JSON.stringify(from)};\n\nexport interface Schemas ${body}\n`;
}

function schemasLiteral(file: ts.SourceFile): ts.TypeLiteralNode {
  for (const statement of file.statements) {
    if (!ts.isInterfaceDeclaration(statement) || statement.name.text !== "components") continue;
    for (const member of statement.members) {
      if (ts.isPropertySignature(member) && member.name.getText(file) === "schemas" && member.type && ts.isTypeLiteralNode(member.type)) return member.type;
    }
  }
  throw new Error('openapi-typescript output has no `components: { schemas: { ... } }`: did its output format change?');
}

/** `components["schemas"]`, the object of every reference to a component schema. */
function isSchemasObject(node: ts.Node): boolean {
  return (
    ts.isIndexedAccessTypeNode(node) &&
    ts.isTypeReferenceNode(node.objectType) &&
    ts.isIdentifier(node.objectType.typeName) &&
    node.objectType.typeName.text === "components" &&
    ts.isLiteralTypeNode(node.indexType) &&
    ts.isStringLiteral(node.indexType.literal) &&
    node.indexType.literal.text === "schemas"
  );
}
