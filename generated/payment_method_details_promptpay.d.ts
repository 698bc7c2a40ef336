import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsPromptpay as Type } from "./types/payment_method_details_promptpay.js";

export type { PaymentMethodDetailsPromptpay } from "./types/payment_method_details_promptpay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsPromptpay };
