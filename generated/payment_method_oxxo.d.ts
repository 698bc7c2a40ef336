import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOxxo as self } from "./types/payment_method_oxxo.js";

export type PaymentMethodOxxo = self;
export declare const PaymentMethodOxxo: SchemaModule<self>;
