import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsGiropay as self } from "./types/payment_method_details_giropay.js";

export type PaymentMethodDetailsGiropay = self;
export declare const PaymentMethodDetailsGiropay: SchemaModule<self>;
