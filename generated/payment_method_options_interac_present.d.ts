import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsInteracPresent as self } from "./types/payment_method_options_interac_present.js";

export type PaymentMethodOptionsInteracPresent = self;
export declare const PaymentMethodOptionsInteracPresent: SchemaModule<self>;
