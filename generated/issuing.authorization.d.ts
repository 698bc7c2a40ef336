import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorization as Type } from "./types/issuing.authorization.js";

export type IssuingAuthorization = Type;
export declare const IssuingAuthorization: SchemaModule<Type>;
