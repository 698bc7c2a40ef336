import type { SchemaModule } from "./runtime/schema.js";
import type { AccountTosAcceptance as Type } from "./types/account_tos_acceptance.js";

export type { AccountTosAcceptance } from "./types/account_tos_acceptance.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountTosAcceptance };
