import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardPresentReceipt as Type } from "./types/payment_method_details_card_present_receipt.js";

export type PaymentMethodDetailsCardPresentReceipt = Type;
export declare const PaymentMethodDetailsCardPresentReceipt: SchemaModule<Type>;
