import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsAlipay as Type } from "./types/payment_method_options_alipay.js";

export type { PaymentMethodOptionsAlipay } from "./types/payment_method_options_alipay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsAlipay };
