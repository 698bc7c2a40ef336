import type { SchemaModule } from "./runtime/api.js";
import type { Application as self } from "./types/application.js";

export type Application = self;
export declare const Application: SchemaModule<self>;
