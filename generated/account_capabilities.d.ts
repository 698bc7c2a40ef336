import type { SchemaModule } from "./runtime/schema.js";
import type { AccountCapabilities as Type } from "./types/account_capabilities.js";

export type { AccountCapabilities } from "./types/account_capabilities.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountCapabilities };
