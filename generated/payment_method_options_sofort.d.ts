import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsSofort as self } from "./types/payment_method_options_sofort.js";

export type PaymentMethodOptionsSofort = self;
export declare const PaymentMethodOptionsSofort: SchemaModule<self>;
