import type { SchemaModule } from "./runtime/schema.js";
import type { BankAccount as Type } from "./types/bank_account.js";

export type BankAccount = Type;
export declare const BankAccount: SchemaModule<Type>;
