import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodWechatPay as Type } from "./types/payment_method_wechat_pay.js";

export type { PaymentMethodWechatPay } from "./types/payment_method_wechat_pay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodWechatPay };
