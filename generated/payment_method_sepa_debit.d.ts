import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodSepaDebit as self } from "./types/payment_method_sepa_debit.js";

export type PaymentMethodSepaDebit = self;
export declare const PaymentMethodSepaDebit: SchemaModule<self>;
