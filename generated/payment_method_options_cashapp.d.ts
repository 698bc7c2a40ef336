import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsCashapp as self } from "./types/payment_method_options_cashapp.js";

export type PaymentMethodOptionsCashapp = self;
export declare const PaymentMethodOptionsCashapp: SchemaModule<self>;
