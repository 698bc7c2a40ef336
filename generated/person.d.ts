import type { SchemaModule } from "./runtime/schema.js";
import type { Person as Type } from "./types/person.js";

export type Person = Type;
export declare const Person: SchemaModule<Type>;
