import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutSession as Type } from "./types/checkout.session.js";

export type { CheckoutSession } from "./types/checkout.session.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutSession };
