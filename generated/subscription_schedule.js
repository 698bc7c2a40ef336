import {
  branchTests,
  branches,
  deeper,
  enter,
  entry,
  full,
  into,
  isArray,
  isInt,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import {
  bool,
  int,
  list,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  Application,
  checkApplication,
  testApplication,
} from "./application.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  DeletedApplication,
  checkDeletedApplication,
  testDeletedApplication,
} from "./deleted_application.js";
import {
  DeletedCustomer,
  checkDeletedCustomer,
  testDeletedCustomer,
} from "./deleted_customer.js";
import {
  Subscription,
  checkSubscription,
  testSubscription,
} from "./subscription.js";
import {
  SubscriptionScheduleCurrentPhase,
  checkSubscriptionScheduleCurrentPhase,
  testSubscriptionScheduleCurrentPhase,
} from "./subscription_schedule_current_phase.js";
import {
  SubscriptionSchedulePhaseConfiguration,
  checkSubscriptionSchedulePhaseConfiguration,
  testSubscriptionSchedulePhaseConfiguration,
} from "./subscription_schedule_phase_configuration.js";
import {
  SubscriptionSchedulesResourceDefaultSettings,
  checkSubscriptionSchedulesResourceDefaultSettings,
  testSubscriptionSchedulesResourceDefaultSettings,
} from "./subscription_schedules_resource_default_settings.js";
import {
  TestHelpersTestClock,
  checkTestHelpersTestClock,
  testTestHelpersTestClock,
} from "./test_helpers.test_clock.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["application", checkApplication, "application"],
  ["deleted_application", checkDeletedApplication, "application#deleted"],
]);
const d1 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e0 = /* @__PURE__ */ set(["cancel", "none", "release", "renew"]);
const e1 = /* @__PURE__ */ set(["subscription_schedule"]);
const e2 = /* @__PURE__ */ set([
  "active",
  "canceled",
  "completed",
  "not_started",
  "released",
]);
const k1 = /* @__PURE__ */ set([
  "application",
  "canceled_at",
  "completed_at",
  "created",
  "current_phase",
  "customer",
  "default_settings",
  "end_behavior",
  "id",
  "livemode",
  "metadata",
  "object",
  "phases",
  "released_at",
  "released_subscription",
  "status",
  "subscription",
  "test_clock",
]);
const d2 = /* @__PURE__ */ branchTests(() => [
  [testApplication, "application"],
  [testDeletedApplication, "application#deleted"],
]);
const d3 = /* @__PURE__ */ branchTests(() => [
  [testCustomer, "customer"],
  [testDeletedCustomer, "customer#deleted"],
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.application;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["application"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, d0, v0, ok, "application");
    } else {
      ok = wrongType(c, ["application"], "string | object", v0);
    }
  }
  const v1 = v.canceled_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["canceled_at"], "integer", v1);
    }
  }
  const v2 = v.completed_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["completed_at"], "integer", v2);
    }
  }
  const v3 = v.created;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["created"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["created"], "integer", v3);
    }
  }
  const v4 = v.current_phase;
  if (v4 !== undefined && v4 !== null) {
    ok = into(
      c,
      checkSubscriptionScheduleCurrentPhase,
      v4,
      ok,
      "current_phase",
    );
  }
  const v5 = v.customer;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["customer"], v5, ok);
  } else {
    if (typeof v5 === "string") {
      if (v5.length > 5000 && tooLong(v5, 5000)) {
        ok = longFail(c, ["customer"], 5000, v5);
      }
    } else if (isObject(v5)) {
      ok = into(c, d1, v5, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v5);
    }
  }
  const v6 = v.default_settings;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["default_settings"], v6, ok);
  } else {
    ok = into(
      c,
      checkSubscriptionSchedulesResourceDefaultSettings,
      v6,
      ok,
      "default_settings",
    );
  }
  const v7 = v.end_behavior;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["end_behavior"], v7, ok);
  } else {
    if (!e0.has(v7)) {
      ok = notInEnum(c, ["end_behavior"], e0, v7, ok);
    }
  }
  const v8 = v.id;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["id"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["id"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["id"], 5000, v8);
    }
  }
  const v9 = v.livemode;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["livemode"], v9, ok);
  } else {
    if (typeof v9 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v9);
    }
  }
  const v10 = v.metadata;
  if (v10 !== undefined && v10 !== null) {
    if (!isObject(v10)) {
      ok = wrongType(c, ["metadata"], "object", v10);
    } else {
      for (const k0 of Object.keys(v10)) {
        const v11 = entry(v10, k0);
        if (typeof v11 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v11);
        } else if (v11.length > 500 && tooLong(v11, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v11);
        }
      }
    }
  }
  const v12 = v.object;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["object"], v12, ok);
  } else {
    if (!e1.has(v12)) {
      ok = notInEnum(c, ["object"], e1, v12, ok);
    }
  }
  const v13 = v.phases;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["phases"], v13, ok);
  } else {
    if (!isArray(v13)) {
      ok = wrongType(c, ["phases"], "array", v13);
    } else {
      for (let i0 = 0; i0 < v13.length; i0++) {
        const v14 = v13[i0];
        ok = into(
          c,
          checkSubscriptionSchedulePhaseConfiguration,
          v14,
          ok,
          "phases",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v15 = v.released_at;
  if (v15 !== undefined && v15 !== null) {
    if (!isInt(v15)) {
      ok = wrongType(c, ["released_at"], "integer", v15);
    }
  }
  const v16 = v.released_subscription;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["released_subscription"], "string", v16);
    } else if (v16.length > 5000 && tooLong(v16, 5000)) {
      ok = longFail(c, ["released_subscription"], 5000, v16);
    }
  }
  const v17 = v.status;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["status"], v17, ok);
  } else {
    if (!e2.has(v17)) {
      ok = notInEnum(c, ["status"], e2, v17, ok);
    }
  }
  const v18 = v.subscription;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 === "string") {
      if (v18.length > 5000 && tooLong(v18, 5000)) {
        ok = longFail(c, ["subscription"], 5000, v18);
      }
    } else if (isObject(v18)) {
      ok = into(c, checkSubscription, v18, ok, "subscription");
    } else {
      ok = wrongType(c, ["subscription"], "string | object", v18);
    }
  }
  const v19 = v.test_clock;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) {
        ok = longFail(c, ["test_clock"], 5000, v19);
      }
    } else if (isObject(v19)) {
      ok = into(c, checkTestHelpersTestClock, v19, ok, "test_clock");
    } else {
      ok = wrongType(c, ["test_clock"], "string | object", v19);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.application;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) return false;
    } else if (isObject(v0)) {
      if (!d2(v0, c)) return false;
    } else {
      return false;
    }
  }
  const v1 = v.canceled_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.completed_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.current_phase;
  if (v4 !== undefined && v4 !== null) {
    if (!testSubscriptionScheduleCurrentPhase(v4, c)) return false;
  }
  const v5 = v.customer;
  if (v5 === undefined || v5 === null) return false;
  if (typeof v5 === "string") {
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  } else if (isObject(v5)) {
    if (!d3(v5, c)) return false;
  } else {
    return false;
  }
  const v6 = v.default_settings;
  if (!testSubscriptionSchedulesResourceDefaultSettings(v6, c)) return false;
  const v7 = v.end_behavior;
  if (!e0.has(v7)) return false;
  const v8 = v.id;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.livemode;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.metadata;
  if (v10 !== undefined && v10 !== null) {
    if (!isObject(v10)) return false;
    for (const k2 of Object.keys(v10)) {
      const v11 = entry(v10, k2);
      if (typeof v11 !== "string") return false;
      if (v11.length > 500 && tooLong(v11, 500)) return false;
    }
  }
  const v12 = v.object;
  if (v12 !== "subscription_schedule") return false;
  const v13 = v.phases;
  if (!isArray(v13)) return false;
  for (let i0 = 0; i0 < v13.length; i0++) {
    const v14 = v13[i0];
    if (!testSubscriptionSchedulePhaseConfiguration(v14, c)) return false;
  }
  const v15 = v.released_at;
  if (v15 !== undefined && v15 !== null) {
    if (!isInt(v15)) return false;
  }
  const v16 = v.released_subscription;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") return false;
    if (v16.length > 5000 && tooLong(v16, 5000)) return false;
  }
  const v17 = v.status;
  if (!e2.has(v17)) return false;
  const v18 = v.subscription;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 === "string") {
      if (v18.length > 5000 && tooLong(v18, 5000)) return false;
    } else if (isObject(v18)) {
      if (!testSubscription(v18, c)) return false;
    } else {
      return false;
    }
  }
  const v19 = v.test_clock;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) return false;
    } else if (isObject(v19)) {
      if (!testTestHelpersTestClock(v19, c)) return false;
    } else {
      return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    application: opt(
      nul(union(str(), ref(Application), ref(DeletedApplication))),
    ),
    canceled_at: opt(nul(int("unix-time"))),
    completed_at: opt(nul(int("unix-time"))),
    created: req(int("unix-time")),
    current_phase: opt(nul(ref(SubscriptionScheduleCurrentPhase))),
    customer: req(union(str(), ref(Customer), ref(DeletedCustomer))),
    default_settings: req(ref(SubscriptionSchedulesResourceDefaultSettings)),
    end_behavior: req(oneOf(e0)),
    id: req(str()),
    livemode: req(bool()),
    metadata: opt(nul(obj({}, str()))),
    object: req(oneOf(e1)),
    phases: req(list(ref(SubscriptionSchedulePhaseConfiguration))),
    released_at: opt(nul(int("unix-time"))),
    released_subscription: opt(nul(str())),
    status: req(oneOf(e2)),
    subscription: opt(nul(union(str(), ref(Subscription)))),
    test_clock: opt(nul(union(str(), ref(TestHelpersTestClock)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscription_schedule",
  branch: "subscription_schedule",
  check,
  test,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(test, input);
}

export {
  schema as SubscriptionSchedule,
  validateInput as validateSubscriptionSchedule,
  isValid as isSubscriptionSchedule,
  check as checkSubscriptionSchedule,
  test as testSubscriptionSchedule,
};
