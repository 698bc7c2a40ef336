import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDomain as self } from "./types/payment_method_domain.js";

export type PaymentMethodDomain = self;
export declare const PaymentMethodDomain: SchemaModule<self>;
