/**
 * Value list items allow you to add specific values to a given Radar value list, which can then be used in rules.
 *
 * Related guide: [Managing list items](https://stripe.com/docs/radar/lists#managing-list-items)
 *
 * @schema `radar.value_list_item`
 */
export type RadarValueListItem = {
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * The name or email address of the user who added this item to the value list.
   *
   * @maxLength 5000
   */
  created_by: string;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "radar.value_list_item";
  /**
   * The value of the item.
   *
   * @maxLength 5000
   */
  value: string;
  /**
   * The identifier of the value list this item belongs to.
   *
   * @maxLength 5000
   */
  value_list: string;
};
