import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsKonbini as self } from "./types/payment_method_options_konbini.js";

export type PaymentMethodOptionsKonbini = self;
export declare const PaymentMethodOptionsKonbini: SchemaModule<self>;
