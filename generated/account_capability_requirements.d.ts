import type { SchemaModule } from "./runtime/api.js";
import type { AccountCapabilityRequirements as self } from "./types/account_capability_requirements.js";

export type AccountCapabilityRequirements = self;
export declare const AccountCapabilityRequirements: SchemaModule<self>;
