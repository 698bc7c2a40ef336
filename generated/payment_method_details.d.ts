import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetails as Type } from "./types/payment_method_details.js";

export type { PaymentMethodDetails } from "./types/payment_method_details.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetails };
