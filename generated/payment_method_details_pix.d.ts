import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsPix as self } from "./types/payment_method_details_pix.js";

export type PaymentMethodDetailsPix = self;
export declare const PaymentMethodDetailsPix: SchemaModule<self>;
