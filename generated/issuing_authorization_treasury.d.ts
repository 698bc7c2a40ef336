import type { SchemaModule } from "./runtime/api.js";
import type { IssuingAuthorizationTreasury as self } from "./types/issuing_authorization_treasury.js";

export type IssuingAuthorizationTreasury = self;
export declare const IssuingAuthorizationTreasury: SchemaModule<self>;
