import type { Application } from "./application.js";
import type { Customer } from "./customer.js";
import type { DeletedApplication } from "./deleted_application.js";
import type { DeletedCustomer } from "./deleted_customer.js";
import type { Subscription } from "./subscription.js";
import type { SubscriptionScheduleCurrentPhase } from "./subscription_schedule_current_phase.js";
import type { SubscriptionSchedulePhaseConfiguration } from "./subscription_schedule_phase_configuration.js";
import type { SubscriptionSchedulesResourceDefaultSettings } from "./subscription_schedules_resource_default_settings.js";
import type { TestHelpersTestClock } from "./test_helpers.test_clock.js";

/**
 * A subscription schedule allows you to create and manage the lifecycle of a subscription by predefining expected changes.
 *
 * Related guide: [Subscription schedules](https://stripe.com/docs/billing/subscriptions/subscription-schedules)
 *
 * @schema `subscription_schedule`
 */
export type SubscriptionSchedule = {
  /**
   * ID of the Connect Application that created the schedule.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  application?: string | Application | DeletedApplication | null;
  /**
   * Time at which the subscription schedule was canceled. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  canceled_at?: number | null;
  /**
   * Time at which the subscription schedule was completed. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  completed_at?: number | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Object representing the start and end dates for the current phase of the subscription schedule, if it is `active`. */
  current_phase?: SubscriptionScheduleCurrentPhase | null;
  /**
   * ID of the customer who owns the subscription schedule.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer: string | Customer | DeletedCustomer;
  default_settings: SubscriptionSchedulesResourceDefaultSettings;
  /** Behavior of the subscription schedule and underlying subscription when it ends. Possible values are `release` or `cancel` with the default being `release`. `release` will end the subscription schedule and keep the underlying subscription running.`cancel` will end the subscription schedule and cancel the underlying subscription. */
  end_behavior: "cancel" | "none" | "release" | "renew";
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "subscription_schedule";
  /** Configuration for the subscription schedule's phases. */
  phases: SubscriptionSchedulePhaseConfiguration[];
  /**
   * Time at which the subscription schedule was released. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  released_at?: number | null;
  /**
   * ID of the subscription once managed by the subscription schedule (if it is released).
   *
   * @maxLength 5000
   */
  released_subscription?: string | null;
  /** The present status of the subscription schedule. Possible values are `not_started`, `active`, `completed`, `released`, and `canceled`. You can read more about the different states in our [behavior guide](https://stripe.com/docs/billing/subscriptions/subscription-schedules). */
  status: "active" | "canceled" | "completed" | "not_started" | "released";
  /**
   * ID of the subscription managed by the subscription schedule.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  subscription?: string | Subscription | null;
  /**
   * ID of the test clock this subscription schedule belongs to.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  test_clock?: string | TestHelpersTestClock | null;
};
