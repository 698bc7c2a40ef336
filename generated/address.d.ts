import type { SchemaModule } from "./runtime/schema.js";
import type { Address as Type } from "./types/address.js";

export type Address = Type;
export declare const Address: SchemaModule<Type>;
