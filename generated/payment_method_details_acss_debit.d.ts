import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsAcssDebit as Type } from "./types/payment_method_details_acss_debit.js";

export type { PaymentMethodDetailsAcssDebit } from "./types/payment_method_details_acss_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsAcssDebit };
