import type { SchemaModule } from "./runtime/schema.js";
import type { MandateUsBankAccount as Type } from "./types/mandate_us_bank_account.js";

export type MandateUsBankAccount = Type;
export declare const MandateUsBankAccount: SchemaModule<Type>;
