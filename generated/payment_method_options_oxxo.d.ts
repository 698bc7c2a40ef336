import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsOxxo as self } from "./types/payment_method_options_oxxo.js";

export type PaymentMethodOptionsOxxo = self;
export declare const PaymentMethodOptionsOxxo: SchemaModule<self>;
