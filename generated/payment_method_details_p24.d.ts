import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsP24 as self } from "./types/payment_method_details_p24.js";

export type PaymentMethodDetailsP24 = self;
export declare const PaymentMethodDetailsP24: SchemaModule<self>;
