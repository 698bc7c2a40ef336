import type { SchemaModule } from "./runtime/schema.js";
import type { CardMandatePaymentMethodDetails as Type } from "./types/card_mandate_payment_method_details.js";

export type { CardMandatePaymentMethodDetails } from "./types/card_mandate_payment_method_details.js";
declare const schema: SchemaModule<Type>;
export { schema as CardMandatePaymentMethodDetails };
