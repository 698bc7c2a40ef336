import type { SchemaModule } from "./runtime/schema.js";
import type { LinkedAccountOptionsUsBankAccount as Type } from "./types/linked_account_options_us_bank_account.js";

export type { LinkedAccountOptionsUsBankAccount } from "./types/linked_account_options_us_bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as LinkedAccountOptionsUsBankAccount };
