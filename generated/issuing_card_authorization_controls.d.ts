import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardAuthorizationControls as Type } from "./types/issuing_card_authorization_controls.js";

export type IssuingCardAuthorizationControls = Type;
export declare const IssuingCardAuthorizationControls: SchemaModule<Type>;
