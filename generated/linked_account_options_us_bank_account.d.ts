import type { SchemaModule } from "./runtime/api.js";
import type { LinkedAccountOptionsUsBankAccount as self } from "./types/linked_account_options_us_bank_account.js";

export type LinkedAccountOptionsUsBankAccount = self;
export declare const LinkedAccountOptionsUsBankAccount: SchemaModule<self>;
