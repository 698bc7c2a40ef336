import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsCardMandateOptions as self } from "./types/payment_method_options_card_mandate_options.js";

export type PaymentMethodOptionsCardMandateOptions = self;
export declare const PaymentMethodOptionsCardMandateOptions: SchemaModule<self>;
