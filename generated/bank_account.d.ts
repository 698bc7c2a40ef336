import type { SchemaModule } from "./runtime/api.js";
import type { BankAccount as self } from "./types/bank_account.js";

export type BankAccount = self;
export declare const BankAccount: SchemaModule<self>;
