import type { SchemaModule } from "./runtime/api.js";
import type { AccountCardIssuingSettings as self } from "./types/account_card_issuing_settings.js";

export type AccountCardIssuingSettings = self;
export declare const AccountCardIssuingSettings: SchemaModule<self>;
