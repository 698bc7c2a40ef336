import type { SchemaModule } from "./runtime/schema.js";
import type { MandatePaymentMethodDetails as Type } from "./types/mandate_payment_method_details.js";

export type { MandatePaymentMethodDetails } from "./types/mandate_payment_method_details.js";
declare const schema: SchemaModule<Type>;
export { schema as MandatePaymentMethodDetails };
