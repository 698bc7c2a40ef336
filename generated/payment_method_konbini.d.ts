import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodKonbini as self } from "./types/payment_method_konbini.js";

export type PaymentMethodKonbini = self;
export declare const PaymentMethodKonbini: SchemaModule<self>;
