import type { SchemaModule } from "./runtime/schema.js";
import type { AccountSession as Type } from "./types/account_session.js";

export type { AccountSession } from "./types/account_session.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountSession };
