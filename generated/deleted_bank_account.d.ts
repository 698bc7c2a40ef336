import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedBankAccount as Type } from "./types/deleted_bank_account.js";

export type DeletedBankAccount = Type;
export declare const DeletedBankAccount: SchemaModule<Type>;
