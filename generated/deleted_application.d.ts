import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedApplication as Type } from "./types/deleted_application.js";

export type DeletedApplication = Type;
export declare const DeletedApplication: SchemaModule<Type>;
