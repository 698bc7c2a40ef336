import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationTreasury as Type } from "./types/issuing_authorization_treasury.js";

export type IssuingAuthorizationTreasury = Type;
export declare const IssuingAuthorizationTreasury: SchemaModule<Type>;
