import type { SchemaModule } from "./runtime/schema.js";
import type { AccountCapabilityRequirements as Type } from "./types/account_capability_requirements.js";

export type AccountCapabilityRequirements = Type;
export declare const AccountCapabilityRequirements: SchemaModule<Type>;
