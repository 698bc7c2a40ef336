import type { SchemaModule } from "./runtime/api.js";
import type { MandateUsBankAccount as self } from "./types/mandate_us_bank_account.js";

export type MandateUsBankAccount = self;
export declare const MandateUsBankAccount: SchemaModule<self>;
