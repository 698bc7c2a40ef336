/** @schema `deleted_webhook_endpoint` */
export type DeletedWebhookEndpoint = {
  /** Always true for a deleted object */
  deleted: true;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "webhook_endpoint";
};
