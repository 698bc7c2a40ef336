import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsP24 as self } from "./types/payment_method_options_p24.js";

export type PaymentMethodOptionsP24 = self;
export declare const PaymentMethodOptionsP24: SchemaModule<self>;
