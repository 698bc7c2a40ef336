import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsAchDebit as self } from "./types/payment_method_details_ach_debit.js";

export type PaymentMethodDetailsAchDebit = self;
export declare const PaymentMethodDetailsAchDebit: SchemaModule<self>;
