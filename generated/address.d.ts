import type { SchemaModule } from "./runtime/api.js";
import type { Address as self } from "./types/address.js";

export type Address = self;
export declare const Address: SchemaModule<self>;
