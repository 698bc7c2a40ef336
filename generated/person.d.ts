import type { SchemaModule } from "./runtime/api.js";
import type { Person as self } from "./types/person.js";

export type Person = self;
export declare const Person: SchemaModule<self>;
