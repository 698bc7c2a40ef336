import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsWechat as Type } from "./types/payment_method_details_wechat.js";

export type { PaymentMethodDetailsWechat } from "./types/payment_method_details_wechat.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsWechat };
