import type { SchemaModule } from "./runtime/schema.js";
import type { BankAccount as Type } from "./types/bank_account.js";

export type { BankAccount } from "./types/bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as BankAccount };
