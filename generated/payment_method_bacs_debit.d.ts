import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodBacsDebit as Type } from "./types/payment_method_bacs_debit.js";

export type PaymentMethodBacsDebit = Type;
export declare const PaymentMethodBacsDebit: SchemaModule<Type>;
