import type { SchemaModule } from "./runtime/schema.js";
import type { AccountFutureRequirements as Type } from "./types/account_future_requirements.js";

export type { AccountFutureRequirements } from "./types/account_future_requirements.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountFutureRequirements };
