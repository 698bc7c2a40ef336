import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsAchDebit as Type } from "./types/payment_method_details_ach_debit.js";

export type PaymentMethodDetailsAchDebit = Type;
export declare const PaymentMethodDetailsAchDebit: SchemaModule<Type>;
