import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedExternalAccount as Type } from "./types/deleted_external_account.js";

export type DeletedExternalAccount = Type;
export declare const DeletedExternalAccount: SchemaModule<Type>;
