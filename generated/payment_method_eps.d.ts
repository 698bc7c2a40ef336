import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodEps as self } from "./types/payment_method_eps.js";

export type PaymentMethodEps = self;
export declare const PaymentMethodEps: SchemaModule<self>;
