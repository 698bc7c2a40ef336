import type { SchemaModule } from "./runtime/api.js";
import type { DeletedPerson as self } from "./types/deleted_person.js";

export type DeletedPerson = self;
export declare const DeletedPerson: SchemaModule<self>;
