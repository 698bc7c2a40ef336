import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsSofort as Type } from "./types/payment_method_options_sofort.js";

export type PaymentMethodOptionsSofort = Type;
export declare const PaymentMethodOptionsSofort: SchemaModule<Type>;
