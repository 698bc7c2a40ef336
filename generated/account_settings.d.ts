import type { SchemaModule } from "./runtime/schema.js";
import type { AccountSettings as Type } from "./types/account_settings.js";

export type { AccountSettings } from "./types/account_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountSettings };
