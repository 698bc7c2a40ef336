import type { SchemaModule } from "./runtime/schema.js";
import type { MandateUsBankAccount as Type } from "./types/mandate_us_bank_account.js";

export type { MandateUsBankAccount } from "./types/mandate_us_bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as MandateUsBankAccount };
