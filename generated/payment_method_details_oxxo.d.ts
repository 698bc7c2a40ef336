import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsOxxo as self } from "./types/payment_method_details_oxxo.js";

export type PaymentMethodDetailsOxxo = self;
export declare const PaymentMethodDetailsOxxo: SchemaModule<self>;
