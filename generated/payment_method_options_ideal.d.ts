import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsIdeal as self } from "./types/payment_method_options_ideal.js";

export type PaymentMethodOptionsIdeal = self;
export declare const PaymentMethodOptionsIdeal: SchemaModule<self>;
