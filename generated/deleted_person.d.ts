import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedPerson as Type } from "./types/deleted_person.js";

export type DeletedPerson = Type;
export declare const DeletedPerson: SchemaModule<Type>;
