import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedAccount as Type } from "./types/deleted_account.js";

export type DeletedAccount = Type;
export declare const DeletedAccount: SchemaModule<Type>;
