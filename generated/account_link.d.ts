import type { SchemaModule } from "./runtime/schema.js";
import type { AccountLink as Type } from "./types/account_link.js";

export type { AccountLink } from "./types/account_link.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountLink };
