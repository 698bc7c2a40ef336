import type { SchemaModule } from "./runtime/schema.js";
import type { SourceMandateNotification as Type } from "./types/source_mandate_notification.js";

export type { SourceMandateNotification } from "./types/source_mandate_notification.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceMandateNotification };
