import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardAuthorizationControls as self } from "./types/issuing_card_authorization_controls.js";

export type IssuingCardAuthorizationControls = self;
export declare const IssuingCardAuthorizationControls: SchemaModule<self>;
