import type { SchemaModule } from "./runtime/schema.js";
import type { ApplicationFee as Type } from "./types/application_fee.js";

export type ApplicationFee = Type;
export declare const ApplicationFee: SchemaModule<Type>;
