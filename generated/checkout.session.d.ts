import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutSession as Type } from "./types/checkout.session.js";

export type CheckoutSession = Type;
export declare const CheckoutSession: SchemaModule<Type>;
