import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodPromptpay as Type } from "./types/payment_method_promptpay.js";

export type { PaymentMethodPromptpay } from "./types/payment_method_promptpay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodPromptpay };
