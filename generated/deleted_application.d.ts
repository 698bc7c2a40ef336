import type { SchemaModule } from "./runtime/api.js";
import type { DeletedApplication as self } from "./types/deleted_application.js";

export type DeletedApplication = self;
export declare const DeletedApplication: SchemaModule<self>;
