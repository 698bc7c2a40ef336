/**
 * `Expanded<Charge, "customer" | "invoice.subscription">`: the type of a payload fetched
 * with `expand[]=customer&expand[]=invoice.subscription`. Each named expandable field
 * loses its ID-string form; a dotted path narrows through the expanded object, and
 * through lists of them. The first segment of each path must be a key of T.
 */
export type Expanded<T, P extends ExpandPath<T>> = ExpandAll<T, P>;
/** `field` or `field.more.segments`, where `field` is a key of T. */
export type ExpandPath<T> = Keys<T> | `${Keys<T>}.${string}`;
type ExpandAll<T, P extends string> = T extends readonly (infer Item)[]
  ? ExpandAll<Item, P>[]
  : T extends object
    ? {
        [K in keyof T]: K extends Head<P>
          ? ExpandField<T[K], Rest<P, K & string>>
          : T[K];
      }
    : T;
type ExpandField<V, R extends string> = [R] extends [never]
  ? Narrow<V>
  : ExpandAll<Narrow<V>, R>;
/** Drops the ID form of an expandable value, in lists too; `null` stays. */
type Narrow<V> = V extends readonly (infer Item)[]
  ? Narrow<Item>[]
  : Exclude<V, string>;
type Head<P extends string> = P extends `${infer H}.${string}` ? H : P;
type Rest<P extends string, K extends string> = P extends `${K}.${infer R}`
  ? R
  : never;
type Keys<T> = T extends object ? Extract<keyof T, string> : never;
export {};
