import type { SchemaModule } from "./runtime/api.js";
import type { DeletedBankAccount as self } from "./types/deleted_bank_account.js";

export type DeletedBankAccount = self;
export declare const DeletedBankAccount: SchemaModule<self>;
