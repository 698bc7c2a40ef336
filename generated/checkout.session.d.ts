import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutSession as self } from "./types/checkout.session.js";

export type CheckoutSession = self;
export declare const CheckoutSession: SchemaModule<self>;
