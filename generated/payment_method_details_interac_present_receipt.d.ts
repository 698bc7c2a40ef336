import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsInteracPresentReceipt as Type } from "./types/payment_method_details_interac_present_receipt.js";

export type PaymentMethodDetailsInteracPresentReceipt = Type;
export declare const PaymentMethodDetailsInteracPresentReceipt: SchemaModule<Type>;
