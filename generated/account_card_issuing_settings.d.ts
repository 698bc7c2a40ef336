import type { SchemaModule } from "./runtime/schema.js";
import type { AccountCardIssuingSettings as Type } from "./types/account_card_issuing_settings.js";

export type AccountCardIssuingSettings = Type;
export declare const AccountCardIssuingSettings: SchemaModule<Type>;
