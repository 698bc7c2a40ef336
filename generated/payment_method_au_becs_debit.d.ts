import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodAuBecsDebit as Type } from "./types/payment_method_au_becs_debit.js";

export type PaymentMethodAuBecsDebit = Type;
export declare const PaymentMethodAuBecsDebit: SchemaModule<Type>;
