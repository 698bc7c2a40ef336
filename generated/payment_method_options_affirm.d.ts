import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsAffirm as self } from "./types/payment_method_options_affirm.js";

export type PaymentMethodOptionsAffirm = self;
export declare const PaymentMethodOptionsAffirm: SchemaModule<self>;
