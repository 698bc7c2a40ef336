import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedBankAccount as Type } from "./types/deleted_bank_account.js";

export type { DeletedBankAccount } from "./types/deleted_bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedBankAccount };
