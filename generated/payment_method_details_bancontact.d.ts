import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsBancontact as self } from "./types/payment_method_details_bancontact.js";

export type PaymentMethodDetailsBancontact = self;
export declare const PaymentMethodDetailsBancontact: SchemaModule<self>;
