import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsAffirm as self } from "./types/payment_method_details_affirm.js";

export type PaymentMethodDetailsAffirm = self;
export declare const PaymentMethodDetailsAffirm: SchemaModule<self>;
