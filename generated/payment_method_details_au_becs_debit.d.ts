import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsAuBecsDebit as Type } from "./types/payment_method_details_au_becs_debit.js";

export type { PaymentMethodDetailsAuBecsDebit } from "./types/payment_method_details_au_becs_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsAuBecsDebit };
