import type { SchemaModule } from "./runtime/schema.js";
import type { SourceMandateNotificationAcssDebitData as Type } from "./types/source_mandate_notification_acss_debit_data.js";

export type { SourceMandateNotificationAcssDebitData } from "./types/source_mandate_notification_acss_debit_data.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceMandateNotificationAcssDebitData };
