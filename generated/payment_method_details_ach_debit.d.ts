import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsAchDebit as Type } from "./types/payment_method_details_ach_debit.js";

export type { PaymentMethodDetailsAchDebit } from "./types/payment_method_details_ach_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsAchDebit };
