/**
 * TypeScript type expressions as a small tree, so the layout can break them the way
 * prettier does without parsing text back.
 */
export type TypeExpr = RawType | UnionType | ArrayType | ObjectType;

/** A keyword, literal or type name: never broken across lines. */
export interface RawType {
  t: "raw";
  text: string;
  /** A type reference (`Customer`), which prettier lets hug `| null`. */
  reference?: boolean;
}

export interface UnionType {
  t: "union";
  members: TypeExpr[];
}

export interface ArrayType {
  t: "array";
  of: TypeExpr;
}

export interface PropertyExpr {
  /** Already quoted when it must be (`"payment-method.types"`). */
  key: string;
  optional: boolean;
  docs: string | undefined;
  type: TypeExpr;
}

export interface ObjectType {
  t: "object";
  properties: PropertyExpr[];
  index: TypeExpr | undefined;
}

export const raw = (text: string): RawType => ({ t: "raw", text });
export const reference = (text: string): RawType => ({ t: "raw", text, reference: true });

/** A union with nested unions flattened and duplicates dropped. */
export function union(members: TypeExpr[]): TypeExpr {
  const flat: TypeExpr[] = [];
  const seen = new Set<string>();
  for (const member of members.flatMap((m) => (m.t === "union" ? m.members : [m]))) {
    const text = member.t === "raw" ? member.text : undefined;
    if (text !== undefined && seen.has(text)) continue;
    if (text !== undefined) seen.add(text);
    flat.push(member);
  }
  return flat.length === 1 ? flat[0]! : { t: "union", members: flat };
}
