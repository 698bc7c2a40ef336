import type { SchemaModule } from "./runtime/api.js";
import type { ExternalAccountRequirements as self } from "./types/external_account_requirements.js";

export type ExternalAccountRequirements = self;
export declare const ExternalAccountRequirements: SchemaModule<self>;
