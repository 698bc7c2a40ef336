import type { SchemaModule } from "./runtime/schema.js";
import type { AccountCardIssuingSettings as Type } from "./types/account_card_issuing_settings.js";

export type { AccountCardIssuingSettings } from "./types/account_card_issuing_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountCardIssuingSettings };
