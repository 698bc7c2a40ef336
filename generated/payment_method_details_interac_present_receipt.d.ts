import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsInteracPresentReceipt as self } from "./types/payment_method_details_interac_present_receipt.js";

export type PaymentMethodDetailsInteracPresentReceipt = self;
export declare const PaymentMethodDetailsInteracPresentReceipt: SchemaModule<self>;
