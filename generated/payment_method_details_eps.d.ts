import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsEps as Type } from "./types/payment_method_details_eps.js";

export type { PaymentMethodDetailsEps } from "./types/payment_method_details_eps.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsEps };
