import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardholderAuthorizationControls as self } from "./types/issuing_cardholder_authorization_controls.js";

export type IssuingCardholderAuthorizationControls = self;
export declare const IssuingCardholderAuthorizationControls: SchemaModule<self>;
