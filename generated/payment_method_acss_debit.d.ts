import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodAcssDebit as Type } from "./types/payment_method_acss_debit.js";

export type { PaymentMethodAcssDebit } from "./types/payment_method_acss_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodAcssDebit };
