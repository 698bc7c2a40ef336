import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsBancontact as Type } from "./types/payment_method_options_bancontact.js";

export type PaymentMethodOptionsBancontact = Type;
export declare const PaymentMethodOptionsBancontact: SchemaModule<Type>;
