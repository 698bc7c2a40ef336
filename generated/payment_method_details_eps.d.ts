import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsEps as Type } from "./types/payment_method_details_eps.js";

export type PaymentMethodDetailsEps = Type;
export declare const PaymentMethodDetailsEps: SchemaModule<Type>;
