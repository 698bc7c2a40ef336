import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodIdeal as self } from "./types/payment_method_ideal.js";

export type PaymentMethodIdeal = self;
export declare const PaymentMethodIdeal: SchemaModule<self>;
