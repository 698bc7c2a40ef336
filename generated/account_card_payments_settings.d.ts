import type { SchemaModule } from "./runtime/api.js";
import type { AccountCardPaymentsSettings as self } from "./types/account_card_payments_settings.js";

export type AccountCardPaymentsSettings = self;
export declare const AccountCardPaymentsSettings: SchemaModule<self>;
