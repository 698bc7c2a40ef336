import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodSepaDebit as Type } from "./types/payment_method_sepa_debit.js";

export type PaymentMethodSepaDebit = Type;
export declare const PaymentMethodSepaDebit: SchemaModule<Type>;
