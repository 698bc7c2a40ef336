import type { SchemaModule } from "./runtime/api.js";
import type { AppsSecret as self } from "./types/apps.secret.js";

export type AppsSecret = self;
export declare const AppsSecret: SchemaModule<self>;
