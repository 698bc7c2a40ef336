import type { SchemaModule } from "./runtime/api.js";
import type { ApplicationFee as self } from "./types/application_fee.js";

export type ApplicationFee = self;
export declare const ApplicationFee: SchemaModule<self>;
