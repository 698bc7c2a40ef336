import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsUsBankAccount as Type } from "./types/payment_method_details_us_bank_account.js";

export type { PaymentMethodDetailsUsBankAccount } from "./types/payment_method_details_us_bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsUsBankAccount };
