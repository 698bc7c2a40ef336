import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsBacsDebit as self } from "./types/payment_method_details_bacs_debit.js";

export type PaymentMethodDetailsBacsDebit = self;
export declare const PaymentMethodDetailsBacsDebit: SchemaModule<self>;
