import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsAcssDebit as Type } from "./types/payment_method_details_acss_debit.js";

export type PaymentMethodDetailsAcssDebit = Type;
export declare const PaymentMethodDetailsAcssDebit: SchemaModule<Type>;
