import type { SchemaModule } from "./runtime/api.js";
import type { IssuingAuthorization as self } from "./types/issuing.authorization.js";

export type IssuingAuthorization = self;
export declare const IssuingAuthorization: SchemaModule<self>;
