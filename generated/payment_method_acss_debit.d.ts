import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodAcssDebit as Type } from "./types/payment_method_acss_debit.js";

export type PaymentMethodAcssDebit = Type;
export declare const PaymentMethodAcssDebit: SchemaModule<Type>;
