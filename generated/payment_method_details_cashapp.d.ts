import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCashapp as self } from "./types/payment_method_details_cashapp.js";

export type PaymentMethodDetailsCashapp = self;
export declare const PaymentMethodDetailsCashapp: SchemaModule<self>;
