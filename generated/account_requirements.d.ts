import type { SchemaModule } from "./runtime/api.js";
import type { AccountRequirements as self } from "./types/account_requirements.js";

export type AccountRequirements = self;
export declare const AccountRequirements: SchemaModule<self>;
