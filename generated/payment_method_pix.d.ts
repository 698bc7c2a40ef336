import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodPix as self } from "./types/payment_method_pix.js";

export type PaymentMethodPix = self;
export declare const PaymentMethodPix: SchemaModule<self>;
