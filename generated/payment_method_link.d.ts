import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodLink as self } from "./types/payment_method_link.js";

export type PaymentMethodLink = self;
export declare const PaymentMethodLink: SchemaModule<self>;
