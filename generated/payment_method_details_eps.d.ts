import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsEps as self } from "./types/payment_method_details_eps.js";

export type PaymentMethodDetailsEps = self;
export declare const PaymentMethodDetailsEps: SchemaModule<self>;
