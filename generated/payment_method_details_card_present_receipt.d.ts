import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardPresentReceipt as self } from "./types/payment_method_details_card_present_receipt.js";

export type PaymentMethodDetailsCardPresentReceipt = self;
export declare const PaymentMethodDetailsCardPresentReceipt: SchemaModule<self>;
