import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsCard as self } from "./types/setup_attempt_payment_method_details_card.js";

export type SetupAttemptPaymentMethodDetailsCard = self;
export declare const SetupAttemptPaymentMethodDetailsCard: SchemaModule<self>;
