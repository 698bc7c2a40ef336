import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsInteracPresent as self } from "./types/payment_method_details_interac_present.js";

export type PaymentMethodDetailsInteracPresent = self;
export declare const PaymentMethodDetailsInteracPresent: SchemaModule<self>;
