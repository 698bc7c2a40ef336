import type { SchemaModule } from "./runtime/schema.js";
import type { SourceMandateNotification as Type } from "./types/source_mandate_notification.js";

export type SourceMandateNotification = Type;
export declare const SourceMandateNotification: SchemaModule<Type>;
