import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsWechatPay as Type } from "./types/payment_method_details_wechat_pay.js";

export type { PaymentMethodDetailsWechatPay } from "./types/payment_method_details_wechat_pay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsWechatPay };
