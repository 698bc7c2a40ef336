import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsSepaDebit as Type } from "./types/payment_method_details_sepa_debit.js";

export type PaymentMethodDetailsSepaDebit = Type;
export declare const PaymentMethodDetailsSepaDebit: SchemaModule<Type>;
