import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsPromptpay as Type } from "./types/payment_method_options_promptpay.js";

export type { PaymentMethodOptionsPromptpay } from "./types/payment_method_options_promptpay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsPromptpay };
