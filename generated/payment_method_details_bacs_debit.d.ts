import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsBacsDebit as Type } from "./types/payment_method_details_bacs_debit.js";

export type PaymentMethodDetailsBacsDebit = Type;
export declare const PaymentMethodDetailsBacsDebit: SchemaModule<Type>;
