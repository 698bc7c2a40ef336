import type { SchemaModule } from "./runtime/schema.js";
import type { AccountCapabilityFutureRequirements as Type } from "./types/account_capability_future_requirements.js";

export type { AccountCapabilityFutureRequirements } from "./types/account_capability_future_requirements.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountCapabilityFutureRequirements };
