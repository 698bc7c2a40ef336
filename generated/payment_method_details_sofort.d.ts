import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsSofort as self } from "./types/payment_method_details_sofort.js";

export type PaymentMethodDetailsSofort = self;
export declare const PaymentMethodDetailsSofort: SchemaModule<self>;
