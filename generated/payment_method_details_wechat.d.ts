import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsWechat as self } from "./types/payment_method_details_wechat.js";

export type PaymentMethodDetailsWechat = self;
export declare const PaymentMethodDetailsWechat: SchemaModule<self>;
