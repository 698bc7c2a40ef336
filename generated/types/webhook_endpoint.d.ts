/**
 * You can configure [webhook endpoints](https://stripe.com/docs/webhooks/) via the API to be
 * notified about events that happen in your Stripe account or connected
 * accounts.
 *
 * Most users configure webhooks from [the dashboard](https://dashboard.stripe.com/webhooks), which provides a user interface for registering and testing your webhook endpoints.
 *
 * Related guide: [Setting up webhooks](https://stripe.com/docs/webhooks/configure)
 *
 * @schema `webhook_endpoint`
 */
export type WebhookEndpoint = {
  /**
   * The API version events are rendered as for this webhook endpoint.
   *
   * @maxLength 5000
   */
  api_version?: string | null;
  /**
   * The ID of the associated Connect application.
   *
   * @maxLength 5000
   */
  application?: string | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * An optional description of what the webhook is used for.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /** The list of events to enable for this endpoint. `['*']` indicates that all events are enabled, except those that require explicit selection. */
  enabled_events: string[];
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "webhook_endpoint";
  /**
   * The endpoint's secret, used to generate [webhook signatures](https://stripe.com/docs/webhooks/signatures). Only returned at creation.
   *
   * @maxLength 5000
   */
  secret?: string;
  /**
   * The status of the webhook. It can be `enabled` or `disabled`.
   *
   * @maxLength 5000
   */
  status: string;
  /**
   * The URL of the webhook endpoint.
   *
   * @maxLength 5000
   */
  url: string;
};
