import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsBancontact as self } from "./types/payment_method_options_bancontact.js";

export type PaymentMethodOptionsBancontact = self;
export declare const PaymentMethodOptionsBancontact: SchemaModule<self>;
