import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsAuBecsDebit as Type } from "./types/payment_method_details_au_becs_debit.js";

export type PaymentMethodDetailsAuBecsDebit = Type;
export declare const PaymentMethodDetailsAuBecsDebit: SchemaModule<Type>;
