import type { SchemaModule } from "./runtime/schema.js";
import type { AccountCapabilityRequirements as Type } from "./types/account_capability_requirements.js";

export type { AccountCapabilityRequirements } from "./types/account_capability_requirements.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountCapabilityRequirements };
