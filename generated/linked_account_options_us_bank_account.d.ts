import type { SchemaModule } from "./runtime/schema.js";
import type { LinkedAccountOptionsUsBankAccount as Type } from "./types/linked_account_options_us_bank_account.js";

export type LinkedAccountOptionsUsBankAccount = Type;
export declare const LinkedAccountOptionsUsBankAccount: SchemaModule<Type>;
