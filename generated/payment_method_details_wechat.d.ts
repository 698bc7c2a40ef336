import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsWechat as Type } from "./types/payment_method_details_wechat.js";

export type PaymentMethodDetailsWechat = Type;
export declare const PaymentMethodDetailsWechat: SchemaModule<Type>;
