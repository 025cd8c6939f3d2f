import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  REVIEW_REQUEST,
  systemPrompt,
  taskMessage,
  userContentBlock
} from "./chunk-6Z5NSO4S.js";
import {
  AsyncBatchedStore,
  BaseCache,
  DeltaSnapshot,
  EXCLUDED_METADATA_KEYS,
  SCHEDULED,
  WRITES_IDX_MAP,
  compareChannelVersions,
  compareWritesSortKeys,
  copyCheckpoint,
  emptyCheckpoint,
  isDeltaSnapshot,
  maxChannelVersion,
  uuid5,
  uuid6,
  writesSortKey
} from "./chunk-3YCDVIGL.js";
import {
  ENVIRONMENT_NAME,
  TeamStopped,
  acceptProposal,
  applyProposal,
  assertEnvironmentName,
  checkedEnvironment,
  planProposal,
  rangeTotalText,
  rangedResources,
  renderPlanText,
  unifiedDiff,
  usageRangeLine,
  withDiff,
  withRetry
} from "./chunk-TYYCHZSP.js";
import {
  isMutatingTool
} from "./chunk-IT5BDKXA.js";
import "./chunk-ZFKA6KEF.js";
import {
  ChatModelStream,
  RunnablePassthrough
} from "./chunk-FBDHTAPN.js";
import {
  AIMessage,
  AIMessageChunk,
  AsyncLocalStorageProviderSingleton,
  BaseCallbackHandler,
  BaseMessage,
  BaseMessageChunk,
  CallbackManager,
  ChatMessage,
  FunctionMessage,
  Graph,
  HumanMessage,
  IterableReadableStream,
  RemoveMessage,
  Runnable,
  RunnableBinding,
  RunnableSequence,
  SystemMessage,
  ToolMessage,
  _coerceToRunnable,
  coerceMessageLikeToMessage,
  ensureHandler,
  extendInteropZodObject,
  getInteropZodDefaultGetter,
  getInteropZodObjectShape,
  getSchemaDescription,
  interopParse,
  interopZodObjectPartial,
  isBaseMessage,
  isBaseMessageChunk,
  isInteropZodObject,
  isInteropZodSchema,
  isToolMessage,
  isZodSchemaV3,
  mapChatMessagesToStoredMessages,
  mapStoredMessagesToChatMessages,
  mergeConfigs,
  patchConfig,
  toJsonSchema,
  tool,
  v4,
  validate
} from "./chunk-NSTQIHN3.js";
import {
  external_exports as external_exports2
} from "./chunk-MTZZQDVO.js";
import {
  external_exports
} from "./chunk-DSOI4Y75.js";
import "./chunk-YEAFAQKE.js";
import {
  PlagenticError
} from "./chunk-WMOPTJPP.js";
import "./chunk-7W3TKOHO.js";
import "./chunk-TXMSPRBW.js";

// node_modules/@langchain/langgraph/dist/node.js
import { AsyncLocalStorage } from "node:async_hooks";
function initializeAsyncLocalStorageSingleton() {
  AsyncLocalStorageProviderSingleton.initializeGlobalInstance(new AsyncLocalStorage());
}

// node_modules/@langchain/langgraph/dist/pregel/utils/timeout.js
function _coerceTimeoutMs(value, field) {
  if (value === void 0 || value === null) return;
  if (typeof value !== "number" || Number.isNaN(value) || value <= 0) throw new Error(`${field} must be greater than 0`);
  return value;
}
function coerceTimeoutPolicy(value) {
  if (value === void 0 || value === null) return;
  const policy = typeof value === "number" ? { runTimeout: value } : value;
  const refreshOn = policy.refreshOn ?? "auto";
  if (refreshOn !== "auto" && refreshOn !== "heartbeat") throw new Error('refreshOn must be "auto" or "heartbeat"');
  const runTimeout = _coerceTimeoutMs(policy.runTimeout, "runTimeout");
  const idleTimeout = _coerceTimeoutMs(policy.idleTimeout, "idleTimeout");
  if (runTimeout === void 0 && idleTimeout === void 0) return;
  return {
    runTimeout,
    idleTimeout,
    refreshOn
  };
}

// node_modules/@langchain/langgraph/dist/constants.js
var START = "__start__";
var END = "__end__";
var INPUT = "__input__";
var ERROR = "__error__";
var ERROR_SOURCE_NODE = "__error_source_node__";
var CACHE_NS_WRITES = "__pregel_ns_writes";
function getDeltaMaxSuperstepsSinceSnapshot() {
  const raw = typeof process !== "undefined" ? process.env?.LANGGRAPH_DELTA_MAX_SUPERSTEPS_SINCE_SNAPSHOT : void 0;
  if (raw !== void 0 && raw !== "") {
    const parsed = Number.parseInt(raw, 10);
    if (Number.isFinite(parsed) && parsed > 0) return parsed;
  }
  return 5e3;
}
var CONFIG_KEY_SEND = "__pregel_send";
var CONFIG_KEY_CALL = "__pregel_call";
var CONFIG_KEY_READ = "__pregel_read";
var CONFIG_KEY_CHECKPOINTER = "__pregel_checkpointer";
var CONFIG_KEY_RESUMING = "__pregel_resuming";
var CONFIG_KEY_TASK_ID = "__pregel_task_id";
var CONFIG_KEY_STREAM = "__pregel_stream";
var CONFIG_KEY_RESUME_VALUE = "__pregel_resume_value";
var CONFIG_KEY_RESUME_MAP = "__pregel_resume_map";
var CONFIG_KEY_SCRATCHPAD = "__pregel_scratchpad";
var CONFIG_KEY_PREVIOUS_STATE = "__pregel_previous";
var CONFIG_KEY_DURABILITY = "__pregel_durability";
var CONFIG_KEY_CHECKPOINT_ID = "checkpoint_id";
var CONFIG_KEY_CHECKPOINT_NS = "checkpoint_ns";
var CONFIG_KEY_NODE_FINISHED = "__pregel_node_finished";
var CONFIG_KEY_NODE_ERROR = "__pregel_node_error";
var CONFIG_KEY_CHECKPOINT_MAP = "checkpoint_map";
var CONFIG_KEY_REPLAY_STATE = "__pregel_replay_state";
var CONFIG_KEY_ABORT_SIGNALS = "__pregel_abort_signals";
var INTERRUPT = "__interrupt__";
var RESUME = "__resume__";
var NO_WRITES = "__no_writes__";
function isTaskOutput(channel) {
  return channel !== "__error__" && channel !== "__error_source_node__" && channel !== "__interrupt__" && channel !== "__resume__";
}
var SNAPSHOT_BUMPS = "__snapshot_bumps__";
var RETURN = "__return__";
var PREVIOUS = "__previous__";
var TAG_HIDDEN = "langsmith:hidden";
var SELF = "__self__";
var TASKS = "__pregel_tasks";
var PUSH = "__pregel_push";
var PULL = "__pregel_pull";
var NULL_TASK_ID = "00000000-0000-0000-0000-000000000000";
var EXIT_DELTA_NULL_TASK_ID = "00000000-0000-0000-0000-000000000001";
var RESERVED = [
  TAG_HIDDEN,
  INPUT,
  INTERRUPT,
  RESUME,
  ERROR,
  ERROR_SOURCE_NODE,
  NO_WRITES,
  SNAPSHOT_BUMPS,
  CONFIG_KEY_SEND,
  CONFIG_KEY_READ,
  CONFIG_KEY_CHECKPOINTER,
  CONFIG_KEY_DURABILITY,
  CONFIG_KEY_STREAM,
  CONFIG_KEY_RESUMING,
  CONFIG_KEY_TASK_ID,
  CONFIG_KEY_CALL,
  CONFIG_KEY_RESUME_VALUE,
  CONFIG_KEY_SCRATCHPAD,
  CONFIG_KEY_PREVIOUS_STATE,
  CONFIG_KEY_CHECKPOINT_MAP,
  CONFIG_KEY_CHECKPOINT_NS,
  CONFIG_KEY_CHECKPOINT_ID,
  CONFIG_KEY_REPLAY_STATE
];
var COMMAND_SYMBOL = /* @__PURE__ */ Symbol.for("langgraph.command");
var CommandInstance = class {
  [COMMAND_SYMBOL];
  constructor(args) {
    this[COMMAND_SYMBOL] = args;
  }
};
function _isSendInterface(x) {
  const operation = x;
  return operation !== null && operation !== void 0 && typeof operation.node === "string" && operation.args !== void 0;
}
var Send = class {
  lg_name = "Send";
  node;
  args;
  /**
  * Optional per-task timeout policy that overrides the target node's timeout
  * for this specific pushed task. A bare number is treated as a hard
  * `runTimeout` (in milliseconds).
  */
  timeout;
  constructor(node, args, options) {
    this.node = node;
    this.args = _deserializeCommandSendObjectGraph(args);
    this.timeout = coerceTimeoutPolicy(options?.timeout);
  }
  toJSON() {
    return {
      lg_name: this.lg_name,
      node: this.node,
      args: this.args,
      timeout: this.timeout
    };
  }
};
function _isSend(x) {
  return x instanceof Send;
}
var OVERWRITE = "__overwrite__";
var Overwrite = class {
  lg_name = "Overwrite";
  [OVERWRITE];
  constructor(value) {
    this[OVERWRITE] = value;
  }
  get value() {
    return this[OVERWRITE];
  }
  toJSON() {
    return { [OVERWRITE]: this[OVERWRITE] };
  }
  static isInstance(value) {
    if (!value || typeof value !== "object") return false;
    if ("__overwrite__" in value) return true;
    if ("lg_name" in value && value.lg_name === "Overwrite") return true;
    return false;
  }
};
function _getOverwriteValue(value) {
  if (typeof value === "object" && value !== null) {
    if ("__overwrite__" in value) return [true, value[OVERWRITE]];
    const rec = value;
    if (rec.type === "__overwrite__" && "value" in rec) return [true, rec.value];
  }
  return [false, void 0];
}
function _isOverwriteValue(value) {
  return _getOverwriteValue(value)[0];
}
function isInterrupted(values) {
  if (!values || typeof values !== "object") return false;
  if (!("__interrupt__" in values)) return false;
  return Array.isArray(values[INTERRUPT]);
}
var Command = class extends CommandInstance {
  lg_name = "Command";
  lc_direct_tool_output = true;
  /**
  * Graph to send the command to. Supported values are:
  *   - None: the current graph (default)
  *   - The specific name of the graph to send the command to
  *   - {@link Command.PARENT}: closest parent graph (only supported when returned from a node in a subgraph)
  */
  graph;
  /**
  * Update to apply to the graph's state as a result of executing the node that is returning the command.
  * Written to the state as if the node had simply returned this value instead of the Command object.
  */
  update;
  /**
  * Value to resume execution with. To be used together with {@link interrupt}.
  */
  resume;
  /**
  * Can be one of the following:
  *   - name of the node to navigate to next (any node that belongs to the specified `graph`)
  *   - sequence of node names to navigate to next
  *   - {@link Send} object (to execute a node with the exact input provided in the {@link Send} object)
  *   - sequence of {@link Send} objects
  */
  goto = [];
  static PARENT = "__parent__";
  constructor(args) {
    super(args);
    this.resume = args.resume;
    this.graph = args.graph;
    this.update = args.update;
    if (args.goto) this.goto = Array.isArray(args.goto) ? _deserializeCommandSendObjectGraph(args.goto) : [_deserializeCommandSendObjectGraph(args.goto)];
  }
  /**
  * Convert the update field to a list of {@link PendingWrite} tuples
  * @returns List of {@link PendingWrite} tuples of the form `[channelKey, value]`.
  * @internal
  */
  _updateAsTuples() {
    if (this.update && typeof this.update === "object" && !Array.isArray(this.update)) return Object.entries(this.update);
    else if (Array.isArray(this.update) && this.update.every((t) => Array.isArray(t) && t.length === 2 && typeof t[0] === "string")) return this.update;
    else return [["__root__", this.update]];
  }
  toJSON() {
    let serializedGoto;
    if (typeof this.goto === "string") serializedGoto = this.goto;
    else if (_isSend(this.goto)) serializedGoto = this.goto.toJSON();
    else serializedGoto = this.goto?.map((innerGoto) => {
      if (typeof innerGoto === "string") return innerGoto;
      else return innerGoto.toJSON();
    });
    return {
      lg_name: this.lg_name,
      update: this.update,
      resume: this.resume,
      goto: serializedGoto
    };
  }
};
function isCommand(x) {
  if (typeof x !== "object") return false;
  if (x === null || x === void 0) return false;
  if (!isPlainObject(x) && "lg_name" in x && x.lg_name === "Command") return true;
  return false;
}
function isPlainObject(value) {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
function _deserializeCommandSendObjectGraph(x, seen = /* @__PURE__ */ new Map()) {
  if (x !== void 0 && x !== null && typeof x === "object") {
    if (seen.has(x)) return seen.get(x);
    let result;
    if (Array.isArray(x)) {
      result = [];
      seen.set(x, result);
      x.forEach((item, index) => {
        result[index] = _deserializeCommandSendObjectGraph(item, seen);
      });
    } else if (x instanceof Command || x instanceof Send || !isPlainObject(x)) {
      result = x;
      seen.set(x, result);
    } else if ("lg_name" in x && x.lg_name === "Command") {
      result = new Command(x);
      seen.set(x, result);
    } else if (_isSendInterface(x)) {
      result = new Send(x.node, x.args, x.timeout !== void 0 ? { timeout: x.timeout } : void 0);
      seen.set(x, result);
    } else if ("lc_serializable" in x && x.lc_serializable) {
      result = x;
      seen.set(x, result);
    } else {
      result = {};
      seen.set(x, result);
      for (const [key, value] of Object.entries(x)) result[key] = _deserializeCommandSendObjectGraph(value, seen);
    }
    return result;
  }
  return x;
}

// node_modules/@langchain/langgraph/dist/errors.js
var BaseLangGraphError = class extends Error {
  lc_error_code;
  constructor(message, fields) {
    let finalMessage = message ?? "";
    if (fields?.lc_error_code) finalMessage = `${finalMessage}

Troubleshooting URL: https://docs.langchain.com/oss/javascript/langgraph/${fields.lc_error_code}/
`;
    super(finalMessage);
    this.lc_error_code = fields?.lc_error_code;
  }
};
var GraphBubbleUp = class extends BaseLangGraphError {
  get is_bubble_up() {
    return true;
  }
};
var GraphRecursionError = class extends BaseLangGraphError {
  constructor(message, fields) {
    super(message, fields);
    this.name = "GraphRecursionError";
  }
  static get unminifiable_name() {
    return "GraphRecursionError";
  }
};
var GraphValueError = class extends BaseLangGraphError {
  constructor(message, fields) {
    super(message, fields);
    this.name = "GraphValueError";
  }
  static get unminifiable_name() {
    return "GraphValueError";
  }
};
var GraphDrained = class extends GraphBubbleUp {
  reason;
  constructor(reason = "shutdown", fields) {
    super(`Graph drained: ${reason}`, fields);
    this.name = "GraphDrained";
    this.reason = reason;
  }
  static get unminifiable_name() {
    return "GraphDrained";
  }
};
function isGraphDrained(e) {
  return e !== void 0 && e.name === GraphDrained.unminifiable_name;
}
var GraphInterrupt = class extends GraphBubbleUp {
  interrupts;
  constructor(interrupts, fields) {
    super(JSON.stringify(interrupts, null, 2), fields);
    this.name = "GraphInterrupt";
    this.interrupts = interrupts ?? [];
  }
  static get unminifiable_name() {
    return "GraphInterrupt";
  }
};
var NodeInterrupt = class extends GraphInterrupt {
  constructor(message, fields) {
    super([{ value: message }], fields);
    this.name = "NodeInterrupt";
  }
  static get unminifiable_name() {
    return "NodeInterrupt";
  }
};
var NodeError = class {
  /** Name of the node whose execution failed. */
  node;
  /** Error thrown by the failed node. */
  error;
  constructor(node, error) {
    this.node = node;
    this.error = error;
  }
  static get unminifiable_name() {
    return "NodeError";
  }
};
var ParentCommand = class extends GraphBubbleUp {
  command;
  constructor(command) {
    super();
    this.name = "ParentCommand";
    this.command = command;
  }
  static get unminifiable_name() {
    return "ParentCommand";
  }
};
function isParentCommand(e) {
  return e !== void 0 && e.name === ParentCommand.unminifiable_name;
}
function isGraphBubbleUp(e) {
  return e !== void 0 && e.is_bubble_up === true;
}
var INVALID_RESUME = /* @__PURE__ */ Symbol.for("langgraph.invalid_resume");
function _markInvalidResume(error) {
  if (typeof error === "object" && error !== null) Object.defineProperty(error, INVALID_RESUME, { value: true });
}
function isInvalidResume(error) {
  let current = error;
  for (let depth = 0; depth < 10; depth += 1) {
    if (typeof current !== "object" || current === null) return false;
    if (current[INVALID_RESUME] === true) return true;
    current = current.cause;
  }
  return false;
}
function isGraphInterrupt(e) {
  return e !== void 0 && [GraphInterrupt.unminifiable_name, NodeInterrupt.unminifiable_name].includes(e.name);
}
var NodeTimeoutError = class extends BaseLangGraphError {
  /** Name of the node/task that timed out. */
  node;
  /** Which timeout fired: a hard `"run"` cap or a progress-resetting `"idle"` cap. */
  kind;
  /** The value (ms) of the timeout that fired (`runTimeout` or `idleTimeout`). */
  timeout;
  /** Elapsed time (ms) since the attempt started, at the moment the timeout fired. */
  elapsed;
  /** Configured run timeout (ms), if any. */
  runTimeout;
  /** Configured idle timeout (ms), if any. */
  idleTimeout;
  constructor(fields, errorFields) {
    const { node, elapsed, kind, runTimeout, idleTimeout } = fields;
    let message;
    let timeout;
    if (kind === "idle") {
      if (idleTimeout === void 0) throw new Error("idleTimeout is required when kind='idle'");
      timeout = idleTimeout;
      message = `Node "${node}" exceeded its idle timeout of ${idleTimeout}ms without making progress (elapsed: ${elapsed}ms).`;
    } else {
      if (runTimeout === void 0) throw new Error("runTimeout is required when kind='run'");
      timeout = runTimeout;
      message = `Node "${node}" exceeded its run timeout of ${runTimeout}ms (elapsed: ${elapsed}ms).`;
    }
    super(message, errorFields);
    this.name = "NodeTimeoutError";
    this.node = node;
    this.kind = kind;
    this.timeout = timeout;
    this.elapsed = elapsed;
    this.runTimeout = runTimeout;
    this.idleTimeout = idleTimeout;
  }
  static get unminifiable_name() {
    return "NodeTimeoutError";
  }
};
var EmptyInputError = class extends BaseLangGraphError {
  constructor(message, fields) {
    super(message, fields);
    this.name = "EmptyInputError";
  }
  static get unminifiable_name() {
    return "EmptyInputError";
  }
};
var UnknownInterruptError = class extends BaseLangGraphError {
  reason;
  interruptIds;
  pendingIds;
  constructor(message, fields) {
    super(message, fields);
    this.name = "UnknownInterruptError";
    this.reason = fields.reason;
    this.interruptIds = fields.interruptIds ?? [];
    this.pendingIds = fields.pendingIds ?? [];
  }
  static get unminifiable_name() {
    return "UnknownInterruptError";
  }
};
var EmptyChannelError = class extends BaseLangGraphError {
  constructor(message, fields) {
    const prevLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message, fields);
    Error.stackTraceLimit = prevLimit;
    this.name = "EmptyChannelError";
  }
  static get unminifiable_name() {
    return "EmptyChannelError";
  }
};
var InvalidUpdateError = class extends BaseLangGraphError {
  constructor(message, fields) {
    super(message, fields);
    this.name = "InvalidUpdateError";
  }
  static get unminifiable_name() {
    return "InvalidUpdateError";
  }
};
var UnreachableNodeError = class extends BaseLangGraphError {
  constructor(message, fields) {
    super(message, fields);
    this.name = "UnreachableNodeError";
  }
  static get unminifiable_name() {
    return "UnreachableNodeError";
  }
};
var StateGraphInputError = class extends BaseLangGraphError {
  /**
  * Create a new StateGraphInputError.
  * @param message - Optional custom error message.
  * @param fields - Optional additional error fields.
  */
  constructor(message, fields) {
    super(message, fields);
    this.name = "StateGraphInputError";
    this.message = "Invalid StateGraph input. Make sure to pass a valid StateDefinition, Annotation.Root, or Zod schema.";
  }
  /**
  * The unminifiable (static, human-readable) error name for this error class.
  */
  static get unminifiable_name() {
    return "StateGraphInputError";
  }
};

// node_modules/@langchain/langgraph/dist/channels/base.js
var STRUCTURED_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isDeltaChannel(channel) {
  return channel != null && channel.lc_graph_name === "DeltaChannel";
}
function deltaChannelWrites(channels, writes) {
  return writes.filter(([ch]) => isDeltaChannel(channels[String(ch)]));
}
function isBaseChannel(obj) {
  return obj != null && obj.lg_is_channel === true;
}
var BaseChannel = class {
  ValueType;
  UpdateType;
  /** @ignore */
  lg_is_channel = true;
  /**
  * Mark the current value of the channel as consumed. By default, no-op.
  * A channel can use this method to modify its state, preventing the value
  * from being consumed again.
  *
  * Returns True if the channel was updated, False otherwise.
  */
  consume() {
    return false;
  }
  /**
  * Notify the channel that the Pregel run is finishing. By default, no-op.
  * A channel can use this method to modify its state, preventing finish.
  *
  * Returns True if the channel was updated, False otherwise.
  */
  finish() {
    return false;
  }
  /**
  * Return True if the channel is available (not empty), False otherwise.
  * Subclasses should override this method to provide a more efficient
  * implementation than calling get() and catching EmptyChannelError.
  */
  isAvailable() {
    try {
      this.get();
      return true;
    } catch (error) {
      if (error.name === EmptyChannelError.unminifiable_name) return false;
      throw error;
    }
  }
  /**
  * Compare this channel with another channel for equality.
  * Used to determine if two channels with the same key are semantically equivalent.
  * Subclasses should override this method to provide a meaningful comparison.
  *
  * @param {BaseChannel} other - The other channel to compare with.
  * @returns {boolean} True if the channels are equal, false otherwise.
  */
  equals(other) {
    return this === other;
  }
};
var IS_ONLY_BASE_CHANNEL = /* @__PURE__ */ Symbol.for("LG_IS_ONLY_BASE_CHANNEL");
function getOnlyChannels(channels) {
  if (channels[IS_ONLY_BASE_CHANNEL] === true) return channels;
  const newChannels = {};
  for (const k in channels) {
    if (!Object.prototype.hasOwnProperty.call(channels, k)) continue;
    const value = channels[k];
    if (isBaseChannel(value)) newChannels[k] = value;
  }
  Object.assign(newChannels, { [IS_ONLY_BASE_CHANNEL]: true });
  return newChannels;
}
function emptyChannels(channels, checkpoint) {
  const filteredChannels = getOnlyChannels(channels);
  const newChannels = {};
  for (const k in filteredChannels) {
    if (!Object.prototype.hasOwnProperty.call(filteredChannels, k)) continue;
    const channelValue = checkpoint.channel_values[k];
    newChannels[k] = filteredChannels[k].fromCheckpoint(channelValue);
  }
  Object.assign(newChannels, { [IS_ONLY_BASE_CHANNEL]: true });
  return newChannels;
}
function exitDeltaTaskId(step, taskId) {
  if (!STRUCTURED_UUID.test(taskId)) throw new TypeError(`Invalid task id for exit delta: ${taskId}`);
  const parts = taskId.toLowerCase().split("-");
  const synthetic = `${String(step).padStart(8, "0")}-${parts[1]}-${parts[2]}-${parts[3]}-${parts[4]}`;
  return synthetic === "00000000-0000-0000-0000-000000000000" ? EXIT_DELTA_NULL_TASK_ID : synthetic;
}
function exitDeltaLateTaskId(step, taskId) {
  if (!STRUCTURED_UUID.test(taskId)) throw new TypeError(`Invalid task id for exit delta: ${taskId}`);
  const parts = taskId.toLowerCase().split("-");
  return `ffffffff-${(step >> 16).toString(16).padStart(4, "0")}-${(step & 65535).toString(16).padStart(4, "0")}-${parts[3]}-${parts[4]}`;
}
function deltaChannelsWithPendingWrites(channels, pendingWrites) {
  const result = /* @__PURE__ */ new Set();
  if (pendingWrites === void 0) return result;
  for (const [, ch] of pendingWrites) {
    const channel = channels[ch];
    if (channel != null && isDeltaChannel(channel)) result.add(ch);
  }
  return result;
}
function deltaChannelsToSnapshot(channels, countersSinceDeltaSnapshot, channelVersions) {
  const result = /* @__PURE__ */ new Set();
  for (const name in channels) {
    if (!Object.prototype.hasOwnProperty.call(channels, name)) continue;
    const ch = channels[name];
    if (!isDeltaChannel(ch) || !ch.isAvailable() || channelVersions !== void 0 && channelVersions[name] === void 0) continue;
    if (reachedSnapshotBound(ch, countersSinceDeltaSnapshot[name])) result.add(name);
  }
  return result;
}
function reachedSnapshotBound(channel, counters) {
  const [updates, supersteps] = counters ?? [0, 0];
  return updates >= channel.snapshotFrequency || supersteps >= getDeltaMaxSuperstepsSinceSnapshot();
}
function createCheckpoint(checkpoint, channels, step, options) {
  const channelsToSnapshot = options?.channelsToSnapshot ?? /* @__PURE__ */ new Set();
  const { storedVersions, getNextVersion } = options ?? {};
  const bumped = {};
  let values;
  let channelVersions = checkpoint.channel_versions;
  if (channels === void 0) values = checkpoint.channel_values;
  else {
    values = {};
    channelVersions = { ...checkpoint.channel_versions };
    for (const k in channels) {
      if (!Object.prototype.hasOwnProperty.call(channels, k)) continue;
      const channel = channels[k];
      if (channelsToSnapshot.has(k)) {
        if (getNextVersion !== void 0 && storedVersions !== void 0 && channelVersions[k] === storedVersions[k]) {
          const old = channelVersions[k];
          channelVersions[k] = getNextVersion(old);
          bumped[k] = [old, channelVersions[k]];
        }
        values[k] = new DeltaSnapshot(channel.get());
        continue;
      }
      if (isDeltaChannel(channel)) continue;
      try {
        values[k] = channel.checkpoint();
      } catch (error) {
        if (error.name === EmptyChannelError.unminifiable_name) {
        } else throw error;
      }
    }
  }
  return {
    v: 4,
    id: options?.id ?? uuid6(step),
    ts: (/* @__PURE__ */ new Date()).toISOString(),
    channel_values: values,
    channel_versions: channelVersions,
    versions_seen: markBumpsSeen(checkpoint.versions_seen, bumped, options?.triggerToNodes)
  };
}
function markBumpsSeen(versionsSeen, bumped, triggerToNodes = {}) {
  if (Object.keys(bumped).length === 0) return versionsSeen;
  const out = { ...versionsSeen };
  for (const [k, [old]] of Object.entries(bumped)) {
    if (old !== void 0) continue;
    for (const node of triggerToNodes[k] ?? []) out[node] ??= {};
  }
  const marks = { ...versionsSeen[SNAPSHOT_BUMPS] };
  for (const node in out) {
    if (!Object.prototype.hasOwnProperty.call(out, node) || node === "__snapshot_bumps__") continue;
    for (const [k, [old, next]] of Object.entries(bumped)) {
      if (out[node][k] !== old) continue;
      const [advanced, read] = bumpKeys(node, k);
      if (old !== void 0 && marks[advanced] !== old) marks[read] = old;
      marks[advanced] = next;
      out[node] = {
        ...out[node],
        [k]: next
      };
    }
  }
  if (Object.keys(marks).length > 0) out[SNAPSHOT_BUMPS] = marks;
  return out;
}
var bumpKeys = (node, channel) => [`${node}|${channel}`, `${node}:${channel}`];
function versionsSeenWithoutBumps(versionsSeen) {
  const marks = versionsSeen[SNAPSHOT_BUMPS];
  if (marks === void 0 || Object.keys(marks).length === 0) return versionsSeen;
  const out = {};
  for (const node in versionsSeen) {
    if (!Object.prototype.hasOwnProperty.call(versionsSeen, node) || node === "__snapshot_bumps__") continue;
    out[node] = {};
    for (const [k, v] of Object.entries(versionsSeen[node])) {
      const [advanced, read] = bumpKeys(node, k);
      if (marks[advanced] !== v) out[node][k] = v;
      else if (read in marks) out[node][k] = marks[read];
    }
  }
  return out;
}
var DELTA_WRITES_VERSIONED = "delta_writes_versioned";
function isDeltaWritesVersioned(metadata) {
  return metadata?.[DELTA_WRITES_VERSIONED] === true;
}
function deltaChannelsToReplay(specs, checkpoint, versionedOnly) {
  const keys = [];
  for (const k in specs) {
    if (!Object.prototype.hasOwnProperty.call(specs, k)) continue;
    if (Object.prototype.hasOwnProperty.call(checkpoint.channel_values, k)) continue;
    const versioned = checkpoint.channel_versions[k] !== void 0;
    if (isDeltaChannel(specs[k]) && (versioned || !versionedOnly) || specs[k].lc_graph_name === "BinaryOperatorAggregate" && versioned) keys.push(k);
  }
  return keys;
}
async function channelsFromCheckpoint(specs, checkpoint, options) {
  const channels = emptyChannels(specs, checkpoint);
  const { saver, config } = options ?? {};
  const filteredSpecs = getOnlyChannels(specs);
  const deltaKeys = deltaChannelsToReplay(filteredSpecs, checkpoint, options?.deltaWritesVersioned ?? false);
  const written = deltaKeys.filter((k) => checkpoint.channel_versions[k] !== void 0);
  if ((saver === void 0 || config === void 0) && written.length > 0) throw new Error(`DeltaChannel ${written.join(", ")} has history to replay but no checkpointer or config was passed to read it`);
  if (deltaKeys.length === 0 || saver === void 0 || config === void 0) return channels;
  const histories = await saver.getDeltaChannelHistory({
    config,
    channels: deltaKeys
  });
  for (const k of deltaKeys) {
    const history = histories[k];
    if (history === void 0) continue;
    const replayCh = filteredSpecs[k].fromCheckpoint(history.seed);
    if (isDeltaChannel(replayCh)) replayCh.replayWrites(history.writes);
    else for (const [, , value] of history.writes) replayCh.update([value]);
    channels[k] = replayCh;
  }
  return channels;
}

// node_modules/@langchain/langgraph/dist/channels/binop.js
var isBinaryOperatorAggregate = (value) => {
  return value != null && value.lc_graph_name === "BinaryOperatorAggregate";
};
var BinaryOperatorAggregate = class BinaryOperatorAggregate2 extends BaseChannel {
  lc_graph_name = "BinaryOperatorAggregate";
  value;
  operator;
  initialValueFactory;
  constructor(operator, initialValueFactory) {
    super();
    this.operator = operator;
    this.initialValueFactory = initialValueFactory;
    this.value = initialValueFactory?.();
  }
  fromCheckpoint(checkpoint) {
    const empty = new BinaryOperatorAggregate2(this.operator, this.initialValueFactory);
    if (typeof checkpoint !== "undefined") empty.value = isDeltaSnapshot(checkpoint) ? checkpoint.value : checkpoint;
    return empty;
  }
  update(values) {
    let newValues = values;
    if (!newValues.length) return false;
    if (this.value === void 0) {
      const first = newValues[0];
      const [isOverwrite, overwriteVal] = _getOverwriteValue(first);
      if (isOverwrite) this.value = overwriteVal;
      else this.value = first;
      newValues = newValues.slice(1);
    }
    let seenOverwrite = false;
    for (const incoming of newValues) if (_isOverwriteValue(incoming)) {
      if (seenOverwrite) throw new InvalidUpdateError("Can receive only one Overwrite value per step.");
      const [, val] = _getOverwriteValue(incoming);
      this.value = val;
      seenOverwrite = true;
      continue;
    } else if (!seenOverwrite && this.value !== void 0) this.value = this.operator(this.value, incoming);
    return true;
  }
  get() {
    if (this.value === void 0) throw new EmptyChannelError();
    return this.value;
  }
  checkpoint() {
    if (this.value === void 0) throw new EmptyChannelError();
    return this.value;
  }
  isAvailable() {
    return this.value !== void 0;
  }
  /**
  * Compare this channel with another channel for equality.
  * Two BinaryOperatorAggregate channels are equal if they have the same operator function.
  * This follows the Python implementation which compares operator references.
  */
  equals(other) {
    if (this === other) return true;
    if (!isBinaryOperatorAggregate(other)) return false;
    return this.operator === other.operator;
  }
};

// node_modules/@langchain/langgraph/dist/channels/last_value.js
var LastValue = class LastValue2 extends BaseChannel {
  lc_graph_name = "LastValue";
  value = [];
  constructor(initialValueFactory) {
    super();
    this.initialValueFactory = initialValueFactory;
    if (initialValueFactory) this.value = [initialValueFactory()];
  }
  fromCheckpoint(checkpoint) {
    const empty = new LastValue2(this.initialValueFactory);
    if (typeof checkpoint !== "undefined") empty.value = [checkpoint];
    return empty;
  }
  update(values) {
    if (values.length === 0) return false;
    if (values.length !== 1) throw new InvalidUpdateError("LastValue can only receive one value per step.", { lc_error_code: "INVALID_CONCURRENT_GRAPH_UPDATE" });
    this.value = [values[values.length - 1]];
    return true;
  }
  get() {
    if (this.value.length === 0) throw new EmptyChannelError();
    return this.value[0];
  }
  checkpoint() {
    if (this.value.length === 0) throw new EmptyChannelError();
    return this.value[0];
  }
  isAvailable() {
    return this.value.length !== 0;
  }
};
var LastValueAfterFinish = class LastValueAfterFinish2 extends BaseChannel {
  lc_graph_name = "LastValueAfterFinish";
  value = [];
  finished = false;
  fromCheckpoint(checkpoint) {
    const empty = new LastValueAfterFinish2();
    if (typeof checkpoint !== "undefined") {
      const [value, finished] = checkpoint;
      empty.value = [value];
      empty.finished = finished;
    }
    return empty;
  }
  update(values) {
    if (values.length === 0) return false;
    this.finished = false;
    this.value = [values[values.length - 1]];
    return true;
  }
  get() {
    if (this.value.length === 0 || !this.finished) throw new EmptyChannelError();
    return this.value[0];
  }
  checkpoint() {
    if (this.value.length === 0) return void 0;
    return [this.value[0], this.finished];
  }
  consume() {
    if (this.finished) {
      this.finished = false;
      this.value = [];
      return true;
    }
    return false;
  }
  finish() {
    if (!this.finished && this.value.length > 0) {
      this.finished = true;
      return true;
    }
    return false;
  }
  isAvailable() {
    return this.value.length !== 0 && this.finished;
  }
};

// node_modules/@langchain/langgraph/dist/graph/annotation.js
var AnnotationRoot = class {
  lc_graph_name = "AnnotationRoot";
  spec;
  constructor(s) {
    this.spec = s;
  }
  static isInstance(value) {
    return typeof value === "object" && value !== null && "lc_graph_name" in value && value.lc_graph_name === "AnnotationRoot";
  }
};
var Annotation = function(annotation) {
  if (annotation) return getChannel(annotation);
  else return new LastValue();
};
Annotation.Root = (sd) => new AnnotationRoot(sd);
function getChannel(reducer) {
  if (typeof reducer === "object" && reducer && "reducer" in reducer && reducer.reducer) return new BinaryOperatorAggregate(reducer.reducer, reducer.default);
  if (typeof reducer === "object" && reducer && "value" in reducer && reducer.value) return new BinaryOperatorAggregate(reducer.value, reducer.default);
  return new LastValue();
}

// node_modules/@langchain/langgraph/dist/pregel/utils/config.js
var COPIABLE_KEYS = [
  "tags",
  "metadata",
  "callbacks",
  "configurable"
];
var CONFIG_KEYS = [
  "tags",
  "metadata",
  "callbacks",
  "runName",
  "maxConcurrency",
  "recursionLimit",
  "configurable",
  "runId",
  "outputKeys",
  "streamMode",
  "store",
  "writer",
  "interrupt",
  "context",
  "interruptBefore",
  "interruptAfter",
  "checkpointDuring",
  "durability",
  "signal",
  "heartbeat",
  "executionInfo",
  "serverInfo",
  "control"
];
var DEFAULT_RECURSION_LIMIT = 25;
var PROPAGATE_TO_METADATA = /* @__PURE__ */ new Set([
  "thread_id",
  "checkpoint_id",
  "checkpoint_ns",
  "task_id",
  "run_id",
  "assistant_id",
  "graph_id"
]);
function propagateConfigurableToMetadata(configurable, metadata) {
  if (!configurable) return metadata;
  const result = metadata ?? {};
  for (const key of PROPAGATE_TO_METADATA) {
    if (key in result) continue;
    const value = configurable[key];
    if (value !== void 0) result[key] = value;
  }
  return result;
}
function filterToUserTags(tags) {
  if (tags == null || tags.length === 0) return void 0;
  const filtered = tags.filter((tag) => !tag.startsWith("seq:step"));
  return filtered.length > 0 ? filtered : void 0;
}
function mergeCallbacks(base, provided) {
  if (provided === void 0) return base;
  if (base === void 0) return Array.isArray(provided) ? [...provided] : provided.copy();
  if (Array.isArray(provided)) {
    if (Array.isArray(base)) return base.concat(provided);
    const manager = base.copy();
    for (const callback of provided) manager.addHandler(ensureHandler(callback), true);
    return manager;
  }
  if (Array.isArray(base)) {
    const manager = provided.copy();
    for (const callback of base) manager.addHandler(ensureHandler(callback), true);
    return manager;
  }
  const dedupeHandlers = (handlers) => handlers.filter((handler, index) => handlers.findIndex((candidate) => candidate === handler || candidate.name === "StreamMessagesHandler" && handler.name === "StreamMessagesHandler") === index);
  return new CallbackManager(provided._parentRunId, {
    handlers: dedupeHandlers(base.handlers.concat(provided.handlers)),
    inheritableHandlers: dedupeHandlers(base.inheritableHandlers.concat(provided.inheritableHandlers)),
    tags: Array.from(new Set(base.tags.concat(provided.tags))),
    inheritableTags: Array.from(new Set(base.inheritableTags.concat(provided.inheritableTags))),
    metadata: {
      ...base.metadata,
      ...provided.metadata
    },
    inheritableMetadata: {
      ...base.inheritableMetadata,
      ...provided.inheritableMetadata
    }
  });
}
function isRootLevelExplicitInvoke(configs) {
  let invokeConfig;
  for (let i = configs.length - 1; i >= 0; i -= 1) if (configs[i] !== void 0) {
    invokeConfig = configs[i];
    break;
  }
  const hasInvokeTimeThreadId = invokeConfig?.configurable?.thread_id !== void 0;
  const hasExplicitNesting = configs.some((c) => c?.configurable?.[CONFIG_KEY_READ] !== void 0);
  const hasAmbientNesting = AsyncLocalStorageProviderSingleton.getRunnableConfig()?.configurable?.[CONFIG_KEY_READ] !== void 0;
  return hasInvokeTimeThreadId && !hasExplicitNesting && !hasAmbientNesting;
}
function ensureLangGraphConfig(...configs) {
  const empty = {
    tags: [],
    metadata: {},
    callbacks: void 0,
    recursionLimit: DEFAULT_RECURSION_LIMIT,
    configurable: {}
  };
  const skipImplicitConfigurable = isRootLevelExplicitInvoke(configs);
  const implicitConfig = AsyncLocalStorageProviderSingleton.getRunnableConfig();
  if (implicitConfig !== void 0) {
    for (const [k, v] of Object.entries(implicitConfig)) if (v !== void 0) {
      if (k === "configurable" && skipImplicitConfigurable) continue;
      if (COPIABLE_KEYS.includes(k)) {
        let copiedValue;
        if (Array.isArray(v)) copiedValue = [...v];
        else if (typeof v === "object") if (k === "callbacks" && "copy" in v && typeof v.copy === "function") copiedValue = v.copy();
        else copiedValue = { ...v };
        else copiedValue = v;
        empty[k] = copiedValue;
      } else empty[k] = v;
    }
  }
  for (const config of configs) {
    if (config === void 0) continue;
    for (const [k, v] of Object.entries(config)) {
      if (v === void 0 || !CONFIG_KEYS.includes(k)) continue;
      if (k === "configurable") empty.configurable = {
        ...empty.configurable,
        ...v
      };
      else if (k === "metadata") empty.metadata = {
        ...empty.metadata,
        ...v
      };
      else if (k === "tags") empty.tags = [...empty.tags ?? [], ...v];
      else if (k === "callbacks") empty.callbacks = mergeCallbacks(empty.callbacks, v);
      else empty[k] = v;
    }
  }
  empty.metadata = propagateConfigurableToMetadata(empty.configurable, empty.metadata) ?? {};
  return empty;
}
function getConfig() {
  return AsyncLocalStorageProviderSingleton.getRunnableConfig();
}
function recastCheckpointNamespace(namespace) {
  return namespace.split("|").filter((part) => !part.match(/^\d+$/)).map((part) => part.split(":")[0]).join("|");
}
function getParentCheckpointNamespace(namespace) {
  const parts = namespace.split("|");
  while (parts.length > 1 && parts[parts.length - 1].match(/^\d+$/)) parts.pop();
  return parts.slice(0, -1).join("|");
}

// node_modules/@langchain/langgraph/dist/callbacks.js
var GRAPH_CALLBACK_HANDLER = /* @__PURE__ */ Symbol.for("langgraph.graph_callback_handler");
var GraphCallbackHandler = class extends BaseCallbackHandler {
  name = "GraphCallbackHandler";
  [GRAPH_CALLBACK_HANDLER] = true;
  static isInstance(value) {
    return typeof value === "object" && value !== null && GRAPH_CALLBACK_HANDLER in value && value[GRAPH_CALLBACK_HANDLER] === true;
  }
};

// node_modules/@langchain/langgraph/dist/pregel/runtime.js
var RunControl = class {
  #drainReason = void 0;
  /**
  * Request that the current run drain cooperatively, stopping at the next
  * superstep boundary. Does not cancel work that is already running.
  *
  * @param reason - A short description of why the drain was requested.
  *   Surfaced on the resulting {@link GraphDrained} error.
  */
  requestDrain(reason = "shutdown") {
    this.#drainReason = reason;
  }
  /** Whether a drain has been requested for this run. */
  get drainRequested() {
    return this.#drainReason !== void 0;
  }
  /** The reason passed to {@link RunControl#requestDrain}, if any. */
  get drainReason() {
    return this.#drainReason;
  }
};

// node_modules/@langchain/langgraph/dist/hash.js
var n = (n2) => BigInt(n2);
var view = (data, offset = 0) => new DataView(data.buffer, data.byteOffset + offset, data.byteLength - offset);
var PRIME32_1 = n("0x9E3779B1");
var PRIME32_2 = n("0x85EBCA77");
var PRIME32_3 = n("0xC2B2AE3D");
var PRIME64_1 = n("0x9E3779B185EBCA87");
var PRIME64_2 = n("0xC2B2AE3D27D4EB4F");
var PRIME64_3 = n("0x165667B19E3779F9");
var PRIME64_4 = n("0x85EBCA77C2B2AE63");
var PRIME64_5 = n("0x27D4EB2F165667C5");
var PRIME_MX1 = n("0x165667919E3779F9");
var PRIME_MX2 = n("0x9FB21C651E98DF25");
var hexToUint8Array = (hex) => {
  const strLen = hex.length;
  if (strLen % 2 !== 0) throw new Error("String should have an even number of characters");
  const maxLength = strLen / 2;
  const bytes = new Uint8Array(maxLength);
  let read = 0;
  let write = 0;
  while (write < maxLength) {
    const slice = hex.slice(read, read += 2);
    bytes[write] = Number.parseInt(slice, 16);
    write += 1;
  }
  return view(bytes);
};
var kkey = hexToUint8Array("b8fe6c3923a44bbe7c01812cf721ad1cded46de9839097db7240a4a4b7b3671fcb79e64eccc0e578825ad07dccff7221b8084674f743248ee03590e6813a264c3c2852bb91c300cb88d0658b1b532ea371644897a20df94e3819ef46a9deacd8a8fa763fe39c343ff9dcbbc7c70b4f1d8a51e04bcdb45931c89f7ec9d9787364eac5ac8334d3ebc3c581a0fffa1363eb170ddd51b7f0da49d316552629d4689e2b16be587d47a1fc8ff8b8d17ad031ce45cb3a8f95160428afd7fbcabb4b407e");
var mask128 = (n(1) << n(128)) - n(1);
var mask64 = (n(1) << n(64)) - n(1);
var mask32 = (n(1) << n(32)) - n(1);
var STRIPE_LEN = 64;
var ACC_NB = STRIPE_LEN / 8;
var _U64 = 8;
var _U32 = 4;
function assert(a) {
  if (!a) throw new Error("Assert failed");
}
function bswap64(a) {
  const scratchbuf = /* @__PURE__ */ new DataView(/* @__PURE__ */ new ArrayBuffer(8));
  scratchbuf.setBigUint64(0, a, true);
  return scratchbuf.getBigUint64(0, false);
}
function bswap32(input) {
  let a = input;
  a = (a & n(65535)) << n(16) | (a & n(4294901760)) >> n(16);
  a = (a & n(16711935)) << n(8) | (a & n(4278255360)) >> n(8);
  return a;
}
function XXH_mult32to64(a, b) {
  return (a & mask32) * (b & mask32) & mask64;
}
function rotl32(a, b) {
  return (a << b | a >> n(32) - b) & mask32;
}
function XXH3_accumulate_512(acc, dataView, keyView) {
  for (let i = 0; i < ACC_NB; i += 1) {
    const data_val = dataView.getBigUint64(i * 8, true);
    const data_key = data_val ^ keyView.getBigUint64(i * 8, true);
    acc[i ^ 1] += data_val;
    acc[i] += XXH_mult32to64(data_key, data_key >> n(32));
  }
  return acc;
}
function XXH3_accumulate(acc, dataView, keyView, nbStripes) {
  for (let n2 = 0; n2 < nbStripes; n2 += 1) XXH3_accumulate_512(acc, view(dataView, n2 * STRIPE_LEN), view(keyView, n2 * 8));
  return acc;
}
function XXH3_scrambleAcc(acc, key) {
  for (let i = 0; i < ACC_NB; i += 1) {
    const key64 = key.getBigUint64(i * 8, true);
    let acc64 = acc[i];
    acc64 = xorshift64(acc64, n(47));
    acc64 ^= key64;
    acc64 *= PRIME32_1;
    acc[i] = acc64 & mask64;
  }
  return acc;
}
function XXH3_mix2Accs(acc, key) {
  return XXH3_mul128_fold64(acc[0] ^ key.getBigUint64(0, true), acc[1] ^ key.getBigUint64(_U64, true));
}
function XXH3_mergeAccs(acc, key, start) {
  let result64 = start;
  result64 += XXH3_mix2Accs(acc.slice(0), view(key, 0 * _U32));
  result64 += XXH3_mix2Accs(acc.slice(2), view(key, 4 * _U32));
  result64 += XXH3_mix2Accs(acc.slice(4), view(key, 8 * _U32));
  result64 += XXH3_mix2Accs(acc.slice(6), view(key, 12 * _U32));
  return XXH3_avalanche(result64 & mask64);
}
function XXH3_hashLong(input, data, secret, f_acc, f_scramble) {
  let acc = input;
  const nbStripesPerBlock = Math.floor((secret.byteLength - STRIPE_LEN) / 8);
  const block_len = STRIPE_LEN * nbStripesPerBlock;
  const nb_blocks = Math.floor((data.byteLength - 1) / block_len);
  for (let n2 = 0; n2 < nb_blocks; n2 += 1) {
    acc = XXH3_accumulate(acc, view(data, n2 * block_len), secret, nbStripesPerBlock);
    acc = f_scramble(acc, view(secret, secret.byteLength - STRIPE_LEN));
  }
  {
    const nbStripes = Math.floor((data.byteLength - 1 - block_len * nb_blocks) / STRIPE_LEN);
    acc = XXH3_accumulate(acc, view(data, nb_blocks * block_len), secret, nbStripes);
    acc = f_acc(acc, view(data, data.byteLength - STRIPE_LEN), view(secret, secret.byteLength - STRIPE_LEN - 7));
  }
  return acc;
}
function XXH3_hashLong_128b(data, secret) {
  let acc = new BigUint64Array([
    PRIME32_3,
    PRIME64_1,
    PRIME64_2,
    PRIME64_3,
    PRIME64_4,
    PRIME32_2,
    PRIME64_5,
    PRIME32_1
  ]);
  assert(data.byteLength > 128);
  acc = XXH3_hashLong(acc, data, secret, XXH3_accumulate_512, XXH3_scrambleAcc);
  assert(acc.length * 8 === 64);
  {
    const low64 = XXH3_mergeAccs(acc, view(secret, 11), n(data.byteLength) * PRIME64_1 & mask64);
    return XXH3_mergeAccs(acc, view(secret, secret.byteLength - STRIPE_LEN - 11), ~(n(data.byteLength) * PRIME64_2) & mask64) << n(64) | low64;
  }
}
function XXH3_mul128_fold64(a, b) {
  const lll = a * b & mask128;
  return lll & mask64 ^ lll >> n(64);
}
function XXH3_mix16B(dataView, keyView, seed) {
  return XXH3_mul128_fold64((dataView.getBigUint64(0, true) ^ keyView.getBigUint64(0, true) + seed) & mask64, (dataView.getBigUint64(8, true) ^ keyView.getBigUint64(8, true) - seed) & mask64);
}
function XXH3_mix32B(acc, data1, data2, key, seed) {
  let accl = acc & mask64;
  let acch = acc >> n(64) & mask64;
  accl += XXH3_mix16B(data1, key, seed);
  accl ^= data2.getBigUint64(0, true) + data2.getBigUint64(8, true);
  accl &= mask64;
  acch += XXH3_mix16B(data2, view(key, 16), seed);
  acch ^= data1.getBigUint64(0, true) + data1.getBigUint64(8, true);
  acch &= mask64;
  return acch << n(64) | accl;
}
function XXH3_avalanche(input) {
  let h64 = input;
  h64 ^= h64 >> n(37);
  h64 *= PRIME_MX1;
  h64 &= mask64;
  h64 ^= h64 >> n(32);
  return h64;
}
function XXH3_avalanche64(input) {
  let h64 = input;
  h64 ^= h64 >> n(33);
  h64 *= PRIME64_2;
  h64 &= mask64;
  h64 ^= h64 >> n(29);
  h64 *= PRIME64_3;
  h64 &= mask64;
  h64 ^= h64 >> n(32);
  return h64;
}
function XXH3_len_1to3_128b(data, key32, seed) {
  const len = data.byteLength;
  assert(len > 0 && len <= 3);
  const combined = n(data.getUint8(len - 1)) | n(len << 8) | n(data.getUint8(0) << 16) | n(data.getUint8(len >> 1) << 24);
  const low = (combined ^ (n(key32.getUint32(0, true)) ^ n(key32.getUint32(4, true))) + seed) & mask64;
  const bhigh = (n(key32.getUint32(8, true)) ^ n(key32.getUint32(12, true))) - seed;
  return (XXH3_avalanche64((rotl32(bswap32(combined), n(13)) ^ bhigh) & mask64) & mask64) << n(64) | XXH3_avalanche64(low);
}
function xorshift64(b, shift) {
  return b ^ b >> shift;
}
function XXH3_len_4to8_128b(data, key32, seed) {
  const len = data.byteLength;
  assert(len >= 4 && len <= 8);
  {
    const l1 = data.getUint32(0, true);
    const l2 = data.getUint32(len - 4, true);
    let m128 = ((n(l1) | n(l2) << n(32)) ^ (key32.getBigUint64(16, true) ^ key32.getBigUint64(24, true)) + seed & mask64) * (PRIME64_1 + (n(len) << n(2))) & mask128;
    m128 += (m128 & mask64) << n(65);
    m128 &= mask128;
    m128 ^= m128 >> n(67);
    return xorshift64(xorshift64(m128 & mask64, n(35)) * PRIME_MX2 & mask64, n(28)) | XXH3_avalanche(m128 >> n(64)) << n(64);
  }
}
function XXH3_len_9to16_128b(data, key64, seed) {
  const len = data.byteLength;
  assert(len >= 9 && len <= 16);
  {
    const bitflipl = (key64.getBigUint64(32, true) ^ key64.getBigUint64(40, true)) + seed & mask64;
    const bitfliph = (key64.getBigUint64(48, true) ^ key64.getBigUint64(56, true)) - seed & mask64;
    const ll1 = data.getBigUint64(0, true);
    let ll2 = data.getBigUint64(len - 8, true);
    let m128 = (ll1 ^ ll2 ^ bitflipl) * PRIME64_1;
    const m128_l = (m128 & mask64) + (n(len - 1) << n(54));
    m128 = m128 & (mask128 ^ mask64) | m128_l;
    ll2 ^= bitfliph;
    m128 += ll2 + (ll2 & mask32) * (PRIME32_2 - n(1)) << n(64);
    m128 &= mask128;
    m128 ^= bswap64(m128 >> n(64));
    let h128 = (m128 & mask64) * PRIME64_2;
    h128 += (m128 >> n(64)) * PRIME64_2 << n(64);
    h128 &= mask128;
    return XXH3_avalanche(h128 & mask64) | XXH3_avalanche(h128 >> n(64)) << n(64);
  }
}
function XXH3_len_0to16_128b(data, seed) {
  const len = data.byteLength;
  assert(len <= 16);
  if (len > 8) return XXH3_len_9to16_128b(data, kkey, seed);
  if (len >= 4) return XXH3_len_4to8_128b(data, kkey, seed);
  if (len > 0) return XXH3_len_1to3_128b(data, kkey, seed);
  return XXH3_avalanche64(seed ^ kkey.getBigUint64(64, true) ^ kkey.getBigUint64(72, true)) | XXH3_avalanche64(seed ^ kkey.getBigUint64(80, true) ^ kkey.getBigUint64(88, true)) << n(64);
}
function inv64(x) {
  return ~x + n(1) & mask64;
}
function XXH3_len_17to128_128b(data, secret, seed) {
  let acc = n(data.byteLength) * PRIME64_1 & mask64;
  let i = n(data.byteLength - 1) / n(32);
  while (i >= 0) {
    const ni = Number(i);
    acc = XXH3_mix32B(acc, view(data, 16 * ni), view(data, data.byteLength - 16 * (ni + 1)), view(secret, 32 * ni), seed);
    i -= n(1);
  }
  let h128l = acc + (acc >> n(64)) & mask64;
  h128l = XXH3_avalanche(h128l);
  let h128h = (acc & mask64) * PRIME64_1 + (acc >> n(64)) * PRIME64_4 + (n(data.byteLength) - seed & mask64) * PRIME64_2;
  h128h &= mask64;
  h128h = inv64(XXH3_avalanche(h128h));
  return h128l | h128h << n(64);
}
function XXH3_len_129to240_128b(data, secret, seed) {
  let acc = n(data.byteLength) * PRIME64_1 & mask64;
  for (let i = 32; i < 160; i += 32) acc = XXH3_mix32B(acc, view(data, i - 32), view(data, i - 16), view(secret, i - 32), seed);
  acc = XXH3_avalanche(acc & mask64) | XXH3_avalanche(acc >> n(64)) << n(64);
  for (let i = 160; i <= data.byteLength; i += 32) acc = XXH3_mix32B(acc, view(data, i - 32), view(data, i - 16), view(secret, 3 + i - 160), seed);
  acc = XXH3_mix32B(acc, view(data, data.byteLength - 16), view(data, data.byteLength - 32), view(secret, 103), inv64(seed));
  let h128l = acc + (acc >> n(64)) & mask64;
  h128l = XXH3_avalanche(h128l);
  let h128h = (acc & mask64) * PRIME64_1 + (acc >> n(64)) * PRIME64_4 + (n(data.byteLength) - seed & mask64) * PRIME64_2;
  h128h &= mask64;
  h128h = inv64(XXH3_avalanche(h128h));
  return h128l | h128h << n(64);
}
function XXH3(input, seed = n(0)) {
  const encoder = new TextEncoder();
  const data = view(typeof input === "string" ? encoder.encode(input) : input);
  const len = data.byteLength;
  const hexDigest = (data2) => data2.toString(16).padStart(32, "0");
  if (len <= 16) return hexDigest(XXH3_len_0to16_128b(data, seed));
  if (len <= 128) return hexDigest(XXH3_len_17to128_128b(data, kkey, seed));
  if (len <= 240) return hexDigest(XXH3_len_129to240_128b(data, kkey, seed));
  return hexDigest(XXH3_hashLong_128b(data, kkey));
}
function isXXH3(value) {
  return /^[0-9a-f]{32}$/.test(value);
}

// node_modules/@langchain/langgraph/dist/interrupt.js
function interrupt(value, options) {
  const config = AsyncLocalStorageProviderSingleton.getRunnableConfig();
  if (!config) throw new Error("Called interrupt() outside the context of a graph.");
  const conf = config.configurable;
  if (!conf) throw new Error("No configurable found in config");
  if (!conf["__pregel_checkpointer"]) throw new GraphValueError("No checkpointer set", { lc_error_code: "MISSING_CHECKPOINTER" });
  const schema = options?.responseSchema;
  const parseResume = (resume) => {
    if (schema === void 0 || !isInteropZodSchema(schema)) return resume;
    try {
      return interopParse(schema, resume);
    } catch (error) {
      _markInvalidResume(error);
      throw error;
    }
  };
  const scratchpad = conf[CONFIG_KEY_SCRATCHPAD];
  scratchpad.interruptCounter += 1;
  const idx = scratchpad.interruptCounter;
  if (scratchpad.resume.length > 0 && idx < scratchpad.resume.length) {
    const parsed = parseResume(scratchpad.resume[idx]);
    conf[CONFIG_KEY_SEND]?.([[RESUME, scratchpad.resume.slice(0, idx + 1)]]);
    return parsed;
  }
  if (scratchpad.nullResume !== void 0) {
    if (scratchpad.resume.length !== idx) throw new Error(`Resume length mismatch: ${scratchpad.resume.length} !== ${idx}`);
    const v = scratchpad.consumeNullResume();
    const parsed = parseResume(v);
    scratchpad.resume.push(v);
    conf[CONFIG_KEY_SEND]?.([[RESUME, scratchpad.resume]]);
    return parsed;
  }
  const ns = conf[CONFIG_KEY_CHECKPOINT_NS];
  const pending = {
    id: ns != null ? interruptId(ns, scratchpad.resume.length) : void 0,
    value
  };
  if (schema !== void 0) pending.response_schema = toJsonSchema(schema);
  throw new GraphInterrupt([pending]);
}
function interruptId(namespace, answered) {
  return XXH3(answered === 0 ? namespace : `${namespace}|${answered}`);
}

// node_modules/@langchain/langgraph/dist/graph/messages_reducer.js
var MESSAGE_CLASS_BY_TYPE = {
  human: HumanMessage,
  ai: AIMessage,
  system: SystemMessage,
  tool: ToolMessage,
  function: FunctionMessage,
  generic: ChatMessage
};
function toMessage(messageLike) {
  const message = coerceMessageLikeToMessage(messageLike);
  if (!BaseMessageChunk.isInstance(message)) return message;
  const MessageClass = MESSAGE_CLASS_BY_TYPE[message.getType()];
  if (MessageClass === void 0) return message;
  return new MessageClass(Object.fromEntries(Object.entries(message).filter(([key]) => key !== "type" && key !== "tool_call_chunks" && !key.startsWith("lc_"))));
}
function messagesStateReducer(left, right) {
  const leftArray = Array.isArray(left) ? left : [left];
  const rightArray = Array.isArray(right) ? right : [right];
  const leftMessages = leftArray.map(toMessage);
  const rightMessages = rightArray.map(toMessage);
  for (const m of leftMessages) if (m.id === null || m.id === void 0) {
    m.id = v4();
    m.lc_kwargs.id = m.id;
  }
  let removeAllIdx;
  for (let i = 0; i < rightMessages.length; i += 1) {
    const m = rightMessages[i];
    if (m.id === null || m.id === void 0) {
      m.id = v4();
      m.lc_kwargs.id = m.id;
    }
    if (RemoveMessage.isInstance(m) && m.id === "__remove_all__") removeAllIdx = i;
  }
  if (removeAllIdx != null) return rightMessages.slice(removeAllIdx + 1);
  const merged = [...leftMessages];
  const mergedById = new Map(merged.map((m, i) => [m.id, i]));
  const idsToRemove = /* @__PURE__ */ new Set();
  for (const m of rightMessages) {
    const existingIdx = mergedById.get(m.id);
    if (existingIdx !== void 0) if (RemoveMessage.isInstance(m)) idsToRemove.add(m.id);
    else {
      idsToRemove.delete(m.id);
      merged[existingIdx] = m;
    }
    else {
      if (RemoveMessage.isInstance(m)) throw new Error(`Attempting to delete a message with an ID that doesn't exist ('${m.id}')`);
      mergedById.set(m.id, merged.length);
      merged.push(m);
    }
  }
  return merged.filter((m) => !idsToRemove.has(m.id));
}
function messagesDeltaReducer(state, writes) {
  const flat = [];
  for (const w of writes) if (Array.isArray(w)) flat.push(...w);
  else flat.push(w);
  const stateMsgs = state.length > 0 && BaseMessage.isInstance(state[0]) ? state : state.map(toMessage);
  const msgs = flat.map(toMessage);
  const index = /* @__PURE__ */ new Map();
  for (let i = 0; i < stateMsgs.length; i += 1) {
    const mid = stateMsgs[i].id;
    if (mid != null) index.set(mid, i);
  }
  const result = [...stateMsgs];
  for (const msg of msgs) {
    const mid = msg.id;
    if (RemoveMessage.isInstance(msg) && mid === "__remove_all__") {
      result.length = 0;
      index.clear();
    } else if (mid == null) result.push(msg);
    else if (RemoveMessage.isInstance(msg)) {
      if (index.has(mid)) {
        result[index.get(mid)] = null;
        index.delete(mid);
      }
    } else if (index.has(mid)) result[index.get(mid)] = msg;
    else {
      index.set(mid, result.length);
      result.push(msg);
    }
  }
  return result.filter((m) => m !== null);
}
var MESSAGES_DELTA_REDUCER = /* @__PURE__ */ Symbol.for("langgraph.messages_delta_reducer");
Object.defineProperty(messagesDeltaReducer, MESSAGES_DELTA_REDUCER, { value: true });
function isMessagesDeltaReducer(reducer) {
  return typeof reducer === "function" && reducer[MESSAGES_DELTA_REDUCER] === true;
}

// node_modules/@langchain/langgraph/dist/stream/convert.js
var STREAM_EVENTS_V3_MODES = [
  "values",
  "updates",
  "messages",
  "tools",
  "custom",
  "tasks"
];
function isCheckpointEnvelope(payload) {
  if (payload == null || typeof payload !== "object") return false;
  const p = payload;
  return typeof p.id === "string" && ("source" in p || typeof p.step === "number") && !("values" in p) && !("config" in p);
}
function unwrapMessagesPayload(payload) {
  if (!Array.isArray(payload) || payload.length !== 2) return { data: payload };
  const [data, metadata] = payload;
  if (metadata == null || typeof metadata !== "object") return { data: payload };
  const record = metadata;
  const node = typeof record.langgraph_node === "string" ? record.langgraph_node : void 0;
  const runId = typeof record.run_id === "string" ? record.run_id : void 0;
  return {
    data: runId != null && data != null && typeof data === "object" ? {
      ...data,
      run_id: runId
    } : data,
    node
  };
}
function convertToProtocolEvent({ namespace: ns, mode, payload, seq }) {
  const timestamp = Date.now();
  const base = { type: "event" };
  switch (mode) {
    case "messages": {
      const { data, node } = unwrapMessagesPayload(payload);
      return [{
        ...base,
        seq,
        method: "messages",
        params: {
          namespace: ns,
          timestamp,
          ...node ? { node } : {},
          data
        }
      }];
    }
    case "tools":
      return [{
        ...base,
        seq,
        method: "tools",
        params: {
          namespace: ns,
          timestamp,
          data: convertToolsPayload(payload)
        }
      }];
    case "checkpoints":
      if (!isCheckpointEnvelope(payload)) return [];
      return [{
        ...base,
        seq,
        method: "checkpoints",
        params: {
          namespace: ns,
          timestamp,
          data: payload
        }
      }];
    case "values":
      return [{
        ...base,
        seq,
        method: "values",
        params: {
          namespace: ns,
          timestamp,
          data: payload
        }
      }];
    case "updates": {
      const data = convertUpdatesPayload(payload);
      return [{
        ...base,
        seq,
        method: "updates",
        params: {
          namespace: ns,
          timestamp,
          ...typeof data.node === "string" ? { node: data.node } : {},
          data
        }
      }];
    }
    case "custom": {
      const data = typeof payload === "object" && payload !== null && !Array.isArray(payload) && "name" in payload ? payload : { payload };
      return [{
        ...base,
        seq,
        method: "custom",
        params: {
          namespace: ns,
          timestamp,
          data
        }
      }];
    }
    case "tasks":
      return [{
        ...base,
        seq,
        method: "tasks",
        params: {
          namespace: ns,
          timestamp,
          data: payload
        }
      }];
    default:
      return [];
  }
}
function convertToolsPayload(payload) {
  if (typeof payload !== "object" || payload === null) return {
    event: "tool-error",
    tool_call_id: "",
    message: "Unexpected tools payload shape"
  };
  const p = payload;
  const tool_call_id = String(p.toolCallId ?? "");
  switch (p.event) {
    case "on_tool_start":
      return {
        event: "tool-started",
        tool_call_id,
        tool_name: String(p.name ?? "unknown"),
        input: p.input
      };
    case "on_tool_event":
      return {
        event: "tool-output-delta",
        tool_call_id,
        delta: typeof p.data === "string" ? p.data : JSON.stringify(p.data ?? "")
      };
    case "on_tool_end":
      return {
        event: "tool-finished",
        tool_call_id,
        output: p.output
      };
    case "on_tool_error": {
      const err = p.error;
      return {
        event: "tool-error",
        tool_call_id,
        message: typeof err === "object" && err !== null && "message" in err && typeof err.message === "string" ? err.message : String(err ?? "unknown error")
      };
    }
    default:
      return {
        event: "tool-error",
        tool_call_id: "",
        message: `Unknown tool event: ${String(p.event)}`
      };
  }
}
function convertUpdatesPayload(payload) {
  if (typeof payload !== "object" || payload === null) return { values: {} };
  const entries = Object.entries(payload);
  if (entries.length === 0) return { values: {} };
  const [node, values] = entries[0];
  return {
    node,
    values: typeof values === "object" && values !== null ? values : { value: values }
  };
}

// node_modules/@langchain/langgraph/dist/stream/stream-channel.js
var STREAM_CHANNEL_BRAND = /* @__PURE__ */ Symbol.for("langgraph.stream_channel");
var StreamChannel = class StreamChannel2 {
  /** @internal Brand used by {@link StreamChannel.isInstance}. */
  [STREAM_CHANNEL_BRAND] = true;
  /** Protocol channel name used for auto-forwarded events, if remote. */
  channelName;
  #items = [];
  #waiters = [];
  #done = false;
  #error;
  #onPush;
  constructor(name) {
    this.channelName = name;
  }
  /**
  * Create an in-process-only channel.  Values remain available through
  * `run.extensions.<key>` but are not forwarded to remote clients.
  */
  static local() {
    return new StreamChannel2();
  }
  /**
  * Create a channel whose pushes are forwarded to remote clients under
  * the given protocol channel name.
  */
  static remote(name) {
    return new StreamChannel2(name);
  }
  /**
  * Brand-based type guard that recognises any {@link StreamChannel}
  * instance, even ones originating from a different copy of this
  * package. Prefer this over `instanceof StreamChannel` when code
  * may observe channels that were constructed elsewhere.
  */
  static isInstance(value) {
    return typeof value === "object" && value !== null && STREAM_CHANNEL_BRAND in value && value[STREAM_CHANNEL_BRAND] === true;
  }
  /**
  * Append an item to the channel.  If this is a remote channel wired to a
  * mux, the item is also injected into the main protocol event stream under
  * {@link channelName}.
  */
  push(item) {
    this.#items.push(item);
    this.#wake();
    this.#onPush?.(item);
  }
  /**
  * Returns an async iterator starting at position {@link startAt}. Each call
  * returns an independent cursor so multiple consumers can iterate the same
  * channel concurrently.
  */
  iterate(startAt = 0) {
    let cursor = startAt;
    return { next: async () => {
      while (true) {
        if (cursor < this.#items.length) return {
          value: this.#items[cursor++],
          done: false
        };
        if (this.#done) {
          if (this.#error) throw this.#error;
          return {
            value: void 0,
            done: true
          };
        }
        await new Promise((resolve) => this.#waiters.push(resolve));
      }
    } };
  }
  /**
  * Creates an {@link AsyncIterable} backed by this channel, starting from
  * {@link startAt}.
  */
  toAsyncIterable(startAt = 0) {
    return { [Symbol.asyncIterator]: () => this.iterate(startAt) };
  }
  /**
  * Creates a web {@link ReadableStream} that emits channel items as
  * Server-Sent Events. Useful for returning a channel directly from
  * `new Response(channel.toEventStream())`.
  */
  toEventStream(options = {}) {
    const encoder = new TextEncoder();
    const iterator = this.iterate(options.startAt);
    const event = options.event ?? this.channelName;
    const serialize = options.serialize ?? ((item) => JSON.stringify(item) ?? "null");
    return new ReadableStream({
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done) {
            controller.close();
            return;
          }
          const lines = [];
          if (event != null) lines.push(`event: ${event}`);
          for (const line of serialize(next.value).split(/\r\n|\r|\n/)) lines.push(`data: ${line}`);
          controller.enqueue(encoder.encode(`${lines.join("\n")}

`));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      }
    });
  }
  /**
  * Returns the item at the given zero-based index.
  *
  * @throws {RangeError} If the index is out of bounds.
  */
  get(index) {
    if (index < 0 || index >= this.#items.length) throw new RangeError(`StreamChannel index ${index} out of bounds (size=${this.#items.length})`);
    return this.#items[index];
  }
  /** The number of items currently buffered in the channel. */
  get size() {
    return this.#items.length;
  }
  /** Whether the channel has been closed or failed. */
  get done() {
    return this.#done;
  }
  /** Mark the channel as complete after all buffered items are consumed. */
  close() {
    this.#done = true;
    this.#wake();
  }
  /** Mark the channel as failed after all buffered items are consumed. */
  fail(err) {
    this.#error = err;
    this.#done = true;
    this.#wake();
  }
  /** @internal Called by the mux to wire auto-forwarding. */
  _wire(fn) {
    this.#onPush = fn;
  }
  /** @internal Called by the mux on normal completion. */
  _close() {
    this.close();
  }
  /** @internal Called by the mux on failure. */
  _fail(err) {
    this.fail(err);
  }
  [Symbol.asyncIterator]() {
    return this.iterate();
  }
  #wake() {
    const waiters = this.#waiters.splice(0);
    for (const w of waiters) w();
  }
};
function isStreamChannel(value) {
  return StreamChannel.isInstance(value);
}

// node_modules/@langchain/langgraph/dist/stream/mux.js
var EXTENSION_CHANNEL_PREFIX = "custom:";
function extensionChannelMethod(channelName) {
  return `${EXTENSION_CHANNEL_PREFIX}${channelName}`;
}
function isPromiseLike(value) {
  return value != null && (typeof value === "object" || typeof value === "function") && typeof value.then === "function";
}
var RESOLVE_VALUES = /* @__PURE__ */ Symbol("resolveValues");
var REJECT_VALUES = /* @__PURE__ */ Symbol("rejectValues");
var StreamMux = class {
  /** @internal All protocol events in arrival order (after reducer pipeline). */
  _events = StreamChannel.local();
  /** @internal New-namespace discovery notifications. */
  _discoveries = StreamChannel.local();
  /** Monotonic counter for auto-forwarded channel events. */
  #nextEmitSeq = 0;
  /** Whether the mux has been closed or failed. */
  #closed = false;
  /** The error passed to {@link fail}, if any. */
  #error;
  /** Whether the run was interrupted. */
  #interrupted = false;
  /**
  * Namespace of the event currently being processed by
  * {@link push}.  Read by {@link StreamChannel} wiring callbacks so
  * auto-forwarded events inherit the triggering event's namespace.
  */
  #currentNamespace = [];
  #transformers = [];
  #channels = [];
  #streamMap = /* @__PURE__ */ new Map();
  #latestValues = /* @__PURE__ */ new Map();
  #interrupts = [];
  /**
  * Final-value projection keys tracked for remote surfacing. Populated
  * by {@link wireChannels} when a transformer's projection contains a
  * `PromiseLike` value. Each entry is flushed as a `custom:<name>`
  * protocol event during {@link close} so that remote clients can
  * observe final-value transformers via `thread.extensions.<name>`.
  */
  #finalValues = [];
  /**
  * Associates a pre-existing stream handle with a namespace so that
  * {@link close} can resolve its values promise later.
  *
  * @param path - The namespace path to register.
  * @param stream - The run stream handle for that namespace.
  */
  register(path, stream) {
    this.#streamMap.set(nsKey(path), stream);
  }
  /**
  * Registers a transformer and replays all buffered events through it so
  * it catches up with events already processed by the mux.  When the event
  * log is empty (typical at construction time) the replay is a no-op.
  *
  * The transformer must already have been initialised (i.e. `init()` called
  * and any projection wired).  The sequence is:
  *
  *   1. Snapshot the current event log length.
  *   2. Append the transformer so future {@link push} calls reach it.
  *   3. Replay events `[0, snapshot)` through `process()`.
  *   4. If the mux is already closed, call `finalize()` (or `fail()`)
  *      immediately so the transformer's log/channel terminates cleanly.
  *
  * @param transformer - An already-initialised transformer to register.
  */
  addTransformer(transformer) {
    const snapshot = this._events.size;
    this.#transformers.push(transformer);
    if (transformer.onRegister) transformer.onRegister({ push: (ns, event) => this.push(ns, event) });
    for (let i = 0; i < snapshot; i += 1) transformer.process(this._events.get(i));
    if (this.#closed) if (this.#error !== void 0) transformer.fail?.(this.#error);
    else transformer.finalize?.();
  }
  /**
  * Scans a transformer projection for streaming and final-value primitives.
  * Remote stream channels are wired to auto-forward to the protocol event
  * stream; local stream channels are tracked for lifecycle only.
  *
  * Two projection shapes are recognised:
  *
  *   - {@link StreamChannel} values — named channels forward each `push()`
  *     immediately as a `custom:<channelName>` protocol event. Unnamed
  *     channels remain in-process-only.
  *
  *   - `PromiseLike<unknown>` values — tracked as final-value
  *     projections and flushed on {@link close} as a single
  *     `custom:<key>` event, where `<key>` is the projection key.
  *     This mirrors the in-process `await run.extensions.<key>`
  *     ergonomics on remote clients via
  *     `await thread.extensions.<key>`.
  *
  * Plain values that are neither are ignored — they remain in-process-only,
  * matching prior behaviour.
  *
  * @param projection - The object returned by `transformer.init()`.
  */
  wireChannels(projection) {
    for (const [key, value] of Object.entries(projection)) {
      if (isStreamChannel(value)) {
        this.#channels.push(value);
        if (typeof value.channelName !== "string") continue;
        const method = extensionChannelMethod(value.channelName);
        value._wire((item) => {
          this._events.push({
            type: "event",
            seq: this.#nextEmitSeq++,
            method,
            params: {
              namespace: this.#currentNamespace,
              timestamp: Date.now(),
              data: item
            }
          });
        });
        continue;
      }
      if (isPromiseLike(value)) this.#finalValues.push({
        name: key,
        promise: Promise.resolve(value)
      });
    }
  }
  /**
  * Distributes an event through the transformer pipeline, then appends it to
  * the main event log.
  *
  * Subgraph discovery (materializing a {@link StreamHandle} for each
  * newly observed top-level namespace) is handled by the
  * {@link createSubgraphDiscoveryTransformer} when installed, not here.
  *
  * @param ns - The namespace path that produced the event.
  * @param event - The protocol event to process and store.
  */
  push(ns, event) {
    if (event.method === "values") this.#latestValues.set(nsKey(ns), event.params.data);
    const outerNamespace = this.#currentNamespace;
    this.#currentNamespace = ns;
    let keep = true;
    for (const transformer of this.#transformers) if (!transformer.process(event)) keep = false;
    this.#currentNamespace = outerNamespace;
    if (keep) this._events.push({
      ...event,
      seq: this.#nextEmitSeq++
    });
  }
  /**
  * Gracefully ends the stream: resolves values promises on all known
  * streams, finalizes every transformer, auto-closes streaming
  * channels, flushes any final-value projections as `custom:<name>`
  * events, and closes both event logs.
  *
  * When final-value projections are present, `_events.close()` is
  * deferred until every tracked projection promise has settled so
  * remote consumers observe the flushed values before their event
  * stream ends. Callers do not need to await — `close()` returns
  * synchronously and any downstream consumer iterating
  * {@link _events} naturally waits for the final events.
  */
  close() {
    this.#closed = true;
    for (const [key, values] of this.#latestValues.entries()) {
      const ns = key ? key.split("\0") : [];
      this.#streamMap.get(nsKey(ns))?.[RESOLVE_VALUES](values);
    }
    const finalizePromises = [];
    for (const transformer of this.#transformers) {
      const result = transformer.finalize?.();
      if (result != null && typeof result.then === "function") finalizePromises.push(result);
    }
    for (const channel of this.#channels) channel._close();
    const finalValues = this.#finalValues;
    if (finalValues.length === 0 && finalizePromises.length === 0) {
      this._events.close();
      this._discoveries.close();
    } else Promise.allSettled([...finalizePromises, ...finalValues.map(async ({ name, promise }) => {
      try {
        const resolved = await promise;
        if (!this._events.done) this._events.push({
          type: "event",
          seq: this.#nextEmitSeq++,
          method: "custom",
          params: {
            namespace: [],
            timestamp: Date.now(),
            data: {
              name,
              payload: resolved
            }
          }
        });
      } catch {
      }
    })]).then(() => {
      this._events.close();
      this._discoveries.close();
    });
    for (const stream of this.#streamMap.values()) stream[RESOLVE_VALUES](void 0);
  }
  /**
  * Propagates a failure to all transformers, channels, event logs, and
  * stream handles.
  *
  * @param err - The error that caused the run to fail.
  */
  fail(err) {
    this.#closed = true;
    this.#error = err;
    for (const transformer of this.#transformers) transformer.fail?.(err);
    for (const channel of this.#channels) channel._fail(err);
    this._events.fail(err);
    this._discoveries.fail(err);
    for (const stream of this.#streamMap.values()) stream[REJECT_VALUES](err);
  }
  /**
  * Records that the run was interrupted, appending the supplied payloads
  * for later retrieval.
  *
  * @param interrupts - The interrupt payloads to store.
  */
  markInterrupted(interrupts) {
    this.#interrupted = true;
    this.#interrupts.push(...interrupts);
  }
  /**
  * Whether the run ended due to an interrupt.
  *
  * @returns `true` if {@link markInterrupted} was called.
  */
  get interrupted() {
    return this.#interrupted;
  }
  /**
  * All interrupt payloads collected during the run.
  *
  * @returns A readonly view of the accumulated interrupt payloads.
  */
  get interrupts() {
    return this.#interrupts;
  }
  /**
  * Returns an async iterator that yields only events whose namespace
  * starts with {@link path}.
  *
  * @param path - Namespace prefix to filter on.
  * @param startAt - Zero-based index into the event log to begin from.
  * @returns An async iterator over matching {@link ProtocolEvent}s.
  */
  subscribeEvents(path, startAt = 0) {
    const base = this._events.iterate(startAt);
    return { async next() {
      while (true) {
        const result = await base.next();
        if (result.done) return result;
        if (hasPrefix(result.value.params.namespace, path)) return result;
      }
    } };
  }
};
async function pump(source, mux) {
  let seq = 0;
  try {
    for await (const chunk of source) {
      const [ns, mode, payload] = chunk;
      if (mode === "values" && isInterrupted(payload)) {
        const interrupts = payload[INTERRUPT];
        mux.markInterrupted(interrupts.map((i) => ({
          interruptId: i.id ?? "",
          payload: i.value
        })));
      }
      const events = convertToProtocolEvent({
        namespace: ns,
        mode,
        payload,
        seq
      });
      seq += events.length;
      for (const event of events) mux.push(ns, event);
    }
  } catch (err) {
    mux.fail(err);
    return;
  }
  mux.close();
}
function nsKey(ns) {
  return ns.join("\0");
}
function hasPrefix(ns, prefix) {
  if (prefix.length > ns.length) return false;
  for (let i = 0; i < prefix.length; i += 1) if (ns[i] !== prefix[i]) return false;
  return true;
}

// node_modules/@langchain/langgraph/dist/stream/transformers/lifecycle.js
function filterLifecycleEntries(log, path, startAt = 0) {
  return { [Symbol.asyncIterator]() {
    const base = log.iterate(startAt);
    return { async next() {
      while (true) {
        const result = await base.next();
        if (result.done) return {
          value: void 0,
          done: true
        };
        if (hasPrefix(result.value.namespace, path)) return {
          value: result.value,
          done: false
        };
      }
    } };
  } };
}
var DEFAULT_ROOT_GRAPH_NAME = "root";
function defaultGuessGraphName(ns) {
  if (ns.length === 0) return DEFAULT_ROOT_GRAPH_NAME;
  const last = ns[ns.length - 1];
  const colon = last.indexOf(":");
  return colon === -1 ? last : last.slice(0, colon);
}
function defaultSerializeError(err) {
  if (err instanceof Error) return err.message;
  if (typeof err === "string") return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function extractCause(data) {
  if (!isRecord(data)) return void 0;
  if (data.event !== "started") return void 0;
  const cause = data.cause;
  if (!isRecord(cause)) return void 0;
  if (typeof cause.type !== "string") return void 0;
  return cause;
}
function extractTaskResultCompletion(data) {
  if (!isRecord(data)) return void 0;
  if (!("result" in data)) return void 0;
  if (typeof data.name !== "string") return void 0;
  if (typeof data.id !== "string") return void 0;
  if (data.name.startsWith("__")) return void 0;
  return {
    name: data.name,
    id: data.id
  };
}
function createLifecycleTransformer(options = {}) {
  const rootGraphName = options.rootGraphName ?? DEFAULT_ROOT_GRAPH_NAME;
  const initialStatus = options.initialStatus ?? "running";
  const emitRootOnRegister = options.emitRootOnRegister ?? true;
  const getGraphName = options.getGraphName ?? defaultGuessGraphName;
  const serializeError = options.serializeError ?? defaultSerializeError;
  const getTerminalStatusOverride = options.getTerminalStatusOverride;
  const log = StreamChannel.local();
  const namespaces = /* @__PURE__ */ new Map();
  const namespaceCause = /* @__PURE__ */ new Map();
  const lcByNs = /* @__PURE__ */ new Map();
  const pendingToolCalls = /* @__PURE__ */ new Map();
  const pendingInterruptIds = /* @__PURE__ */ new Set();
  const pendingCompletions = [];
  let emitter;
  let inSelfEmit = 0;
  let finalized = false;
  const resolveGraphName = (ns) => {
    if (ns.length === 0) return rootGraphName;
    const lc = lcByNs.get(nsKey(ns));
    if (typeof lc === "string" && lc.length > 0) return lc;
    return getGraphName(ns);
  };
  const recordIdentity = (ns, data) => {
    const key = nsKey(ns);
    if (lcByNs.has(key)) return;
    const lc = (isRecord(data) && isRecord(data.metadata) ? data.metadata : void 0)?.lc_agent_name;
    lcByNs.set(key, typeof lc === "string" ? lc : void 0);
  };
  const recordPendingToolCalls = (data) => {
    if (!isRecord(data)) return;
    const taskId = data.id;
    if (typeof taskId !== "string") return;
    const input = data.input;
    let toolCallId;
    if (isRecord(input) && isRecord(input.tool_call)) {
      const candidate = input.tool_call.id;
      if (typeof candidate === "string") toolCallId = candidate;
    } else if (Array.isArray(input)) {
      for (const toolCall of input) if (isRecord(toolCall) && typeof toolCall.id === "string") {
        toolCallId = toolCall.id;
        break;
      }
    }
    if (toolCallId != null) pendingToolCalls.set(taskId, toolCallId);
  };
  const deriveToolCallCause = (ns) => {
    if (ns.length === 0) return void 0;
    const lc = lcByNs.get(nsKey(ns));
    if (typeof lc !== "string" || lc.length === 0) return void 0;
    const segment = ns[ns.length - 1];
    const colon = segment.indexOf(":");
    if (colon === -1) return void 0;
    const triggerCallId = segment.slice(colon + 1);
    if (triggerCallId.length === 0) return void 0;
    const toolCallId = pendingToolCalls.get(triggerCallId);
    if (typeof toolCallId !== "string" || toolCallId.length === 0) return;
    return {
      type: "toolCall",
      tool_call_id: toolCallId
    };
  };
  const resolveStartCause = (ns) => namespaceCause.get(nsKey(ns)) ?? deriveToolCallCause(ns);
  const emit = (ns, status, extras) => {
    const key = nsKey(ns);
    let current = namespaces.get(key);
    const graphName = current?.graphName ?? resolveGraphName(ns);
    if (current != null && current.status === status && current.graphName === graphName && extras?.error == null) return;
    if (current == null) {
      current = {
        namespace: ns,
        graphName,
        status
      };
      namespaces.set(key, current);
    } else current.status = status;
    const data = {
      event: status,
      graph_name: graphName,
      ...extras?.cause != null ? { cause: extras.cause } : {},
      ...extras?.error != null ? { error: extras.error } : {}
    };
    const timestamp = Date.now();
    log.push({
      namespace: ns,
      timestamp,
      ...data
    });
    if (ns.length === 0 && !emitRootOnRegister) return;
    if (emitter == null) return;
    inSelfEmit += 1;
    try {
      emitter.push(ns, {
        type: "event",
        seq: 0,
        method: "lifecycle",
        params: {
          namespace: ns,
          timestamp,
          data
        }
      });
    } finally {
      inSelfEmit -= 1;
    }
  };
  const trackNamespace = (ns) => {
    const key = nsKey(ns);
    let rec = namespaces.get(key);
    if (rec == null) {
      rec = {
        namespace: ns,
        graphName: resolveGraphName(ns),
        status: void 0
      };
      namespaces.set(key, rec);
    }
    return rec;
  };
  const flushPendingCompletions = () => {
    if (pendingCompletions.length === 0) return;
    const toFlush = pendingCompletions.splice(0, pendingCompletions.length);
    for (const completion of toFlush) {
      const key = nsKey(completion.namespace);
      const rec = namespaces.get(key);
      if (rec == null || rec.status !== "started") continue;
      emit(completion.namespace, "completed");
    }
  };
  const enqueueCompletion = (completion) => {
    const key = nsKey(completion.namespace);
    const rec = namespaces.get(key);
    if (rec == null || rec.status !== "started") return;
    if (pendingCompletions.some((pending) => nsKey(pending.namespace) === key)) return;
    pendingCompletions.push(completion);
  };
  const removePendingNodeCompletions = (parent, node) => {
    for (let index = pendingCompletions.length - 1; index >= 0; index -= 1) {
      const pending = pendingCompletions[index];
      if (pending.source.type !== "node") continue;
      if (pending.source.node !== node) continue;
      if (nsKey(pending.source.parent) !== nsKey(parent)) continue;
      pendingCompletions.splice(index, 1);
    }
  };
  const ensureStarted = (ns) => {
    for (let length = 1; length <= ns.length; length += 1) {
      const prefix = ns.slice(0, length);
      const key = nsKey(prefix);
      if (namespaces.has(key)) continue;
      trackNamespace(prefix);
      const cause = resolveStartCause(prefix);
      emit(prefix, "started", cause != null ? { cause } : void 0);
    }
  };
  const defaultTerminalStatus = () => pendingInterruptIds.size > 0 ? "interrupted" : "completed";
  const cascadeTerminalStatus = (status) => {
    for (const rec of namespaces.values()) {
      if (rec.namespace.length === 0) continue;
      if (rec.status !== "started") continue;
      emit(rec.namespace, status);
    }
    emit([], status);
    log.close();
  };
  const resolveTerminalStatusOverride = async () => {
    if (getTerminalStatusOverride == null) return defaultTerminalStatus();
    try {
      return await getTerminalStatusOverride() ?? defaultTerminalStatus();
    } catch {
      return defaultTerminalStatus();
    }
  };
  const findStartedChildForNode = (parentNamespace, node) => {
    const prefix = `${node}:`;
    for (const rec of namespaces.values()) {
      if (rec.namespace.length !== parentNamespace.length + 1) continue;
      if (rec.status !== "started") continue;
      if (!hasPrefix(rec.namespace, parentNamespace)) continue;
      const last = rec.namespace[rec.namespace.length - 1];
      if (last === node || last.startsWith(prefix)) return rec.namespace;
    }
  };
  const findStartedChildForTask = (parentNamespace, task2) => {
    const namespace = [...parentNamespace, `${task2.name}:${task2.id}`];
    return namespaces.get(nsKey(namespace))?.status === "started" ? namespace : void 0;
  };
  return {
    __native: true,
    init() {
      return {
        _lifecycleLog: log,
        lifecycle: filterLifecycleEntries(log, [], 0)
      };
    },
    onRegister(handle) {
      emitter = handle;
      trackNamespace([]);
      if (emitRootOnRegister) emit([], initialStatus);
    },
    process(event) {
      const ns = event.params.namespace;
      if (inSelfEmit > 0) return true;
      const taskCompletion = event.method === "tasks" ? extractTaskResultCompletion(event.params.data) : void 0;
      if (taskCompletion != null) removePendingNodeCompletions(ns, taskCompletion.name);
      else if (event.method === "tasks") {
        recordIdentity(ns, event.params.data);
        recordPendingToolCalls(event.params.data);
      }
      flushPendingCompletions();
      if (event.method === "lifecycle") {
        const cause = extractCause(event.params.data);
        if (cause != null) namespaceCause.set(nsKey(ns), cause);
        ensureStarted(ns);
        return false;
      }
      ensureStarted(ns);
      if (event.method === "input" && isRecord(event.params.data) && event.params.data.event === "requested") {
        const id = event.params.data.id;
        if (typeof id === "string") pendingInterruptIds.add(id);
      }
      if (taskCompletion != null) {
        const childNamespace = findStartedChildForTask(ns, taskCompletion);
        if (childNamespace != null) enqueueCompletion({
          namespace: childNamespace,
          source: { type: "task" }
        });
      }
      if (event.method === "updates") {
        const node = event.params.node;
        if (typeof node === "string" && !node.startsWith("__")) {
          const childNamespace = findStartedChildForNode(ns, node);
          if (childNamespace != null) enqueueCompletion({
            namespace: childNamespace,
            source: {
              type: "node",
              parent: ns,
              node
            }
          });
        }
      }
      return true;
    },
    finalize() {
      if (finalized) return;
      finalized = true;
      flushPendingCompletions();
      if (getTerminalStatusOverride == null) {
        cascadeTerminalStatus(defaultTerminalStatus());
        return;
      }
      return resolveTerminalStatusOverride().then(cascadeTerminalStatus).catch((err) => {
        log.fail(err);
      });
    },
    fail(err) {
      if (finalized) return;
      finalized = true;
      const errorMessage = serializeError(err);
      for (const rec of namespaces.values()) {
        if (rec.namespace.length === 0) continue;
        if (rec.status !== "started") continue;
        emit(rec.namespace, "failed");
      }
      emit([], "failed", { error: errorMessage });
      log.fail(err);
    }
  };
}

// node_modules/@langchain/langgraph/dist/stream/transformers/messages.js
function getMessageStreamKey(data) {
  const record = data;
  if (typeof record.run_id === "string") return `run:${record.run_id}`;
  if (data.event === "message-start" && typeof record.id === "string") return `message:${record.id}`;
  return "__default__";
}
function createMessagesTransformer(path, nodeFilter) {
  const log = StreamChannel.local();
  const active = /* @__PURE__ */ new Map();
  const ignored = /* @__PURE__ */ new Set();
  return {
    init: () => ({ messages: log.toAsyncIterable() }),
    process(event) {
      if (event.method !== "messages") return true;
      if (!hasPrefix(event.params.namespace, path)) return true;
      if (event.params.namespace.length !== path.length + 1) return true;
      if (nodeFilter !== void 0 && event.params.node !== nodeFilter) return true;
      const data = event.params.data;
      switch (data.event) {
        case "message-start": {
          const key = getMessageStreamKey(data);
          if (data.role === "tool") {
            ignored.add(key);
            break;
          }
          const source = StreamChannel.local();
          const stream = Object.assign(new ChatModelStream(source.toAsyncIterable()), {
            namespace: event.params.namespace,
            node: event.params.node
          });
          active.set(key, {
            source,
            stream
          });
          source.push(data);
          log.push(stream);
          break;
        }
        case "content-block-start":
        case "content-block-delta":
        case "content-block-finish":
          if (ignored.has(getMessageStreamKey(data))) break;
          active.get(getMessageStreamKey(data))?.source.push(data);
          break;
        case "message-finish": {
          const key = getMessageStreamKey(data);
          if (ignored.delete(key)) break;
          const stream = active.get(key);
          if (stream) {
            stream.source.push(data);
            stream.source.close();
            active.delete(key);
          }
          break;
        }
        case "error":
          if (ignored.has(getMessageStreamKey(data))) break;
          active.get(getMessageStreamKey(data))?.source.push(data);
          break;
      }
      return true;
    },
    finalize() {
      for (const [key, stream] of active) {
        stream.source.push({ event: "message-finish" });
        stream.source.close();
        active.delete(key);
      }
      ignored.clear();
      log.close();
    },
    fail(err) {
      for (const [key, stream] of active) {
        stream.source.fail(err);
        active.delete(key);
      }
      ignored.clear();
      log.fail(err);
    }
  };
}

// node_modules/@langchain/langgraph/dist/stream/transformers/subgraphs.js
function filterSubgraphHandles(log, path, startAt = 0) {
  const targetDepth = path.length + 1;
  return { [Symbol.asyncIterator]() {
    const base = log.iterate(startAt);
    return { async next() {
      while (true) {
        const result = await base.next();
        if (result.done) return {
          value: void 0,
          done: true
        };
        const { ns, stream } = result.value;
        if (ns.length === targetDepth && hasPrefix(ns, path)) return {
          value: stream,
          done: false
        };
      }
    } };
  } };
}
function createSubgraphDiscoveryTransformer(mux, options) {
  const { createStream } = options;
  const seen = /* @__PURE__ */ new Set();
  return {
    __native: true,
    init() {
      return {
        _discoveries: mux._discoveries,
        subgraphs: filterSubgraphHandles(mux._discoveries, [], 0)
      };
    },
    process(event) {
      const ns = event.params.namespace;
      if (ns.length === 0) return true;
      const topNs = ns.slice(0, 1);
      const topKey = nsKey(topNs);
      if (seen.has(topKey)) return true;
      seen.add(topKey);
      const stream = createStream(topNs, mux._discoveries.size, mux._events.size);
      mux.register(topNs, stream);
      mux._discoveries.push({
        ns: topNs,
        stream
      });
      return true;
    }
  };
}

// node_modules/@langchain/langgraph/dist/stream/transformers/values.js
function createValuesTransformer(path) {
  const valuesLog = StreamChannel.local();
  return {
    init: () => ({ _valuesLog: valuesLog }),
    process(event) {
      if (event.method !== "values") return true;
      if (event.params.namespace.length !== path.length) return true;
      if (!hasPrefix(event.params.namespace, path)) return true;
      valuesLog.push(event.params.data);
      return true;
    },
    finalize() {
      valuesLog.close();
    },
    fail(err) {
      valuesLog.fail(err);
    }
  };
}

// node_modules/@langchain/langgraph/dist/stream/types.js
function isNativeTransformer(t) {
  return "__native" in t && t.__native === true;
}

// node_modules/@langchain/langgraph/dist/stream/run-stream.js
var SET_VALUES_LOG = /* @__PURE__ */ Symbol("setValuesLog");
var SET_MESSAGES_ITERABLE = /* @__PURE__ */ Symbol("setMessagesIterable");
var SET_LIFECYCLE_ITERABLE = /* @__PURE__ */ Symbol("setLifecycleIterable");
var SET_SUBGRAPHS_ITERABLE = /* @__PURE__ */ Symbol("setSubgraphsIterable");
var EMPTY_ASYNC_ITERABLE = { [Symbol.asyncIterator]() {
  return { next: () => Promise.resolve({
    value: void 0,
    done: true
  }) };
} };
var GraphRunStream = class {
  /**
  * Namespace path identifying this stream's position in the agent tree.
  * An empty array for the root stream.
  */
  path;
  /**
  * Merged projections from user-supplied {@link StreamTransformer} factories.
  * Each transformer's `init()` return value is spread into this object.
  */
  extensions;
  /**
  * The central stream multiplexer that drives event dispatch and transformer
  * pipelines. Accessible to subclasses for direct event subscription.
  *
  * @internal
  */
  _mux;
  #eventStart;
  #discoveryStart;
  #abortController;
  #resolveValuesFn;
  #rejectValuesFn;
  #valuesDone;
  #valuesLog;
  #messagesIterable;
  #lifecycleIterable;
  #subgraphsIterable;
  /**
  * @param path - Namespace path for this stream (empty array for root).
  * @param mux - The {@link StreamMux} driving this run.
  * @param discoveryStart - Cursor offset into the mux discovery log.
  * @param eventStart - Cursor offset into the mux event log.
  * @param extensions - Pre-initialized transformer projections.
  * @param abortController - Controller for programmatic cancellation.
  */
  constructor(path, mux, discoveryStart = 0, eventStart = 0, extensions, abortController) {
    this.path = path;
    this._mux = mux;
    this.#discoveryStart = discoveryStart;
    this.#eventStart = eventStart;
    this.extensions = extensions ?? {};
    this.#abortController = abortController ?? new AbortController();
    this.#valuesDone = new Promise((resolve, reject) => {
      this.#resolveValuesFn = resolve;
      this.#rejectValuesFn = reject;
    });
    this.#valuesDone.catch(() => {
    });
  }
  /**
  * Async iterator over all {@link ProtocolEvent}s at or below this
  * stream's namespace, starting from the configured event offset.
  *
  * @returns An async iterator yielding protocol events in arrival order.
  */
  [Symbol.asyncIterator]() {
    return this._mux.subscribeEvents(this.path, this.#eventStart);
  }
  /**
  * Async iterable of child {@link SubgraphRunStream} instances discovered
  * during the run. Each yielded stream represents a direct child namespace.
  *
  * Backed by the shared `_discoveries` log on the mux, populated by
  * {@link createSubgraphDiscoveryTransformer}.  For streams created
  * through {@link createGraphRunStream} the iterable is pre-wired
  * (via {@link SET_SUBGRAPHS_ITERABLE}) so iteration is cheap.
  * Streams constructed directly (e.g. in unit tests) fall back to
  * filtering `_mux._discoveries` on demand, preserving the original
  * behavior without requiring explicit wiring.
  *
  * @returns An async iterable of subgraph run streams.
  */
  get subgraphs() {
    if (this.#subgraphsIterable) return this.#subgraphsIterable;
    return filterSubgraphHandles(this._mux._discoveries, this.path, this.#discoveryStart);
  }
  /**
  * Dual-interface accessor for graph state snapshots.
  *
  * As an {@link AsyncIterable}, yields each intermediate state snapshot
  * as it arrives. As a {@link PromiseLike}, resolves with the final
  * state value when the run completes.
  *
  * @returns A combined async iterable and promise-like for state values.
  */
  get values() {
    const log = this.#valuesLog;
    const done = this.#valuesDone;
    const mux = this._mux;
    const eventStart = this.#eventStart;
    const path = this.path;
    const iterable = log ? log.toAsyncIterable() : { [Symbol.asyncIterator]: () => {
      const base = mux.subscribeEvents(path, eventStart);
      return { async next() {
        while (true) {
          const result = await base.next();
          if (result.done) return {
            value: void 0,
            done: true
          };
          if (result.value.method === "values" && result.value.params.namespace.length === path.length) return {
            value: result.value.params.data,
            done: false
          };
        }
      } };
    } };
    return {
      [Symbol.asyncIterator]: () => iterable[Symbol.asyncIterator](),
      then: done.then.bind(done)
    };
  }
  /**
  * All AI message lifecycles observed at this namespace level, in order.
  * Each yielded {@link ChatModelStream} represents one message-start →
  * message-finish lifecycle with streaming `.text`, `.reasoning`, and
  * `.usage` projections.
  *
  * @returns An async iterable of chat model streams.
  */
  get messages() {
    if (this.#messagesIterable) return this.#messagesIterable;
    const transformer = createMessagesTransformer(this.path);
    const projection = transformer.init();
    this._mux.addTransformer(transformer);
    this.#messagesIterable = projection.messages;
    return this.#messagesIterable;
  }
  /**
  * Sequence of {@link LifecycleEntry} records tracking the
  * `lifecycle` channel: when the run starts, when each subgraph
  * enters/exits, and the terminal status of the run as a whole.
  *
  * Backed by the built-in {@link createLifecycleTransformer}; the
  * root stream's iterable is wired during
  * {@link createGraphRunStream} setup, and each
  * {@link SubgraphRunStream} is wired in the subgraph discovery
  * factory with a subtree-scoped view (via
  * {@link filterLifecycleEntries}).  Streams constructed outside
  * `createGraphRunStream` and not wired will yield nothing.
  *
  * @returns An async iterable of lifecycle entries in emission order.
  */
  get lifecycle() {
    return this.#lifecycleIterable ?? EMPTY_ASYNC_ITERABLE;
  }
  /**
  * Messages produced by a specific graph node. Use when the run has
  * multiple model-calling nodes and you only want messages from one.
  *
  * @param node - The graph node name to filter messages by.
  * @returns An async iterable of chat model streams from the given node.
  */
  messagesFrom(node) {
    const transformer = createMessagesTransformer(this.path, node);
    const projection = transformer.init();
    this._mux.addTransformer(transformer);
    return projection.messages;
  }
  /**
  * Promise that resolves with the final graph state when the run completes,
  * or rejects if the run fails.
  *
  * @returns A promise resolving to the final state values.
  */
  get output() {
    return this.#valuesDone;
  }
  /**
  * Whether the run ended due to a human-in-the-loop interrupt.
  *
  * @returns `true` if the run was interrupted.
  */
  get interrupted() {
    return this._mux.interrupted;
  }
  /**
  * Interrupt payloads collected during the run, if any.
  *
  * @returns A readonly array of interrupt payloads.
  */
  get interrupts() {
    return this._mux.interrupts;
  }
  /**
  * Programmatically abort this run. Equivalent to calling
  * `signal.abort(reason)`.
  *
  * @param reason - Optional abort reason passed to the signal.
  */
  abort(reason) {
    this.#abortController.abort(reason);
  }
  /**
  * The {@link AbortSignal} wired into this run for cancellation support.
  *
  * @returns The abort signal for this stream.
  */
  get signal() {
    return this.#abortController.signal;
  }
  /**
  * Resolve the output/values promise with the final state snapshot.
  * Called by {@link StreamMux.close}.
  *
  * @param values - The final state values, or `undefined` if none.
  * @internal
  */
  [RESOLVE_VALUES](values) {
    this.#resolveValuesFn?.(values);
    this.#resolveValuesFn = void 0;
  }
  /**
  * Reject the output/values promise with a run error.
  * Called by {@link StreamMux.fail}.
  *
  * @param err - The error that caused the run to fail.
  * @internal
  */
  [REJECT_VALUES](err) {
    this.#rejectValuesFn?.(err);
    this.#rejectValuesFn = void 0;
  }
  /**
  * Attach the transformer-populated event log backing the `.values` iterable.
  * Called during stream setup in {@link createGraphRunStream}.
  *
  * @param log - The event log from the values transformer projection.
  * @internal
  */
  [SET_VALUES_LOG](log) {
    this.#valuesLog = log;
  }
  /**
  * Attach the transformer-populated async iterable backing the `.messages`
  * accessor. Called during stream setup in {@link createGraphRunStream}.
  *
  * @param iterable - The async iterable from the messages transformer projection.
  * @internal
  */
  [SET_MESSAGES_ITERABLE](iterable) {
    this.#messagesIterable = iterable;
  }
  /**
  * Attach the transformer-populated async iterable backing the
  * `.lifecycle` accessor. Called during stream setup in
  * {@link createGraphRunStream}.
  *
  * @param iterable - The async iterable from the lifecycle transformer projection.
  * @internal
  */
  [SET_LIFECYCLE_ITERABLE](iterable) {
    this.#lifecycleIterable = iterable;
  }
  /**
  * Attach the transformer-populated async iterable backing the
  * `.subgraphs` accessor. Called during root stream setup in
  * {@link createGraphRunStream} and during child stream
  * construction in the discovery transformer factory.
  *
  * @param iterable - The async iterable of direct-child stream handles.
  * @internal
  */
  [SET_SUBGRAPHS_ITERABLE](iterable) {
    this.#subgraphsIterable = iterable;
  }
};
var SubgraphRunStream = class extends GraphRunStream {
  /**
  * The node name extracted from the last segment of the namespace path
  * (everything before the final colon, or the full segment if no colon).
  */
  name;
  /**
  * The invocation index parsed from the `"name:N"` suffix of the last
  * namespace segment. Defaults to `0` when no numeric suffix is present.
  */
  index;
  /**
  * @param path - Namespace path for this subgraph stream.
  * @param mux - The {@link StreamMux} driving this run.
  * @param discoveryStart - Cursor offset into the mux discovery log.
  * @param eventStart - Cursor offset into the mux event log.
  * @param extensions - Pre-initialized transformer projections.
  * @param abortController - Controller for programmatic cancellation.
  */
  constructor(path, mux, discoveryStart = 0, eventStart = 0, extensions, abortController) {
    super(path, mux, discoveryStart, eventStart, extensions, abortController);
    const lastSegment = path[path.length - 1] ?? "";
    const colonIdx = lastSegment.lastIndexOf(":");
    if (colonIdx >= 0) {
      this.name = lastSegment.slice(0, colonIdx);
      const suffix = lastSegment.slice(colonIdx + 1);
      this.index = /^\d+$/.test(suffix) ? Number(suffix) : 0;
    } else {
      this.name = lastSegment;
      this.index = 0;
    }
  }
};
function createGraphRunStream(source, transformers = [], optionsOrAbortController) {
  const { abortController } = optionsOrAbortController instanceof AbortController ? { abortController: optionsOrAbortController } : optionsOrAbortController ?? {};
  const mux = new StreamMux();
  const lifecycleTransformer = createLifecycleTransformer();
  const lifecycleProjection = lifecycleTransformer.init();
  const lifecycleLog = lifecycleProjection._lifecycleLog;
  const subgraphDiscoveryTransformer = createSubgraphDiscoveryTransformer(mux, { createStream: (path, discoveryStart, eventStart) => {
    const sub = new SubgraphRunStream(path, mux, discoveryStart, eventStart);
    sub[SET_SUBGRAPHS_ITERABLE](filterSubgraphHandles(mux._discoveries, path, discoveryStart));
    sub[SET_LIFECYCLE_ITERABLE](filterLifecycleEntries(lifecycleLog, path, lifecycleLog.size));
    return sub;
  } });
  const subgraphsProjection = subgraphDiscoveryTransformer.init();
  mux.addTransformer(subgraphDiscoveryTransformer);
  mux.addTransformer(lifecycleTransformer);
  const valuesTransformer = createValuesTransformer([]);
  const messagesTransformer = createMessagesTransformer([]);
  mux.addTransformer(valuesTransformer);
  mux.addTransformer(messagesTransformer);
  const extensions = {};
  const nativeProjections = [];
  for (const factory of transformers) {
    const transformer = factory();
    mux.addTransformer(transformer);
    const projection = transformer.init();
    if (isNativeTransformer(transformer)) nativeProjections.push(projection);
    else Object.assign(extensions, projection);
    if (typeof projection === "object" && projection !== null && !isNativeTransformer(transformer)) mux.wireChannels(projection);
  }
  const root = new GraphRunStream([], mux, 0, 0, extensions, abortController);
  for (const proj of nativeProjections) Object.assign(root, proj);
  const valuesProjection = valuesTransformer.init();
  root[SET_VALUES_LOG](valuesProjection._valuesLog);
  const messagesProjection = messagesTransformer.init();
  root[SET_MESSAGES_ITERABLE](messagesProjection.messages);
  root[SET_LIFECYCLE_ITERABLE](lifecycleProjection.lifecycle);
  root[SET_SUBGRAPHS_ITERABLE](subgraphsProjection.subgraphs);
  mux.register([], root);
  pump(source, mux).catch((err) => {
  });
  return root;
}

// node_modules/@langchain/langgraph/dist/utils.js
var RunnableCallable = class extends Runnable {
  lc_namespace = ["langgraph"];
  func;
  tags;
  config;
  trace = true;
  recurse = true;
  constructor(fields) {
    super();
    this.name = fields.name ?? fields.func.name;
    this.func = fields.func;
    this.config = fields.tags ? { tags: fields.tags } : void 0;
    this.trace = fields.trace ?? this.trace;
    this.recurse = fields.recurse ?? this.recurse;
  }
  async _tracedInvoke(input, config, runManager) {
    return new Promise((resolve, reject) => {
      const childConfig = patchConfig(config, { callbacks: runManager?.getChild() });
      AsyncLocalStorageProviderSingleton.runWithConfig(childConfig, async () => {
        try {
          resolve(await this.func(input, childConfig));
        } catch (e) {
          reject(e);
        }
      });
    });
  }
  async invoke(input, options) {
    let returnValue;
    const config = ensureLangGraphConfig(options);
    const mergedConfig = mergeConfigs(this.config, config);
    if (this.trace) returnValue = await this._callWithConfig(this._tracedInvoke, input, mergedConfig);
    else returnValue = await AsyncLocalStorageProviderSingleton.runWithConfig(mergedConfig, async () => this.func(input, mergedConfig));
    if (Runnable.isRunnable(returnValue) && this.recurse) return await AsyncLocalStorageProviderSingleton.runWithConfig(mergedConfig, async () => returnValue.invoke(input, mergedConfig));
    return returnValue;
  }
};
function* prefixGenerator(generator, prefix) {
  if (prefix === void 0) yield* generator;
  else for (const value of generator) yield [prefix, value];
}
async function gatherIterator(i) {
  const out = [];
  for await (const item of await i) out.push(item);
  return out;
}
function gatherIteratorSync(i) {
  const out = [];
  for (const item of i) out.push(item);
  return out;
}
function patchConfigurable(config, patch) {
  if (!config) return { configurable: patch };
  else if (!("configurable" in config)) return {
    ...config,
    configurable: patch
  };
  else return {
    ...config,
    configurable: {
      ...config.configurable,
      ...patch
    }
  };
}
function isAsyncGeneratorFunction(val) {
  return val != null && typeof val === "function" && val instanceof Object.getPrototypeOf(async function* () {
  }).constructor;
}
function isGeneratorFunction(val) {
  return val != null && typeof val === "function" && val instanceof Object.getPrototypeOf(function* () {
  }).constructor;
}

// node_modules/@langchain/langgraph/dist/pregel/write.js
function _isSkipWrite(x) {
  return typeof x === "object" && x?.[/* @__PURE__ */ Symbol.for("LG_SKIP_WRITE")] !== void 0;
}
var PASSTHROUGH = { [/* @__PURE__ */ Symbol.for("LG_PASSTHROUGH")]: true };
function _isPassthrough(x) {
  return typeof x === "object" && x?.[/* @__PURE__ */ Symbol.for("LG_PASSTHROUGH")] !== void 0;
}
var IS_WRITER = /* @__PURE__ */ Symbol("IS_WRITER");
var ChannelWrite = class ChannelWrite2 extends RunnableCallable {
  writes;
  constructor(writes, tags) {
    const name = `ChannelWrite<${writes.map((packet) => {
      if (_isSend(packet)) return packet.node;
      else if ("channel" in packet) return packet.channel;
      return "...";
    }).join(",")}>`;
    super({
      writes,
      name,
      tags,
      trace: false,
      func: async (input, config) => {
        return this._write(input, config ?? {});
      }
    });
    this.writes = writes;
  }
  async _write(input, config) {
    const writes = this.writes.map((write) => {
      if (_isChannelWriteTupleEntry(write) && _isPassthrough(write.value)) return {
        mapper: write.mapper,
        value: input
      };
      else if (_isChannelWriteEntry(write) && _isPassthrough(write.value)) return {
        channel: write.channel,
        value: input,
        skipNone: write.skipNone,
        mapper: write.mapper
      };
      else return write;
    });
    await ChannelWrite2.doWrite(config, writes);
    return input;
  }
  static async doWrite(config, writes) {
    for (const w of writes) {
      if (_isChannelWriteEntry(w)) {
        if (w.channel === "__pregel_tasks") throw new InvalidUpdateError("Cannot write to the reserved channel TASKS");
        if (_isPassthrough(w.value)) throw new InvalidUpdateError("PASSTHROUGH value must be replaced");
      }
      if (_isChannelWriteTupleEntry(w)) {
        if (_isPassthrough(w.value)) throw new InvalidUpdateError("PASSTHROUGH value must be replaced");
      }
    }
    const writeEntries = [];
    for (const w of writes) if (_isSend(w)) writeEntries.push([TASKS, w]);
    else if (_isChannelWriteTupleEntry(w)) {
      const mappedResult = await w.mapper.invoke(w.value, config);
      if (mappedResult != null && mappedResult.length > 0) writeEntries.push(...mappedResult);
    } else if (_isChannelWriteEntry(w)) {
      const mappedValue = w.mapper !== void 0 ? await w.mapper.invoke(w.value, config) : w.value;
      if (_isSkipWrite(mappedValue)) continue;
      if (w.skipNone && mappedValue === void 0) continue;
      writeEntries.push([w.channel, mappedValue]);
    } else throw new Error(`Invalid write entry: ${JSON.stringify(w)}`);
    const write = config.configurable?.[CONFIG_KEY_SEND];
    write(writeEntries);
  }
  static isWriter(runnable) {
    return runnable instanceof ChannelWrite2 || IS_WRITER in runnable && !!runnable[IS_WRITER];
  }
  static registerWriter(runnable) {
    return Object.defineProperty(runnable, IS_WRITER, { value: true });
  }
};
function _isChannelWriteEntry(x) {
  return x !== void 0 && typeof x.channel === "string";
}
function _isChannelWriteTupleEntry(x) {
  return x !== void 0 && !_isChannelWriteEntry(x) && Runnable.isRunnable(x.mapper);
}

// node_modules/@langchain/langgraph/dist/pregel/read.js
var ChannelRead = class ChannelRead2 extends RunnableCallable {
  lc_graph_name = "ChannelRead";
  channel;
  fresh = false;
  mapper;
  constructor(channel, mapper, fresh = false) {
    super({
      trace: false,
      func: (_, config) => ChannelRead2.doRead(config, this.channel, this.fresh, this.mapper)
    });
    this.fresh = fresh;
    this.mapper = mapper;
    this.channel = channel;
    this.name = Array.isArray(channel) ? `ChannelRead<${channel.join(",")}>` : `ChannelRead<${channel}>`;
  }
  static doRead(config, channel, fresh, mapper) {
    const read = config.configurable?.[CONFIG_KEY_READ];
    if (!read) throw new Error("Runnable is not configured with a read function. Make sure to call in the context of a Pregel process");
    if (mapper) return mapper(read(channel, fresh));
    else return read(channel, fresh);
  }
};
var defaultRunnableBound = /* @__PURE__ */ new RunnablePassthrough();
var PregelNode = class PregelNode2 extends RunnableBinding {
  lc_graph_name = "PregelNode";
  channels;
  triggers = [];
  mapper;
  writers = [];
  bound = defaultRunnableBound;
  kwargs = {};
  metadata = {};
  tags = [];
  retryPolicy;
  cachePolicy;
  timeout;
  tracePolicy;
  subgraphs;
  ends;
  isErrorHandler;
  errorHandlerNode;
  constructor(fields) {
    const { channels, triggers, mapper, writers, bound, kwargs, metadata, retryPolicy, cachePolicy, timeout, tracePolicy, tags, subgraphs, ends, isErrorHandler, errorHandlerNode } = fields;
    const mergedTags = [...fields.config?.tags ? fields.config.tags : [], ...tags ?? []];
    super({
      ...fields,
      bound: fields.bound ?? defaultRunnableBound,
      config: {
        ...fields.config ? fields.config : {},
        tags: mergedTags
      }
    });
    this.channels = channels;
    this.triggers = triggers;
    this.mapper = mapper;
    this.writers = writers ?? this.writers;
    this.bound = bound ?? this.bound;
    this.kwargs = kwargs ?? this.kwargs;
    this.metadata = metadata ?? this.metadata;
    this.tags = mergedTags;
    this.retryPolicy = retryPolicy;
    this.cachePolicy = cachePolicy;
    this.timeout = timeout;
    this.tracePolicy = tracePolicy;
    this.subgraphs = subgraphs;
    this.ends = ends;
    this.isErrorHandler = isErrorHandler;
    this.errorHandlerNode = errorHandlerNode;
  }
  getWriters() {
    const newWriters = [...this.writers];
    while (newWriters.length > 1 && newWriters[newWriters.length - 1] instanceof ChannelWrite && newWriters[newWriters.length - 2] instanceof ChannelWrite) {
      const endWriters = newWriters.slice(-2);
      const combinedWrites = endWriters[0].writes.concat(endWriters[1].writes);
      newWriters[newWriters.length - 2] = new ChannelWrite(combinedWrites, endWriters[0].config?.tags);
      newWriters.pop();
    }
    return newWriters;
  }
  getNode() {
    const writers = this.getWriters();
    if (this.bound === defaultRunnableBound && writers.length === 0) return;
    else if (this.bound === defaultRunnableBound && writers.length === 1) return writers[0];
    else if (this.bound === defaultRunnableBound) return new RunnableSequence({
      first: writers[0],
      middle: writers.slice(1, writers.length - 1),
      last: writers[writers.length - 1],
      omitSequenceTags: true,
      tracePolicy: this.tracePolicy
    });
    else if (writers.length > 0) return new RunnableSequence({
      first: this.bound,
      middle: writers.slice(0, writers.length - 1),
      last: writers[writers.length - 1],
      omitSequenceTags: true,
      tracePolicy: this.tracePolicy
    });
    else return this.bound;
  }
  join(channels) {
    if (!Array.isArray(channels)) throw new Error("channels must be a list");
    if (typeof this.channels !== "object") throw new Error("all channels must be named when using .join()");
    return new PregelNode2({
      channels: {
        ...this.channels,
        ...Object.fromEntries(channels.map((chan) => [chan, chan]))
      },
      triggers: this.triggers,
      mapper: this.mapper,
      writers: this.writers,
      bound: this.bound,
      kwargs: this.kwargs,
      config: this.config,
      retryPolicy: this.retryPolicy,
      cachePolicy: this.cachePolicy,
      timeout: this.timeout,
      tracePolicy: this.tracePolicy
    });
  }
  pipe(coerceable) {
    if (ChannelWrite.isWriter(coerceable)) return new PregelNode2({
      channels: this.channels,
      triggers: this.triggers,
      mapper: this.mapper,
      writers: [...this.writers, coerceable],
      bound: this.bound,
      config: this.config,
      kwargs: this.kwargs,
      retryPolicy: this.retryPolicy,
      cachePolicy: this.cachePolicy,
      timeout: this.timeout,
      tracePolicy: this.tracePolicy
    });
    else if (this.bound === defaultRunnableBound) return new PregelNode2({
      channels: this.channels,
      triggers: this.triggers,
      mapper: this.mapper,
      writers: this.writers,
      bound: _coerceToRunnable(coerceable),
      config: this.config,
      kwargs: this.kwargs,
      retryPolicy: this.retryPolicy,
      cachePolicy: this.cachePolicy,
      timeout: this.timeout,
      tracePolicy: this.tracePolicy
    });
    else return new PregelNode2({
      channels: this.channels,
      triggers: this.triggers,
      mapper: this.mapper,
      writers: this.writers,
      bound: this.bound.pipe(coerceable),
      config: this.config,
      kwargs: this.kwargs,
      retryPolicy: this.retryPolicy,
      cachePolicy: this.cachePolicy,
      timeout: this.timeout,
      tracePolicy: this.tracePolicy
    });
  }
};

// node_modules/@langchain/langgraph/dist/pregel/utils/subgraph.js
function isRunnableSequence(x) {
  return "steps" in x && Array.isArray(x.steps);
}
function isPregelLike(x) {
  return "lg_is_pregel" in x && x.lg_is_pregel === true;
}
function findSubgraphPregel(candidate) {
  const candidates = [candidate];
  for (const candidate2 of candidates) if (isPregelLike(candidate2)) return candidate2;
  else if (isRunnableSequence(candidate2)) candidates.push(...candidate2.steps);
}

// node_modules/@langchain/langgraph/dist/pregel/callbacks.js
function getGraphCallbackDispatcher(manager) {
  const handlers = manager?.handlers.filter(GraphCallbackHandler.isInstance);
  if (!handlers?.length) return void 0;
  return async (events) => {
    while (events?.length) {
      const event = events.shift();
      for (const handler of handlers) {
        const method = "interrupts" in event ? "handleInterrupt" : "handleResume";
        try {
          if ("interrupts" in event) await handler.handleInterrupt?.(event);
          else await handler.handleResume?.(event);
        } catch (error) {
          (handler.raiseError ? console.error : console.warn)(`Error in handler ${handler.constructor.name}, ${method}: ${error}`);
          if (handler.raiseError) throw error;
        }
      }
    }
  };
}

// node_modules/@langchain/langgraph/dist/pregel/checkpoint.js
function advanceDeltaCounters(channels, updatedChannels, counters) {
  const next = {};
  for (const name in channels) {
    if (!Object.prototype.hasOwnProperty.call(channels, name) || !isDeltaChannel(channels[name])) continue;
    const [updates, supersteps] = counters?.[name] ?? [0, 0];
    next[name] = [updatedChannels.has(name) ? updates + 1 : updates, supersteps + 1];
  }
  return next;
}
function deltaCountersMetadata(counters) {
  return Object.keys(counters).length > 0 ? { counters_since_delta_snapshot: counters } : {};
}
function updateStateDeltaPlan(channels, updatedChannels, saved, channelVersions, deltaWritesVersioned, forkChannels) {
  if (saved === void 0) {
    const channelsToSnapshot2 = /* @__PURE__ */ new Set();
    for (const name in channels) if (Object.prototype.hasOwnProperty.call(channels, name) && isDeltaChannel(channels[name]) && channels[name].isAvailable() && channelVersions[name] !== void 0) channelsToSnapshot2.add(name);
    return {
      channelsToSnapshot: channelsToSnapshot2,
      metadata: {}
    };
  }
  const counters = advanceDeltaCounters(channels, updatedChannels, saved.metadata?.counters_since_delta_snapshot);
  const channelsToSnapshot = deltaChannelsToSnapshot(channels, counters, deltaWritesVersioned ? channelVersions : void 0);
  for (const name of forkChannels) channelsToSnapshot.add(name);
  for (const name of channelsToSnapshot) delete counters[name];
  return {
    channelsToSnapshot,
    metadata: deltaCountersMetadata(counters)
  };
}
async function checkpointSuperseded(saver, config, saved) {
  if (!config.configurable?.checkpoint_id) return false;
  const latest = await saver.getTuple({
    ...config,
    configurable: {
      ...config.configurable,
      checkpoint_id: void 0
    }
  });
  return latest !== void 0 && latest.checkpoint.id !== saved.checkpoint.id;
}

// node_modules/@langchain/langgraph/dist/pregel/io.js
function readChannel(channels, chan, catchErrors = true, returnException = false) {
  try {
    return channels[chan].get();
  } catch (e) {
    if (e.name === EmptyChannelError.unminifiable_name) {
      if (returnException) return e;
      else if (catchErrors) return null;
    }
    throw e;
  }
}
function readChannels(channels, select, skipEmpty = true) {
  if (Array.isArray(select)) {
    const values = {};
    for (const k of select) try {
      values[k] = readChannel(channels, k, !skipEmpty);
    } catch (e) {
      if (e.name === EmptyChannelError.unminifiable_name) continue;
    }
    return values;
  } else return readChannel(channels, select);
}
function* mapCommand(cmd, pendingWrites) {
  if (cmd.graph === Command.PARENT) throw new InvalidUpdateError("There is no parent graph.");
  if (cmd.goto) {
    let sends;
    if (Array.isArray(cmd.goto)) sends = cmd.goto;
    else sends = [cmd.goto];
    for (const send of sends) if (_isSend(send)) yield [
      NULL_TASK_ID,
      TASKS,
      send
    ];
    else if (typeof send === "string") yield [
      NULL_TASK_ID,
      `branch:to:${send}`,
      "__start__"
    ];
    else throw new Error(`In Command.send, expected Send or string, got ${typeof send}`);
  }
  if (cmd.resume != null) if (typeof cmd.resume === "object" && Object.keys(cmd.resume).length && Object.keys(cmd.resume).every(isXXH3)) for (const [tid, resume] of Object.entries(cmd.resume)) {
    const existing = pendingWrites.filter((w) => w[0] === tid && w[1] === "__resume__").map((w) => w[2]).slice(0, 1) ?? [];
    existing.push(resume);
    yield [
      tid,
      RESUME,
      existing
    ];
  }
  else yield [
    NULL_TASK_ID,
    RESUME,
    cmd.resume
  ];
  if (cmd.update) {
    if (typeof cmd.update !== "object" || !cmd.update) throw new Error("Expected cmd.update to be a dict mapping channel names to update values");
    if (Array.isArray(cmd.update)) for (const [k, v] of cmd.update) yield [
      NULL_TASK_ID,
      k,
      v
    ];
    else for (const [k, v] of Object.entries(cmd.update)) yield [
      NULL_TASK_ID,
      k,
      v
    ];
  }
}
function* mapInput(inputChannels, chunk) {
  if (chunk !== void 0 && chunk !== null) if (Array.isArray(inputChannels) && typeof chunk === "object" && !Array.isArray(chunk)) {
    for (const k in chunk) if (inputChannels.includes(k)) yield [k, chunk[k]];
  } else if (Array.isArray(inputChannels)) throw new Error(`Input chunk must be an object when "inputChannels" is an array`);
  else yield [inputChannels, chunk];
}
function* mapOutputValues(outputChannels, pendingWrites, channels) {
  if (Array.isArray(outputChannels)) {
    if (pendingWrites === true || pendingWrites.find(([chan, _]) => outputChannels.includes(chan))) yield readChannels(channels, outputChannels);
  } else if (pendingWrites === true || pendingWrites.some(([chan, _]) => chan === outputChannels)) yield readChannel(channels, outputChannels);
}
function* mapOutputUpdates(outputChannels, tasks, cached) {
  const outputTasks = tasks.filter(([task2, ww]) => {
    return (task2.config === void 0 || !task2.config.tags?.includes("langsmith:hidden")) && ww[0][0] !== "__error__" && ww[0][0] !== "__interrupt__";
  });
  if (!outputTasks.length) return;
  let updated;
  if (outputTasks.some(([task2]) => task2.writes.some(([chan, _]) => chan === "__return__"))) updated = outputTasks.flatMap(([task2]) => task2.writes.filter(([chan, _]) => chan === RETURN).map(([_, value]) => [task2.name, value]));
  else if (!Array.isArray(outputChannels)) updated = outputTasks.flatMap(([task2]) => task2.writes.filter(([chan, _]) => chan === outputChannels).map(([_, value]) => [task2.name, value]));
  else updated = outputTasks.flatMap(([task2]) => {
    const { writes } = task2;
    const counts = {};
    for (const [chan] of writes) if (outputChannels.includes(chan)) counts[chan] = (counts[chan] || 0) + 1;
    if (Object.values(counts).some((count) => count > 1)) return writes.filter(([chan]) => outputChannels.includes(chan)).map(([chan, value]) => [task2.name, { [chan]: value }]);
    else return [[task2.name, Object.fromEntries(writes.filter(([chan]) => outputChannels.includes(chan)))]];
  });
  const grouped = {};
  for (const [node, value] of updated) {
    if (!(node in grouped)) grouped[node] = [];
    grouped[node].push(value);
  }
  const flattened = {};
  for (const node in grouped) if (grouped[node].length === 1) {
    const [write] = grouped[node];
    flattened[node] = write;
  } else flattened[node] = grouped[node];
  if (cached) flattened["__metadata__"] = { cached };
  yield flattened;
}

// node_modules/@langchain/langgraph/dist/pregel/utils/index.js
function getNullChannelVersion(currentVersions) {
  const startVersion = typeof currentVersions[START];
  if (startVersion === "number") return 0;
  if (startVersion === "string") return "";
  for (const key in currentVersions) {
    if (!Object.prototype.hasOwnProperty.call(currentVersions, key)) continue;
    const versionType = typeof currentVersions[key];
    if (versionType === "number") return 0;
    if (versionType === "string") return "";
    break;
  }
}
function getNewChannelVersions(previousVersions, currentVersions) {
  if (Object.keys(previousVersions).length > 0) {
    const nullVersion = getNullChannelVersion(currentVersions);
    return Object.fromEntries(Object.entries(currentVersions).filter(([k, v]) => v > (previousVersions[k] ?? nullVersion)));
  } else return currentVersions;
}
function _coerceToDict(value, defaultKey) {
  return value && !Array.isArray(value) && !(value instanceof Date) && typeof value === "object" ? value : { [defaultKey]: value };
}
function patchConfigurable2(config, patch) {
  if (config === null) return { configurable: patch };
  else if (config?.configurable === void 0) return {
    ...config,
    configurable: patch
  };
  else return {
    ...config,
    configurable: {
      ...config.configurable,
      ...patch
    }
  };
}
function patchCheckpointMap(config, metadata) {
  const parents = metadata?.parents ?? {};
  if (Object.keys(parents).length > 0) return patchConfigurable2(config, { [CONFIG_KEY_CHECKPOINT_MAP]: {
    ...parents,
    [config.configurable?.checkpoint_ns ?? ""]: config.configurable?.checkpoint_id
  } });
  else return config;
}
function combineAbortSignals(...x) {
  const signals = [...new Set(x.filter(Boolean))];
  if (signals.length === 0) return {
    signal: void 0,
    dispose: void 0
  };
  if (signals.length === 1) return {
    signal: signals[0],
    dispose: void 0
  };
  const combinedController = new AbortController();
  const listener = () => {
    const reason = signals.find((s) => s.aborted)?.reason;
    combinedController.abort(reason);
    signals.forEach((s) => s.removeEventListener("abort", listener));
  };
  signals.forEach((s) => s.addEventListener("abort", listener, { once: true }));
  const hasAlreadyAbortedSignal = signals.find((s) => s.aborted);
  if (hasAlreadyAbortedSignal) combinedController.abort(hasAlreadyAbortedSignal.reason);
  return {
    signal: combinedController.signal,
    dispose: () => {
      signals.forEach((s) => s.removeEventListener("abort", listener));
    }
  };
}

// node_modules/@langchain/langgraph/dist/pregel/types.js
var Call = class {
  func;
  name;
  input;
  retry;
  cache;
  timeout;
  callbacks;
  __lg_type = "call";
  constructor({ func, name, input, retry, cache, timeout, callbacks }) {
    this.func = func;
    this.name = name;
    this.input = input;
    this.retry = retry;
    this.cache = cache;
    this.timeout = timeout;
    this.callbacks = callbacks;
  }
};
function isCall(value) {
  return typeof value === "object" && value !== null && "__lg_type" in value && value.__lg_type === "call";
}

// node_modules/@langchain/langgraph/dist/pregel/call.js
function getRunnableForFunc(name, func) {
  return new RunnableSequence({
    name,
    first: new RunnableCallable({
      func: (input) => func(...input),
      name,
      trace: false,
      recurse: false
    }),
    last: new ChannelWrite([{
      channel: RETURN,
      value: PASSTHROUGH
    }], [TAG_HIDDEN])
  });
}
function getRunnableForEntrypoint(name, func) {
  return new RunnableCallable({
    func: (input, config) => {
      return func(input, config);
    },
    name,
    trace: false,
    recurse: false
  });
}

// node_modules/@langchain/langgraph/dist/pregel/algo.js
var increment = (current) => {
  return current !== void 0 ? current + 1 : 1;
};
function taskPathStr(path) {
  if (Array.isArray(path)) return `~${path.map(taskPathStr).join(", ")}`;
  if (typeof path === "boolean") return path ? "0000000001" : "0000000000";
  if (typeof path === "number") return path < 0 ? `-${String(-path).padStart(9, "0")}` : String(path).padStart(10, "0");
  if (path === void 0 || path === null) return "~";
  return String(path);
}
function triggersNextStep(updatedChannels, triggerToNodes) {
  if (triggerToNodes == null) return false;
  for (const chan of updatedChannels) if (triggerToNodes[chan]) return true;
  return false;
}
function maxChannelMapVersion(channelVersions) {
  let maxVersion;
  for (const chan in channelVersions) {
    if (!Object.prototype.hasOwnProperty.call(channelVersions, chan)) continue;
    if (maxVersion == null) maxVersion = channelVersions[chan];
    else maxVersion = maxChannelVersion(maxVersion, channelVersions[chan]);
  }
  return maxVersion;
}
function shouldInterrupt(checkpoint, interruptNodes, tasks) {
  const nullVersion = getNullChannelVersion(checkpoint.channel_versions);
  const seen = checkpoint.versions_seen["__interrupt__"] ?? {};
  let anyChannelUpdated = false;
  if ((checkpoint.channel_versions["__start__"] ?? nullVersion) > (seen["__start__"] ?? nullVersion)) anyChannelUpdated = true;
  else for (const chan in checkpoint.channel_versions) {
    if (!Object.prototype.hasOwnProperty.call(checkpoint.channel_versions, chan)) continue;
    if (checkpoint.channel_versions[chan] > (seen[chan] ?? nullVersion)) {
      anyChannelUpdated = true;
      break;
    }
  }
  const anyTriggeredNodeInInterruptNodes = tasks.some((task2) => interruptNodes === "*" ? !task2.config?.tags?.includes(TAG_HIDDEN) : interruptNodes.includes(task2.name));
  return anyChannelUpdated && anyTriggeredNodeInInterruptNodes;
}
function _localRead(checkpoint, channels, task2, select, fresh = false) {
  let updated = /* @__PURE__ */ new Set();
  if (!Array.isArray(select)) {
    for (const [c] of task2.writes) if (c === select) {
      updated = /* @__PURE__ */ new Set([c]);
      break;
    }
    updated = updated || /* @__PURE__ */ new Set();
  } else updated = new Set(select.filter((c) => task2.writes.some(([key, _]) => key === c)));
  let values;
  if (fresh && updated.size > 0) {
    const localChannels = Object.fromEntries(Object.entries(channels).filter(([k, _]) => updated.has(k)));
    const channelsToSnapshot = /* @__PURE__ */ new Set();
    for (const k in localChannels) {
      if (!Object.prototype.hasOwnProperty.call(localChannels, k)) continue;
      const ch = localChannels[k];
      if (isDeltaChannel(ch) && ch.isAvailable()) channelsToSnapshot.add(k);
    }
    const newCheckpoint = createCheckpoint(checkpoint, localChannels, -1, { channelsToSnapshot });
    const newChannels = emptyChannels(localChannels, newCheckpoint);
    _applyWrites(copyCheckpoint(newCheckpoint), newChannels, [task2], void 0, void 0);
    values = readChannels({
      ...channels,
      ...newChannels
    }, select);
  } else values = readChannels(channels, select);
  return values;
}
function _localWrite(commit, processes, writes) {
  for (const [chan, value] of writes) if (["__pregel_push", "__pregel_tasks"].includes(chan) && value != null) {
    if (!_isSend(value)) throw new InvalidUpdateError(`Invalid packet type, expected SendProtocol, got ${JSON.stringify(value)}`);
    if (!(value.node in processes)) throw new InvalidUpdateError(`Invalid node name "${value.node}" in Send packet`);
  }
  commit(writes);
}
var IGNORE = /* @__PURE__ */ new Set([
  NO_WRITES,
  PUSH,
  RESUME,
  INTERRUPT,
  RETURN,
  ERROR,
  ERROR_SOURCE_NODE
]);
var RESERVED_SET = new Set(RESERVED);
function _applyWrites(checkpoint, channels, tasks, getNextVersion, triggerToNodes) {
  const sortKeys = /* @__PURE__ */ new Map();
  for (const task2 of tasks) sortKeys.set(task2, writesSortKey(taskPathStr(task2.path)));
  tasks.sort((a, b) => compareWritesSortKeys(sortKeys.get(a), sortKeys.get(b)));
  const onlyChannels = getOnlyChannels(channels);
  let bumpStep = false;
  const channelsToConsume = /* @__PURE__ */ new Set();
  for (const task2 of tasks) {
    if (task2.triggers.length > 0) bumpStep = true;
    checkpoint.versions_seen[task2.name] ??= {};
    for (const chan of task2.triggers) {
      if (chan in checkpoint.channel_versions) checkpoint.versions_seen[task2.name][chan] = checkpoint.channel_versions[chan];
      if (!RESERVED_SET.has(chan)) channelsToConsume.add(chan);
    }
  }
  let maxVersion = maxChannelMapVersion(checkpoint.channel_versions);
  let consumedVersion;
  for (const chan of channelsToConsume) if (chan in onlyChannels && onlyChannels[chan].consume()) {
    if (getNextVersion !== void 0) {
      consumedVersion ??= getNextVersion(maxVersion);
      checkpoint.channel_versions[chan] = consumedVersion;
    }
  }
  const pendingWritesByChannel = {};
  for (const task2 of tasks) for (const [chan, val] of task2.writes) if (IGNORE.has(chan)) {
  } else if (chan in onlyChannels) {
    pendingWritesByChannel[chan] ??= [];
    pendingWritesByChannel[chan].push(val);
  }
  if (maxVersion != null && consumedVersion !== void 0) maxVersion = consumedVersion;
  const nextVersion = getNextVersion?.(maxVersion);
  const updatedChannels = /* @__PURE__ */ new Set();
  for (const [chan, vals] of Object.entries(pendingWritesByChannel)) if (chan in onlyChannels) {
    const channel = onlyChannels[chan];
    let updated;
    try {
      updated = channel.update(vals);
    } catch (e) {
      if (e.name === InvalidUpdateError.unminifiable_name) {
        const wrappedError = new InvalidUpdateError(`Invalid update for channel "${chan}" with values ${JSON.stringify(vals)}: ${e.message}`);
        wrappedError.lc_error_code = e.lc_error_code;
        throw wrappedError;
      } else throw e;
    }
    if (updated && getNextVersion !== void 0) {
      checkpoint.channel_versions[chan] = nextVersion;
      if (channel.isAvailable()) updatedChannels.add(chan);
    }
  }
  if (bumpStep) for (const chan in onlyChannels) {
    if (!Object.prototype.hasOwnProperty.call(onlyChannels, chan)) continue;
    const channel = onlyChannels[chan];
    if (channel.isAvailable() && !updatedChannels.has(chan)) {
      if (channel.update([]) && getNextVersion !== void 0) {
        checkpoint.channel_versions[chan] = nextVersion;
        if (channel.isAvailable()) updatedChannels.add(chan);
      }
    }
  }
  if (bumpStep && !triggersNextStep(updatedChannels, triggerToNodes)) for (const chan in onlyChannels) {
    if (!Object.prototype.hasOwnProperty.call(onlyChannels, chan)) continue;
    const channel = onlyChannels[chan];
    if (channel.finish() && getNextVersion !== void 0) {
      checkpoint.channel_versions[chan] = nextVersion;
      if (channel.isAvailable()) updatedChannels.add(chan);
    }
  }
  return updatedChannels;
}
function* candidateNodes(checkpoint, processes, extra) {
  if (extra.updatedChannels != null && extra.triggerToNodes != null) {
    const triggeredNodes = /* @__PURE__ */ new Set();
    for (const channel of extra.updatedChannels) {
      const nodeIds = extra.triggerToNodes[channel];
      for (const id of nodeIds ?? []) triggeredNodes.add(id);
    }
    yield* [...triggeredNodes].sort();
    return;
  }
  if ((() => {
    for (const chan in checkpoint.channel_versions) if (checkpoint.channel_versions[chan] !== null) return false;
    return true;
  })()) return;
  for (const name in processes) {
    if (!Object.prototype.hasOwnProperty.call(processes, name)) continue;
    yield name;
  }
}
function _indexPendingWrites(pendingWrites) {
  let nullResume;
  const resumeByTaskId = /* @__PURE__ */ new Map();
  const successfulWriteTaskIds = /* @__PURE__ */ new Set();
  if (pendingWrites) for (const [tid, chan, val] of pendingWrites) {
    if (tid === "00000000-0000-0000-0000-000000000000" && chan === "__resume__" && nullResume === void 0) nullResume = val;
    if (chan === "__resume__" && tid !== "00000000-0000-0000-0000-000000000000") {
      let arr = resumeByTaskId.get(tid);
      if (!arr) {
        arr = [];
        resumeByTaskId.set(tid, arr);
      }
      arr.push(val);
    }
    if (chan !== "__error__") successfulWriteTaskIds.add(tid);
  }
  return {
    nullResume,
    resumeByTaskId,
    successfulWriteTaskIds
  };
}
function _prepareNextTasks(checkpoint, pendingWrites, processes, channels, config, forExecution, extra) {
  const tasks = {};
  const indexedExtra = extra.pendingWritesIndex ? extra : {
    ...extra,
    pendingWritesIndex: _indexPendingWrites(pendingWrites)
  };
  const tasksChannel = channels[TASKS];
  if (tasksChannel?.isAvailable()) {
    const len = tasksChannel.get().length;
    for (let i = 0; i < len; i += 1) {
      const task2 = _prepareSingleTask([PUSH, i], checkpoint, pendingWrites, processes, channels, config, forExecution, indexedExtra);
      if (task2 !== void 0) tasks[task2.id] = task2;
    }
  }
  for (const name of candidateNodes(checkpoint, processes, indexedExtra)) {
    const task2 = _prepareSingleTask([PULL, name], checkpoint, pendingWrites, processes, channels, config, forExecution, indexedExtra);
    if (task2 !== void 0) tasks[task2.id] = task2;
  }
  return tasks;
}
function _prepareSingleTask(taskPath, checkpoint, pendingWrites, processes, channels, config, forExecution, extra) {
  const { step, checkpointer, manager } = extra;
  const configurable = config.configurable ?? {};
  const parentNamespace = configurable.checkpoint_ns ?? "";
  if (taskPath[0] === "__pregel_push" && isCall(taskPath[taskPath.length - 1])) {
    const call3 = taskPath[taskPath.length - 1];
    const proc = getRunnableForFunc(call3.name, call3.func);
    const triggers = [PUSH];
    const checkpointNamespace = parentNamespace === "" ? call3.name : `${parentNamespace}|${call3.name}`;
    const id = uuid5(JSON.stringify([
      checkpointNamespace,
      step.toString(),
      call3.name,
      PUSH,
      taskPath[1],
      taskPath[2]
    ]), checkpoint.id);
    const taskCheckpointNamespace = `${checkpointNamespace}:${id}`;
    const outputTaskPath = [...taskPath.slice(0, 3), true];
    const metadata = {
      langgraph_step: step,
      langgraph_node: call3.name,
      langgraph_triggers: triggers,
      langgraph_path: outputTaskPath,
      langgraph_checkpoint_ns: taskCheckpointNamespace,
      checkpoint_ns: taskCheckpointNamespace
    };
    if (forExecution) {
      const writes = [];
      const executionInfo = {
        checkpointId: checkpoint.id,
        checkpointNs: taskCheckpointNamespace,
        taskId: id,
        threadId: configurable.thread_id,
        runId: config.runId != null ? String(config.runId) : void 0,
        nodeAttempt: 1
      };
      return {
        name: call3.name,
        input: call3.input,
        proc,
        writes,
        config: {
          ...patchConfig(mergeConfigs(config, {
            metadata,
            store: extra.store ?? config.store
          }), {
            runName: call3.name,
            callbacks: manager?.getChild(`graph:step:${step}`),
            configurable: {
              [CONFIG_KEY_TASK_ID]: id,
              [CONFIG_KEY_SEND]: (writes_) => _localWrite((items) => writes.push(...items), processes, writes_),
              [CONFIG_KEY_READ]: (select_, fresh_ = false) => _localRead(checkpoint, channels, {
                name: call3.name,
                writes,
                triggers,
                path: outputTaskPath
              }, select_, fresh_),
              [CONFIG_KEY_CHECKPOINTER]: checkpointer ?? configurable["__pregel_checkpointer"],
              [CONFIG_KEY_CHECKPOINT_MAP]: {
                ...configurable[CONFIG_KEY_CHECKPOINT_MAP],
                [parentNamespace]: checkpoint.id
              },
              [CONFIG_KEY_SCRATCHPAD]: _scratchpad({
                pendingWrites: pendingWrites ?? [],
                taskId: id,
                currentTaskInput: call3.input,
                resumeMap: config.configurable?.[CONFIG_KEY_RESUME_MAP],
                taskCheckpointNamespace,
                pendingWritesIndex: extra.pendingWritesIndex
              }),
              [CONFIG_KEY_PREVIOUS_STATE]: checkpoint.channel_values[PREVIOUS],
              checkpoint_id: void 0,
              checkpoint_ns: taskCheckpointNamespace
            }
          }),
          executionInfo
        },
        triggers,
        retry_policy: call3.retry,
        cache_key: call3.cache ? {
          key: XXH3((call3.cache.keyFunc ?? JSON.stringify)([call3.input])),
          ns: [CACHE_NS_WRITES, call3.name ?? "__dynamic__"],
          ttl: call3.cache.ttl
        } : void 0,
        id,
        path: outputTaskPath,
        writers: [],
        timeout: call3.timeout
      };
    } else return {
      id,
      name: call3.name,
      interrupts: [],
      path: outputTaskPath
    };
  } else if (taskPath[0] === "__pregel_push") {
    const index = typeof taskPath[1] === "number" ? taskPath[1] : parseInt(taskPath[1], 10);
    if (!channels["__pregel_tasks"]?.isAvailable()) return;
    const sends = channels[TASKS].get();
    if (index < 0 || index >= sends.length) return;
    const packet = _isSendInterface(sends[index]) && !_isSend(sends[index]) ? new Send(sends[index].node, sends[index].args, sends[index].timeout !== void 0 ? { timeout: sends[index].timeout } : void 0) : sends[index];
    if (!_isSendInterface(packet)) {
      console.warn(`Ignoring invalid packet ${JSON.stringify(packet)} in pending sends.`);
      return;
    }
    if (!(packet.node in processes)) {
      console.warn(`Ignoring unknown node name ${packet.node} in pending sends.`);
      return;
    }
    const triggers = [PUSH];
    const checkpointNamespace = parentNamespace === "" ? packet.node : `${parentNamespace}|${packet.node}`;
    const taskId = uuid5(JSON.stringify([
      checkpointNamespace,
      step.toString(),
      packet.node,
      PUSH,
      index.toString()
    ]), checkpoint.id);
    const taskCheckpointNamespace = `${checkpointNamespace}:${taskId}`;
    const translatedTaskPath = [...taskPath.slice(0, 3), false];
    let metadata = {
      langgraph_step: step,
      langgraph_node: packet.node,
      langgraph_triggers: triggers,
      langgraph_path: translatedTaskPath,
      langgraph_checkpoint_ns: taskCheckpointNamespace,
      checkpoint_ns: taskCheckpointNamespace
    };
    if (forExecution) {
      const proc = processes[packet.node];
      const node = proc.getNode();
      if (node !== void 0) {
        if (proc.metadata !== void 0) metadata = {
          ...metadata,
          ...proc.metadata
        };
        const writes = [];
        const executionInfo = {
          checkpointId: checkpoint.id,
          checkpointNs: taskCheckpointNamespace,
          taskId,
          threadId: configurable.thread_id,
          runId: config.runId != null ? String(config.runId) : void 0,
          nodeAttempt: 1
        };
        return {
          name: packet.node,
          input: packet.args,
          proc: node,
          subgraphs: proc.subgraphs,
          writes,
          config: {
            ...patchConfig(mergeConfigs(config, {
              metadata,
              tags: proc.tags,
              store: extra.store ?? config.store
            }), {
              runName: packet.node,
              callbacks: manager?.getChild(`graph:step:${step}`),
              configurable: {
                [CONFIG_KEY_TASK_ID]: taskId,
                [CONFIG_KEY_SEND]: (writes_) => _localWrite((items) => writes.push(...items), processes, writes_),
                [CONFIG_KEY_READ]: (select_, fresh_ = false) => _localRead(checkpoint, channels, {
                  name: packet.node,
                  writes,
                  triggers,
                  path: translatedTaskPath
                }, select_, fresh_),
                [CONFIG_KEY_CHECKPOINTER]: checkpointer ?? configurable["__pregel_checkpointer"],
                [CONFIG_KEY_CHECKPOINT_MAP]: {
                  ...configurable[CONFIG_KEY_CHECKPOINT_MAP],
                  [parentNamespace]: checkpoint.id
                },
                [CONFIG_KEY_SCRATCHPAD]: _scratchpad({
                  pendingWrites: pendingWrites ?? [],
                  taskId,
                  currentTaskInput: packet.args,
                  resumeMap: config.configurable?.[CONFIG_KEY_RESUME_MAP],
                  taskCheckpointNamespace,
                  pendingWritesIndex: extra.pendingWritesIndex
                }),
                [CONFIG_KEY_PREVIOUS_STATE]: checkpoint.channel_values[PREVIOUS],
                checkpoint_id: void 0,
                checkpoint_ns: taskCheckpointNamespace
              }
            }),
            executionInfo
          },
          triggers,
          retry_policy: proc.retryPolicy,
          cache_key: proc.cachePolicy ? {
            key: XXH3((proc.cachePolicy.keyFunc ?? JSON.stringify)([packet.args])),
            ns: [
              CACHE_NS_WRITES,
              proc.name ?? "__dynamic__",
              packet.node
            ],
            ttl: proc.cachePolicy.ttl
          } : void 0,
          id: taskId,
          path: translatedTaskPath,
          writers: proc.getWriters(),
          timeout: packet.timeout ?? proc.timeout
        };
      }
    } else return {
      id: taskId,
      name: packet.node,
      interrupts: [],
      path: translatedTaskPath
    };
  } else if (taskPath[0] === "__pregel_pull") {
    const name = taskPath[1].toString();
    const proc = processes[name];
    if (proc === void 0) return;
    if (pendingWrites?.length) {
      const checkpointNamespace = parentNamespace === "" ? name : `${parentNamespace}|${name}`;
      const taskId = uuid5(JSON.stringify([
        checkpointNamespace,
        step.toString(),
        name,
        PULL,
        name
      ]), checkpoint.id);
      if (extra.pendingWritesIndex ? extra.pendingWritesIndex.successfulWriteTaskIds.has(taskId) : pendingWrites.some((w) => w[0] === taskId && w[1] !== "__error__")) return;
    }
    const nullVersion = getNullChannelVersion(checkpoint.channel_versions);
    if (nullVersion === void 0) return;
    const seen = checkpoint.versions_seen[name] ?? {};
    const trigger = proc.triggers.find((chan) => {
      if (!channels[chan].isAvailable()) return false;
      return (checkpoint.channel_versions[chan] ?? nullVersion) > (seen[chan] ?? nullVersion);
    });
    if (trigger !== void 0) {
      const val = _procInput(proc, channels, forExecution);
      if (val === void 0) return;
      const checkpointNamespace = parentNamespace === "" ? name : `${parentNamespace}|${name}`;
      const taskId = uuid5(JSON.stringify([
        checkpointNamespace,
        step.toString(),
        name,
        PULL,
        [trigger]
      ]), checkpoint.id);
      const taskCheckpointNamespace = `${checkpointNamespace}:${taskId}`;
      let metadata = {
        langgraph_step: step,
        langgraph_node: name,
        langgraph_triggers: [trigger],
        langgraph_path: taskPath,
        langgraph_checkpoint_ns: taskCheckpointNamespace,
        checkpoint_ns: taskCheckpointNamespace
      };
      if (forExecution) {
        const node = proc.getNode();
        if (node !== void 0) {
          if (proc.metadata !== void 0) metadata = {
            ...metadata,
            ...proc.metadata
          };
          const writes = [];
          const executionInfo = {
            checkpointId: checkpoint.id,
            checkpointNs: taskCheckpointNamespace,
            taskId,
            threadId: configurable.thread_id,
            runId: config.runId != null ? String(config.runId) : void 0,
            nodeAttempt: 1
          };
          return {
            name,
            input: val,
            proc: node,
            subgraphs: proc.subgraphs,
            writes,
            config: {
              ...patchConfig(mergeConfigs(config, {
                metadata,
                tags: proc.tags,
                store: extra.store ?? config.store
              }), {
                runName: name,
                callbacks: manager?.getChild(`graph:step:${step}`),
                configurable: {
                  [CONFIG_KEY_TASK_ID]: taskId,
                  [CONFIG_KEY_SEND]: (writes_) => _localWrite((items) => {
                    writes.push(...items);
                  }, processes, writes_),
                  [CONFIG_KEY_READ]: (select_, fresh_ = false) => _localRead(checkpoint, channels, {
                    name,
                    writes,
                    triggers: [trigger],
                    path: taskPath
                  }, select_, fresh_),
                  [CONFIG_KEY_CHECKPOINTER]: checkpointer ?? configurable["__pregel_checkpointer"],
                  [CONFIG_KEY_CHECKPOINT_MAP]: {
                    ...configurable[CONFIG_KEY_CHECKPOINT_MAP],
                    [parentNamespace]: checkpoint.id
                  },
                  [CONFIG_KEY_SCRATCHPAD]: _scratchpad({
                    pendingWrites: pendingWrites ?? [],
                    taskId,
                    currentTaskInput: val,
                    resumeMap: config.configurable?.[CONFIG_KEY_RESUME_MAP],
                    taskCheckpointNamespace,
                    pendingWritesIndex: extra.pendingWritesIndex
                  }),
                  [CONFIG_KEY_PREVIOUS_STATE]: checkpoint.channel_values[PREVIOUS],
                  checkpoint_id: void 0,
                  checkpoint_ns: taskCheckpointNamespace
                }
              }),
              executionInfo
            },
            triggers: [trigger],
            retry_policy: proc.retryPolicy,
            cache_key: proc.cachePolicy ? {
              key: XXH3((proc.cachePolicy.keyFunc ?? JSON.stringify)([val])),
              ns: [
                CACHE_NS_WRITES,
                proc.name ?? "__dynamic__",
                name
              ],
              ttl: proc.cachePolicy.ttl
            } : void 0,
            id: taskId,
            path: taskPath,
            writers: proc.getWriters(),
            timeout: proc.timeout
          };
        }
      } else return {
        id: taskId,
        name,
        interrupts: [],
        path: taskPath
      };
    }
  }
}
function _prepareNodeErrorHandlerTask(failedTask, handlerNodeName, error, checkpoint, pendingWrites, processes, channels, config, extra) {
  const { step, checkpointer, manager } = extra;
  const proc = processes[handlerNodeName];
  if (proc === void 0) return;
  const node = proc.getNode();
  if (node === void 0) return;
  const configurable = config.configurable ?? {};
  const parentNamespace = configurable.checkpoint_ns ?? "";
  const triggers = [PUSH];
  const checkpointNamespace = parentNamespace === "" ? handlerNodeName : `${parentNamespace}|${handlerNodeName}`;
  const taskId = uuid5(JSON.stringify([
    checkpointNamespace,
    step.toString(),
    handlerNodeName,
    PUSH,
    "node_error_handler",
    failedTask.id
  ]), checkpoint.id);
  const taskCheckpointNamespace = `${checkpointNamespace}:${taskId}`;
  const failedPath = failedTask.path?.slice(0, 3) ?? [];
  const taskPath = [
    failedPath[0] ?? "__pregel_push",
    ...failedPath.slice(1),
    "node_error_handler",
    false
  ];
  let metadata = {
    langgraph_step: step,
    langgraph_node: handlerNodeName,
    langgraph_triggers: triggers,
    langgraph_path: taskPath,
    langgraph_checkpoint_ns: taskCheckpointNamespace,
    checkpoint_ns: taskCheckpointNamespace
  };
  if (proc.metadata !== void 0) metadata = {
    ...metadata,
    ...proc.metadata
  };
  const writes = [];
  const executionInfo = {
    checkpointId: checkpoint.id,
    checkpointNs: taskCheckpointNamespace,
    taskId,
    threadId: configurable.thread_id,
    runId: config.runId != null ? String(config.runId) : void 0,
    nodeAttempt: 1
  };
  return {
    name: handlerNodeName,
    input: failedTask.input,
    proc: node,
    subgraphs: proc.subgraphs,
    writes,
    config: {
      ...patchConfig(mergeConfigs(config, {
        metadata,
        tags: proc.tags,
        store: extra.store ?? config.store
      }), {
        runName: handlerNodeName,
        callbacks: manager?.getChild(`graph:step:${step}`),
        configurable: {
          [CONFIG_KEY_TASK_ID]: taskId,
          [CONFIG_KEY_SEND]: (writes_) => _localWrite((items) => writes.push(...items), processes, writes_),
          [CONFIG_KEY_READ]: (select_, fresh_ = false) => _localRead(checkpoint, channels, {
            name: handlerNodeName,
            writes,
            triggers,
            path: taskPath
          }, select_, fresh_),
          [CONFIG_KEY_CHECKPOINTER]: checkpointer ?? configurable["__pregel_checkpointer"],
          [CONFIG_KEY_CHECKPOINT_MAP]: {
            ...configurable[CONFIG_KEY_CHECKPOINT_MAP],
            [parentNamespace]: checkpoint.id
          },
          [CONFIG_KEY_SCRATCHPAD]: _scratchpad({
            pendingWrites: pendingWrites ?? [],
            taskId,
            currentTaskInput: failedTask.input,
            resumeMap: config.configurable?.[CONFIG_KEY_RESUME_MAP],
            taskCheckpointNamespace
          }),
          [CONFIG_KEY_PREVIOUS_STATE]: checkpoint.channel_values[PREVIOUS],
          [CONFIG_KEY_NODE_ERROR]: new NodeError(String(failedTask.name), error),
          checkpoint_id: void 0,
          checkpoint_ns: taskCheckpointNamespace
        }
      }),
      executionInfo
    },
    triggers,
    retry_policy: proc.retryPolicy,
    cache_key: void 0,
    id: taskId,
    path: taskPath,
    writers: proc.getWriters()
  };
}
function _procInput(proc, channels, forExecution) {
  let val;
  if (typeof proc.channels === "object" && !Array.isArray(proc.channels)) {
    val = {};
    for (const [k, chan] of Object.entries(proc.channels)) if (proc.triggers.includes(chan)) try {
      val[k] = readChannel(channels, chan, false);
    } catch (e) {
      if (e.name === EmptyChannelError.unminifiable_name) return;
      else throw e;
    }
    else if (chan in channels) try {
      val[k] = readChannel(channels, chan, false);
    } catch (e) {
      if (e.name === EmptyChannelError.unminifiable_name) continue;
      else throw e;
    }
  } else if (Array.isArray(proc.channels)) {
    let successfulRead = false;
    for (const chan of proc.channels) try {
      val = readChannel(channels, chan, false);
      successfulRead = true;
      break;
    } catch (e) {
      if (e.name === EmptyChannelError.unminifiable_name) continue;
      else throw e;
    }
    if (!successfulRead) return;
  } else throw new Error(`Invalid channels type, expected list or dict, got ${proc.channels}`);
  if (forExecution && proc.mapper !== void 0) val = proc.mapper(val);
  return val;
}
function sanitizeUntrackedValuesInSend(packet, channels) {
  if (typeof packet.args !== "object" || packet.args === null) return packet;
  const sanitizedArg = {};
  for (const [key, value] of Object.entries(packet.args)) {
    const channel = channels[key];
    if (!channel || channel.lc_graph_name !== "UntrackedValue") sanitizedArg[key] = value;
  }
  return new Send(packet.node, sanitizedArg);
}
function _scratchpad({ pendingWrites, taskId, currentTaskInput, resumeMap, taskCheckpointNamespace, pendingWritesIndex }) {
  const nullResume = pendingWritesIndex ? pendingWritesIndex.nullResume : pendingWrites.find(([writeTaskId, chan]) => writeTaskId === "00000000-0000-0000-0000-000000000000" && chan === "__resume__")?.[2];
  const scratchpad = {
    callCounter: 0,
    interruptCounter: -1,
    resume: (() => {
      const result = pendingWritesIndex ? (pendingWritesIndex.resumeByTaskId.get(taskId) ?? []).flat() : pendingWrites.filter(([writeTaskId, chan]) => writeTaskId === taskId && chan === "__resume__").flatMap(([_writeTaskId, _chan, resume]) => resume);
      if (resumeMap != null) {
        const nextId = interruptId(taskCheckpointNamespace, result.length);
        const firstId = interruptId(taskCheckpointNamespace, 0);
        if (nextId in resumeMap) result.push(resumeMap[nextId]);
        else if (firstId in resumeMap) result.push(resumeMap[firstId]);
      }
      return result;
    })(),
    nullResume,
    subgraphCounter: 0,
    currentTaskInput,
    consumeNullResume: () => {
      if (scratchpad.nullResume != null) {
        delete scratchpad.nullResume;
        pendingWrites.splice(pendingWrites.findIndex(([writeTaskId, chan]) => writeTaskId === "00000000-0000-0000-0000-000000000000" && chan === "__resume__"), 1);
        return nullResume;
      }
    }
  };
  return scratchpad;
}

// node_modules/@langchain/langgraph/dist/pregel/debug.js
var COLORS_MAP = {
  blue: {
    start: "\x1B[34m",
    end: "\x1B[0m"
  },
  green: {
    start: "\x1B[32m",
    end: "\x1B[0m"
  },
  yellow: {
    start: "\x1B[33;1m",
    end: "\x1B[0m"
  }
};
var wrap = (color, text) => `${color.start}${text}${color.end}`;
function buildTaskMetadata(config) {
  if (config == null) return void 0;
  const metadata = {};
  if (config.metadata != null) {
    for (const [key, value] of Object.entries(config.metadata)) if (!EXCLUDED_METADATA_KEYS.has(key)) metadata[key] = value;
  }
  const filteredTags = filterToUserTags(config.tags);
  if (filteredTags != null) metadata.tags = filteredTags;
  return Object.keys(metadata).length > 0 ? metadata : void 0;
}
function* mapDebugTasks(tasks) {
  for (const { id, name, input, config, triggers, writes } of tasks) {
    if (config?.tags?.includes("langsmith:hidden")) continue;
    const payload = {
      id,
      name,
      input,
      triggers,
      interrupts: writes.filter(([writeId, n2]) => {
        return writeId === id && n2 === "__interrupt__";
      }).map(([, v]) => {
        return v;
      })
    };
    const metadata = buildTaskMetadata(config);
    if (metadata != null) payload.metadata = metadata;
    yield payload;
  }
}
function isMultipleChannelWrite(value) {
  if (typeof value !== "object" || value === null) return false;
  return "$writes" in value && Array.isArray(value.$writes);
}
function mapTaskResultWrites(writes) {
  const result = {};
  for (const [channel, value] of writes) {
    const strChannel = String(channel);
    if (strChannel in result) {
      const channelWrites = isMultipleChannelWrite(result[strChannel]) ? result[strChannel].$writes : [result[strChannel]];
      channelWrites.push(value);
      result[strChannel] = { $writes: channelWrites };
    } else result[strChannel] = value;
  }
  return result;
}
function* mapDebugTaskResults(tasks, streamChannels) {
  for (const [{ id, name, config }, writes] of tasks) {
    if (config?.tags?.includes("langsmith:hidden")) continue;
    yield {
      id,
      name,
      result: mapTaskResultWrites(writes.filter(([channel]) => {
        return Array.isArray(streamChannels) ? streamChannels.includes(channel) : channel === streamChannels;
      })),
      interrupts: writes.filter((w) => w[0] === INTERRUPT).flatMap((w) => w[1]),
      error: writes.find((w) => w[0] === "__error__")?.[1] ?? null
    };
  }
}
function* mapDebugCheckpoint(config, channels, streamChannels, metadata, tasks, pendingWrites, parentConfig, outputKeys) {
  function formatConfig(config2) {
    const pyConfig = {};
    if (config2.callbacks != null) pyConfig.callbacks = config2.callbacks;
    if (config2.configurable != null) pyConfig.configurable = config2.configurable;
    if (config2.maxConcurrency != null) pyConfig.max_concurrency = config2.maxConcurrency;
    if (config2.metadata != null) pyConfig.metadata = config2.metadata;
    if (config2.recursionLimit != null) pyConfig.recursion_limit = config2.recursionLimit;
    if (config2.runId != null) pyConfig.run_id = config2.runId;
    if (config2.runName != null) pyConfig.run_name = config2.runName;
    if (config2.tags != null) pyConfig.tags = config2.tags;
    return pyConfig;
  }
  const parentNs = config.configurable?.checkpoint_ns;
  const taskStates = {};
  for (const task2 of tasks) {
    if (!(task2.subgraphs?.length ? task2.subgraphs : [task2.proc]).find(findSubgraphPregel)) continue;
    let taskNs = `${task2.name}:${task2.id}`;
    if (parentNs) taskNs = `${parentNs}|${taskNs}`;
    taskStates[task2.id] = { configurable: {
      thread_id: config.configurable?.thread_id,
      checkpoint_ns: taskNs
    } };
  }
  yield {
    config: formatConfig(config),
    values: readChannels(channels, streamChannels),
    metadata,
    next: tasks.map((task2) => task2.name),
    tasks: tasksWithWrites(tasks, pendingWrites, taskStates, outputKeys),
    parentConfig: parentConfig ? formatConfig(parentConfig) : void 0
  };
}
function tasksWithWrites(tasks, pendingWrites, states, outputKeys) {
  return tasks.map((task2) => {
    const error = pendingWrites.find(([id, n2]) => id === task2.id && n2 === "__error__")?.[2];
    const interrupts = pendingWrites.filter(([id, n2]) => id === task2.id && n2 === "__interrupt__").flatMap(([, , v]) => v);
    const hasOutput = pendingWrites.some(([id, n2]) => id === task2.id && isTaskOutput(n2));
    const result = (() => {
      if (!hasOutput) return void 0;
      const idx = pendingWrites.findIndex(([tid, n2]) => tid === task2.id && n2 === "__return__");
      if (idx >= 0) return pendingWrites[idx][2];
      if (typeof outputKeys === "string") return pendingWrites.find(([tid, n2]) => tid === task2.id && n2 === outputKeys)?.[2];
      if (Array.isArray(outputKeys)) {
        const results = pendingWrites.filter(([tid, n2]) => tid === task2.id && outputKeys.includes(n2)).map(([, n2, v]) => [n2, v]);
        if (!results.length) return void 0;
        return mapTaskResultWrites(results);
      }
    })();
    if (error) return {
      id: task2.id,
      name: task2.name,
      path: task2.path,
      error,
      interrupts,
      result
    };
    const taskState = states?.[task2.id];
    return {
      id: task2.id,
      name: task2.name,
      path: task2.path,
      interrupts,
      ...taskState !== void 0 ? { state: taskState } : {},
      result
    };
  });
}
function printStepCheckpoint(step, channels, whitelist) {
  console.log([
    `${wrap(COLORS_MAP.blue, `[${step}:checkpoint]`)}`,
    `\x1B[1m State at the end of step ${step}:\x1B[0m
`,
    JSON.stringify(readChannels(channels, whitelist), null, 2)
  ].join(""));
}
function printStepTasks(step, nextTasks) {
  const nTasks = nextTasks.length;
  console.log([
    `${wrap(COLORS_MAP.blue, `[${step}:tasks]`)}`,
    `\x1B[1m Starting step ${step} with ${nTasks} task${nTasks === 1 ? "" : "s"}:\x1B[0m
`,
    nextTasks.map((task2) => `- ${wrap(COLORS_MAP.green, String(task2.name))} -> ${JSON.stringify(task2.input, null, 2)}`).join("\n")
  ].join(""));
}
function printStepWrites(step, writes, whitelist) {
  const byChannel = {};
  for (const [channel, value] of writes) if (whitelist.includes(channel)) {
    if (!byChannel[channel]) byChannel[channel] = [];
    byChannel[channel].push(value);
  }
  console.log([
    `${wrap(COLORS_MAP.blue, `[${step}:writes]`)}`,
    `\x1B[1m Finished step ${step} with writes to ${Object.keys(byChannel).length} channel${Object.keys(byChannel).length !== 1 ? "s" : ""}:\x1B[0m
`,
    Object.entries(byChannel).map(([name, vals]) => `- ${wrap(COLORS_MAP.yellow, name)} -> ${vals.map((v) => JSON.stringify(v)).join(", ")}`).join("\n")
  ].join(""));
}

// node_modules/@langchain/langgraph/dist/pregel/stream.js
function eventNamespace(checkpointNs, metadata, options) {
  const ns = checkpointNs.split("|");
  if (options === void 0) return ns;
  let path = metadata.langgraph_path;
  let taskSegments = 1;
  while (Array.isArray(path) && path[0] === "__pregel_push" && path[path.length - 1] === true) {
    taskSegments += 1;
    path = path[1];
  }
  return ns.slice(0, Math.max(ns.length - taskSegments, 0));
}
function isOutsideStream(ns, options) {
  if (options === void 0 || options.subgraphs) return false;
  return ns.length > 0 && ns.join("|") !== options.parentNs;
}
var IterableReadableStreamWithAbortSignal = class extends IterableReadableStream {
  _abortController;
  _innerReader;
  /**
  * @param readableStream - The stream to wrap.
  * @param abortController - The abort controller to use. Optional. One will be created if not provided.
  */
  constructor(readableStream, abortController) {
    const reader = readableStream.getReader();
    const ac = abortController ?? new AbortController();
    super({
      start(controller) {
        return pump2();
        function pump2() {
          return reader.read().then(({ done, value }) => {
            if (done) {
              controller.close();
              return;
            }
            controller.enqueue(value);
            return pump2();
          });
        }
      },
      cancel(reason) {
        ac.abort(reason);
        return reader.cancel(reason);
      }
    });
    this._abortController = ac;
    this._innerReader = reader;
  }
  /**
  * Aborts the stream, abandoning any pending operations in progress. Calling this triggers an
  * {@link AbortSignal} that is propagated to the tasks that are producing the data for this stream.
  * @param reason - The reason for aborting the stream. Optional.
  */
  async cancel(reason) {
    this._abortController.abort(reason);
    this._innerReader.releaseLock();
  }
  /**
  * The {@link AbortSignal} for the stream. Aborted when {@link cancel} is called.
  */
  get signal() {
    return this._abortController.signal;
  }
};
var IterableReadableWritableStream = class extends IterableReadableStream {
  modes;
  controller;
  passthroughFn;
  _closed = false;
  get closed() {
    return this._closed;
  }
  constructor(params) {
    let streamControllerPromiseResolver;
    const streamControllerPromise = new Promise((resolve) => {
      streamControllerPromiseResolver = resolve;
    });
    super({ start: (controller) => {
      streamControllerPromiseResolver(controller);
    } });
    streamControllerPromise.then((controller) => {
      this.controller = controller;
    });
    this.passthroughFn = params.passthroughFn;
    this.modes = params.modes;
  }
  push(chunk) {
    if (this._closed || !this.controller) return;
    this.passthroughFn?.(chunk);
    this.controller.enqueue(chunk);
  }
  close() {
    try {
      this.controller.close();
    } catch {
    } finally {
      this._closed = true;
    }
  }
  error(e) {
    try {
      this.controller?.error(e);
    } finally {
      this._closed = true;
    }
  }
};
var StreamToolsHandler = class extends BaseCallbackHandler {
  name = "StreamToolsHandler";
  /** Ensure tool lifecycle callbacks run before tool.invoke returns/errors. */
  awaitHandlers = true;
  streamFn;
  runs = {};
  namespaceOptions;
  constructor(streamFn, namespaceOptions) {
    super();
    this.streamFn = streamFn;
    this.namespaceOptions = namespaceOptions;
  }
  handleToolStart(_tool, input, runId, _parentRunId, tags, metadata, runName, toolCallId) {
    if (!metadata || tags && tags.includes("langsmith:hidden")) return;
    const checkpointNs = metadata.langgraph_checkpoint_ns;
    const ns = checkpointNs == null ? [] : eventNamespace(checkpointNs, metadata, this.namespaceOptions);
    if (isOutsideStream(ns, this.namespaceOptions)) return;
    const info = {
      ns,
      toolCallId,
      toolName: runName ?? "unknown",
      input
    };
    this.runs[runId] = info;
    this.streamFn([
      ns,
      "tools",
      {
        event: "on_tool_start",
        toolCallId: info.toolCallId,
        name: info.toolName,
        input
      }
    ]);
  }
  handleToolEvent(chunk, runId) {
    const info = this.runs[runId];
    if (!info) return;
    this.streamFn([
      info.ns,
      "tools",
      {
        event: "on_tool_event",
        toolCallId: info.toolCallId,
        name: info.toolName,
        data: chunk
      }
    ]);
  }
  handleToolEnd(output, runId) {
    const info = this.runs[runId];
    delete this.runs[runId];
    if (!info) return;
    this.streamFn([
      info.ns,
      "tools",
      {
        event: "on_tool_end",
        toolCallId: info.toolCallId,
        name: info.toolName,
        output
      }
    ]);
  }
  handleToolError(err, runId) {
    const info = this.runs[runId];
    delete this.runs[runId];
    if (!info) return;
    if (isGraphInterrupt(err) || isGraphDrained(err)) return;
    this.streamFn([
      info.ns,
      "tools",
      {
        event: "on_tool_error",
        toolCallId: info.toolCallId,
        name: info.toolName,
        error: err
      }
    ]);
  }
};
function _stringifyAsDict(obj) {
  return JSON.stringify(obj, function(key, value) {
    const rawValue = this[key];
    if (rawValue != null && typeof rawValue === "object" && "toDict" in rawValue && typeof rawValue.toDict === "function") {
      const { type, data } = rawValue.toDict();
      return {
        ...data,
        type
      };
    }
    return value;
  });
}
function _serializeError(error) {
  if (error instanceof Error) return {
    error: error.name,
    message: error.message
  };
  return {
    error: "Error",
    message: JSON.stringify(error)
  };
}
function _isRunnableConfig(config) {
  if (typeof config !== "object" || config == null) return false;
  return "configurable" in config && typeof config.configurable === "object" && config.configurable != null;
}
function _extractCheckpointFromConfig(config) {
  if (!_isRunnableConfig(config) || !config.configurable.thread_id) return null;
  return {
    thread_id: config.configurable.thread_id,
    checkpoint_ns: config.configurable.checkpoint_ns || "",
    checkpoint_id: config.configurable.checkpoint_id || null,
    checkpoint_map: config.configurable.checkpoint_map || null
  };
}
function _serializeConfig(config) {
  if (_isRunnableConfig(config)) {
    const configurable = Object.fromEntries(Object.entries(config.configurable).filter(([key]) => !key.startsWith("__")));
    const newConfig = {
      ...config,
      configurable
    };
    delete newConfig.callbacks;
    return newConfig;
  }
  return config;
}
function _serializeCheckpoint(payload) {
  const result = {
    ...payload,
    checkpoint: _extractCheckpointFromConfig(payload.config),
    parent_checkpoint: _extractCheckpointFromConfig(payload.parentConfig),
    config: _serializeConfig(payload.config),
    parent_config: _serializeConfig(payload.parentConfig),
    tasks: payload.tasks.map((task2) => {
      if (_isRunnableConfig(task2.state)) {
        const checkpoint = _extractCheckpointFromConfig(task2.state);
        if (checkpoint != null) {
          const cloneTask = {
            ...task2,
            checkpoint
          };
          delete cloneTask.state;
          return cloneTask;
        }
      }
      return task2;
    })
  };
  delete result.parentConfig;
  return result;
}
function toEventStream(stream) {
  const encoder = new TextEncoder();
  return new ReadableStream({ async start(controller) {
    const enqueueChunk = (sse) => {
      controller.enqueue(encoder.encode(`event: ${sse.event}
data: ${_stringifyAsDict(sse.data)}

`));
    };
    try {
      for await (const payload of stream) {
        const [ns, mode, chunk] = payload;
        let data = chunk;
        if (mode === "debug") {
          const debugChunk = chunk;
          if (debugChunk.type === "checkpoint") data = {
            ...debugChunk,
            payload: _serializeCheckpoint(debugChunk.payload)
          };
        }
        if (mode === "checkpoints") data = _serializeCheckpoint(chunk);
        enqueueChunk({
          event: ns?.length ? `${mode}|${ns.join("|")}` : mode,
          data
        });
      }
    } catch (error) {
      enqueueChunk({
        event: "error",
        data: _serializeError(error)
      });
    }
    controller.close();
  } });
}
function createDuplexStream(...streams) {
  return new IterableReadableWritableStream({
    passthroughFn: (value) => {
      const isEnvelope = value[1] === "checkpoints" && isCheckpointEnvelope(value[2]);
      for (const stream of streams) if (stream.modes.has(value[1]) || isEnvelope) stream.push(value);
    },
    modes: new Set(streams.flatMap((s) => Array.from(s.modes)))
  });
}

// node_modules/@langchain/langgraph/dist/pregel/replay.js
var ReplayState = class {
  /** Parent checkpoint ID used as the `before` cursor for subgraph lookups. */
  checkpointId;
  #visitedNs = /* @__PURE__ */ new Set();
  /**
  * @param checkpointId - Checkpoint ID from the parent graph at the replay point.
  */
  constructor(checkpointId) {
    this.checkpointId = checkpointId;
  }
  /**
  * Whether this is the first visit to a logical subgraph namespace in the run.
  *
  * Task-id suffixes are stripped so the same subgraph invoked across loop
  * iterations shares one visit record.
  *
  * @param checkpointNs - Subgraph checkpoint namespace.
  */
  #isFirstVisit(checkpointNs) {
    const stableNs = checkpointNs.includes(":") ? checkpointNs.slice(0, checkpointNs.lastIndexOf(":")) : checkpointNs;
    if (this.#visitedNs.has(stableNs)) return false;
    this.#visitedNs.add(stableNs);
    return true;
  }
  /**
  * Load the checkpoint tuple for a subgraph namespace during replay.
  *
  * On the first visit to `checkpointNs`, returns the latest checkpoint saved
  * before {@link ReplayState.checkpointId}. On subsequent visits, delegates to
  * `checkpointer.getTuple` for the current config.
  *
  * @param checkpointNs - Subgraph checkpoint namespace.
  * @param checkpointer - Checkpointer shared with the parent graph.
  * @param checkpointConfig - Runnable config for the subgraph lookup.
  * @returns The resolved checkpoint tuple, if any.
  */
  async getCheckpoint(checkpointNs, checkpointer, checkpointConfig) {
    if (this.#isFirstVisit(checkpointNs)) {
      const results = [];
      for await (const saved of checkpointer.list(checkpointConfig, {
        before: { configurable: { checkpoint_id: this.checkpointId } },
        limit: 1
      })) results.push(saved);
      return results.length > 0 ? results[0] : void 0;
    }
    return await checkpointer.getTuple(checkpointConfig) ?? void 0;
  }
};

// node_modules/@langchain/langgraph/dist/pregel/loop.js
var INPUT_DONE = /* @__PURE__ */ Symbol.for("INPUT_DONE");
var INPUT_RESUMING = /* @__PURE__ */ Symbol.for("INPUT_RESUMING");
var DEFAULT_LOOP_LIMIT = 25;
function ensureDeltaMessageIds(channels, writes) {
  const deltaWrites = [];
  for (let i = 0; i < writes.length; i += 1) {
    const [channelName, value] = writes[i];
    const channel = channels[String(channelName)];
    if (!isDeltaChannel(channel)) continue;
    if (isMessagesDeltaReducer(channel.reducer)) {
      const newValue = withMessageIds(value);
      if (newValue !== value) writes[i] = [channelName, newValue];
    } else stampMessageIds(value);
    deltaWrites.push(writes[i]);
  }
  return deltaWrites;
}
function withMessageIds(value) {
  const [isOverwrite, overwriteValue] = _getOverwriteValue(value);
  if (!isOverwrite) return Array.isArray(value) ? mapItems(value, writtenMessageWithId) : writtenMessageWithId(value);
  if (!Array.isArray(overwriteValue)) return value;
  const items = mapItems(overwriteValue, messageWithId);
  return items === overwriteValue ? value : new Overwrite(items);
}
function mapItems(items, fn) {
  const mapped = items.map(fn);
  return mapped.every((item, i) => item === items[i]) ? items : mapped;
}
function writtenMessageWithId(item) {
  if (!isPlainObject2(item)) return messageWithId(item);
  try {
    if (coerceMessageLikeToMessage(item).id) return item;
  } catch {
    return item;
  }
  return {
    ...item,
    id: v4()
  };
}
function messageWithId(item) {
  if (BaseMessage.isInstance(item)) {
    stampMessageIds(item);
    return item;
  }
  let message;
  try {
    message = coerceMessageLikeToMessage(item);
  } catch {
    return item;
  }
  if (!message.id) setMessageId(message);
  return message;
}
function isPlainObject2(item) {
  if (typeof item !== "object" || item === null) return false;
  const proto = Object.getPrototypeOf(item);
  return (proto === Object.prototype || proto === null) && !("lc" in item);
}
function stampMessageIds(value) {
  if (BaseMessage.isInstance(value)) {
    if (value.id == null) setMessageId(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) stampMessageIds(item);
    return;
  }
  const [isOverwrite, overwriteValue] = _getOverwriteValue(value);
  if (isOverwrite) stampMessageIds(overwriteValue);
}
function setMessageId(message) {
  message.id = v4();
  if (message.lc_kwargs != null) message.lc_kwargs.id = message.id;
}
function checkpointNamespaceFromNs(ns) {
  if (ns === void 0 || ns === "") return [];
  return ns.split("|");
}
function deepestCheckpointMapNamespace(map) {
  if (!map) return [];
  let deepest = "";
  for (const key of Object.keys(map)) if (key !== "" && key.length > deepest.length) deepest = key;
  return checkpointNamespaceFromNs(deepest);
}
var AsyncBatchedCache = class extends BaseCache {
  cache;
  queue = Promise.resolve();
  constructor(cache) {
    super();
    this.cache = cache;
  }
  async get(keys) {
    return this.enqueueOperation("get", keys);
  }
  async set(pairs) {
    return this.enqueueOperation("set", pairs);
  }
  async clear(namespaces) {
    return this.enqueueOperation("clear", namespaces);
  }
  async stop() {
    await this.queue;
  }
  enqueueOperation(type, ...args) {
    const newPromise = this.queue.then(() => {
      return this.cache[type](...args);
    });
    this.queue = newPromise.then(() => void 0, () => void 0);
    return newPromise;
  }
};
var PregelLoop = class PregelLoop2 {
  input;
  output;
  config;
  checkpointer;
  checkpointerGetNextVersion;
  channels;
  checkpoint;
  checkpointIdSaved;
  /**
  * Exit-mode accumulator of DeltaChannel writes across the whole run, as
  * `[step, taskId, taskPath, channel, value]` — see `_putExitDeltaWrites`
  * for how they are ordered. `undefined` outside "exit" durability.
  */
  _exitDeltaWrites;
  /**
  * The `(taskId, channel)` pairs whose delta writes are stored on the loaded
  * checkpoint, which a resume addressed by `checkpoint_id` can rerun.
  * Captured in the constructor, before this run's Command processing adds
  * writes (mirrors Python's `_first`). Used by the exit-mode accumulator to
  * skip the loaded writes on the first superstep — they are already stored
  * on the checkpoint.
  */
  _storedDeltaWrites = /* @__PURE__ */ new Set();
  /**
  * This run's `Command` delta writes (`NULL_TASK_ID`), kept apart from the
  * `NULL_TASK_ID` writes loaded with the checkpoint, which the first
  * superstep skips. Written by the input handler; replayed into the
  * exit-mode accumulator at the first superstep.
  */
  _exitCommandWrites = [];
  /**
  * The step of the first superstep this run completed (the loaded
  * checkpoint's own), or `null` before it ticks. The exit-mode accumulator
  * keeps that superstep's real task paths so its writes interleave with the
  * loaded ones as live execution did; later supersteps get `~~`-prefixed
  * synthetic paths (see `_putExitDeltaWrites`).
  */
  _exitFirstStep = null;
  /**
  * DeltaChannels that must snapshot at the next checkpoint, whatever their
  * cadence counters say:
  * - an Overwrite arrived since the last checkpoint, so sparse replay has to
  *   start from the post-overwrite value;
  * - the checkpoint this run starts from has pending writes to them; see
  *   {@link deltaChannelsWithPendingWrites}.
  * Cleared once the channel snapshots.
  */
  _deltaChannelsForcedSnapshot = /* @__PURE__ */ new Set();
  /**
  * Set by `_first` for a resume: the writes it loaded with the checkpoint,
  * which the end of the superstep checks against the ones handed back to
  * their tasks.
  */
  _resumeLoadedWrites = [];
  /** Tasks a resume handed loaded writes back to. */
  _reappliedTaskIds = /* @__PURE__ */ new Set();
  /** Tasks that wrote during this run, the only ones exit mode saves at exit. */
  _writtenTaskIds = /* @__PURE__ */ new Set();
  /**
  * A checkpoint addressed by `checkpoint_id` that the thread has moved past,
  * so it may already have children.
  */
  addressedCheckpointSuperseded;
  /** Whether a real checkpoint was loaded from the saver at initialization. */
  _hasPersistedParent = false;
  /**
  * Whether initialization loaded the thread's latest checkpoint, not one a
  * `checkpoint_id` addressed, so nothing has been built on it yet.
  */
  _loadedLatest = false;
  /**
  * Whether this branch carries {@link DELTA_WRITES_VERSIONED}: a graph with
  * a DeltaChannel on a new thread, or a loaded checkpoint that has it. Every
  * checkpoint this loop writes inherits it.
  */
  _deltaWritesVersioned = false;
  /** The checkpointConfig as captured at initialization (anchor for exit writes). */
  _initialCheckpointConfig;
  checkpointConfig;
  checkpointMetadata;
  checkpointNamespace;
  checkpointPendingWrites = [];
  checkpointPreviousVersions;
  step;
  stop;
  durability;
  outputKeys;
  streamKeys;
  nodes;
  /** Whether the run points this loop at a checkpoint. */
  addressed;
  skipDoneTasks = true;
  prevCheckpointConfig;
  updatedChannels;
  status = "pending";
  lifecycleEvents;
  /**
  * Run-scoped control surface for cooperative draining. Populated from the
  * run config. When `control.drainRequested` is true, the loop stops at the
  * next superstep boundary instead of dispatching more tasks.
  */
  control;
  tasks = {};
  stream;
  checkpointerPromises = /* @__PURE__ */ new Set();
  isNested;
  /** True when an explicit checkpoint_id targets the latest saved checkpoint. */
  resumeAtHead;
  _checkpointerChainedPromise = Promise.resolve();
  /**
  * The DeltaChannel writes this loop sent to the saver since the last
  * checkpoint save was scheduled. That save waits for them, and a rejection
  * skips it and every later save: a DeltaChannel is rebuilt from its writes
  * along the parent chain, so a checkpoint saved past a missing write or
  * parent reads back short for good.
  */
  _pendingDeltaWrites = [];
  /**
  * Track a checkpointer promise, removing it from the set on success.
  * Failed promises are kept so that Promise.all() in the finally block
  * of _streamIterator can surface the error.
  *
  * @internal
  */
  _trackCheckpointerPromise(promise) {
    const tracked = promise.then((value) => {
      this.checkpointerPromises.delete(tracked);
      return value;
    }, (error) => {
      throw error;
    });
    tracked.catch(() => {
    });
    this.checkpointerPromises.add(tracked);
  }
  /**
  * Wait for persistence work scheduled by this run up to this point.
  *
  * Taking a snapshot keeps the barrier scoped to the completed superstep:
  * persistence scheduled later cannot extend it, while failures from the
  * captured work are propagated at the superstep boundary.
  */
  async _awaitCheckpointerPromises() {
    await Promise.all([...this.checkpointerPromises]);
  }
  store;
  cache;
  manager;
  interruptAfter;
  interruptBefore;
  toInterrupt = [];
  debug = false;
  triggerToNodes;
  get isResuming() {
    let hasChannelVersions = false;
    if ("__start__" in this.checkpoint.channel_versions) hasChannelVersions = true;
    else for (const chan in this.checkpoint.channel_versions) if (Object.prototype.hasOwnProperty.call(this.checkpoint.channel_versions, chan)) {
      hasChannelVersions = true;
      break;
    }
    const configIsResuming = this.config.configurable?.["__pregel_resuming"] !== void 0 && this.config.configurable?.["__pregel_resuming"];
    const inputIsNullOrUndefined = this.input === null || this.input === void 0;
    const inputIsCommandResuming = isCommand(this.input) && this.input.resume != null;
    const inputIsResuming = this.input === INPUT_RESUMING;
    const runIdMatchesPrevious = !this.isNested && this.config.metadata?.run_id !== void 0 && this.checkpointMetadata?.run_id !== void 0 && this.config.metadata.run_id === this.checkpointMetadata?.run_id;
    return hasChannelVersions && (configIsResuming || inputIsNullOrUndefined || inputIsCommandResuming || inputIsResuming || runIdMatchesPrevious);
  }
  get isReplaying() {
    return !this.skipDoneTasks;
  }
  constructor(params) {
    this.input = params.input;
    this.checkpointer = params.checkpointer;
    if (this.checkpointer !== void 0) this.checkpointerGetNextVersion = this.checkpointer.getNextVersion.bind(this.checkpointer);
    else this.checkpointerGetNextVersion = increment;
    this.checkpoint = params.checkpoint;
    this.checkpointMetadata = params.checkpointMetadata;
    this.checkpointPreviousVersions = params.checkpointPreviousVersions;
    this.channels = params.channels;
    this.checkpointPendingWrites = params.checkpointPendingWrites;
    for (const [tid, ch] of this.checkpointPendingWrites) if (tid !== "00000000-0000-0000-0000-000000000000" && isDeltaChannel(this.channels[ch])) this._storedDeltaWrites.add(`${tid}\0${ch}`);
    this.step = params.step;
    this.stop = params.stop;
    this.config = params.config;
    this.checkpointConfig = params.checkpointConfig;
    this.isNested = params.isNested;
    this.resumeAtHead = params.resumeAtHead;
    this.addressedCheckpointSuperseded = params.addressedCheckpointSuperseded;
    this.manager = params.manager;
    this.lifecycleEvents = params.hasGraphCallbacks ? [] : void 0;
    this.outputKeys = params.outputKeys;
    this.streamKeys = params.streamKeys;
    this.nodes = params.nodes;
    this.addressed = params.addressed;
    this.store = params.store;
    this.cache = params.cache ? new AsyncBatchedCache(params.cache) : void 0;
    this.stream = params.stream;
    this.checkpointNamespace = params.checkpointNamespace;
    this.prevCheckpointConfig = params.prevCheckpointConfig;
    this.interruptAfter = params.interruptAfter;
    this.interruptBefore = params.interruptBefore;
    this.durability = params.durability;
    this.debug = params.debug;
    this.triggerToNodes = params.triggerToNodes;
    this.control = this.config.control;
    this._exitDeltaWrites = this.durability === "exit" && this.checkpointer != null ? [] : void 0;
    this._hasPersistedParent = params.hasPersistedParent ?? false;
    this._loadedLatest = params.loadedLatest ?? false;
    this._deltaWritesVersioned = params.deltaWritesVersioned ?? false;
    this._initialCheckpointConfig = params.checkpointConfig;
    this.checkpointIdSaved = params.checkpoint.id;
  }
  static async initialize(params) {
    let { config, stream } = params;
    if (stream !== void 0 && config.configurable?.["__pregel_stream"] !== void 0) stream = createDuplexStream(stream, config.configurable[CONFIG_KEY_STREAM]);
    const scratchpad = config.configurable?.[CONFIG_KEY_SCRATCHPAD];
    if (config.configurable && scratchpad) {
      if (scratchpad.subgraphCounter > 0) config = patchConfigurable2(config, { [CONFIG_KEY_CHECKPOINT_NS]: [config.configurable[CONFIG_KEY_CHECKPOINT_NS], scratchpad.subgraphCounter.toString()].join("|") });
      scratchpad.subgraphCounter += 1;
    }
    const isNested = CONFIG_KEY_READ in (config.configurable ?? {});
    if (!isNested && config.configurable?.checkpoint_ns !== void 0 && config.configurable?.checkpoint_ns !== "") config = patchConfigurable2(config, {
      checkpoint_ns: "",
      checkpoint_id: void 0
    });
    let checkpointConfig = config;
    if (config.configurable?.checkpoint_id === void 0 && config.configurable?.["checkpoint_map"] !== void 0 && config.configurable?.["checkpoint_map"]?.[config.configurable?.checkpoint_ns]) checkpointConfig = patchConfigurable2(config, { checkpoint_id: config.configurable[CONFIG_KEY_CHECKPOINT_MAP][config.configurable?.checkpoint_ns] });
    const addressed = Boolean(checkpointConfig.configurable?.["checkpoint_id"] || config.configurable?.["__pregel_replay_state"]);
    const checkpointNamespace = checkpointNamespaceFromNs(config.configurable?.checkpoint_ns);
    let saved;
    let loadedLatest = false;
    if (!params.checkpointer) saved = void 0;
    else if (checkpointConfig.configurable?.["checkpoint_id"]) saved = await params.checkpointer.getTuple(checkpointConfig);
    else if (config.configurable?.["__pregel_replay_state"]) {
      saved = await config.configurable[CONFIG_KEY_REPLAY_STATE].getCheckpoint(config.configurable?.["checkpoint_ns"] ?? "", params.checkpointer, checkpointConfig);
      if (config.configurable) delete config.configurable[CONFIG_KEY_RESUMING];
    } else {
      saved = await params.checkpointer.getTuple(checkpointConfig);
      loadedLatest = true;
    }
    const hasPersistedParent = saved !== void 0;
    const addressedConfig = checkpointConfig;
    if (!saved) saved = {
      config,
      checkpoint: emptyCheckpoint(),
      metadata: {
        source: "input",
        step: -2,
        parents: {}
      },
      pendingWrites: []
    };
    checkpointConfig = {
      ...config,
      ...saved.config,
      configurable: {
        checkpoint_ns: "",
        ...config.configurable,
        ...saved.config.configurable
      }
    };
    const prevCheckpointConfig = saved.parentConfig;
    const checkpoint = copyCheckpoint(saved.checkpoint);
    const checkpointMetadata = { ...saved.metadata };
    let checkpointPendingWrites = saved.pendingWrites ?? [];
    const currentCheckpointNamespace = config.configurable?.checkpoint_ns;
    const checkpointMap = config.configurable?.[CONFIG_KEY_CHECKPOINT_MAP];
    if (typeof currentCheckpointNamespace === "string" && currentCheckpointNamespace !== "" && typeof checkpointMap === "object" && checkpointMap !== null && currentCheckpointNamespace in checkpointMap && checkpointPendingWrites.length > 0) checkpointPendingWrites = checkpointPendingWrites.filter(([, channel]) => channel !== RESUME);
    let resumeAtHead = false;
    let addressedCheckpointSuperseded = false;
    if (params.checkpointer && hasPersistedParent) {
      const superseded = await checkpointSuperseded(params.checkpointer, addressedConfig, saved);
      const isUpdateOrFork = checkpointMetadata.source === "update" || checkpointMetadata.source === "fork";
      resumeAtHead = addressedConfig.configurable?.checkpoint_id !== void 0 && !superseded && !isUpdateOrFork;
      addressedCheckpointSuperseded = superseded;
    }
    const deltaWritesVersioned = Object.values(params.channelSpecs).some(isDeltaChannel) && (!hasPersistedParent || isDeltaWritesVersioned(saved.metadata));
    const channels = await channelsFromCheckpoint(params.channelSpecs, checkpoint, {
      saver: params.checkpointer,
      config: checkpointConfig,
      deltaWritesVersioned
    });
    const step = (checkpointMetadata.step ?? 0) + 1;
    const stop = step + (config.recursionLimit ?? DEFAULT_LOOP_LIMIT) + 1;
    const checkpointPreviousVersions = { ...checkpoint.channel_versions };
    const store = params.store ? new AsyncBatchedStore(params.store) : void 0;
    if (store) await store.start();
    return new PregelLoop2({
      input: params.input,
      config,
      checkpointer: params.checkpointer,
      checkpoint,
      checkpointMetadata,
      checkpointConfig,
      prevCheckpointConfig,
      checkpointNamespace,
      channels,
      isNested,
      resumeAtHead,
      addressedCheckpointSuperseded,
      manager: params.manager,
      hasGraphCallbacks: params.hasGraphCallbacks,
      addressed,
      step,
      stop,
      checkpointPreviousVersions,
      checkpointPendingWrites,
      outputKeys: params.outputKeys ?? [],
      streamKeys: params.streamKeys ?? [],
      nodes: params.nodes,
      stream,
      store,
      cache: params.cache,
      interruptAfter: params.interruptAfter,
      interruptBefore: params.interruptBefore,
      durability: params.durability,
      debug: params.debug,
      triggerToNodes: params.triggerToNodes,
      hasPersistedParent,
      loadedLatest,
      deltaWritesVersioned
    });
  }
  _checkpointerPutAfterPrevious(input) {
    const pendingDeltaWrites = this._pendingDeltaWrites;
    this._pendingDeltaWrites = [];
    this._checkpointerChainedPromise = this._checkpointerChainedPromise.then(() => Promise.all(pendingDeltaWrites)).then(() => {
      return this.checkpointer?.put(input.config, input.checkpoint, input.metadata, input.newVersions);
    });
    this._trackCheckpointerPromise(this._checkpointerChainedPromise);
  }
  /**
  * Put writes for a task, to be read by the next tick.
  * @param taskId
  * @param writes
  * @param cached The writes were served from the node cache: stream them as
  * cached and don't write them to the cache again.
  */
  putWrites(taskId, writes, cached = false) {
    let writesCopy = writes;
    if (writesCopy.length === 0) return;
    this._writtenTaskIds.add(taskId);
    const deltaWrites = ensureDeltaMessageIds(this.channels, writes);
    if (writesCopy.every(([key]) => key in WRITES_IDX_MAP)) writesCopy = Array.from(new Map(writesCopy.map((w) => [w[0], w])).values());
    let hasUntrackedChannels = false;
    for (const key in this.channels) if (Object.prototype.hasOwnProperty.call(this.channels, key)) {
      if (this.channels[key].lc_graph_name === "UntrackedValue") {
        hasUntrackedChannels = true;
        break;
      }
    }
    let writesToSave = writesCopy;
    if (hasUntrackedChannels) writesToSave = writesCopy.filter(([c]) => {
      const channel = this.channels[c];
      return !channel || channel.lc_graph_name !== "UntrackedValue";
    }).map(([c, v]) => {
      if (c === "__pregel_tasks" && _isSend(v)) return [c, sanitizeUntrackedValuesInSend(v, this.channels)];
      return [c, v];
    });
    this.checkpointPendingWrites = this.checkpointPendingWrites.filter((w) => w[0] !== taskId);
    for (const [c, v] of writesToSave) this.checkpointPendingWrites.push([
      taskId,
      c,
      v
    ]);
    const config = patchConfigurable2(this.checkpointConfig, {
      [CONFIG_KEY_CHECKPOINT_NS]: this.config.configurable?.checkpoint_ns ?? "",
      [CONFIG_KEY_CHECKPOINT_ID]: this.checkpoint.id
    });
    if (this.durability !== "exit" && this.checkpointer != null) {
      const task3 = this.tasks[taskId];
      const saved = this.checkpointer.putWrites(config, writesToSave, taskId, task3 != null ? taskPathStr(task3.path) : "");
      this._trackCheckpointerPromise(saved);
      if (deltaWrites.length > 0) this._pendingDeltaWrites.push(saved);
    }
    if (this.tasks) this._outputWrites(taskId, writesCopy, cached);
    if (cached || !writes.length || !this.cache || !this.tasks) return;
    const task2 = this.tasks[taskId];
    if (task2 == null || task2.cache_key == null) return;
    if (writes[0][0] === "__error__" || writes[0][0] === "__interrupt__") return;
    this.cache.set([{
      key: [task2.cache_key.ns, task2.cache_key.key],
      value: task2.writes,
      ttl: task2.cache_key.ttl
    }]);
  }
  /** Streams the writes reapplied to tasks that finished in a previous run. */
  _outputCachedWrites(tasks) {
    for (const task2 of tasks) if (task2.writes.length > 0) this._outputWrites(task2.id, task2.writes, true);
  }
  _outputWrites(taskId, writes, cached = false) {
    const task2 = this.tasks[taskId];
    if (task2 !== void 0) {
      if (task2.config !== void 0 && (task2.config.tags ?? []).includes("langsmith:hidden")) return;
      if (writes.length > 0) {
        if (writes[0][0] === "__interrupt__") {
          if (task2.path?.[0] === "__pregel_push" && task2.path?.[task2.path.length - 1] === true) return;
          const interruptWrites = writes.filter((w) => w[0] === INTERRUPT).flatMap((w) => w[1]);
          this._emit([["updates", { [INTERRUPT]: interruptWrites }], ["values", { [INTERRUPT]: interruptWrites }]]);
        } else if (writes[0][0] !== "__error__") this._emit(gatherIteratorSync(prefixGenerator(mapOutputUpdates(this.outputKeys, [[task2, writes]], cached), "updates")));
      }
      if (!cached) this._emit(gatherIteratorSync(prefixGenerator(mapDebugTaskResults([[task2, writes]], this.streamKeys), "tasks")));
    }
  }
  async _matchCachedWrites() {
    if (!this.cache) return [];
    const matched = [];
    const serializeKey = ([ns, key]) => {
      return `ns:${ns.join(",")}|key:${key}`;
    };
    const keys = [];
    const keyMap = {};
    for (const task2 of Object.values(this.tasks)) if (task2.cache_key != null && !task2.writes.length) {
      keys.push([task2.cache_key.ns, task2.cache_key.key]);
      keyMap[serializeKey([task2.cache_key.ns, task2.cache_key.key])] = task2;
    }
    if (keys.length === 0) return [];
    const cache = await this.cache.get(keys);
    for (const { key, value } of cache) {
      const task2 = keyMap[serializeKey(key)];
      if (task2 != null) {
        task2.writes.push(...value);
        matched.push({
          task: task2,
          result: value
        });
      }
    }
    return matched;
  }
  /**
  * Execute a single iteration of the Pregel loop.
  * Returns true if more iterations are needed.
  * @param params - The input keys to use for the tick.
  * @returns True if more iterations are needed, false otherwise.
  */
  async tick(params) {
    if (this.store && !this.store.isRunning) await this.store?.start();
    const { inputKeys = [] } = params;
    if (this.status !== "pending") throw new Error(`Cannot tick when status is no longer "pending". Current status: "${this.status}"`);
    if (![INPUT_DONE, INPUT_RESUMING].includes(this.input)) await this._first(inputKeys);
    else if (this.toInterrupt.length > 0) {
      this.status = "interrupt_before";
      throw new GraphInterrupt();
    } else if (Object.values(this.tasks).every((task2) => task2.writes.length > 0)) {
      const finishTaskList = Object.values(this.tasks);
      const writes = finishTaskList.flatMap((t) => t.writes);
      this.updatedChannels = _applyWrites(this.checkpoint, this.channels, finishTaskList, this.checkpointerGetNextVersion, this.triggerToNodes);
      for (const [ch, v] of deltaChannelWrites(this.channels, writes)) if (_isOverwriteValue(v)) this._deltaChannelsForcedSnapshot.add(ch);
      if (this._resumeLoadedWrites.length > 0) {
        for (const ch of deltaChannelsWithPendingWrites(this.channels, this._resumeLoadedWrites.filter(([tid]) => !this._reappliedTaskIds.has(tid)))) this._deltaChannelsForcedSnapshot.add(ch);
        this._resumeLoadedWrites = [];
      }
      const valuesOutput = await gatherIterator(prefixGenerator(mapOutputValues(this.outputKeys, writes, this.channels), "values"));
      if (this._exitDeltaWrites !== void 0) {
        const first = this._exitFirstStep === null;
        if (first) {
          this._exitFirstStep = this.step;
          for (const [ch, v] of this._exitCommandWrites) this._exitDeltaWrites.push([
            this.step,
            NULL_TASK_ID,
            "",
            ch,
            v
          ]);
        }
        for (const [tid, ch, v] of this.checkpointPendingWrites) {
          const channel = this.channels[ch];
          if (channel == null || !isDeltaChannel(channel)) continue;
          if (first && (tid === "00000000-0000-0000-0000-000000000000" || this._storedDeltaWrites.has(`${tid}\0${ch}`))) continue;
          const task2 = this.tasks[tid];
          this._exitDeltaWrites.push([
            this.step,
            tid,
            task2 != null ? taskPathStr(task2.path) : "",
            ch,
            v
          ]);
        }
      }
      this.checkpointPendingWrites = [];
      await this._putCheckpoint({ source: "loop" });
      if (this.durability === "sync") await this._awaitCheckpointerPromises();
      this._emitValuesWithCheckpointMeta(valuesOutput);
      if (shouldInterrupt(this.checkpoint, this.interruptAfter, finishTaskList)) {
        this.status = "interrupt_after";
        throw new GraphInterrupt();
      }
      if (this.config.configurable?.["__pregel_resuming"] !== void 0) delete this.config.configurable?.[CONFIG_KEY_RESUMING];
    } else return false;
    if (this.step > this.stop) {
      this.status = "out_of_steps";
      return false;
    }
    this.tasks = _prepareNextTasks(this.checkpoint, this.checkpointPendingWrites, this.nodes, this.channels, this.config, true, {
      step: this.step,
      checkpointer: this.checkpointer,
      isResuming: this.isResuming,
      manager: this.manager,
      store: this.store,
      stream: this.stream,
      triggerToNodes: this.triggerToNodes,
      updatedChannels: this.updatedChannels
    });
    let taskList = Object.values(this.tasks);
    if (this.checkpointer && (this.stream.modes.has("checkpoints") || this.stream.modes.has("debug"))) this._emit(await gatherIterator(prefixGenerator(mapDebugCheckpoint(this.checkpointConfig, this.channels, this.streamKeys, this.checkpointMetadata, taskList, this.checkpointPendingWrites, this.prevCheckpointConfig, this.outputKeys), "checkpoints")));
    if (taskList.length === 0) {
      this.status = "done";
      return false;
    }
    if (this.skipDoneTasks && this.checkpointPendingWrites.length > 0) {
      this._reapplyWritesToSucceededNodes(this.tasks);
      this._resumeErrorHandlersIfApplicable();
      taskList = Object.values(this.tasks);
    }
    if (taskList.every((task2) => task2.writes.length > 0)) {
      this._outputCachedWrites(taskList);
      return this.tick({ inputKeys });
    }
    if (shouldInterrupt(this.checkpoint, this.interruptBefore, taskList)) {
      this.status = "interrupt_before";
      throw new GraphInterrupt();
    }
    if (this.control != null && this.control.drainRequested) {
      this.status = "draining";
      return false;
    }
    this._outputCachedWrites(taskList);
    if (this.stream.modes.has("tasks") || this.stream.modes.has("debug")) {
      const debugOutput = await gatherIterator(prefixGenerator(mapDebugTasks(taskList), "tasks"));
      this._emit(debugOutput);
    }
    return true;
  }
  async finishAndHandleError(error) {
    if (this.durability === "exit" && (!this.isNested || typeof error !== "undefined" || this.checkpointNamespace.every((part) => !part.includes(":")))) {
      await this._putExitDeltaWrites();
      this._putCheckpoint(this.checkpointMetadata);
      this._flushPendingWrites();
    }
    const suppress = this._suppressInterrupt(error);
    if (suppress || error === void 0) this.output = readChannels(this.channels, this.outputKeys);
    if (suppress) {
      if (this.tasks !== void 0 && this.checkpointPendingWrites.length > 0 && Object.values(this.tasks).some((task2) => task2.writes.length > 0)) {
        this.updatedChannels = _applyWrites(this.checkpoint, this.channels, Object.values(this.tasks), this.checkpointerGetNextVersion, this.triggerToNodes);
        this._emitValuesWithCheckpointMeta(gatherIteratorSync(prefixGenerator(mapOutputValues(this.outputKeys, Object.values(this.tasks).flatMap((t) => t.writes), this.channels), "values")));
      }
      if (isGraphInterrupt(error) && !error.interrupts.length) this._emit([["updates", { [INTERRUPT]: [] }], ["values", { [INTERRUPT]: [] }]], this.#interruptStreamNamespace());
    }
    return suppress;
  }
  async acceptPush(task2, writeIdx, call3) {
    if (this.interruptAfter?.length > 0 && shouldInterrupt(this.checkpoint, this.interruptAfter, [task2])) {
      this.toInterrupt.push(task2);
      return;
    }
    const pushed = _prepareSingleTask([
      PUSH,
      task2.path ?? [],
      writeIdx,
      task2.id,
      call3
    ], this.checkpoint, this.checkpointPendingWrites, this.nodes, this.channels, task2.config ?? {}, true, {
      step: this.step,
      checkpointer: this.checkpointer,
      manager: this.manager,
      store: this.store,
      stream: this.stream
    });
    if (!pushed) return;
    if (this.interruptBefore?.length > 0 && shouldInterrupt(this.checkpoint, this.interruptBefore, [pushed])) {
      this.toInterrupt.push(pushed);
      return;
    }
    if (this.stream.modes.has("tasks") || this.stream.modes.has("debug")) this._emit(gatherIteratorSync(prefixGenerator(mapDebugTasks([pushed]), "tasks")));
    if (this.debug) printStepTasks(this.step, [pushed]);
    this.tasks[pushed.id] = pushed;
    if (this.skipDoneTasks) this._matchWrites({ [pushed.id]: pushed });
    const tasks = await this._matchCachedWrites();
    for (const { task: task3 } of tasks) this.putWrites(task3.id, task3.writes, true);
    return pushed;
  }
  /**
  * Returns the name of the error handler node registered for `nodeName`, or
  * `undefined` if none is configured.
  */
  getErrorHandlerNode(nodeName) {
    return this.nodes[nodeName]?.errorHandlerNode;
  }
  /**
  * Whether `nodeName` is itself an auto-generated error handler node.
  */
  isErrorHandlerNode(nodeName) {
    return this.nodes[nodeName]?.isErrorHandler === true;
  }
  /**
  * Schedule a node-level error handler task for a task that failed after its
  * retry policy was exhausted. Prepares the handler task (injecting a
  * {@link NodeError}), registers it so the runner executes it within the
  * current step, and returns it (or `undefined` if no handler applies).
  *
  * The failure provenance (`ERROR` + `ERROR_SOURCE_NODE`) is checkpointed by
  * the runner via {@link PregelLoop#putWrites} so handlers observe the same
  * context after a resume.
  */
  scheduleErrorHandler(failedTask, error) {
    const handlerNode = this.getErrorHandlerNode(String(failedTask.name));
    if (!handlerNode) return void 0;
    const handlerTask = _prepareNodeErrorHandlerTask(failedTask, handlerNode, error, this.checkpoint, this.checkpointPendingWrites, this.nodes, this.channels, failedTask.config ?? this.config, {
      step: this.step,
      checkpointer: this.checkpointer,
      manager: this.manager,
      store: this.store,
      stream: this.stream
    });
    if (handlerTask === void 0) return void 0;
    this.tasks[handlerTask.id] = handlerTask;
    this._emit(gatherIteratorSync(prefixGenerator(mapDebugTasks([handlerTask]), "tasks")));
    if (this.debug) printStepTasks(this.step, [handlerTask]);
    return handlerTask;
  }
  /**
  * On resume, re-schedule error handlers for tasks that failed in a prior run
  * but had not finished being handled. Scans pending writes for
  * `ERROR_SOURCE_NODE` markers (paired with `ERROR`), marks the originating
  * task as done (so the runner won't re-run it), and prepares a fresh handler
  * task so the runner picks it up.
  */
  _resumeErrorHandlersIfApplicable() {
    const failed = /* @__PURE__ */ new Map();
    for (const [tid, chan] of this.checkpointPendingWrites) {
      if (chan !== "__error_source_node__") continue;
      const errorWrite = this.checkpointPendingWrites.find(([t, c]) => t === tid && c === "__error__");
      if (errorWrite === void 0) continue;
      const value = errorWrite[2];
      const error = new Error(value?.message ?? String(value));
      if (value?.name) error.name = value.name;
      failed.set(tid, error);
    }
    for (const [tid, error] of failed) {
      const task2 = this.tasks[tid];
      if (task2 === void 0) continue;
      if (!this.getErrorHandlerNode(String(task2.name))) continue;
      if (task2.writes.length === 0) task2.writes.push([ERROR, {
        message: error.message,
        name: error.name
      }]);
      this.scheduleErrorHandler(task2, error);
    }
  }
  _suppressInterrupt(e) {
    if (!isGraphInterrupt(e) || this.isNested) return false;
    this.lifecycleEvents?.push({
      runId: this.manager?.runId,
      status: this.status,
      checkpointId: this.checkpoint.id,
      checkpointNs: [...this.checkpointNamespace],
      interrupts: [...e.interrupts]
    });
    return true;
  }
  async _first(inputKeys) {
    const { configurable } = this.config;
    const inputIsCommand = isCommand(this.input);
    const isTimeTraveling = this.addressed && (this.isNested && configurable?.["checkpoint_ns"] !== void 0 && configurable?.["checkpoint_ns"] !== "" && configurable?.["checkpoint_map"] !== void 0 && configurable["checkpoint_ns"] in configurable["checkpoint_map"] || !(inputIsCommand && this.input.resume != null || configurable?.["__pregel_resuming"] === true || this.resumeAtHead));
    this.skipDoneTasks = !(isTimeTraveling || this.addressedCheckpointSuperseded);
    const isUpdateOrFork = this.checkpointMetadata.source === "update" || this.checkpointMetadata.source === "fork";
    const forks = isTimeTraveling && (inputIsCommand || this.isResuming) && (!isUpdateOrFork || this.addressedCheckpointSuperseded);
    const carried = [];
    const reapplies = this.isResuming && this.skipDoneTasks;
    this._resumeLoadedWrites = reapplies ? this.checkpointPendingWrites.filter(([tid]) => tid !== NULL_TASK_ID) : [];
    this._reappliedTaskIds = /* @__PURE__ */ new Set();
    this._deltaChannelsForcedSnapshot = reapplies ? /* @__PURE__ */ new Set() : deltaChannelsWithPendingWrites(this.channels, this.checkpointPendingWrites);
    if (inputIsCommand) {
      const command = this.input;
      const hasResume = command.resume != null;
      if (command.resume != null && typeof command.resume === "object" && Object.keys(command.resume).every(isXXH3)) {
        this.config.configurable ??= {};
        this.config.configurable[CONFIG_KEY_RESUME_MAP] = command.resume;
      }
      if (hasResume && this.checkpointer == null) throw new Error("Cannot use Command(resume=...) without checkpointer");
      if (hasResume && this.config.configurable?.["__pregel_strict_resume"] === true && !this.isNested && !this.addressedCheckpointSuperseded) this._refuseUnmatchedResume(command.resume);
      const writes = {};
      for (const [tid, key, value] of mapCommand(command, this.checkpointPendingWrites)) {
        writes[tid] ??= [];
        writes[tid].push([key, value]);
      }
      if (Object.keys(writes).length === 0) throw new EmptyInputError("Received empty Command input");
      for (const [tid, ws] of Object.entries(writes)) if (forks) {
        ensureDeltaMessageIds(this.channels, ws);
        for (const [c, v] of ws) carried.push([
          tid,
          c,
          v
        ]);
      } else {
        this.putWrites(tid, ws);
        if (this._exitDeltaWrites !== void 0 && tid === "00000000-0000-0000-0000-000000000000") this._exitCommandWrites.push(...deltaChannelWrites(this.channels, ws));
      }
      for (const ch of deltaChannelsWithPendingWrites(this.channels, carried)) this._deltaChannelsForcedSnapshot.add(ch);
    }
    const nullWrites = [...this.checkpointPendingWrites ?? [], ...carried].filter((w) => w[0] === NULL_TASK_ID).map((w) => w.slice(1));
    if (nullWrites.length > 0) _applyWrites(this.checkpoint, this.channels, [{
      name: INPUT,
      writes: nullWrites,
      triggers: []
    }], this.checkpointerGetNextVersion, this.triggerToNodes);
    const isCommandUpdateOrGoto = inputIsCommand && nullWrites.length > 0;
    if (isTimeTraveling) this.checkpointPendingWrites = this.checkpointPendingWrites.filter((w) => w[1] !== RESUME);
    const nullResume = configurable?.[CONFIG_KEY_SCRATCHPAD]?.nullResume;
    if (nullResume !== void 0 && !forks) this.putWrites(NULL_TASK_ID, [[RESUME, nullResume]]);
    let replayBound;
    const cachedIsResuming = this.isResuming;
    if (cachedIsResuming || isCommandUpdateOrGoto) {
      const interruptSeen = { ...this.checkpoint.versions_seen[INTERRUPT] };
      for (const channelName in this.channels) {
        if (!Object.prototype.hasOwnProperty.call(this.channels, channelName)) continue;
        if (this.checkpoint.channel_versions[channelName] !== void 0) interruptSeen[channelName] = this.checkpoint.channel_versions[channelName];
      }
      this.checkpoint.versions_seen[INTERRUPT] = interruptSeen;
      if (forks) {
        if (isUpdateOrFork && this.prevCheckpointConfig) replayBound = this.prevCheckpointConfig;
        this.checkpointPendingWrites = this.checkpointPendingWrites.filter((w) => w[1] !== INTERRUPT);
        await this._putCheckpoint({ source: "fork" });
        if (nullResume !== void 0) this.putWrites(NULL_TASK_ID, [[RESUME, nullResume]]);
      }
      const valuesOutput = await gatherIterator(prefixGenerator(mapOutputValues(this.outputKeys, true, this.channels), "values"));
      if (cachedIsResuming) this.input = INPUT_RESUMING;
      else if (isCommandUpdateOrGoto) {
        await this._putCheckpoint({ source: "input" });
        this.input = INPUT_DONE;
      }
      this._emitValuesWithCheckpointMeta(valuesOutput);
    } else {
      const inputWrites = await gatherIterator(mapInput(inputKeys, this.input));
      if (inputWrites.length > 0) {
        const deltaInput = ensureDeltaMessageIds(this.channels, inputWrites);
        const discardTasks = _prepareNextTasks(this.checkpoint, this.checkpointPendingWrites, this.nodes, this.channels, this.config, true, { step: this.step });
        this.updatedChannels = _applyWrites(this.checkpoint, this.channels, Object.values(discardTasks).concat([{
          name: INPUT,
          writes: inputWrites,
          triggers: []
        }]), this.checkpointerGetNextVersion, this.triggerToNodes);
        for (const [c, v] of deltaInput) if (_isOverwriteValue(v)) this._deltaChannelsForcedSnapshot.add(c);
        if (deltaInput.length > 0) {
          if (this._exitDeltaWrites !== void 0) for (const [c, v] of deltaInput) this._exitDeltaWrites.push([
            this.step,
            NULL_TASK_ID,
            "",
            c,
            v
          ]);
          else if (this.checkpointer != null) if (this._hasPersistedParent && this._loadedLatest) this.putWrites(uuid5(INPUT, this.checkpoint.id), deltaInput);
          else for (const [c] of deltaInput) this._deltaChannelsForcedSnapshot.add(c);
        }
        await this._putCheckpoint({ source: "input" });
        this.input = INPUT_DONE;
      } else if (!("__pregel_resuming" in (this.config.configurable ?? {}))) throw new EmptyInputError(`Received no input writes for ${JSON.stringify(inputKeys, null, 2)}`);
      else this.input = INPUT_DONE;
    }
    if (!this.isNested) {
      let replayState;
      if (isTimeTraveling) {
        let replayCheckpointId = this.checkpoint.id;
        if (replayBound !== void 0) replayCheckpointId = replayBound.configurable?.["checkpoint_id"] ?? replayCheckpointId;
        else if ((this.checkpointMetadata.source === "update" || this.checkpointMetadata.source === "fork") && this.prevCheckpointConfig) replayCheckpointId = this.prevCheckpointConfig.configurable?.["checkpoint_id"] ?? replayCheckpointId;
        replayState = new ReplayState(replayCheckpointId);
      }
      this.config = patchConfigurable2(this.config, {
        [CONFIG_KEY_RESUMING]: this.isResuming,
        [CONFIG_KEY_REPLAY_STATE]: replayState
      });
    }
    if (cachedIsResuming) this.lifecycleEvents?.push({
      runId: this.manager?.runId,
      status: this.status,
      checkpointId: this.checkpoint.id,
      checkpointNs: [...this.checkpointNamespace]
    });
  }
  #interruptStreamNamespace() {
    const ns = this.checkpointNamespace;
    if (!(ns.length === 0 || ns.length === 1 && ns[0] === "") || this.config.configurable?.["__pregel_stream"] === void 0) return ns;
    const deepest = deepestCheckpointMapNamespace(this.config.configurable?.[CONFIG_KEY_CHECKPOINT_MAP]);
    return deepest.length > 0 ? deepest : ns;
  }
  _emit(values, namespace = this.checkpointNamespace) {
    for (const [mode, payload] of values) {
      if (this.stream.modes.has(mode)) this.stream.push([
        namespace,
        mode,
        payload
      ]);
      if ((mode === "checkpoints" || mode === "tasks") && this.stream.modes.has("debug")) {
        const step = mode === "checkpoints" ? this.step - 1 : this.step;
        const timestamp = (/* @__PURE__ */ new Date()).toISOString();
        const type = (() => {
          if (mode === "checkpoints") return "checkpoint";
          else if (typeof payload === "object" && payload != null && "result" in payload) return "task_result";
          else return "task";
        })();
        this.stream.push([
          namespace,
          "debug",
          {
            step,
            type,
            timestamp,
            payload
          }
        ]);
      }
    }
  }
  /**
  * Build a {@link StreamChunkMeta} describing the currently active checkpoint.
  * Emitted as a separate ``[namespace, "checkpoints", envelope]`` chunk before
  * the paired ``values`` chunk. Returns `undefined` if no checkpoint metadata
  * is available yet.
  */
  _currentCheckpointMeta() {
    if (!this.checkpointMetadata || !this.checkpoint?.id) return void 0;
    const parent_id = this.prevCheckpointConfig?.configurable?.checkpoint_id;
    return { checkpoint: {
      id: this.checkpoint.id,
      ...parent_id ? { parent_id } : {},
      step: this.checkpointMetadata.step,
      source: this.checkpointMetadata.source
    } };
  }
  /**
  * Emit stream entries. When checkpoint meta is available, push a lightweight
  * ``[namespace, "checkpoints", envelope]`` chunk before each ``values`` chunk.
  */
  _emitValuesWithCheckpointMeta(entries) {
    const meta = this._currentCheckpointMeta();
    for (const [mode, payload] of entries) {
      if (mode === "values" && meta?.checkpoint != null && !this.stream.modes.has("checkpoints")) this.stream.push([
        this.checkpointNamespace,
        "checkpoints",
        meta.checkpoint
      ]);
      if (this.stream.modes.has(mode)) this.stream.push([
        this.checkpointNamespace,
        mode,
        payload
      ]);
    }
  }
  _putCheckpoint(inputMetadata) {
    const exiting = this.checkpointMetadata === inputMetadata;
    if (exiting && this.checkpoint.id === this.checkpointIdSaved) return;
    const doCheckpoint = this.checkpointer != null && (this.durability !== "exit" || exiting);
    const storeCheckpoint = (checkpoint) => {
      this.prevCheckpointConfig = this.checkpointConfig?.configurable?.checkpoint_id ? this.checkpointConfig : void 0;
      this.checkpointConfig = patchConfigurable2(this.checkpointConfig, { [CONFIG_KEY_CHECKPOINT_NS]: this.config.configurable?.checkpoint_ns ?? "" });
      const channelVersions = { ...this.checkpoint.channel_versions };
      const newVersions = getNewChannelVersions(this.checkpointPreviousVersions, channelVersions);
      this.checkpointPreviousVersions = channelVersions;
      this._checkpointerPutAfterPrevious({
        config: { ...this.checkpointConfig },
        checkpoint: copyCheckpoint(checkpoint),
        metadata: { ...this.checkpointMetadata },
        newVersions
      });
      this.checkpointConfig = {
        ...this.checkpointConfig,
        configurable: {
          ...this.checkpointConfig.configurable,
          checkpoint_id: this.checkpoint.id
        }
      };
    };
    let newCounters;
    if (!exiting) {
      newCounters = advanceDeltaCounters(this.channels, this.updatedChannels ?? /* @__PURE__ */ new Set(), this.checkpointMetadata.counters_since_delta_snapshot);
      this.checkpointMetadata = {
        ...inputMetadata,
        step: this.step,
        parents: this.config.configurable?.["checkpoint_map"] ?? {}
      };
    } else newCounters = { ...this.checkpointMetadata.counters_since_delta_snapshot ?? {} };
    if (this._deltaWritesVersioned) this.checkpointMetadata[DELTA_WRITES_VERSIONED] = true;
    const channelsToSnapshot = doCheckpoint ? deltaChannelsToSnapshot(this.channels, newCounters, this._deltaWritesVersioned ? this.checkpoint.channel_versions : void 0) : /* @__PURE__ */ new Set();
    if (doCheckpoint) for (const ch of this._deltaChannelsForcedSnapshot) channelsToSnapshot.add(ch);
    this.checkpoint = createCheckpoint(this.checkpoint, doCheckpoint ? this.channels : void 0, this.step, {
      id: exiting ? this.checkpoint.id : void 0,
      channelsToSnapshot,
      storedVersions: this.checkpointPreviousVersions,
      getNextVersion: doCheckpoint ? (current) => this.checkpointerGetNextVersion(current) : void 0,
      triggerToNodes: this.triggerToNodes
    });
    for (const k of channelsToSnapshot) {
      newCounters[k] = [0, 0];
      this._deltaChannelsForcedSnapshot.delete(k);
    }
    const nonZero = {};
    for (const k in newCounters) {
      if (!Object.prototype.hasOwnProperty.call(newCounters, k)) continue;
      const [u, s] = newCounters[k];
      if (u !== 0 || s !== 0) nonZero[k] = [u, s];
    }
    if (Object.keys(nonZero).length > 0) this.checkpointMetadata.counters_since_delta_snapshot = nonZero;
    else delete this.checkpointMetadata.counters_since_delta_snapshot;
    if (doCheckpoint) storeCheckpoint(this.checkpoint);
    if (!exiting) this.step += 1;
  }
  /**
  * Stage the exit-mode accumulator of DeltaChannel writes so the final
  * checkpoint can be reconstructed. In "exit" durability per-step writes are
  * not persisted, so delta writes are accumulated across the run and anchored
  * here — under the saved parent, or a freshly-created stub when this is a
  * first run with no persisted parent. Channels that will snapshot in the
  * final checkpoint are excluded (their full value lives in `channel_values`).
  *
  * Must run BEFORE the final `_putCheckpoint` so the stub branch can adjust
  * `checkpointConfig` to anchor the final checkpoint on the stub.
  */
  async _putExitDeltaWrites() {
    if (this._exitDeltaWrites === void 0 || this._exitDeltaWrites.length === 0 || this.checkpointer == null || this._initialCheckpointConfig === void 0) return;
    if (this._hasPersistedParent && !this._loadedLatest) for (const [, , , ch] of this._exitDeltaWrites) this._deltaChannelsForcedSnapshot.add(ch);
    const counters = this.checkpointMetadata.counters_since_delta_snapshot ?? {};
    const channelsToSnapshot = deltaChannelsToSnapshot(this.channels, counters, this._deltaWritesVersioned ? this.checkpoint.channel_versions : void 0);
    for (const ch of this._deltaChannelsForcedSnapshot) channelsToSnapshot.add(ch);
    const pending = this._exitDeltaWrites.filter(([, , , ch]) => !channelsToSnapshot.has(ch));
    if (pending.length === 0) return;
    let anchorConfig;
    if (this._hasPersistedParent) anchorConfig = this._initialCheckpointConfig;
    else {
      const stubCp = emptyCheckpoint();
      stubCp.id = this.checkpointIdSaved ?? stubCp.id;
      stubCp.ts = (/* @__PURE__ */ new Date()).toISOString();
      const stubPutConfig = patchConfigurable2(this._initialCheckpointConfig, { [CONFIG_KEY_CHECKPOINT_ID]: void 0 });
      anchorConfig = patchConfigurable2(this._initialCheckpointConfig, { [CONFIG_KEY_CHECKPOINT_ID]: stubCp.id });
      this._checkpointerPutAfterPrevious({
        config: stubPutConfig,
        checkpoint: stubCp,
        metadata: {
          source: "loop",
          step: -2,
          parents: {}
        },
        newVersions: {}
      });
      this.checkpointConfig = anchorConfig;
    }
    const anchorWriteConfig = patchConfigurable2(anchorConfig, {
      [CONFIG_KEY_CHECKPOINT_NS]: this.config.configurable?.checkpoint_ns ?? "",
      [CONFIG_KEY_CHECKPOINT_ID]: anchorConfig.configurable?.[CONFIG_KEY_CHECKPOINT_ID]
    });
    const grouped = /* @__PURE__ */ new Map();
    const order = [];
    for (const [step, tid, path, ch, v] of pending) {
      let synthTid;
      let synthPath;
      if (tid === "00000000-0000-0000-0000-000000000000") {
        synthTid = exitDeltaTaskId(step, tid);
        synthPath = "";
      } else if (step === this._exitFirstStep) {
        synthTid = exitDeltaTaskId(step, tid);
        synthPath = path;
      } else {
        synthTid = exitDeltaLateTaskId(step, tid);
        synthPath = `~~${taskPathStr(step)}${path}`;
      }
      const key = `${synthTid}\0${synthPath}`;
      let group = grouped.get(key);
      if (group === void 0) {
        group = [];
        grouped.set(key, group);
        order.push({
          key,
          tid: synthTid,
          path: synthPath
        });
      }
      group.push([ch, v]);
    }
    for (const { key, tid, path } of order) {
      const saved = this.checkpointer.putWrites(anchorWriteConfig, grouped.get(key), tid, path);
      this._trackCheckpointerPromise(saved);
      this._pendingDeltaWrites.push(saved);
    }
  }
  _flushPendingWrites() {
    if (this.checkpointer == null) return;
    if (this.checkpointPendingWrites.length === 0) return;
    const config = patchConfigurable2(this.checkpointConfig, {
      [CONFIG_KEY_CHECKPOINT_NS]: this.config.configurable?.checkpoint_ns ?? "",
      [CONFIG_KEY_CHECKPOINT_ID]: this.checkpoint.id
    });
    const byTask = {};
    for (const [tid, key, value] of this.checkpointPendingWrites) {
      if (!this._writtenTaskIds.has(tid)) continue;
      byTask[tid] ??= [];
      byTask[tid].push([key, value]);
    }
    for (const [tid, ws] of Object.entries(byTask)) {
      const task2 = this.tasks[tid];
      this._trackCheckpointerPromise(this.checkpointer.putWrites(config, ws, tid, task2 != null ? taskPathStr(task2.path) : ""));
    }
  }
  /**
  * Hands the writes loaded with the checkpoint back to the finished tasks
  * among `tasks`. A failed or interrupted task keeps empty writes, so it
  * reruns or goes to its error handler.
  */
  _reapplyWritesToSucceededNodes(tasks) {
    for (const [tid, k, v] of this.checkpointPendingWrites) {
      if (!isTaskOutput(k)) continue;
      const task2 = tasks[tid];
      if (task2) {
        task2.writes.push([k, v]);
        this._reappliedTaskIds.add(tid);
      }
    }
  }
  /** Ids of the interrupts still waiting for an answer: those of tasks with no output. */
  _pendingInterruptIds() {
    const finished = new Set(this.checkpointPendingWrites.filter(([, k]) => isTaskOutput(k)).map(([tid]) => tid));
    const interrupts = this.checkpointPendingWrites.filter(([tid, k]) => k === "__interrupt__" && !finished.has(tid)).flatMap(([, , v]) => v);
    return new Set(interrupts.flatMap(({ id }) => id == null ? [] : [id]));
  }
  /**
  * Strict resume mode: refuses a resume that names an interrupt that isn't
  * pending, is an empty map, or is one value while several are pending.
  */
  _refuseUnmatchedResume(resume) {
    const pending = this._pendingInterruptIds();
    const pendingIds = [...pending].sort();
    if (isPlainObject2(resume) && Object.keys(resume).every(isXXH3)) {
      const ids = Object.keys(resume);
      if (ids.length === 0) throw new UnknownInterruptError("The resume map names no interrupt", {
        reason: "empty_map",
        pendingIds
      });
      const unknown = ids.filter((id) => !pending.has(id)).sort();
      if (unknown.length > 0) throw new UnknownInterruptError(`Unknown or already-consumed interrupt: ${unknown[0]}`, {
        reason: "not_pending",
        interruptIds: unknown,
        pendingIds
      });
    } else if (pending.size > 1) throw new UnknownInterruptError("When there are multiple pending interrupts, you must specify the interrupt id when resuming.", {
      reason: "ambiguous",
      pendingIds
    });
  }
  _matchWrites(tasks) {
    this._reapplyWritesToSucceededNodes(tasks);
    for (const task2 of Object.values(tasks)) if (task2.writes.length > 0) this._outputWrites(task2.id, task2.writes, true);
  }
};

// node_modules/@langchain/langgraph/dist/pregel/messages.js
function isChatGenerationChunk(x) {
  return isBaseMessage(x?.message);
}
function normalizeStreamMetadata(options, metadata, tags, name) {
  if (!metadata) return;
  const streamNamespace = metadata.langgraph_checkpoint_ns;
  const checkpointNs = metadata.checkpoint_ns;
  const namespace = streamNamespace ?? checkpointNs;
  if (!namespace) return;
  return [eventNamespace(namespace, metadata, options), {
    tags,
    name,
    ...metadata
  }];
}
var StreamMessagesHandler = class extends BaseCallbackHandler {
  name = "StreamMessagesHandler";
  streamFn;
  metadatas = {};
  seen = {};
  emittedChatModelRunIds = {};
  stableMessageIdMap = {};
  lc_prefer_streaming = true;
  namespaceOptions;
  constructor(streamFn, namespaceOptions) {
    super();
    this.streamFn = streamFn;
    this.namespaceOptions = namespaceOptions;
  }
  _emit(meta, message, runId, dedupe = false, outputIdx) {
    if (dedupe && message.id !== void 0 && this.seen[message.id] !== void 0) return;
    let messageId = message.id;
    if (runId != null) if (isToolMessage(message)) messageId ??= `run-${runId}-tool-${message.tool_call_id}`;
    else if (outputIdx !== void 0) messageId ??= `run-${runId}-out-${outputIdx}`;
    else {
      if (messageId == null || messageId === `run-${runId}`) messageId = this.stableMessageIdMap[runId] ?? messageId ?? `run-${runId}`;
      this.stableMessageIdMap[runId] ??= messageId;
    }
    if (messageId !== message.id) {
      message.id = messageId;
      message.lc_kwargs.id = messageId;
    }
    if (message.id != null) this.seen[message.id] = message;
    this.streamFn([
      meta[0],
      "messages",
      [message, meta[1]]
    ]);
  }
  handleChatModelStart(_llm, _messages, runId, _parentRunId, _extraParams, tags, metadata, name) {
    if (metadata && (!tags || !tags.includes("langsmith:nostream") && !tags.includes("nostream"))) {
      const meta = normalizeStreamMetadata(this.namespaceOptions, metadata, tags, name);
      if (meta && isOutsideStream(meta[0], this.namespaceOptions)) return;
      this.metadatas[runId] = meta;
    }
  }
  handleLLMNewToken(token, _idx, runId, _parentRunId, _tags, fields) {
    const chunk = fields?.chunk;
    this.emittedChatModelRunIds[runId] = true;
    if (this.metadatas[runId] !== void 0) if (isChatGenerationChunk(chunk)) this._emit(this.metadatas[runId], chunk.message, runId);
    else this._emit(this.metadatas[runId], new AIMessageChunk({ content: token }), runId);
  }
  handleLLMEnd(output, runId) {
    if (this.metadatas[runId] === void 0) return;
    if (!this.emittedChatModelRunIds[runId]) {
      const chatGeneration = output.generations?.[0]?.[0];
      if (isBaseMessage(chatGeneration?.message)) this._emit(this.metadatas[runId], chatGeneration?.message, runId, true);
      delete this.emittedChatModelRunIds[runId];
    }
    delete this.metadatas[runId];
    delete this.stableMessageIdMap[runId];
  }
  handleLLMError(_err, runId) {
    delete this.metadatas[runId];
  }
  handleChainStart(_chain, inputs, runId, _parentRunId, tags, metadata, _runType, name) {
    if (metadata !== void 0 && name === metadata.langgraph_node && (tags === void 0 || !tags.includes("langsmith:hidden"))) {
      const meta = normalizeStreamMetadata(this.namespaceOptions, metadata, tags, name);
      if (meta && isOutsideStream(meta[0], this.namespaceOptions)) return;
      this.metadatas[runId] = meta;
      if (typeof inputs === "object") {
        for (const value of Object.values(inputs)) if ((isBaseMessage(value) || isBaseMessageChunk(value)) && value.id !== void 0) this.seen[value.id] = value;
        else if (Array.isArray(value)) {
          for (const item of value) if ((isBaseMessage(item) || isBaseMessageChunk(item)) && item.id !== void 0) this.seen[item.id] = item;
        }
      }
    }
  }
  handleChainEnd(outputs, runId) {
    const metadata = this.metadatas[runId];
    delete this.metadatas[runId];
    if (metadata === void 0) return;
    let outputIdx = 0;
    const emit = (value) => {
      if (isBaseMessage(value)) {
        this._emit(metadata, value, runId, true, outputIdx);
        outputIdx += 1;
      }
    };
    const emitOutput = (output) => {
      if (isCommand(output)) emitOutput(output.update);
      else if (isBaseMessage(output)) emit(output);
      else if (Array.isArray(output)) {
        const updates = output.some(isCommand);
        for (const value of output) if (updates) emitOutput(value);
        else emit(value);
      } else if (output != null && typeof output === "object") for (const value of Object.values(output)) if (Array.isArray(value)) emitOutput(value);
      else emit(value);
    };
    emitOutput(outputs);
  }
  handleChainError(_err, runId) {
    delete this.metadatas[runId];
  }
};

// node_modules/@langchain/langgraph/dist/pregel/messages-v2.js
function getResponseMetadata(message) {
  if ("response_metadata" in message && typeof message.response_metadata === "object" && message.response_metadata != null) return message.response_metadata;
}
function getUsageMetadata(message) {
  if ("usage_metadata" in message && typeof message.usage_metadata === "object" && message.usage_metadata != null) return message.usage_metadata;
}
function startBlockFor(block) {
  switch (block.type) {
    case "text":
      return {
        type: "text",
        text: ""
      };
    case "reasoning":
      return {
        type: "reasoning",
        reasoning: ""
      };
    case "tool_call":
    case "tool_call_chunk":
      return {
        type: "tool_call_chunk",
        ...block.id != null ? { id: block.id } : {},
        ...block.name != null ? { name: block.name } : {},
        args: ""
      };
    default:
      return block;
  }
}
function deltaFor(block) {
  switch (block.type) {
    case "text": {
      const text = typeof block.text === "string" ? block.text : "";
      return text.length > 0 ? {
        event: "content-block-delta",
        index: typeof block.index === "number" ? block.index : 0,
        delta: {
          type: "text-delta",
          text
        }
      } : void 0;
    }
    case "reasoning": {
      const reasoning = typeof block.reasoning === "string" ? block.reasoning : "";
      return reasoning.length > 0 ? {
        event: "content-block-delta",
        index: typeof block.index === "number" ? block.index : 0,
        delta: {
          type: "reasoning-delta",
          reasoning
        }
      } : void 0;
    }
    case "tool_call_chunk":
      return {
        event: "content-block-delta",
        index: typeof block.index === "number" ? block.index : 0,
        delta: {
          type: "block-delta",
          fields: {
            ...block,
            type: "tool_call_chunk"
          }
        }
      };
    default:
      return;
  }
}
var StreamProtocolMessagesHandler = class extends BaseCallbackHandler {
  name = "StreamProtocolMessagesHandler";
  streamFn;
  metadatas = {};
  seen = {};
  streamedRunIds = /* @__PURE__ */ new Set();
  stableMessageIdMap = {};
  lc_prefer_chat_model_stream_events = true;
  awaitHandlers = true;
  constructor(streamFn) {
    super();
    this.streamFn = streamFn;
  }
  normalizeMessageId(message, runId) {
    let messageId = message.id;
    if (runId != null) if (ToolMessage.isInstance(message)) messageId ??= `run-${runId}-tool-${message.tool_call_id}`;
    else {
      if (messageId == null || messageId === `run-${runId}`) messageId = this.stableMessageIdMap[runId] ?? messageId ?? `run-${runId}`;
      this.stableMessageIdMap[runId] ??= messageId;
    }
    if (messageId !== message.id) {
      message.id = messageId;
      message.lc_kwargs.id = messageId;
    }
    if (message.id != null) this.seen[message.id] = message;
    return message.id;
  }
  emit(meta, data, runId) {
    const metadata = runId != null ? {
      ...meta[1],
      run_id: runId
    } : meta[1];
    this.streamFn([
      meta[0],
      "messages",
      [data, metadata]
    ]);
  }
  /**
  * Emit a complete message as protocol events (message-start, content
  * blocks, message-finish). Public so `pushMessage` can deliver manually
  * created messages when this handler is registered (streamEvents v3),
  * mirroring `StreamMessagesHandler._emit` on the classic path.
  */
  emitFinalMessage(meta, message, runId, dedupe = false) {
    const existingId = message.id ?? (runId != null ? this.stableMessageIdMap[runId] : void 0);
    if (dedupe && existingId != null && this.seen[existingId] !== void 0) return;
    const messageId = this.normalizeMessageId(message, runId);
    const role = message.type === "human" ? "human" : message.type === "system" ? "system" : message.type === "tool" ? "tool" : "ai";
    const toolCallId = role === "tool" && ToolMessage.isInstance(message) ? message.tool_call_id : void 0;
    this.emit(meta, {
      event: "message-start",
      ...messageId != null ? { id: messageId } : {},
      ...role !== "ai" ? { role } : {},
      ...typeof toolCallId === "string" ? { tool_call_id: toolCallId } : {}
    }, runId);
    (Array.isArray(message.content) ? message.content : typeof message.content === "string" && message.content.length > 0 ? [{
      type: "text",
      text: message.content
    }] : []).forEach((block, offset) => {
      const index = typeof block.index === "number" ? block.index : offset;
      this.emit(meta, {
        event: "content-block-start",
        index,
        content: startBlockFor(block)
      }, runId);
      const delta = deltaFor({
        ...block,
        index
      });
      if (delta != null) this.emit(meta, delta, runId);
      this.emit(meta, {
        event: "content-block-finish",
        index,
        content: block
      }, runId);
    });
    this.emit(meta, {
      event: "message-finish",
      ...getUsageMetadata(message) != null ? { usage: getUsageMetadata(message) } : {},
      ...getResponseMetadata(message) != null ? { responseMetadata: getResponseMetadata(message) } : {}
    }, runId);
  }
  handleChatModelStart(_llm, _messages, runId, _parentRunId, _extraParams, tags, metadata, name) {
    if (metadata && (!tags || !tags.includes("langsmith:nostream") && !tags.includes("nostream"))) this.metadatas[runId] = [metadata.langgraph_checkpoint_ns.split("|"), {
      tags,
      name,
      ...metadata
    }];
  }
  handleLLMNewToken() {
  }
  handleChatModelStreamEvent(event, runId) {
    const meta = this.metadatas[runId];
    if (meta === void 0) return;
    let forwarded = event;
    if (event.event === "message-start") {
      this.streamedRunIds.add(runId);
      const id = event.id ?? `run-${runId}`;
      this.seen[id] = true;
      this.stableMessageIdMap[runId] ??= id;
      if (event.id == null) forwarded = {
        ...event,
        id
      };
    }
    this.emit(meta, forwarded, runId);
  }
  handleLLMEnd(output, runId) {
    const meta = this.metadatas[runId];
    if (meta === void 0) return;
    const chatGeneration = output.generations?.[0]?.[0];
    const message = BaseMessage.isInstance(chatGeneration?.message) ? chatGeneration.message : void 0;
    if (message != null) if (this.streamedRunIds.has(runId)) {
      const messageId = this.normalizeMessageId(message, runId);
      if (messageId != null) this.seen[messageId] = message;
    } else this.emitFinalMessage(meta, message, runId, true);
    this.streamedRunIds.delete(runId);
    delete this.metadatas[runId];
    delete this.stableMessageIdMap[runId];
  }
  handleLLMError(_err, runId) {
    this.streamedRunIds.delete(runId);
    delete this.metadatas[runId];
    delete this.stableMessageIdMap[runId];
  }
  handleChainStart(_chain, inputs, runId, _parentRunId, tags, metadata, _runType, name) {
    if (metadata !== void 0 && name === metadata.langgraph_node && (tags === void 0 || !tags.includes("langsmith:hidden"))) {
      this.metadatas[runId] = [metadata.langgraph_checkpoint_ns.split("|"), {
        tags,
        name,
        ...metadata
      }];
      if (typeof inputs === "object") {
        for (const value of Object.values(inputs)) if ((BaseMessage.isInstance(value) || BaseMessageChunk.isInstance(value)) && value.id !== void 0) this.seen[value.id] = value;
        else if (Array.isArray(value)) {
          for (const item of value) if ((BaseMessage.isInstance(item) || BaseMessageChunk.isInstance(item)) && item.id !== void 0) this.seen[item.id] = item;
        }
      }
    }
  }
  handleChainEnd(outputs, runId) {
    const meta = this.metadatas[runId];
    delete this.metadatas[runId];
    if (meta === void 0) return;
    const emitMessage = (value) => {
      if (BaseMessage.isInstance(value) && !ToolMessage.isInstance(value)) this.emitFinalMessage(meta, value, runId, true);
    };
    if (BaseMessage.isInstance(outputs)) emitMessage(outputs);
    else if (Array.isArray(outputs)) for (const value of outputs) emitMessage(value);
    else if (outputs != null && typeof outputs === "object") for (const value of Object.values(outputs)) if (Array.isArray(value)) for (const item of value) emitMessage(item);
    else emitMessage(value);
    delete this.stableMessageIdMap[runId];
  }
  handleChainError(_err, runId) {
    delete this.metadatas[runId];
    delete this.stableMessageIdMap[runId];
  }
};

// node_modules/@langchain/langgraph/dist/pregel/timeout.js
var TimedAttemptScope = class {
  active = true;
  lastProgress = Date.now();
  refreshOn;
  constructor(refreshOn) {
    this.refreshOn = refreshOn;
  }
  /** Record progress now. Always honored (used by `runtime.heartbeat()`). */
  touch() {
    this.lastProgress = Date.now();
  }
  /**
  * Record progress for an automatic signal (write/call/stream/callback).
  * No-op when `refreshOn === "heartbeat"`, where only explicit heartbeats
  * count as progress.
  */
  autoTouch() {
    if (this.refreshOn === "auto") this.lastProgress = Date.now();
  }
  close() {
    this.active = false;
  }
};
var IdleProgressCallbackHandler = class extends BaseCallbackHandler {
  name = "IdleProgressCallbackHandler";
  awaitHandlers = false;
  #scope;
  constructor(scope) {
    super();
    this.#scope = scope;
  }
  #touch = () => {
    this.#scope.autoTouch();
  };
  handleLLMStart = this.#touch;
  handleChatModelStart = this.#touch;
  handleLLMNewToken = this.#touch;
  handleLLMEnd = this.#touch;
  handleLLMError = this.#touch;
  handleChainStart = this.#touch;
  handleChainEnd = this.#touch;
  handleChainError = this.#touch;
  handleToolStart = this.#touch;
  handleToolEnd = this.#touch;
  handleToolError = this.#touch;
  handleText = this.#touch;
  handleRetrieverStart = this.#touch;
  handleRetrieverEnd = this.#touch;
  handleRetrieverError = this.#touch;
  handleCustomEvent = this.#touch;
};
function wrapConfig(config, scope, policy, taskName) {
  const configurable = config.configurable ?? {};
  const patch = {};
  const send = configurable[CONFIG_KEY_SEND];
  if (typeof send === "function") patch[CONFIG_KEY_SEND] = (writes) => {
    if (!scope.active) return void 0;
    if (writes && writes.length) scope.autoTouch();
    return send(writes);
  };
  const callFn = configurable[CONFIG_KEY_CALL];
  if (typeof callFn === "function") patch[CONFIG_KEY_CALL] = (...args) => {
    if (!scope.active) throw new Error(`Node "${taskName}" attempt was cancelled after its timeout fired`);
    scope.autoTouch();
    return callFn(...args);
  };
  const wrapped = { ...Object.keys(patch).length > 0 ? patchConfigurable2(config, patch) : config };
  wrapped.heartbeat = () => {
    if (policy.idleTimeout !== void 0) scope.touch();
  };
  if (typeof wrapped.writer === "function") {
    const writer2 = wrapped.writer;
    wrapped.writer = ((chunk) => {
      if (!scope.active) return void 0;
      scope.autoTouch();
      return writer2(chunk);
    });
  }
  if ((policy.refreshOn ?? "auto") === "auto" && policy.idleTimeout !== void 0) {
    const handler = new IdleProgressCallbackHandler(scope);
    const cb = wrapped.callbacks;
    if (cb === void 0) wrapped.callbacks = [handler];
    else if (Array.isArray(cb)) wrapped.callbacks = [...cb, handler];
    else {
      const copied = cb.copy();
      copied.addHandler(handler, true);
      wrapped.callbacks = copied;
    }
  }
  return wrapped;
}
async function runAttemptWithTimeout(task2, config, policy, invoke) {
  const scope = new TimedAttemptScope(policy.refreshOn ?? "auto");
  const timeoutController = new AbortController();
  const { signal: composedSignal, dispose } = combineAbortSignals(config.signal, timeoutController.signal);
  const scopedConfig = wrapConfig({
    ...config,
    signal: composedSignal
  }, scope, policy, String(task2.name));
  const start = Date.now();
  const nodeOutcome = invoke(scopedConfig).then((value) => ({
    type: "ok",
    value
  }), (error) => ({
    type: "err",
    error
  }));
  let runTimer;
  let idleTimer;
  const clearTimers = () => {
    if (runTimer !== void 0) clearTimeout(runTimer);
    if (idleTimer !== void 0) clearTimeout(idleTimer);
  };
  const watchdog = new Promise((resolve) => {
    if (policy.runTimeout !== void 0) runTimer = setTimeout(() => resolve({
      type: "timeout",
      kind: "run"
    }), policy.runTimeout);
    if (policy.idleTimeout !== void 0) {
      const idleMs = policy.idleTimeout;
      const checkIdle = () => {
        const remaining = scope.lastProgress + idleMs - Date.now();
        if (remaining <= 0) resolve({
          type: "timeout",
          kind: "idle"
        });
        else idleTimer = setTimeout(checkIdle, remaining);
      };
      idleTimer = setTimeout(checkIdle, idleMs);
    }
  });
  let outcome;
  try {
    outcome = await Promise.race([nodeOutcome, watchdog]);
  } finally {
    clearTimers();
  }
  if (outcome.type !== "timeout") {
    const now = Date.now();
    if (policy.runTimeout !== void 0 && now - start >= policy.runTimeout) outcome = {
      type: "timeout",
      kind: "run"
    };
    else if (policy.idleTimeout !== void 0 && now - scope.lastProgress >= policy.idleTimeout) outcome = {
      type: "timeout",
      kind: "idle"
    };
  }
  if (outcome.type === "ok") {
    dispose?.();
    return outcome.value;
  }
  if (outcome.type === "err") {
    dispose?.();
    throw outcome.error;
  }
  const elapsed = Date.now() - start;
  scope.close();
  task2.writes.splice(0, task2.writes.length);
  timeoutController.abort();
  dispose?.();
  throw new NodeTimeoutError({
    node: String(task2.name),
    elapsed,
    kind: outcome.kind,
    runTimeout: policy.runTimeout,
    idleTimeout: policy.idleTimeout
  });
}

// node_modules/@langchain/langgraph/dist/pregel/retry.js
var DEFAULT_STATUS_NO_RETRY = [
  400,
  401,
  402,
  403,
  404,
  405,
  406,
  407,
  409
];
var DEFAULT_RETRY_ON_HANDLER = (error) => {
  if (error.message.startsWith("Cancel") || error.message.startsWith("AbortError") || error.name === "AbortError") return false;
  if (error.name === "GraphValueError") return false;
  if (error?.code === "ECONNABORTED") return false;
  const status = error?.response?.status ?? error?.status;
  if (status && DEFAULT_STATUS_NO_RETRY.includes(+status)) return false;
  if (error?.error?.code === "insufficient_quota") return false;
  return true;
};
async function _runWithRetry(pregelTask, retryPolicy, configurable, signal) {
  const resolvedRetryPolicy = pregelTask.retry_policy ?? retryPolicy;
  let attempts = 0;
  let error;
  let result;
  let config = pregelTask.config ?? {};
  if (configurable) config = patchConfigurable2(config, configurable);
  config = {
    ...config,
    signal
  };
  const firstAttemptTime = Date.now();
  if (config.executionInfo != null) config.executionInfo = {
    ...config.executionInfo,
    nodeFirstAttemptTime: firstAttemptTime
  };
  while (true) {
    if (signal?.aborted) break;
    pregelTask.writes.splice(0, pregelTask.writes.length);
    error = void 0;
    try {
      if (pregelTask.timeout !== void 0) result = await runAttemptWithTimeout(pregelTask, config, pregelTask.timeout, (scopedConfig) => pregelTask.proc.invoke(pregelTask.input, scopedConfig));
      else result = await pregelTask.proc.invoke(pregelTask.input, config);
      break;
    } catch (e) {
      error = e;
      error.pregelTaskId = pregelTask.id;
      if (isParentCommand(error)) {
        const ns = config?.configurable?.checkpoint_ns;
        const cmd = error.command;
        if (cmd.graph === ns) {
          for (const writer2 of pregelTask.writers) await writer2.invoke(cmd, config);
          error = void 0;
          break;
        } else if (cmd.graph === Command.PARENT) {
          const parentNs = getParentCheckpointNamespace(ns);
          error.command = new Command({
            ...error.command,
            graph: parentNs
          });
        }
      }
      if (isGraphBubbleUp(error)) break;
      if (resolvedRetryPolicy === void 0) break;
      attempts += 1;
      if (attempts >= (resolvedRetryPolicy.maxAttempts ?? 3)) break;
      if (!(resolvedRetryPolicy.retryOn ?? DEFAULT_RETRY_ON_HANDLER)(error)) break;
      const initialInterval = resolvedRetryPolicy.initialInterval ?? 500;
      const interval = Math.min(resolvedRetryPolicy.maxInterval ?? 128e3, initialInterval * (resolvedRetryPolicy.backoffFactor ?? 2) ** (attempts - 1));
      const sleepMs = resolvedRetryPolicy.jitter ?? true ? interval + Math.random() * 1e3 : interval;
      await new Promise((resolve) => setTimeout(resolve, sleepMs));
      const errorName = error.name ?? error.constructor.unminifiable_name ?? error.constructor.name;
      if (resolvedRetryPolicy?.logWarning ?? true) console.log(`Retrying task "${String(pregelTask.name)}" after ${sleepMs.toFixed(2)}ms (attempt ${attempts}) after ${errorName}: ${error}`);
      config = patchConfigurable2(config, { [CONFIG_KEY_RESUMING]: true });
      const scratchpad = config.configurable?.[CONFIG_KEY_SCRATCHPAD];
      if (scratchpad !== void 0) scratchpad.interruptCounter = -1;
      if (config.executionInfo != null) config.executionInfo = {
        ...config.executionInfo,
        nodeAttempt: attempts + 1,
        nodeFirstAttemptTime: firstAttemptTime
      };
    }
  }
  return {
    task: pregelTask,
    result,
    error,
    signalAborted: signal?.aborted
  };
}

// node_modules/@langchain/langgraph/dist/pregel/runner.js
var PROMISE_ADDED_SYMBOL = /* @__PURE__ */ Symbol.for("promiseAdded");
function createPromiseBarrier() {
  const barrier = {
    next: () => void 0,
    wait: Promise.resolve(PROMISE_ADDED_SYMBOL)
  };
  function waitHandler(resolve) {
    barrier.next = () => {
      barrier.wait = new Promise(waitHandler);
      resolve(PROMISE_ADDED_SYMBOL);
    };
  }
  barrier.wait = new Promise(waitHandler);
  return barrier;
}
var PregelRunner = class {
  nodeFinished;
  loop;
  /**
  * Exceptions already routed to a node-level error handler. Consulted when
  * deciding whether a failed task should abort the run.
  */
  handledExceptions = /* @__PURE__ */ new WeakSet();
  /**
  * Construct a new PregelRunner, which executes tasks from the provided PregelLoop.
  * @param loop - The PregelLoop that produces tasks for this runner to execute.
  */
  constructor({ loop, nodeFinished }) {
    this.loop = loop;
    this.nodeFinished = nodeFinished;
  }
  /**
  * Execute tasks from the current step of the PregelLoop.
  *
  * Note: this method does NOT call {@link PregelLoop}#tick. That must be handled externally.
  * @param options - Options for the execution.
  */
  async tick(options = {}) {
    const { timeout, retryPolicy, onStepWrite, maxConcurrency } = options;
    const nodeErrors = /* @__PURE__ */ new Set();
    let graphBubbleUp;
    const exceptionSignalController = new AbortController();
    const exceptionSignal = exceptionSignalController.signal;
    const stepTimeoutSignal = timeout ? AbortSignal.timeout(timeout) : void 0;
    const allTasks = Object.values(this.loop.tasks);
    const pendingTasks = allTasks.filter((t) => t.writes.length === 0);
    const { signals, disposeCombinedSignal } = this._initializeAbortSignals({
      exceptionSignal,
      stepTimeoutSignal,
      signal: options.signal
    });
    const taskStream = this._executeTasksWithRetry(pendingTasks, {
      signals,
      retryPolicy,
      maxConcurrency
    });
    for await (const { task: task2, error, signalAborted } of taskStream) {
      this._commit(task2, error);
      if (error !== void 0 && this.handledExceptions.has(error)) continue;
      if (isGraphInterrupt(error)) graphBubbleUp = isGraphInterrupt(graphBubbleUp) ? new GraphInterrupt([...graphBubbleUp.interrupts, ...error.interrupts]) : error;
      else if (isGraphBubbleUp(error) && !isGraphInterrupt(graphBubbleUp)) graphBubbleUp = error;
      else if (error && (nodeErrors.size === 0 || !signalAborted)) {
        if (!isInvalidResume(error)) exceptionSignalController.abort();
        nodeErrors.add(error);
      }
    }
    disposeCombinedSignal?.();
    onStepWrite?.(this.loop.step, allTasks.map((task2) => task2.writes).flat());
    if (nodeErrors.size === 1) throw Array.from(nodeErrors)[0];
    else if (nodeErrors.size > 1) throw new AggregateError(Array.from(nodeErrors), `Multiple errors occurred during superstep ${this.loop.step}. See the "errors" field of this exception for more details.`);
    if (isGraphInterrupt(graphBubbleUp)) throw graphBubbleUp;
    if (isGraphDrained(graphBubbleUp)) throw graphBubbleUp;
    if (isGraphBubbleUp(graphBubbleUp) && this.loop.isNested) throw graphBubbleUp;
  }
  /**
  * Initializes the current AbortSignals for the PregelRunner, handling the various ways that
  * AbortSignals must be chained together so that the PregelLoop can be interrupted if necessary
  * while still allowing nodes to gracefully exit.
  *
  * This method must only be called once per PregelRunner#tick. It has the side effect of updating
  * the PregelLoop#config with the new AbortSignals so they may be propagated correctly to future
  * ticks and subgraph calls.
  *
  * @param options - Options for the initialization.
  * @returns The current abort signals.
  * @internal
  */
  _initializeAbortSignals({ exceptionSignal, stepTimeoutSignal, signal }) {
    const previousSignals = this.loop.config.configurable?.["__pregel_abort_signals"] ?? {};
    const externalAbortSignal = previousSignals.externalAbortSignal ?? signal;
    const timeoutAbortSignal = stepTimeoutSignal ?? previousSignals.timeoutAbortSignal;
    const { signal: composedAbortSignal, dispose: disposeCombinedSignal } = combineAbortSignals(externalAbortSignal, timeoutAbortSignal, exceptionSignal);
    const signals = {
      externalAbortSignal,
      timeoutAbortSignal,
      composedAbortSignal
    };
    this.loop.config = patchConfigurable2(this.loop.config, { [CONFIG_KEY_ABORT_SIGNALS]: signals });
    return {
      signals,
      disposeCombinedSignal
    };
  }
  /**
  * Concurrently executes tasks with the requested retry policy, yielding a {@link SettledPregelTask} for each task as it completes.
  * @param tasks - The tasks to execute.
  * @param options - Options for the execution.
  */
  async *_executeTasksWithRetry(tasks, options) {
    const { retryPolicy, maxConcurrency, signals } = options ?? {};
    const barrier = createPromiseBarrier();
    const executingTasksMap = {};
    const thisCall = {
      executingTasksMap,
      barrier,
      retryPolicy,
      scheduleTask: async (task2, writeIdx, call3) => this.loop.acceptPush(task2, writeIdx, call3)
    };
    if (signals?.composedAbortSignal?.aborted) throw new Error("Abort");
    let startedTasksCount = 0;
    let listener;
    const timeoutOrCancelSignal = combineAbortSignals(signals?.externalAbortSignal, signals?.timeoutAbortSignal);
    const abortPromise = timeoutOrCancelSignal.signal ? new Promise((_resolve, reject) => {
      listener = () => reject(/* @__PURE__ */ new Error("Abort"));
      timeoutOrCancelSignal.signal?.addEventListener("abort", listener, { once: true });
    }) : void 0;
    while ((startedTasksCount === 0 || Object.keys(executingTasksMap).length > 0) && tasks.length) {
      for (; Object.values(executingTasksMap).length < (maxConcurrency ?? tasks.length) && startedTasksCount < tasks.length; startedTasksCount += 1) {
        const task2 = tasks[startedTasksCount];
        executingTasksMap[task2.id] = _runWithRetry(task2, retryPolicy, { [CONFIG_KEY_CALL]: call?.bind(thisCall, this, task2) }, signals?.composedAbortSignal).catch((error) => {
          return {
            task: task2,
            error,
            signalAborted: signals?.composedAbortSignal?.aborted
          };
        });
      }
      const settledTask = await Promise.race([
        ...Object.values(executingTasksMap),
        ...abortPromise ? [abortPromise] : [],
        barrier.wait
      ]);
      if (settledTask === PROMISE_ADDED_SYMBOL) continue;
      const settled = settledTask;
      const { task: settledPregelTask, error: settledError } = settled;
      if (settledError !== void 0 && !isGraphBubbleUp(settledError) && !this.loop.isErrorHandlerNode(String(settledPregelTask.name)) && this.loop.getErrorHandlerNode(String(settledPregelTask.name)) !== void 0) {
        const handlerTask = this.loop.scheduleErrorHandler(settledPregelTask, settledError);
        if (handlerTask !== void 0) {
          executingTasksMap[handlerTask.id] = _runWithRetry(handlerTask, retryPolicy, { [CONFIG_KEY_CALL]: call?.bind(thisCall, this, handlerTask) }, signals?.composedAbortSignal).catch((error) => {
            return {
              task: handlerTask,
              error,
              signalAborted: signals?.composedAbortSignal?.aborted
            };
          });
          barrier.next();
        }
      }
      yield settled;
      if (listener != null) {
        timeoutOrCancelSignal.signal?.removeEventListener("abort", listener);
        timeoutOrCancelSignal.dispose?.();
      }
      delete executingTasksMap[settledTask.task.id];
    }
  }
  /**
  * Whether a failed task should record {@link ERROR_SOURCE_NODE} provenance.
  */
  _shouldRouteToErrorHandler(task2) {
    const name = String(task2.name);
    if (this.loop.isErrorHandlerNode(name)) return false;
    return this.loop.getErrorHandlerNode(name) !== void 0;
  }
  /**
  * Determines what writes to apply based on whether the task completed successfully, and what type of error occurred.
  *
  * Throws an error if the error is a {@link GraphBubbleUp} error and {@link PregelLoop}#isNested is true.
  *
  * @param task - The task to commit.
  * @param error - The error that occurred, if any.
  */
  _commit(task2, error) {
    if (error !== void 0) if (isGraphInterrupt(error)) {
      if (error.interrupts.length) {
        const writes = [[INTERRUPT, error.interrupts], ...task2.writes.filter((w) => w[0] === RESUME)];
        this.loop.putWrites(task2.id, writes);
      }
    } else if (isGraphDrained(error)) {
      if (task2.writes.length) this.loop.putWrites(task2.id, task2.writes);
    } else if (isGraphBubbleUp(error) && task2.writes.length) this.loop.putWrites(task2.id, task2.writes);
    else {
      task2.writes.push([ERROR, {
        message: error.message,
        name: error.name
      }]);
      if (this._shouldRouteToErrorHandler(task2)) {
        task2.writes.push([ERROR_SOURCE_NODE, String(task2.name)]);
        this.handledExceptions.add(error);
      }
      this.loop.putWrites(task2.id, task2.writes);
    }
    else {
      if (this.nodeFinished && (task2.config?.tags == null || !task2.config.tags.includes("langsmith:hidden"))) this.nodeFinished(String(task2.name));
      if (task2.writes.length === 0) task2.writes.push([NO_WRITES, null]);
      this.loop.putWrites(task2.id, task2.writes);
    }
  }
};
async function call(runner, task2, func, name, input, options = {}) {
  const scratchpad = task2.config?.configurable?.[CONFIG_KEY_SCRATCHPAD];
  if (!scratchpad) throw new Error(`BUG: No scratchpad found on task ${task2.name}__${task2.id}`);
  const cnt = scratchpad.callCounter;
  scratchpad.callCounter += 1;
  const wcall = new Call({
    func,
    name,
    input,
    cache: options.cache,
    retry: options.retry,
    timeout: options.timeout,
    callbacks: options.callbacks
  });
  const nextTask = await this.scheduleTask(task2, cnt, wcall);
  if (!nextTask) return void 0;
  const existingPromise = this.executingTasksMap[nextTask.id];
  if (existingPromise !== void 0) return existingPromise;
  if (nextTask.writes.length > 0) {
    const returns = nextTask.writes.filter(([c]) => c === RETURN);
    const errors = nextTask.writes.filter(([c]) => c === ERROR);
    if (returns.length > 0) {
      if (returns.length === 1) return Promise.resolve(returns[0][1]);
      throw new Error(`BUG: multiple returns found for task ${nextTask.name}__${nextTask.id}`);
    }
    if (errors.length > 0) {
      if (errors.length === 1) {
        const errorValue = errors[0][1];
        const error = errorValue instanceof Error ? errorValue : new Error(String(errorValue));
        return Promise.reject(error);
      }
      throw new Error(`BUG: multiple errors found for task ${nextTask.name}__${nextTask.id}`);
    }
    return;
  } else {
    const prom = _runWithRetry(nextTask, options.retry, { [CONFIG_KEY_CALL]: call.bind(this, runner, nextTask) });
    this.executingTasksMap[nextTask.id] = prom;
    this.barrier.next();
    return prom.then(({ result, error }) => {
      if (error) return Promise.reject(error);
      return result;
    });
  }
}

// node_modules/@langchain/langgraph/dist/pregel/validate.js
var GraphValidationError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GraphValidationError";
  }
};
function validateGraph({ nodes, channels, inputChannels, outputChannels, streamChannels, interruptAfterNodes, interruptBeforeNodes }) {
  if (!channels) throw new GraphValidationError("Channels not provided");
  const subscribedChannels = /* @__PURE__ */ new Set();
  const allOutputChannels = /* @__PURE__ */ new Set();
  for (const [name, node] of Object.entries(nodes)) {
    if (name === "__interrupt__") throw new GraphValidationError(`"Node name ${INTERRUPT} is reserved"`);
    if (node.constructor === PregelNode) node.triggers.forEach((trigger) => subscribedChannels.add(trigger));
    else throw new GraphValidationError(`Invalid node type ${typeof node}, expected PregelNode`);
  }
  for (const chan of subscribedChannels) if (!(chan in channels)) throw new GraphValidationError(`Subscribed channel '${String(chan)}' not in channels`);
  if (!Array.isArray(inputChannels)) {
    if (!subscribedChannels.has(inputChannels)) throw new GraphValidationError(`Input channel ${String(inputChannels)} is not subscribed to by any node`);
  } else if (inputChannels.every((channel) => !subscribedChannels.has(channel))) throw new GraphValidationError(`None of the input channels ${inputChannels} are subscribed to by any node`);
  if (!Array.isArray(outputChannels)) allOutputChannels.add(outputChannels);
  else outputChannels.forEach((chan) => allOutputChannels.add(chan));
  if (streamChannels && !Array.isArray(streamChannels)) allOutputChannels.add(streamChannels);
  else if (Array.isArray(streamChannels)) streamChannels.forEach((chan) => allOutputChannels.add(chan));
  for (const chan of allOutputChannels) if (!(chan in channels)) throw new GraphValidationError(`Output channel '${String(chan)}' not in channels`);
  if (interruptAfterNodes && interruptAfterNodes !== "*") {
    for (const node of interruptAfterNodes) if (!(node in nodes)) throw new GraphValidationError(`Node ${String(node)} not in nodes`);
  }
  if (interruptBeforeNodes && interruptBeforeNodes !== "*") {
    for (const node of interruptBeforeNodes) if (!(node in nodes)) throw new GraphValidationError(`Node ${String(node)} not in nodes`);
  }
}
function validateKeys(keys, channels) {
  if (Array.isArray(keys)) {
    for (const key of keys) if (!(key in channels)) throw new Error(`Key ${String(key)} not found in channels`);
  } else if (!(keys in channels)) throw new Error(`Key ${String(keys)} not found in channels`);
}

// node_modules/@langchain/langgraph/dist/channels/topic.js
function isUniqueTopicCheckpoint(checkpoint) {
  return Array.isArray(checkpoint) && checkpoint.length === 2 && Array.isArray(checkpoint[0]) && Array.isArray(checkpoint[1]);
}
var Topic = class Topic2 extends BaseChannel {
  lc_graph_name = "Topic";
  unique = false;
  accumulate = false;
  seen;
  values;
  constructor(fields) {
    super();
    this.unique = fields?.unique ?? this.unique;
    this.accumulate = fields?.accumulate ?? this.accumulate;
    this.seen = /* @__PURE__ */ new Set();
    this.values = [];
  }
  fromCheckpoint(checkpoint) {
    const empty = new Topic2({
      unique: this.unique,
      accumulate: this.accumulate
    });
    if (typeof checkpoint === "undefined") return empty;
    if (isUniqueTopicCheckpoint(checkpoint)) {
      empty.seen = new Set(checkpoint[0]);
      empty.values = [...checkpoint[1]];
      return empty;
    }
    empty.values = [...checkpoint];
    if (this.unique) empty.seen = new Set(empty.values);
    return empty;
  }
  update(values) {
    let updated = false;
    if (!this.accumulate) {
      updated = this.values.length > 0;
      this.values = [];
    }
    const flatValues = values.flat();
    if (flatValues.length > 0) if (this.unique) {
      for (const value of flatValues) if (!this.seen.has(value)) {
        updated = true;
        this.seen.add(value);
        this.values.push(value);
      }
    } else {
      updated = true;
      this.values.push(...flatValues);
    }
    return updated;
  }
  get() {
    if (this.values.length === 0) throw new EmptyChannelError();
    return this.values;
  }
  /**
  * Checkpoint Topic state.
  *
  * Default / Host path (`unique: false`, including `__pregel_tasks`): flat
  * values list, matching Python Topic. Previously this always returned
  * `[seen, values]`, so empty TASKS became `[[], []]` and Host's Python
  * checkpointer rejected it.
  *
  * When `unique: true`, keep `[seen, values]` so dedupe history that outlives
  * the current buffer still survives resume.
  */
  checkpoint() {
    if (this.unique) return [[...this.seen], [...this.values]];
    return [...this.values];
  }
  isAvailable() {
    return this.values.length !== 0;
  }
};

// node_modules/@langchain/langgraph/dist/pregel/index.js
function protocolEventsToEventStream(run) {
  const encoder = new TextEncoder();
  return new ReadableStream({ async start(controller) {
    try {
      for await (const event of run) {
        const namespace = event.params.namespace;
        const eventName = namespace.length ? `${event.method}|${namespace.join("|")}` : event.method;
        controller.enqueue(encoder.encode(`event: ${eventName}
data: ${JSON.stringify(event.params.data ?? {})}

`));
      }
    } catch (error) {
      controller.enqueue(encoder.encode(`event: error
data: ${JSON.stringify({ message: String(error) })}

`));
    } finally {
      controller.close();
    }
  } });
}
var Channel = class {
  static subscribeTo(channels, options) {
    const { key, tags } = {
      key: void 0,
      tags: void 0,
      ...options ?? {}
    };
    if (Array.isArray(channels) && key !== void 0) throw new Error("Can't specify a key when subscribing to multiple channels");
    let channelMappingOrArray;
    if (typeof channels === "string") if (key) channelMappingOrArray = { [key]: channels };
    else channelMappingOrArray = [channels];
    else channelMappingOrArray = Object.fromEntries(channels.map((chan) => [chan, chan]));
    return new PregelNode({
      channels: channelMappingOrArray,
      triggers: Array.isArray(channels) ? channels : [channels],
      tags
    });
  }
  /**
  * Creates a ChannelWrite that specifies how to write values to channels.
  * This is used to define how nodes send output to channels.
  *
  * @example
  * ```typescript
  * // Write to multiple channels
  * const write = Channel.writeTo(["output", "state"]);
  *
  * // Write with specific values
  * const write = Channel.writeTo(["output"], {
  *   state: "completed",
  *   result: calculateResult()
  * });
  *
  * // Write with a transformation function
  * const write = Channel.writeTo(["output"], {
  *   result: (x) => processResult(x)
  * });
  * ```
  *
  * @param channels - Array of channel names to write to
  * @param writes - Optional map of channel names to values or transformations
  * @returns A ChannelWrite object that can be used to write to the specified channels
  */
  static writeTo(channels, writes) {
    const channelWriteEntries = [];
    for (const channel of channels) channelWriteEntries.push({
      channel,
      value: PASSTHROUGH,
      skipNone: false
    });
    for (const [key, value] of Object.entries(writes ?? {})) if (Runnable.isRunnable(value) || typeof value === "function") channelWriteEntries.push({
      channel: key,
      value: PASSTHROUGH,
      skipNone: true,
      mapper: _coerceToRunnable(value)
    });
    else channelWriteEntries.push({
      channel: key,
      value,
      skipNone: false
    });
    return new ChannelWrite(channelWriteEntries);
  }
};
var PartialRunnable = class extends Runnable {
  lc_namespace = ["langgraph", "pregel"];
  invoke(_input, _options) {
    throw new Error("Not implemented");
  }
  withConfig(_config) {
    return super.withConfig(_config);
  }
  stream(input, options) {
    return super.stream(input, options);
  }
};
var Pregel = class extends PartialRunnable {
  /**
  * Name of the class when serialized
  * @internal
  */
  static lc_name() {
    return "LangGraph";
  }
  /** @internal LangChain namespace for serialization necessary because Pregel extends Runnable */
  lc_namespace = ["langgraph", "pregel"];
  /** @internal Flag indicating this is a Pregel instance - necessary for serialization */
  lg_is_pregel = true;
  /** The nodes in the graph, mapping node names to their PregelNode instances */
  nodes;
  /** The channels in the graph, mapping channel names to their BaseChannel or ManagedValueSpec instances */
  channels;
  /**
  * The input channels for the graph. These channels receive the initial input when the graph is invoked.
  * Can be a single channel key or an array of channel keys.
  */
  inputChannels;
  /**
  * The output channels for the graph. These channels contain the final output when the graph completes.
  * Can be a single channel key or an array of channel keys.
  */
  outputChannels;
  /** Whether to automatically validate the graph structure when it is compiled. Defaults to true. */
  autoValidate = true;
  /**
  * The streaming modes enabled for this graph. Defaults to ["values"].
  * Supported modes:
  * - "values": Streams the full state after each step
  * - "updates": Streams state updates after each step
  * - "messages": Streams messages from within nodes
  * - "custom": Streams custom events from within nodes
  * - "tools": Streams tool-call lifecycle events (on_tool_start, on_tool_event, on_tool_end, on_tool_error) from LLM tool execution
  * - "debug": Streams events related to the execution of the graph - useful for tracing & debugging graph execution
  */
  streamMode = ["values"];
  /**
  * Optional channels to stream. If not specified, all channels will be streamed.
  * Can be a single channel key or an array of channel keys.
  */
  streamChannels;
  /**
  * Optional array of node names or "all" to interrupt after executing these nodes.
  * Used for implementing human-in-the-loop workflows.
  */
  interruptAfter;
  /**
  * Optional array of node names or "all" to interrupt before executing these nodes.
  * Used for implementing human-in-the-loop workflows.
  */
  interruptBefore;
  /** Optional timeout in milliseconds for the execution of each superstep */
  stepTimeout;
  /** Whether to enable debug logging. Defaults to false. */
  debug = false;
  /**
  * Optional checkpointer for persisting graph state.
  * When provided, saves a checkpoint of the graph state at every superstep.
  * When false or undefined, checkpointing is disabled, and the graph will not be able to save or restore state.
  */
  checkpointer;
  /** Optional retry policy for handling failures in node execution */
  retryPolicy;
  /** The default configuration for graph execution, can be overridden on a per-invocation basis */
  config;
  /**
  * Optional long-term memory store for the graph, allows for persistence & retrieval of data across threads
  */
  store;
  /**
  * Optional cache for the graph, useful for caching tasks.
  */
  cache;
  /**
  * Optional interrupt helper function.
  * @internal
  */
  userInterrupt;
  /**
  * Stream reducer factories registered at compile time.  These run
  * automatically for every `streamEvents(..., { version: "v3" })` call,
  * before any call-site transformers.
  */
  streamTransformers;
  /**
  * The trigger to node mapping for the graph run.
  * @internal
  */
  triggerToNodes = {};
  /**
  * Constructor for Pregel - meant for internal use only.
  *
  * @internal
  */
  constructor(fields) {
    super(fields);
    let { streamMode } = fields;
    if (streamMode != null && !Array.isArray(streamMode)) streamMode = [streamMode];
    this.nodes = fields.nodes;
    this.channels = fields.channels;
    if ("__pregel_tasks" in this.channels && "lc_graph_name" in this.channels["__pregel_tasks"] && this.channels["__pregel_tasks"].lc_graph_name !== "Topic") throw new Error(`Channel '${TASKS}' is reserved and cannot be used in the graph.`);
    else this.channels[TASKS] = new Topic({ accumulate: false });
    this.autoValidate = fields.autoValidate ?? this.autoValidate;
    this.streamMode = streamMode ?? this.streamMode;
    this.inputChannels = fields.inputChannels;
    this.outputChannels = fields.outputChannels;
    this.streamChannels = fields.streamChannels ?? this.streamChannels;
    this.interruptAfter = fields.interruptAfter;
    this.interruptBefore = fields.interruptBefore;
    this.stepTimeout = fields.stepTimeout ?? this.stepTimeout;
    this.debug = fields.debug ?? this.debug;
    this.checkpointer = fields.checkpointer;
    this.retryPolicy = fields.retryPolicy;
    this.config = fields.config;
    this.store = fields.store;
    this.cache = fields.cache;
    this.name = fields.name;
    this.triggerToNodes = fields.triggerToNodes ?? this.triggerToNodes;
    this.userInterrupt = fields.userInterrupt;
    this.streamTransformers = fields.streamTransformers ?? [];
    if (this.autoValidate) this.validate();
  }
  withConfig(config) {
    const { streamTransformers, ...restConfig } = config;
    const mergedConfig = mergeConfigs(this.config, restConfig);
    const mergedStreamTransformers = [...this.streamTransformers, ...streamTransformers ?? []];
    return new this.constructor({
      ...this,
      config: mergedConfig,
      streamTransformers: mergedStreamTransformers
    });
  }
  /**
  * Validates the graph structure to ensure it is well-formed.
  * Checks for:
  * - No orphaned nodes
  * - Valid input/output channel configurations
  * - Valid interrupt configurations
  *
  * @returns this - The Pregel instance for method chaining
  * @throws {GraphValidationError} If the graph structure is invalid
  */
  validate() {
    validateGraph({
      nodes: this.nodes,
      channels: this.channels,
      outputChannels: this.outputChannels,
      inputChannels: this.inputChannels,
      streamChannels: this.streamChannels,
      interruptAfterNodes: this.interruptAfter,
      interruptBeforeNodes: this.interruptBefore
    });
    for (const [name, node] of Object.entries(this.nodes)) for (const trigger of node.triggers) {
      this.triggerToNodes[trigger] ??= [];
      this.triggerToNodes[trigger].push(name);
    }
    return this;
  }
  /**
  * Gets a list of all channels that should be streamed.
  * If streamChannels is specified, returns those channels.
  * Otherwise, returns all channels in the graph.
  *
  * @returns Array of channel keys to stream
  */
  get streamChannelsList() {
    if (Array.isArray(this.streamChannels)) return this.streamChannels;
    else if (this.streamChannels) return [this.streamChannels];
    else return Object.keys(this.channels);
  }
  /**
  * Gets the channels to stream in their original format.
  * If streamChannels is specified, returns it as-is (either single key or array).
  * Otherwise, returns all channels in the graph as an array.
  *
  * @returns Channel keys to stream, either as a single key or array
  */
  get streamChannelsAsIs() {
    if (this.streamChannels) return this.streamChannels;
    else return Object.keys(this.channels);
  }
  /**
  * Gets a drawable representation of the graph structure.
  * This is an async version of getGraph() and is the preferred method to use.
  *
  * @param config - Configuration for generating the graph visualization
  * @returns A representation of the graph that can be visualized
  */
  async getGraphAsync(config) {
    return this.getGraph(config);
  }
  /**
  * Gets all subgraphs within this graph.
  * A subgraph is a Pregel instance that is nested within a node of this graph.
  *
  * @deprecated Use getSubgraphsAsync instead. The async method will become the default in the next minor release.
  * @param namespace - Yield only the subgraph at this exact namespace, such
  *   as `parent|child` (without task IDs). A nested namespace needs `recurse`.
  * @param recurse - Whether to recursively get subgraphs of subgraphs
  * @returns Generator yielding tuples of [name, subgraph]
  */
  *getSubgraphs(namespace, recurse) {
    for (const [name, node] of Object.entries(this.nodes)) {
      if (namespace !== void 0) {
        if (namespace !== name && !namespace.startsWith(`${name}|`)) continue;
      }
      const candidates = node.subgraphs?.length ? node.subgraphs : [node.bound];
      for (const candidate of candidates) {
        const graph = findSubgraphPregel(candidate);
        if (graph !== void 0) {
          if (name === namespace) {
            yield [name, graph];
            return;
          }
          if (namespace === void 0) yield [name, graph];
          if (recurse) {
            let newNamespace = namespace;
            if (namespace !== void 0) newNamespace = namespace.slice(name.length + 1);
            for (const [subgraphName, subgraph] of graph.getSubgraphs(newNamespace, recurse)) {
              yield [`${name}|${subgraphName}`, subgraph];
              if (namespace !== void 0) return;
            }
          }
        }
      }
    }
  }
  /**
  * Gets all subgraphs within this graph asynchronously.
  * A subgraph is a Pregel instance that is nested within a node of this graph.
  *
  * @param namespace - Yield only the subgraph at this exact namespace, such
  *   as `parent|child` (without task IDs). A nested namespace needs `recurse`.
  * @param recurse - Whether to recursively get subgraphs of subgraphs
  * @returns AsyncGenerator yielding tuples of [name, subgraph]
  */
  async *getSubgraphsAsync(namespace, recurse) {
    yield* this.getSubgraphs(namespace, recurse);
  }
  /**
  * The checkpointer runs and state methods use: none for `checkpointer: false`,
  * else the one a parent lends a subgraph through the config, else this
  * graph's own.
  */
  _resolveCheckpointer(config) {
    if (this.checkpointer === false) return void 0;
    const lent = config?.configurable?.[CONFIG_KEY_CHECKPOINTER];
    if (lent !== void 0) return lent;
    if (this.checkpointer === true) throw new Error("checkpointer: true cannot be used for root graphs.");
    return this.checkpointer;
  }
  _stateCheckpointer(config) {
    const checkpointer = this._resolveCheckpointer(config);
    if (typeof checkpointer !== "object" || checkpointer === null) throw new GraphValueError("No checkpointer set", { lc_error_code: "MISSING_CHECKPOINTER" });
    return checkpointer;
  }
  /**
  * A `checkpointer: true` subgraph keeps one history per thread, stored
  * under its namespace with the task ids removed.
  */
  _ownCheckpointConfig(config) {
    if (this.checkpointer !== true) return config;
    const ns = config.configurable?.["checkpoint_ns"] ?? "";
    return {
      ...config,
      configurable: {
        ...config.configurable,
        [CONFIG_KEY_CHECKPOINT_NS]: ns.split("|").map((part) => part.split(":")[0]).join("|")
      }
    };
  }
  /**
  * The subgraph a state method's namespaced config addresses, and the config
  * to call it with, lending it `checkpointer`. `undefined` when the config is
  * for this graph, comes from inside a running task, or names no declared
  * subgraph (a dynamically created one, such as a tool-call subgraph).
  */
  async _subgraphForNamespace(config, checkpointer) {
    const checkpointNamespace = config.configurable?.checkpoint_ns ?? "";
    if (checkpointNamespace === "" || config.configurable?.["__pregel_read"] !== void 0 || config.configurable?.["__pregel_checkpointer"] !== void 0) return;
    const recastNamespace = recastCheckpointNamespace(checkpointNamespace);
    for await (const [, subgraph] of this.getSubgraphsAsync(recastNamespace, true)) return [subgraph, patchConfigurable(config, { [CONFIG_KEY_CHECKPOINTER]: checkpointer })];
  }
  /**
  * Prepares a state snapshot from saved checkpoint data.
  * This is an internal method used by getState and getStateHistory.
  *
  * @param config - Configuration for preparing the snapshot
  * @param saved - Optional saved checkpoint data
  * @param saver - Checkpointer the caller resolved; a subgraph's own `checkpointer` is unset or `true`
  * @param recurse - Whether to include each subgraph task's state
  * @param applyPendingWrites - Whether to apply pending writes to tasks and then to channels
  * @returns A snapshot of the graph state
  * @internal
  */
  async _prepareStateSnapshot({ config, saved, saver, recurse = false, applyPendingWrites = false }) {
    if (saved === void 0) return {
      values: {},
      next: [],
      config,
      tasks: []
    };
    const channels = await channelsFromCheckpoint(this.channels, saved.checkpoint, {
      saver,
      config: saved.config ?? config,
      deltaWritesVersioned: isDeltaWritesVersioned(saved.metadata)
    });
    if (saved.pendingWrites?.length) {
      const nullWrites = saved.pendingWrites.filter(([taskId, _]) => taskId === NULL_TASK_ID).map(([_, channel, value]) => [String(channel), value]);
      if (nullWrites.length > 0) _applyWrites(saved.checkpoint, channels, [{
        name: INPUT,
        writes: nullWrites,
        triggers: []
      }], void 0, this.triggerToNodes);
    }
    const nextTasks = Object.values(_prepareNextTasks(saved.checkpoint, saved.pendingWrites, this.nodes, channels, saved.config, true, {
      step: (saved.metadata?.step ?? -1) + 1,
      store: this.store
    }));
    const subgraphs = await gatherIterator(this.getSubgraphsAsync());
    const parentNamespace = saved.config.configurable?.checkpoint_ns ?? "";
    const taskStates = {};
    for (const task2 of nextTasks) {
      const matchingSubgraph = subgraphs.find(([name]) => name === task2.name);
      if (!matchingSubgraph || matchingSubgraph[1].checkpointer === false) continue;
      let taskNs = `${String(task2.name)}:${task2.id}`;
      if (parentNamespace) taskNs = `${parentNamespace}|${taskNs}`;
      if (!recurse) {
        const config2 = { configurable: {
          thread_id: saved.config.configurable?.thread_id,
          checkpoint_ns: taskNs
        } };
        taskStates[task2.id] = config2;
      } else {
        const subgraphConfig = { configurable: {
          [CONFIG_KEY_CHECKPOINTER]: saver,
          thread_id: saved.config.configurable?.thread_id,
          checkpoint_ns: taskNs
        } };
        const pregel = matchingSubgraph[1];
        taskStates[task2.id] = await pregel.getState(subgraphConfig, { subgraphs: true });
      }
    }
    if (applyPendingWrites && saved.pendingWrites?.length) {
      const nextTaskById = Object.fromEntries(nextTasks.map((task2) => [task2.id, task2]));
      for (const [taskId, channel, value] of saved.pendingWrites) {
        if ([
          "__error__",
          "__interrupt__",
          SCHEDULED
        ].includes(channel)) continue;
        if (!(taskId in nextTaskById)) continue;
        nextTaskById[taskId].writes.push([String(channel), value]);
      }
      const tasksWithWrites2 = nextTasks.filter((task2) => task2.writes.length > 0);
      if (tasksWithWrites2.length > 0) _applyWrites(saved.checkpoint, channels, tasksWithWrites2, void 0, this.triggerToNodes);
    }
    let metadata = saved?.metadata;
    if (metadata && saved?.config?.configurable?.thread_id) metadata = {
      ...metadata,
      thread_id: saved.config.configurable.thread_id
    };
    const nextList = nextTasks.filter((task2) => task2.writes.length === 0).map((task2) => task2.name);
    return {
      values: readChannels(channels, this.streamChannelsAsIs),
      next: nextList,
      tasks: tasksWithWrites(nextTasks, saved?.pendingWrites ?? [], taskStates, this.streamChannelsAsIs),
      metadata,
      config: patchCheckpointMap(saved.config, saved.metadata),
      createdAt: saved.checkpoint.ts,
      parentConfig: saved.parentConfig
    };
  }
  /**
  * Gets the current state of the graph.
  * Requires a checkpointer to be configured.
  *
  * @param config - Configuration for retrieving the state
  * @param options - Additional options
  * @returns A snapshot of the current graph state
  * @throws {GraphValueError} If no checkpointer is configured
  */
  async getState(config, options) {
    const checkpointer = this._stateCheckpointer(config);
    const subgraph = await this._subgraphForNamespace(config, checkpointer);
    if (subgraph !== void 0) {
      const [pregel, subgraphConfig] = subgraph;
      return await pregel.getState(subgraphConfig, { subgraphs: options?.subgraphs });
    }
    const ownConfig = this._ownCheckpointConfig(config);
    const mergedConfig = mergeConfigs(this.config, ownConfig);
    const saved = await checkpointer.getTuple(ownConfig);
    return await this._prepareStateSnapshot({
      config: mergedConfig,
      saved,
      saver: checkpointer,
      recurse: options?.subgraphs,
      applyPendingWrites: !config.configurable?.checkpoint_id
    });
  }
  /**
  * Gets the history of graph states.
  * Requires a checkpointer to be configured.
  * Useful for:
  * - Debugging execution history
  * - Implementing time travel
  * - Analyzing graph behavior
  *
  * @param config - Configuration for retrieving the history
  * @param options - Options for filtering the history
  * @returns An async iterator of state snapshots
  * @throws {Error} If no checkpointer is configured
  */
  async *getStateHistory(config, options) {
    const checkpointer = this._stateCheckpointer(config);
    const subgraph = await this._subgraphForNamespace(config, checkpointer);
    if (subgraph !== void 0) {
      const [pregel, subgraphConfig] = subgraph;
      yield* pregel.getStateHistory(subgraphConfig, options);
      return;
    }
    const mergedConfig = this._ownCheckpointConfig(mergeConfigs(this.config, config, { configurable: { checkpoint_ns: config.configurable?.checkpoint_ns ?? "" } }));
    for await (const checkpointTuple of checkpointer.list(mergedConfig, options)) yield this._prepareStateSnapshot({
      config: checkpointTuple.config,
      saved: checkpointTuple,
      saver: checkpointer
    });
  }
  /**
  * Apply updates to the graph state in bulk.
  * Requires a checkpointer to be configured.
  *
  * This method is useful for recreating a thread
  * from a list of updates, especially if a checkpoint
  * is created as a result of multiple tasks.
  *
  * @internal The API might change in the future.
  *
  * @param startConfig - Configuration for the update
  * @param updates - The list of updates to apply to graph state
  * @returns Updated configuration
  * @throws {GraphValueError} If no checkpointer is configured
  * @throws {InvalidUpdateError} If the update cannot be attributed to a node or an update can be only applied in sequence.
  */
  async bulkUpdateState(startConfig, supersteps) {
    const checkpointer = this._stateCheckpointer(startConfig);
    if (supersteps.length === 0) throw new Error("No supersteps provided");
    if (supersteps.some((s) => s.updates.length === 0)) throw new Error("No updates provided");
    const subgraph = await this._subgraphForNamespace(startConfig, checkpointer);
    if (subgraph !== void 0) {
      const [pregel, subgraphConfig] = subgraph;
      return await pregel.bulkUpdateState(subgraphConfig, supersteps);
    }
    const checkpointNamespace = startConfig.configurable?.checkpoint_ns ?? "";
    if (checkpointNamespace !== "" && startConfig.configurable?.["__pregel_read"] === void 0 && startConfig.configurable?.["__pregel_checkpointer"] === void 0) throw new Error(`Subgraph "${recastCheckpointNamespace(checkpointNamespace)}" not found`);
    const updateSuperStep = async (inputConfig, updates, isFirstSuperstep) => {
      const config = this._ownCheckpointConfig(this.config ? mergeConfigs(this.config, inputConfig) : inputConfig);
      const saved = await checkpointer.getTuple(config);
      const checkpoint = saved !== void 0 ? copyCheckpoint(saved.checkpoint) : emptyCheckpoint();
      const checkpointPreviousVersions = { ...saved?.checkpoint.channel_versions };
      const step = saved?.metadata?.step ?? -1;
      let checkpointConfig = patchConfigurable(config, { checkpoint_ns: config.configurable?.checkpoint_ns ?? "" });
      let checkpointMetadata = config.metadata ?? {};
      if (saved?.config.configurable) {
        checkpointConfig = patchConfigurable(config, saved.config.configurable);
        checkpointMetadata = {
          ...saved.metadata,
          ...checkpointMetadata
        };
      }
      const deltaWritesVersioned = Object.values(this.channels).some(isDeltaChannel) && (saved === void 0 || isDeltaWritesVersioned(saved.metadata));
      const versionedMetadata = deltaWritesVersioned ? { [DELTA_WRITES_VERSIONED]: true } : {};
      const getNextVersion = (current) => checkpointer.getNextVersion(current);
      const writtenChannels = () => new Set(Object.keys(getNewChannelVersions(checkpointPreviousVersions, checkpoint.channel_versions)));
      const forkPending = isFirstSuperstep ? deltaChannelsWithPendingWrites(this.channels, saved?.pendingWrites) : /* @__PURE__ */ new Set();
      const editsOlderCheckpoint = async () => isFirstSuperstep && saved !== void 0 && await checkpointSuperseded(checkpointer, config, saved);
      const specs = this.channels;
      const sealDeltaWrites = (writes) => {
        for (const [ch] of deltaChannelWrites(specs, writes)) forkPending.add(String(ch));
      };
      const sealOverwrites = (writes) => {
        for (const [ch, value] of deltaChannelWrites(specs, writes)) if (_isOverwriteValue(value)) forkPending.add(String(ch));
      };
      const loadChannels = () => channelsFromCheckpoint(this.channels, checkpoint, {
        saver: checkpointer,
        config: saved?.config ?? checkpointConfig,
        deltaWritesVersioned
      });
      const { values, asNode } = updates[0];
      if (values == null && asNode === void 0) {
        if (updates.length > 1) throw new InvalidUpdateError(`Cannot create empty checkpoint with multiple updates`);
        const counters = saved === void 0 ? {} : advanceDeltaCounters(this.channels, /* @__PURE__ */ new Set(), saved.metadata?.counters_since_delta_snapshot);
        const channels2 = forkPending.size > 0 || Object.entries(counters).some(([name, count]) => reachedSnapshotBound(this.channels[name], count)) ? await loadChannels() : void 0;
        const { channelsToSnapshot: channelsToSnapshot2, metadata: countersMetadata2 } = channels2 === void 0 ? {
          channelsToSnapshot: /* @__PURE__ */ new Set(),
          metadata: deltaCountersMetadata(counters)
        } : updateStateDeltaPlan(channels2, /* @__PURE__ */ new Set(), saved, checkpoint.channel_versions, deltaWritesVersioned, forkPending);
        const nextCheckpoint2 = createCheckpoint(checkpoint, channels2, step, {
          channelsToSnapshot: channelsToSnapshot2,
          storedVersions: checkpointPreviousVersions,
          getNextVersion,
          triggerToNodes: this.triggerToNodes
        });
        return patchCheckpointMap(await checkpointer.put(checkpointConfig, nextCheckpoint2, {
          source: "update",
          step: step + 1,
          parents: saved?.metadata?.parents ?? {},
          ...versionedMetadata,
          ...countersMetadata2
        }, getNewChannelVersions(checkpointPreviousVersions, nextCheckpoint2.channel_versions)), saved ? saved.metadata : void 0);
      }
      const channels = await loadChannels();
      if (values === null && asNode === "__end__") {
        if (updates.length > 1) throw new InvalidUpdateError(`Cannot apply multiple updates when clearing state`);
        if (saved) {
          const nextTasks = _prepareNextTasks(checkpoint, saved.pendingWrites || [], this.nodes, channels, saved.config, true, {
            step: (saved.metadata?.step ?? -1) + 1,
            checkpointer,
            store: this.store
          });
          const nullWrites = (saved.pendingWrites || []).filter((w) => w[0] === NULL_TASK_ID).map((w) => w.slice(1));
          if (nullWrites.length > 0) _applyWrites(checkpoint, channels, [{
            name: INPUT,
            writes: nullWrites,
            triggers: []
          }], checkpointer.getNextVersion.bind(checkpointer), this.triggerToNodes);
          for (const [taskId, k, v] of saved.pendingWrites || []) {
            if ([
              "__error__",
              "__interrupt__",
              SCHEDULED
            ].includes(k)) continue;
            if (!(taskId in nextTasks)) continue;
            nextTasks[taskId].writes.push([k, v]);
          }
          _applyWrites(checkpoint, channels, Object.values(nextTasks), checkpointer.getNextVersion.bind(checkpointer), this.triggerToNodes);
        }
        const { channelsToSnapshot: channelsToSnapshot2, metadata: countersMetadata2 } = updateStateDeltaPlan(channels, writtenChannels(), saved, checkpoint.channel_versions, deltaWritesVersioned, forkPending);
        const nextCheckpoint2 = createCheckpoint(checkpoint, channels, step, {
          channelsToSnapshot: channelsToSnapshot2,
          storedVersions: checkpointPreviousVersions,
          getNextVersion,
          triggerToNodes: this.triggerToNodes
        });
        const { [DELTA_WRITES_VERSIONED]: _carried, counters_since_delta_snapshot: _counters, ...endMetadata } = checkpointMetadata;
        return patchCheckpointMap(await checkpointer.put(checkpointConfig, nextCheckpoint2, {
          ...endMetadata,
          source: "update",
          step: step + 1,
          parents: saved?.metadata?.parents ?? {},
          ...versionedMetadata,
          ...countersMetadata2
        }, getNewChannelVersions(checkpointPreviousVersions, nextCheckpoint2.channel_versions)), saved ? saved.metadata : void 0);
      }
      if (asNode === "__copy__") {
        if (updates.length > 1) throw new InvalidUpdateError(`Cannot copy checkpoint with multiple updates`);
        if (saved == null) throw new InvalidUpdateError(`Cannot copy a non-existent checkpoint`);
        const isCopyWithUpdates = (values2) => {
          if (!Array.isArray(values2)) return false;
          if (values2.length === 0) return false;
          return values2.every((v) => Array.isArray(v) && v.length === 2);
        };
        const nextCheckpoint2 = createCheckpoint(checkpoint, void 0, step);
        const nextConfig2 = await checkpointer.put(saved.parentConfig ?? patchConfigurable(saved.config, { checkpoint_id: void 0 }), nextCheckpoint2, {
          source: "fork",
          step: step + 1,
          parents: saved.metadata?.parents ?? {},
          ...versionedMetadata,
          ...deltaCountersMetadata(saved.metadata?.counters_since_delta_snapshot ?? {})
        }, {});
        if (isCopyWithUpdates(values)) {
          const nextTasks = _prepareNextTasks(nextCheckpoint2, saved.pendingWrites, this.nodes, channels, nextConfig2, false, { step: step + 2 });
          const tasksGroupBy = Object.values(nextTasks).reduce((acc, { name, id }) => {
            acc[name] ??= [];
            acc[name].push({ id });
            return acc;
          }, {});
          const userGroupBy = values.reduce((acc, item) => {
            const [values2, asNode2] = item;
            acc[asNode2] ??= [];
            const targetIdx = acc[asNode2].length;
            const taskId = tasksGroupBy[asNode2]?.[targetIdx]?.id;
            acc[asNode2].push({
              values: values2,
              asNode: asNode2,
              taskId
            });
            return acc;
          }, {});
          return updateSuperStep(patchCheckpointMap(nextConfig2, saved.metadata), Object.values(userGroupBy).flat(), false);
        }
        return patchCheckpointMap(nextConfig2, saved.metadata);
      }
      if (asNode === "__input__") {
        if (updates.length > 1) throw new InvalidUpdateError(`Cannot apply multiple updates when updating as input`);
        const inputWrites = await gatherIterator(mapInput(this.inputChannels, values));
        if (inputWrites.length === 0) throw new InvalidUpdateError(`Received no input writes for ${JSON.stringify(this.inputChannels, null, 2)}`);
        ensureDeltaMessageIds(specs, inputWrites);
        if (await editsOlderCheckpoint()) sealDeltaWrites(inputWrites);
        else if (saved !== void 0) await checkpointer.putWrites(checkpointConfig, inputWrites, uuid5(INPUT, checkpoint.id));
        _applyWrites(checkpoint, channels, [{
          name: INPUT,
          writes: inputWrites,
          triggers: []
        }], checkpointer.getNextVersion.bind(checkpointer), this.triggerToNodes);
        sealOverwrites(inputWrites);
        const nextStep = saved?.metadata?.step != null ? saved.metadata.step + 1 : -1;
        const { channelsToSnapshot: channelsToSnapshot2, metadata: countersMetadata2 } = updateStateDeltaPlan(channels, writtenChannels(), saved, checkpoint.channel_versions, deltaWritesVersioned, forkPending);
        const nextCheckpoint2 = createCheckpoint(checkpoint, channels, nextStep, {
          channelsToSnapshot: channelsToSnapshot2,
          storedVersions: checkpointPreviousVersions,
          getNextVersion,
          triggerToNodes: this.triggerToNodes
        });
        return patchCheckpointMap(await checkpointer.put(checkpointConfig, nextCheckpoint2, {
          source: "input",
          step: nextStep,
          parents: saved?.metadata?.parents ?? {},
          ...versionedMetadata,
          ...countersMetadata2
        }, getNewChannelVersions(checkpointPreviousVersions, nextCheckpoint2.channel_versions)), saved ? saved.metadata : void 0);
      }
      if (config.configurable?.checkpoint_id === void 0 && saved?.pendingWrites !== void 0 && saved.pendingWrites.length > 0) {
        const nextTasks = _prepareNextTasks(checkpoint, saved.pendingWrites, this.nodes, channels, saved.config, true, {
          store: this.store,
          checkpointer: this.checkpointer,
          step: (saved.metadata?.step ?? -1) + 1
        });
        const nullWrites = (saved.pendingWrites ?? []).filter((w) => w[0] === NULL_TASK_ID).map((w) => w.slice(1));
        if (nullWrites.length > 0) _applyWrites(checkpoint, channels, [{
          name: INPUT,
          writes: nullWrites,
          triggers: []
        }], checkpointer.getNextVersion.bind(checkpointer), this.triggerToNodes);
        for (const [tid, k, v] of saved.pendingWrites) {
          if ([
            "__error__",
            "__interrupt__",
            SCHEDULED
          ].includes(k) || nextTasks[tid] === void 0) continue;
          nextTasks[tid].writes.push([k, v]);
        }
        const tasks2 = Object.values(nextTasks).filter((task2) => {
          return task2.writes.length > 0;
        });
        if (tasks2.length > 0) _applyWrites(checkpoint, channels, tasks2, checkpointer.getNextVersion.bind(checkpointer), this.triggerToNodes);
      }
      const versionsSeen = versionsSeenWithoutBumps(checkpoint.versions_seen);
      const nonNullVersion = Object.values(versionsSeen).map((seenVersions) => {
        return Object.values(seenVersions);
      }).flat().find((v) => !!v);
      const validUpdates = [];
      if (updates.length === 1) {
        let { values: values2, asNode: asNode2, taskId } = updates[0];
        if (asNode2 === void 0 && Object.keys(this.nodes).length === 1) [asNode2] = Object.keys(this.nodes);
        else if (asNode2 === void 0 && nonNullVersion === void 0) {
          if (typeof this.inputChannels === "string" && this.nodes[this.inputChannels] !== void 0) asNode2 = this.inputChannels;
        } else if (asNode2 === void 0) {
          const lastSeenByNode = Object.entries(versionsSeen).map(([n2, seen]) => {
            return Object.values(seen).map((v) => {
              return [v, n2];
            });
          }).flat().filter(([_, v]) => v !== INTERRUPT).sort(([aNumber], [bNumber]) => compareChannelVersions(aNumber, bNumber));
          if (lastSeenByNode) {
            if (lastSeenByNode.length === 1) asNode2 = lastSeenByNode[0][1];
            else if (lastSeenByNode[lastSeenByNode.length - 1][0] !== lastSeenByNode[lastSeenByNode.length - 2][0]) asNode2 = lastSeenByNode[lastSeenByNode.length - 1][1];
          }
        }
        if (asNode2 === void 0) throw new InvalidUpdateError(`Ambiguous update, specify "asNode"`);
        validUpdates.push({
          values: values2,
          asNode: asNode2,
          taskId
        });
      } else for (const { asNode: asNode2, values: values2, taskId } of updates) {
        if (asNode2 == null) throw new InvalidUpdateError(`"asNode" is required when applying multiple updates`);
        validUpdates.push({
          values: values2,
          asNode: asNode2,
          taskId
        });
      }
      const tasks = [];
      for (const [i, { asNode: asNode2, values: values2, taskId }] of validUpdates.entries()) {
        if (this.nodes[asNode2] === void 0) throw new InvalidUpdateError(`Node "${asNode2.toString()}" does not exist`);
        const writers = this.nodes[asNode2].getWriters();
        if (!writers.length) throw new InvalidUpdateError(`No writers found for node "${asNode2.toString()}"`);
        tasks.push({
          name: asNode2,
          input: values2,
          proc: writers.length > 1 ? RunnableSequence.from(writers, { omitSequenceTags: true }) : writers[0],
          writes: [],
          triggers: [INTERRUPT],
          path: [INTERRUPT, i],
          id: taskId ?? uuid5(i === 0 ? "__interrupt__" : `__interrupt__:${i}`, checkpoint.id),
          writers: []
        });
      }
      for (const task2 of tasks) await task2.proc.invoke(task2.input, patchConfig({
        ...config,
        store: config?.store ?? this.store
      }, {
        runName: config.runName ?? `${this.getName()}UpdateState`,
        configurable: {
          [CONFIG_KEY_SEND]: (items) => task2.writes.push(...items),
          [CONFIG_KEY_READ]: (select_, fresh_ = false) => _localRead(checkpoint, channels, task2, select_, fresh_)
        }
      }));
      for (const task2 of tasks) ensureDeltaMessageIds(specs, task2.writes);
      if (await editsOlderCheckpoint()) for (const task2 of tasks) sealDeltaWrites(task2.writes);
      else for (const task2 of tasks) {
        const channelWrites = task2.writes.filter((w) => w[0] !== PUSH);
        if (saved !== void 0 && channelWrites.length > 0) await checkpointer.putWrites(checkpointConfig, channelWrites, task2.id, taskPathStr(task2.path));
      }
      _applyWrites(checkpoint, channels, tasks, checkpointer.getNextVersion.bind(checkpointer), this.triggerToNodes);
      for (const task2 of tasks) sealOverwrites(task2.writes);
      const { channelsToSnapshot, metadata: countersMetadata } = updateStateDeltaPlan(channels, writtenChannels(), saved, checkpoint.channel_versions, deltaWritesVersioned, forkPending);
      const nextCheckpoint = createCheckpoint(checkpoint, channels, step + 1, {
        channelsToSnapshot,
        storedVersions: checkpointPreviousVersions,
        getNextVersion,
        triggerToNodes: this.triggerToNodes
      });
      const nextConfig = await checkpointer.put(checkpointConfig, nextCheckpoint, {
        source: "update",
        step: step + 1,
        parents: saved?.metadata?.parents ?? {},
        ...versionedMetadata,
        ...countersMetadata
      }, getNewChannelVersions(checkpointPreviousVersions, nextCheckpoint.channel_versions));
      for (const task2 of tasks) {
        const pushWrites = task2.writes.filter((w) => w[0] === PUSH);
        if (pushWrites.length > 0) await checkpointer.putWrites(nextConfig, pushWrites, task2.id);
      }
      return patchCheckpointMap(nextConfig, saved ? saved.metadata : void 0);
    };
    let currentConfig = startConfig;
    for (const [i, { updates }] of supersteps.entries()) currentConfig = await updateSuperStep(currentConfig, updates, i === 0);
    return currentConfig;
  }
  /**
  * Updates the state of the graph with new values.
  * Requires a checkpointer to be configured.
  *
  * This method can be used for:
  * - Implementing human-in-the-loop workflows
  * - Modifying graph state during breakpoints
  * - Integrating external inputs into the graph
  *
  * @param inputConfig - Configuration for the update
  * @param values - The values to update the state with
  * @param asNode - Optional node name to attribute the update to
  * @returns Updated configuration
  * @throws {GraphValueError} If no checkpointer is configured
  * @throws {InvalidUpdateError} If the update cannot be attributed to a node
  */
  async updateState(inputConfig, values, asNode) {
    return this.bulkUpdateState(inputConfig, [{ updates: [{
      values,
      asNode
    }] }]);
  }
  /**
  * Gets the default values for various graph configuration options.
  * This is an internal method used to process and normalize configuration options.
  *
  * @param config - The input configuration options
  * @returns A tuple containing normalized values for:
  * - debug mode
  * - stream modes
  * - input keys
  * - output keys
  * - remaining config
  * - interrupt before nodes
  * - interrupt after nodes
  * - checkpointer
  * - store
  * - whether stream mode is single
  * - node cache
  * - whether checkpoint during is enabled
  * @internal
  */
  _defaults(config) {
    const { debug, streamMode, inputKeys, outputKeys, interruptAfter, interruptBefore, ...rest } = config;
    let streamModeSingle = true;
    const defaultDebug = debug !== void 0 ? debug : this.debug;
    let defaultOutputKeys = outputKeys;
    if (defaultOutputKeys === void 0) defaultOutputKeys = this.streamChannelsAsIs;
    else validateKeys(defaultOutputKeys, this.channels);
    let defaultInputKeys = inputKeys;
    if (defaultInputKeys === void 0) defaultInputKeys = this.inputChannels;
    else validateKeys(defaultInputKeys, this.channels);
    const defaultInterruptBefore = interruptBefore ?? this.interruptBefore ?? [];
    const defaultInterruptAfter = interruptAfter ?? this.interruptAfter ?? [];
    let defaultStreamMode;
    if (streamMode !== void 0) {
      defaultStreamMode = Array.isArray(streamMode) ? streamMode : [streamMode];
      streamModeSingle = typeof streamMode === "string";
    } else {
      if (config.configurable?.["__pregel_task_id"] !== void 0) defaultStreamMode = ["values"];
      else defaultStreamMode = this.streamMode;
      streamModeSingle = true;
    }
    const defaultCheckpointer = this._resolveCheckpointer(config);
    const defaultStore = config.store ?? this.store;
    const defaultCache = config.cache ?? this.cache;
    if (config.durability != null && config.checkpointDuring != null) throw new Error("Cannot use both `durability` and `checkpointDuring` at the same time.");
    const checkpointDuringDurability = (() => {
      if (config.checkpointDuring == null) return void 0;
      if (config.checkpointDuring === false) return "exit";
      return "async";
    })();
    const defaultDurability = config.durability ?? checkpointDuringDurability ?? config?.configurable?.["__pregel_durability"] ?? "async";
    return [
      defaultDebug,
      defaultStreamMode,
      defaultInputKeys,
      defaultOutputKeys,
      rest,
      defaultInterruptBefore,
      defaultInterruptAfter,
      defaultCheckpointer,
      defaultStore,
      streamModeSingle,
      defaultCache,
      defaultDurability
    ];
  }
  /**
  * Streams the execution of the graph, emitting state updates as they occur.
  * This is the primary method for observing graph execution in real-time.
  *
  * Stream modes:
  * - "values": Emits complete state after each step
  * - "updates": Emits only state changes after each step
  * - "debug": Emits detailed debug information
  * - "messages": Emits messages from within nodes
  * - "custom": Emits custom events from within nodes
  * - "checkpoints": Emits checkpoints from within nodes
  * - "tasks": Emits tasks from within nodes
  *
  * @param input - The input to start graph execution with
  * @param options - Configuration options for streaming
  * @returns An async iterable stream of graph state updates
  */
  async stream(input, options) {
    const abortController = new AbortController();
    const ambientConfigurable = getConfig()?.configurable;
    if (ambientConfigurable?.["__pregel_read"] !== void 0 && options?.configurable?.["__pregel_read"] === void 0) options = {
      ...options,
      configurable: {
        ...ambientConfigurable,
        ...options?.configurable
      }
    };
    const config = {
      recursionLimit: this.config?.recursionLimit,
      ...options,
      signal: combineAbortSignals(options?.signal, abortController.signal).signal
    };
    const stream = await super.stream(input, config);
    return new IterableReadableStreamWithAbortSignal(options?.encoding === "text/event-stream" ? toEventStream(stream) : stream, abortController);
  }
  async #streamEventsV3(input, options) {
    const { version, encoding, transformers: userTransformers, ...restOptions } = options;
    const streamOptions = {
      recursionLimit: this.config?.recursionLimit,
      ...restOptions,
      configurable: {
        ...this.config?.configurable,
        ...restOptions?.configurable
      },
      version,
      streamMode: STREAM_EVENTS_V3_MODES,
      subgraphs: true,
      encoding: void 0
    };
    const sourcePromise = this.stream(input, streamOptions);
    const graphRun = createGraphRunStream({ [Symbol.asyncIterator]: async function* () {
      const src = await sourcePromise;
      for await (const chunk of src) yield chunk;
    } }, [...this.streamTransformers ?? [], ...userTransformers ?? []]);
    if (encoding === "text/event-stream") {
      const abortController = new AbortController();
      abortController.signal.addEventListener("abort", () => graphRun.abort(abortController.signal.reason), { once: true });
      return new IterableReadableStreamWithAbortSignal(protocolEventsToEventStream(graphRun), abortController);
    }
    return graphRun;
  }
  streamEvents(input, options, streamOptions) {
    if (options.version === "v3") return this.#streamEventsV3(input, options);
    const abortController = new AbortController();
    const config = {
      recursionLimit: this.config?.recursionLimit,
      ...options,
      signal: combineAbortSignals(options?.signal, abortController.signal).signal
    };
    return new IterableReadableStreamWithAbortSignal(super.streamEvents(input, config, streamOptions), abortController);
  }
  /**
  * Validates the input for the graph.
  * @param input - The input to validate
  * @returns The validated input
  * @internal
  */
  async _validateInput(input) {
    return input;
  }
  /**
  * Validates the context options for the graph.
  * @param context - The context options to validate
  * @returns The validated context options
  * @internal
  */
  async _validateContext(context) {
    return context;
  }
  /**
  * Internal iterator used by stream() to generate state updates.
  * This method handles the core logic of graph execution and streaming.
  *
  * @param input - The input to start graph execution with
  * @param options - Configuration options for streaming
  * @returns AsyncGenerator yielding state updates
  * @internal
  */
  async *_streamIterator(input, options) {
    const streamEncoding = "version" in (options ?? {}) ? void 0 : options?.encoding ?? void 0;
    const streamSubgraphs = options?.subgraphs;
    const isV3 = options?.version === "v3";
    const inputConfig = ensureLangGraphConfig(this.config, options);
    if (inputConfig.recursionLimit === void 0 || inputConfig.recursionLimit < 1) throw new Error(`Passed "recursionLimit" must be at least 1.`);
    if (this.checkpointer !== void 0 && this.checkpointer !== false && inputConfig.configurable === void 0) throw new Error(`Checkpointer requires one or more of the following "configurable" keys: "thread_id", "checkpoint_ns", "checkpoint_id"`);
    const validInput = await this._validateInput(input);
    const { runId, ...restConfig } = inputConfig;
    const [debug, streamMode, , outputKeys, config, interruptBefore, interruptAfter, checkpointer, store, streamModeSingle, cache, durability] = this._defaults(restConfig);
    config.metadata = {
      ls_integration: "langgraph",
      ...config.metadata
    };
    if (typeof config.context !== "undefined") config.context = await this._validateContext(config.context);
    else config.configurable = await this._validateContext(config.configurable);
    const stream = new IterableReadableWritableStream({ modes: new Set(streamMode) });
    config.configurable = this._ownCheckpointConfig(config).configurable;
    const namespaceOptions = { subgraphs: streamSubgraphs ?? false };
    if (streamMode.includes("messages")) {
      const messageStreamer = isV3 ? new StreamProtocolMessagesHandler((chunk) => stream.push(chunk)) : new StreamMessagesHandler((chunk) => stream.push(chunk), namespaceOptions);
      const { callbacks } = config;
      if (callbacks === void 0) config.callbacks = [messageStreamer];
      else if (Array.isArray(callbacks)) config.callbacks = callbacks.concat(messageStreamer);
      else {
        const copiedCallbacks = callbacks.copy();
        copiedCallbacks.addHandler(messageStreamer, true);
        config.callbacks = copiedCallbacks;
      }
    }
    if (streamMode.includes("tools")) {
      const toolStreamer = new StreamToolsHandler((chunk) => stream.push(chunk), isV3 ? void 0 : namespaceOptions);
      const { callbacks } = config;
      if (callbacks === void 0) config.callbacks = [toolStreamer];
      else if (Array.isArray(callbacks)) config.callbacks = callbacks.concat(toolStreamer);
      else {
        const copiedCallbacks = callbacks.copy();
        copiedCallbacks.addHandler(toolStreamer, true);
        config.callbacks = copiedCallbacks;
      }
    }
    config.writer ??= (chunk) => {
      if (!streamMode.includes("custom")) return;
      const ns = getConfig()?.configurable?.[CONFIG_KEY_CHECKPOINT_NS]?.split("|").slice(0, -1);
      stream.push([
        ns ?? [],
        "custom",
        chunk
      ]);
    };
    config.interrupt ??= this.userInterrupt ?? interrupt;
    if (config.serverInfo == null) config.serverInfo = _buildServerInfo(config);
    config.control ??= new RunControl();
    const callbackManagerOptions = { tracerInheritableMetadata: _getTracingMetadataDefaults(config) };
    const runManager = await (await CallbackManager._configureSync(config?.callbacks, void 0, config?.tags, void 0, config?.metadata, void 0, callbackManagerOptions))?.handleChainStart(this.toJSON(), _coerceToDict(input, "input"), runId, void 0, void 0, void 0, config?.runName ?? this.getName());
    const dispatchGraphCallbacks = getGraphCallbackDispatcher(runManager);
    const channelSpecs = getOnlyChannels(this.channels);
    let loop;
    let loopError;
    const createAndRunLoop = async () => {
      try {
        loop = await PregelLoop.initialize({
          input: validInput,
          config,
          checkpointer,
          nodes: this.nodes,
          channelSpecs,
          outputKeys,
          streamKeys: this.streamChannelsAsIs,
          store,
          cache,
          stream,
          interruptAfter,
          interruptBefore,
          manager: runManager,
          hasGraphCallbacks: dispatchGraphCallbacks !== void 0,
          debug: this.debug,
          triggerToNodes: this.triggerToNodes,
          durability
        });
        namespaceOptions.parentNs = loop.config.configurable?.["checkpoint_ns"] || void 0;
        const runner = new PregelRunner({
          loop,
          nodeFinished: config.configurable?.[CONFIG_KEY_NODE_FINISHED]
        });
        if (options?.subgraphs) loop.config.configurable = {
          ...loop.config.configurable,
          [CONFIG_KEY_STREAM]: loop.stream
        };
        await this._runLoop({
          loop,
          runner,
          debug,
          config,
          emitLifecycleEvents: dispatchGraphCallbacks
        });
        if (durability === "sync") await Promise.all(loop?.checkpointerPromises ?? []);
      } catch (e) {
        loopError = e;
      } finally {
        try {
          if (loop) {
            await loop.store?.stop();
            await loop.cache?.stop();
          }
          await Promise.all(loop?.checkpointerPromises ?? []);
        } catch (e) {
          loopError = loopError ?? e;
        }
        if (loopError) {
          await new Promise((resolve) => {
            queueMicrotask(resolve);
          });
          stream.error(loopError);
        } else stream.close();
      }
    };
    const runLoopPromise = createAndRunLoop();
    try {
      for await (const chunk of stream) {
        if (chunk === void 0) throw new Error("Data structure error.");
        const [namespace, mode, payload] = chunk;
        const isStreamEvents = "version" in (options ?? {});
        if (streamMode.includes(mode) || mode === "checkpoints" && isCheckpointEnvelope(payload) && (isV3 || isStreamEvents && streamSubgraphs && streamMode.includes("values"))) {
          if (streamEncoding === "text/event-stream") {
            if (streamSubgraphs) yield [
              namespace,
              mode,
              payload
            ];
            else yield [
              null,
              mode,
              payload
            ];
            continue;
          }
          if (streamSubgraphs && !streamModeSingle) yield [
            namespace,
            mode,
            payload
          ];
          else if (!streamModeSingle) yield [mode, payload];
          else if (streamSubgraphs) yield [namespace, payload];
          else yield payload;
        }
      }
    } catch (e) {
      await runManager?.handleChainError(loopError);
      throw e;
    } finally {
      await runLoopPromise;
    }
    await runManager?.handleChainEnd(loop?.output ?? {}, runId, void 0, void 0, void 0);
  }
  /**
  * Run the graph with a single input and config.
  * @param input The input to the graph.
  * @param options The configuration to use for the run.
  */
  async invoke(input, options) {
    const streamMode = options?.streamMode ?? "values";
    const config = {
      ...options,
      outputKeys: options?.outputKeys ?? this.outputChannels,
      streamMode,
      encoding: void 0
    };
    const chunks = [];
    const stream = await this.stream(input, config);
    const interruptChunks = [];
    let latest;
    for await (const chunk of stream) if (streamMode === "values") if (isInterrupted(chunk)) interruptChunks.push(chunk[INTERRUPT]);
    else latest = chunk;
    else chunks.push(chunk);
    if (streamMode === "values") {
      if (interruptChunks.length > 0) {
        const interrupts = interruptChunks.flat(1);
        if (latest == null) return { [INTERRUPT]: interrupts };
        if (typeof latest === "object") return {
          ...latest,
          [INTERRUPT]: interrupts
        };
      }
      return latest;
    }
    return chunks;
  }
  async _runLoop(params) {
    const { loop, runner, debug, config, emitLifecycleEvents } = params;
    let tickError;
    try {
      while (await loop.tick({ inputKeys: this.inputChannels })) {
        if (emitLifecycleEvents) await emitLifecycleEvents(loop.lifecycleEvents);
        for (const { task: task2 } of await loop._matchCachedWrites()) loop.putWrites(task2.id, task2.writes, true);
        if (debug) printStepCheckpoint(loop.checkpointMetadata.step, loop.channels, this.streamChannelsList);
        if (debug) printStepTasks(loop.step, Object.values(loop.tasks));
        await runner.tick({
          timeout: this.stepTimeout,
          retryPolicy: this.retryPolicy,
          onStepWrite: (step, writes) => {
            if (debug) printStepWrites(step, writes, this.streamChannelsList);
          },
          maxConcurrency: config.maxConcurrency,
          signal: config.signal
        });
      }
      if (loop.status === "draining") {
        if (loop.control == null) throw new Error("Draining status requires run control");
        throw new GraphDrained(loop.control.drainReason ?? "shutdown");
      }
      if (loop.status === "out_of_steps") throw new GraphRecursionError([
        `Recursion limit of ${config.recursionLimit} reached`,
        "without hitting a stop condition. You can increase the",
        `limit by setting the "recursionLimit" config key.`
      ].join(" "), { lc_error_code: "GRAPH_RECURSION_LIMIT" });
    } catch (e) {
      tickError = e;
      if (!await loop.finishAndHandleError(tickError)) throw e;
    } finally {
      if (tickError === void 0) await loop.finishAndHandleError();
      if (emitLifecycleEvents) await emitLifecycleEvents(loop.lifecycleEvents);
    }
  }
  async clearCache() {
    await this.cache?.clear([]);
  }
};
function _buildServerInfo(config) {
  const metadata = config.metadata ?? {};
  const configurable = config.configurable ?? {};
  const assistantId = configurable.assistant_id ?? metadata.assistant_id;
  const graphId = configurable.graph_id ?? metadata.graph_id;
  const authUserData = configurable.langgraph_auth_user;
  let user;
  if (authUserData != null && typeof authUserData === "object" && "identity" in authUserData) user = authUserData;
  if (assistantId != null || graphId != null || user != null) return {
    assistantId: assistantId != null ? String(assistantId) : "",
    graphId: graphId != null ? String(graphId) : "",
    user
  };
}
var OMITTED_KEYS = /* @__PURE__ */ new Set([
  "key",
  "token",
  "secret",
  "password",
  "auth"
]);
function _excludeAsMetadata(key, value) {
  const keyLower = key.toLowerCase();
  let hasOmittedSubstring = false;
  for (const substr of OMITTED_KEYS) if (keyLower.includes(substr)) {
    hasOmittedSubstring = true;
    break;
  }
  return key.startsWith("__") || !(typeof value === "string" || typeof value === "number" || typeof value === "boolean") || hasOmittedSubstring;
}
function _getTracingMetadataDefaults(config) {
  const configurable = config.configurable;
  if (!configurable) return;
  const context = config.context;
  const metadata = {};
  for (const [key, value] of Object.entries(configurable)) {
    if (context != null && Object.prototype.hasOwnProperty.call(context, key) && Object.is(context[key], value)) {
      if (!key.startsWith("__")) metadata[key] = void 0;
      continue;
    }
    if (_excludeAsMetadata(key, value)) continue;
    metadata[key] = value;
  }
  return Object.keys(metadata).length > 0 ? metadata : void 0;
}

// node_modules/@langchain/langgraph/dist/channels/ephemeral_value.js
var EphemeralValue = class EphemeralValue2 extends BaseChannel {
  lc_graph_name = "EphemeralValue";
  guard;
  value = [];
  constructor(guard = true) {
    super();
    this.guard = guard;
  }
  fromCheckpoint(checkpoint) {
    const empty = new EphemeralValue2(this.guard);
    if (typeof checkpoint !== "undefined") empty.value = [checkpoint];
    return empty;
  }
  update(values) {
    if (values.length === 0) {
      const updated = this.value.length > 0;
      this.value = [];
      return updated;
    }
    if (values.length !== 1 && this.guard) throw new InvalidUpdateError("EphemeralValue can only receive one value per step.");
    this.value = [values[values.length - 1]];
    return true;
  }
  get() {
    if (this.value.length === 0) throw new EmptyChannelError();
    return this.value[0];
  }
  checkpoint() {
    if (this.value.length === 0) throw new EmptyChannelError();
    return this.value[0];
  }
  isAvailable() {
    return this.value.length !== 0;
  }
};

// node_modules/@langchain/langgraph/dist/graph/graph.js
var Branch = class {
  path;
  ends;
  constructor(options) {
    if (Runnable.isRunnable(options.path)) this.path = options.path;
    else this.path = _coerceToRunnable(options.path);
    this.ends = Array.isArray(options.pathMap) ? options.pathMap.reduce((acc, n2) => {
      acc[n2] = n2;
      return acc;
    }, {}) : options.pathMap;
  }
  run(writer2, reader) {
    return ChannelWrite.registerWriter(new RunnableCallable({
      name: "<branch_run>",
      trace: false,
      func: async (input, config) => {
        try {
          return await this._route(input, config, writer2, reader);
        } catch (e) {
          if (e.name === NodeInterrupt.unminifiable_name) console.warn("[WARN]: 'NodeInterrupt' thrown in conditional edge. This is likely a bug in your graph implementation.\nNodeInterrupt should only be thrown inside a node, not in edge conditions.");
          throw e;
        }
      }
    }));
  }
  async _route(input, config, writer2, reader) {
    let result = await this.path.invoke(reader ? reader(config) : input, config);
    if (!Array.isArray(result)) result = [result];
    let destinations;
    if (this.ends) destinations = result.map((r) => _isSend(r) ? r : this.ends[r]);
    else destinations = result;
    if (destinations.some((dest) => !dest)) throw new Error("Branch condition returned unknown or null destination");
    if (destinations.filter(_isSend).some((packet) => packet.node === "__end__")) throw new InvalidUpdateError("Cannot send a packet to the END node");
    return await writer2(destinations, config) ?? input;
  }
};
var Graph$1 = class {
  nodes;
  edges;
  branches;
  entryPoint;
  compiled = false;
  constructor() {
    this.nodes = {};
    this.edges = /* @__PURE__ */ new Set();
    this.branches = {};
  }
  warnIfCompiled(message) {
    if (this.compiled) console.warn(message);
  }
  get allEdges() {
    return this.edges;
  }
  addNode(...args) {
    function isMutlipleNodes(args2) {
      return args2.length >= 1 && typeof args2[0] !== "string";
    }
    const nodes = isMutlipleNodes(args) ? Array.isArray(args[0]) ? args[0] : Object.entries(args[0]) : [[
      args[0],
      args[1],
      args[2]
    ]];
    if (nodes.length === 0) throw new Error("No nodes provided in `addNode`");
    for (const [key, action, options] of nodes) {
      for (const reservedChar of ["|", ":"]) if (key.includes(reservedChar)) throw new Error(`"${reservedChar}" is a reserved character and is not allowed in node names.`);
      this.warnIfCompiled(`Adding a node to a graph that has already been compiled. This will not be reflected in the compiled graph.`);
      if (key in this.nodes) throw new Error(`Node \`${key}\` already present.`);
      if (key === "__end__") throw new Error(`Node \`${key}\` is reserved.`);
      const runnable = _coerceToRunnable(action);
      this.nodes[key] = {
        runnable,
        metadata: options?.metadata,
        subgraphs: isPregelLike(runnable) ? [runnable] : options?.subgraphs,
        ends: options?.ends
      };
    }
    return this;
  }
  addEdge(startKey, endKey) {
    this.warnIfCompiled(`Adding an edge to a graph that has already been compiled. This will not be reflected in the compiled graph.`);
    if (startKey === "__end__") throw new Error("END cannot be a start node");
    if (endKey === "__start__") throw new Error("START cannot be an end node");
    if (Array.from(this.edges).some(([start]) => start === startKey) && !("channels" in this)) throw new Error(`Already found path for ${startKey}. For multiple edges, use StateGraph.`);
    this.edges.add([startKey, endKey]);
    return this;
  }
  addConditionalEdges(source, path, pathMap) {
    const options = typeof source === "object" ? source : {
      source,
      path,
      pathMap
    };
    this.warnIfCompiled("Adding an edge to a graph that has already been compiled. This will not be reflected in the compiled graph.");
    if (!Runnable.isRunnable(options.path)) options.path = _coerceToRunnable(options.path);
    const name = options.path.getName() === "RunnableLambda" ? "condition" : options.path.getName();
    if (this.branches[options.source] && this.branches[options.source][name]) throw new Error(`Condition \`${name}\` already present for node \`${source}\``);
    this.branches[options.source] ??= {};
    this.branches[options.source][name] = new Branch(options);
    return this;
  }
  /**
  * @deprecated use `addEdge(START, key)` instead
  */
  setEntryPoint(key) {
    this.warnIfCompiled("Setting the entry point of a graph that has already been compiled. This will not be reflected in the compiled graph.");
    return this.addEdge(START, key);
  }
  /**
  * @deprecated use `addEdge(key, END)` instead
  */
  setFinishPoint(key) {
    this.warnIfCompiled("Setting a finish point of a graph that has already been compiled. This will not be reflected in the compiled graph.");
    return this.addEdge(key, END);
  }
  compile({ checkpointer, interruptBefore, interruptAfter, name, transformers } = {}) {
    this.validate([...Array.isArray(interruptBefore) ? interruptBefore : [], ...Array.isArray(interruptAfter) ? interruptAfter : []]);
    const compiled = new CompiledGraph({
      builder: this,
      checkpointer,
      interruptAfter,
      interruptBefore,
      autoValidate: false,
      nodes: {},
      channels: {
        [START]: new EphemeralValue(),
        [END]: new EphemeralValue()
      },
      inputChannels: START,
      outputChannels: END,
      streamChannels: [],
      streamMode: "values",
      name,
      streamTransformers: transformers
    });
    for (const [key, node] of Object.entries(this.nodes)) compiled.attachNode(key, node);
    for (const [start, end] of this.edges) compiled.attachEdge(start, end);
    for (const [start, branches] of Object.entries(this.branches)) for (const [name2, branch] of Object.entries(branches)) compiled.attachBranch(start, name2, branch);
    return compiled.validate();
  }
  validate(interrupt2) {
    const allSources = new Set([...this.allEdges].map(([src, _]) => src));
    for (const [start] of Object.entries(this.branches)) allSources.add(start);
    for (const source of allSources) if (source !== "__start__" && !(source in this.nodes)) throw new Error(`Found edge starting at unknown node \`${source}\``);
    const allTargets = new Set([...this.allEdges].map(([_, target]) => target));
    for (const [start, branches] of Object.entries(this.branches)) for (const branch of Object.values(branches)) if (branch.ends != null) for (const end of Object.values(branch.ends)) allTargets.add(end);
    else {
      allTargets.add(END);
      for (const node of Object.keys(this.nodes)) if (node !== start) allTargets.add(node);
    }
    for (const node of Object.values(this.nodes)) for (const target of node.ends ?? []) allTargets.add(target);
    if (Object.values(this.nodes).some((node) => node.isErrorHandler)) for (const node of Object.keys(this.nodes)) allTargets.add(node);
    for (const node of Object.keys(this.nodes)) {
      if (this.nodes[node].isErrorHandler) continue;
      if (!allTargets.has(node)) throw new UnreachableNodeError([
        `Node \`${node}\` is not reachable.`,
        "",
        "If you are returning Command objects from your node,",
        'make sure you are passing names of potential destination nodes as an "ends" array',
        'into ".addNode(..., { ends: ["node1", "node2"] })".'
      ].join("\n"), { lc_error_code: "UNREACHABLE_NODE" });
    }
    for (const target of allTargets) if (target !== "__end__" && !(target in this.nodes)) throw new Error(`Found edge ending at unknown node \`${target}\``);
    if (interrupt2) {
      for (const node of interrupt2) if (!(node in this.nodes)) throw new Error(`Interrupt node \`${node}\` is not present`);
    }
    this.compiled = true;
  }
};
var CompiledGraph = class extends Pregel {
  builder;
  constructor({ builder, ...rest }) {
    super(rest);
    this.builder = builder;
  }
  withConfig(config) {
    return super.withConfig(config);
  }
  attachNode(key, node) {
    this.channels[key] = new EphemeralValue();
    this.nodes[key] = new PregelNode({
      channels: [],
      triggers: [],
      metadata: node.metadata,
      subgraphs: node.subgraphs,
      ends: node.ends
    }).pipe(node.runnable).pipe(new ChannelWrite([{
      channel: key,
      value: PASSTHROUGH
    }], [TAG_HIDDEN]));
    this.streamChannels.push(key);
  }
  attachEdge(start, end) {
    if (end === "__end__") {
      if (start === "__start__") throw new Error("Cannot have an edge from START to END");
      this.nodes[start].writers.push(new ChannelWrite([{
        channel: END,
        value: PASSTHROUGH
      }], [TAG_HIDDEN]));
    } else {
      this.nodes[end].triggers.push(start);
      this.nodes[end].channels.push(start);
    }
  }
  attachBranch(start, name, branch) {
    if (start === "__start__" && !this.nodes["__start__"]) this.nodes[START] = Channel.subscribeTo(START, { tags: [TAG_HIDDEN] });
    this.nodes[start].pipe(branch.run((dests) => {
      return new ChannelWrite(dests.map((dest) => {
        if (_isSend(dest)) return dest;
        return {
          channel: dest === "__end__" ? END : `branch:${start}:${name}:${dest}`,
          value: PASSTHROUGH
        };
      }), [TAG_HIDDEN]);
    }));
    const ends = branch.ends ? Object.values(branch.ends) : Object.keys(this.nodes);
    for (const end of ends) if (end !== "__end__") {
      const channelName = `branch:${start}:${name}:${end}`;
      this.channels[channelName] = new EphemeralValue();
      this.nodes[end].triggers.push(channelName);
      this.nodes[end].channels.push(channelName);
    }
  }
  /**
  * Returns a drawable representation of the computation graph.
  */
  async getGraphAsync(config) {
    const xray = config?.xray;
    const graph = new Graph();
    const startNodes = { [START]: graph.addNode({ schema: external_exports.any() }, START) };
    const endNodes = {};
    let subgraphs = {};
    if (xray) subgraphs = Object.fromEntries((await gatherIterator(this.getSubgraphsAsync())).filter((x) => isCompiledGraph(x[1])));
    const discoveredEdges = [];
    function addEdge(start, end, label, conditional = false) {
      if (end === "__end__" && endNodes["__end__"] === void 0) endNodes[END] = graph.addNode({ schema: external_exports.any() }, END);
      if (startNodes[start] === void 0) return;
      if (endNodes[end] === void 0) throw new Error(`End node ${end} not found!`);
      discoveredEdges.push({
        src: start,
        dest: end,
        conditional
      });
      return graph.addEdge(startNodes[start], endNodes[end], label !== end ? label : void 0, conditional);
    }
    for (const [key, nodeSpec] of Object.entries(this.builder.nodes)) {
      const displayKey = _escapeMermaidKeywords(key);
      const node = nodeSpec.runnable;
      const metadata = { ...nodeSpec.metadata };
      if (this.interruptBefore?.includes(key) && this.interruptAfter?.includes(key)) metadata.__interrupt = "before,after";
      else if (this.interruptBefore?.includes(key)) metadata.__interrupt = "before";
      else if (this.interruptAfter?.includes(key)) metadata.__interrupt = "after";
      const toolNames = _getToolNames(node);
      if (toolNames !== void 0) metadata.__tools = toolNames;
      if (xray) {
        const newXrayValue = typeof xray === "number" ? xray - 1 : xray;
        const drawableSubgraph = subgraphs[key] !== void 0 ? await subgraphs[key].getGraphAsync({
          ...config,
          xray: newXrayValue
        }) : node.getGraph(config);
        drawableSubgraph.trimFirstNode();
        drawableSubgraph.trimLastNode();
        if (Object.keys(drawableSubgraph.nodes).length > 1) {
          let _isRunnableInterface = function(thing) {
            return thing ? thing.lc_runnable : false;
          }, _nodeDataStr = function(id, data) {
            if (id !== void 0 && !validate(id)) return id;
            else if (_isRunnableInterface(data)) try {
              let dataStr = data.getName();
              dataStr = dataStr.startsWith("Runnable") ? dataStr.slice(8) : dataStr;
              return dataStr;
            } catch {
              return data.getName();
            }
            else return data.name ?? "UnknownSchema";
          };
          const [e, s] = graph.extend(drawableSubgraph, displayKey);
          if (e === void 0) throw new Error(`Could not extend subgraph "${key}" due to missing entrypoint.`);
          if (s !== void 0) startNodes[displayKey] = {
            name: _nodeDataStr(s.id, s.data),
            ...s
          };
          endNodes[displayKey] = {
            name: _nodeDataStr(e.id, e.data),
            ...e
          };
        } else {
          const newNode = graph.addNode(node, displayKey, metadata);
          startNodes[displayKey] = newNode;
          endNodes[displayKey] = newNode;
        }
      } else {
        const newNode = graph.addNode(node, displayKey, metadata);
        startNodes[displayKey] = newNode;
        endNodes[displayKey] = newNode;
      }
    }
    const sortedEdges = [...this.builder.allEdges].sort(([a], [b]) => {
      if (a < b) return -1;
      else if (b > a) return 1;
      else return 0;
    });
    for (const [start, end] of sortedEdges) addEdge(_escapeMermaidKeywords(start), _escapeMermaidKeywords(end));
    for (const [start, branches] of Object.entries(this.builder.branches)) {
      const defaultEnds = {
        ...Object.fromEntries(Object.keys(this.builder.nodes).filter((k) => k !== start).map((k) => [_escapeMermaidKeywords(k), _escapeMermaidKeywords(k)])),
        [END]: END
      };
      for (const branch of Object.values(branches)) {
        let ends;
        if (branch.ends !== void 0) ends = branch.ends;
        else ends = defaultEnds;
        for (const [label, end] of Object.entries(ends)) addEdge(_escapeMermaidKeywords(start), _escapeMermaidKeywords(end), label, true);
      }
    }
    for (const [key, node] of Object.entries(this.builder.nodes)) if (node.ends !== void 0) for (const end of node.ends) addEdge(_escapeMermaidKeywords(key), _escapeMermaidKeywords(end), void 0, true);
    addImplicitTerminalEndEdges(this.builder.nodes, discoveredEdges, addEdge);
    return graph;
  }
  /**
  * Returns a drawable representation of the computation graph.
  *
  * @deprecated Use getGraphAsync instead. The async method will be the default in the next minor core release.
  */
  getGraph(config) {
    const xray = config?.xray;
    const graph = new Graph();
    const startNodes = { [START]: graph.addNode({ schema: external_exports.any() }, START) };
    const endNodes = {};
    let subgraphs = {};
    if (xray) subgraphs = Object.fromEntries(gatherIteratorSync(this.getSubgraphs()).filter((x) => isCompiledGraph(x[1])));
    const discoveredEdges = [];
    function addEdge(start, end, label, conditional = false) {
      if (end === "__end__" && endNodes["__end__"] === void 0) endNodes[END] = graph.addNode({ schema: external_exports.any() }, END);
      if (startNodes[start] === void 0) return;
      if (endNodes[end] === void 0) throw new Error(`End node ${end} not found!`);
      discoveredEdges.push({
        src: start,
        dest: end,
        conditional
      });
      return graph.addEdge(startNodes[start], endNodes[end], label !== end ? label : void 0, conditional);
    }
    for (const [key, nodeSpec] of Object.entries(this.builder.nodes)) {
      const displayKey = _escapeMermaidKeywords(key);
      const node = nodeSpec.runnable;
      const metadata = { ...nodeSpec.metadata };
      if (this.interruptBefore?.includes(key) && this.interruptAfter?.includes(key)) metadata.__interrupt = "before,after";
      else if (this.interruptBefore?.includes(key)) metadata.__interrupt = "before";
      else if (this.interruptAfter?.includes(key)) metadata.__interrupt = "after";
      const toolNames = _getToolNames(node);
      if (toolNames !== void 0) metadata.__tools = toolNames;
      if (xray) {
        const newXrayValue = typeof xray === "number" ? xray - 1 : xray;
        const drawableSubgraph = subgraphs[key] !== void 0 ? subgraphs[key].getGraph({
          ...config,
          xray: newXrayValue
        }) : node.getGraph(config);
        drawableSubgraph.trimFirstNode();
        drawableSubgraph.trimLastNode();
        if (Object.keys(drawableSubgraph.nodes).length > 1) {
          let _isRunnableInterface = function(thing) {
            return thing ? thing.lc_runnable : false;
          }, _nodeDataStr = function(id, data) {
            if (id !== void 0 && !validate(id)) return id;
            else if (_isRunnableInterface(data)) try {
              let dataStr = data.getName();
              dataStr = dataStr.startsWith("Runnable") ? dataStr.slice(8) : dataStr;
              return dataStr;
            } catch {
              return data.getName();
            }
            else return data.name ?? "UnknownSchema";
          };
          const [e, s] = graph.extend(drawableSubgraph, displayKey);
          if (e === void 0) throw new Error(`Could not extend subgraph "${key}" due to missing entrypoint.`);
          if (s !== void 0) startNodes[displayKey] = {
            name: _nodeDataStr(s.id, s.data),
            ...s
          };
          endNodes[displayKey] = {
            name: _nodeDataStr(e.id, e.data),
            ...e
          };
        } else {
          const newNode = graph.addNode(node, displayKey, metadata);
          startNodes[displayKey] = newNode;
          endNodes[displayKey] = newNode;
        }
      } else {
        const newNode = graph.addNode(node, displayKey, metadata);
        startNodes[displayKey] = newNode;
        endNodes[displayKey] = newNode;
      }
    }
    const sortedEdges = [...this.builder.allEdges].sort(([a], [b]) => {
      if (a < b) return -1;
      else if (b > a) return 1;
      else return 0;
    });
    for (const [start, end] of sortedEdges) addEdge(_escapeMermaidKeywords(start), _escapeMermaidKeywords(end));
    for (const [start, branches] of Object.entries(this.builder.branches)) {
      const defaultEnds = {
        ...Object.fromEntries(Object.keys(this.builder.nodes).filter((k) => k !== start).map((k) => [_escapeMermaidKeywords(k), _escapeMermaidKeywords(k)])),
        [END]: END
      };
      for (const branch of Object.values(branches)) {
        let ends;
        if (branch.ends !== void 0) ends = branch.ends;
        else ends = defaultEnds;
        for (const [label, end] of Object.entries(ends)) addEdge(_escapeMermaidKeywords(start), _escapeMermaidKeywords(end), label, true);
      }
    }
    for (const [key, node] of Object.entries(this.builder.nodes)) if (node.ends !== void 0) for (const end of node.ends) addEdge(_escapeMermaidKeywords(key), _escapeMermaidKeywords(end), void 0, true);
    addImplicitTerminalEndEdges(this.builder.nodes, discoveredEdges, addEdge);
    return graph;
  }
};
function isCompiledGraph(x) {
  return typeof x.attachNode === "function" && typeof x.attachEdge === "function";
}
function _escapeMermaidKeywords(key) {
  if (key === "subgraph") return `"${key}"`;
  return key;
}
function _getToolNames(node) {
  const tools = node?.tools;
  if (!Array.isArray(tools) || tools.length === 0 || !tools.every((tool2) => typeof tool2?.name === "string")) return;
  return tools.map((tool2) => tool2.name);
}
function addImplicitTerminalEndEdges(nodes, discovered, addEdge) {
  const sources = new Set(discovered.map((e) => e.src));
  const nonConditionalDestinations = [...new Set(discovered.filter((e) => !e.conditional && e.dest !== "__end__").map((e) => e.dest))].sort();
  for (const displayDest of nonConditionalDestinations) {
    if (sources.has(displayDest)) continue;
    const rawKey = Object.keys(nodes).find((k) => _escapeMermaidKeywords(k) === displayDest);
    if (rawKey !== void 0 && nodes[rawKey]?.isErrorHandler) continue;
    addEdge(displayDest, END);
  }
}

// node_modules/@langchain/langgraph/dist/state/types.js
function isStandardSchema(schema) {
  return typeof schema === "object" && schema !== null && "~standard" in schema && typeof schema["~standard"] === "object" && schema["~standard"] !== null && "validate" in schema["~standard"];
}
function isStandardJSONSchema(schema) {
  return typeof schema === "object" && schema !== null && "~standard" in schema && typeof schema["~standard"] === "object" && schema["~standard"] !== null && "jsonSchema" in schema["~standard"];
}

// node_modules/@langchain/langgraph/dist/state/adapter.js
function getJsonSchemaFromSchema(schema) {
  if (isStandardJSONSchema(schema)) try {
    return schema["~standard"].jsonSchema.input({ target: "draft-07" });
  } catch {
    return;
  }
}
function getSchemaDefaultGetter(schema) {
  if (schema == null) return;
  if (!isStandardSchema(schema)) return;
  try {
    const result = schema["~standard"].validate(void 0);
    if (result && typeof result === "object" && !("then" in result && typeof result.then === "function")) {
      const syncResult = result;
      if (!syncResult.issues) {
        const defaultValue = syncResult.value;
        return () => defaultValue;
      }
    }
  } catch {
  }
}

// node_modules/@langchain/langgraph/dist/channels/delta.js
var isDeltaChannel2 = (value) => {
  return value != null && value.lc_graph_name === "DeltaChannel";
};
var DeltaChannel = class DeltaChannel2 extends BaseChannel {
  lc_graph_name = "DeltaChannel";
  /** `undefined` represents the Python `MISSING` sentinel (empty channel). */
  value;
  reducer;
  snapshotFrequency;
  initialValueFactory;
  constructor(reducer, options) {
    super();
    const snapshotFrequency = options?.snapshotFrequency ?? 100;
    if (!Number.isInteger(snapshotFrequency) || snapshotFrequency <= 0) throw new Error(`snapshotFrequency must be a positive integer, got ${snapshotFrequency}`);
    this.reducer = reducer;
    this.snapshotFrequency = snapshotFrequency;
    this.initialValueFactory = options?.initialValueFactory ?? (() => []);
    this.value = void 0;
  }
  fromCheckpoint(checkpoint) {
    const empty = new DeltaChannel2(this.reducer, {
      snapshotFrequency: this.snapshotFrequency,
      initialValueFactory: this.initialValueFactory
    });
    if (checkpoint === void 0) empty.value = this.initialValueFactory();
    else if (isDeltaSnapshot(checkpoint)) empty.value = checkpoint.value;
    else empty.value = checkpoint;
    return empty;
  }
  /**
  * Apply ancestor writes oldest-to-newest via a single reducer call.
  *
  * If any write is an Overwrite, the last one in the sequence acts as the
  * reset point: its value becomes the new base and only writes after it are
  * passed to the reducer.
  */
  replayWrites(writes) {
    const values = writes.map((w) => w[2]);
    if (values.length === 0) return;
    let base = this.value;
    let start = 0;
    for (let i = 0; i < values.length; i += 1) {
      const [isOverwrite, overwriteValue] = _getOverwriteValue(values[i]);
      if (isOverwrite) {
        base = overwriteValue !== void 0 && overwriteValue !== null ? overwriteValue : this.initialValueFactory();
        start = i + 1;
      }
    }
    const remaining = values.slice(start);
    this.value = remaining.length > 0 ? this.reducer(base, remaining) : base;
  }
  update(values) {
    if (values.length === 0) return false;
    let overwriteValue;
    let hasOverwrite = false;
    for (const value of values) if (_isOverwriteValue(value)) {
      if (hasOverwrite) throw new InvalidUpdateError("Can receive only one Overwrite value per step.");
      hasOverwrite = true;
      [, overwriteValue] = _getOverwriteValue(value);
    }
    if (hasOverwrite) {
      this.value = overwriteValue !== void 0 && overwriteValue !== null ? overwriteValue : this.initialValueFactory();
      return true;
    }
    const base = this.value === void 0 ? this.initialValueFactory() : this.value;
    this.value = this.reducer(base, values);
    return true;
  }
  get() {
    if (this.value === void 0) throw new EmptyChannelError();
    return this.value;
  }
  /**
  * Always returns `undefined` (the Python `MISSING` sentinel). Snapshot
  * decisions live in `createCheckpoint`, which has the channel version and
  * writes a {@link DeltaSnapshot} directly into `channel_values`. For
  * non-snapshot steps the channel does not appear in `channel_values`;
  * reconstruction walks ancestor writes via the saver's
  * `getDeltaChannelHistory`.
  */
  checkpoint() {
  }
  isAvailable() {
    return this.value !== void 0;
  }
  equals(other) {
    if (this === other) return true;
    if (!isDeltaChannel2(other)) return false;
    if (this.snapshotFrequency !== other.snapshotFrequency) return false;
    return this.reducer === other.reducer;
  }
};

// node_modules/@langchain/langgraph/dist/channels/untracked_value.js
var MISSING = /* @__PURE__ */ Symbol.for("langgraph.channel.missing");
var UntrackedValueChannel = class UntrackedValueChannel2 extends BaseChannel {
  lc_graph_name = "UntrackedValue";
  /**
  * If true, throws an error when multiple values are received in a single step.
  * If false, stores the last value received.
  */
  guard;
  /**
  * The current value. MISSING sentinel indicates no value has been set.
  */
  _value = MISSING;
  /**
  * Optional factory function for the initial value.
  */
  initialValueFactory;
  constructor(options) {
    super();
    this.guard = options?.guard ?? true;
    this.initialValueFactory = options?.initialValueFactory;
    if (this.initialValueFactory) this._value = this.initialValueFactory();
  }
  /**
  * Return a new channel, ignoring the checkpoint since we don't persist.
  * The initial value (if any) is restored.
  */
  fromCheckpoint(_checkpoint) {
    return new UntrackedValueChannel2({
      guard: this.guard,
      initialValueFactory: this.initialValueFactory
    });
  }
  /**
  * Update the channel with the given values.
  * If guard is true, throws if more than one value is received.
  */
  update(values) {
    if (values.length === 0) return false;
    if (values.length !== 1 && this.guard) throw new InvalidUpdateError("UntrackedValue(guard=true) can receive only one value per step. Use guard=false if you want to store any one of multiple values.", { lc_error_code: "INVALID_CONCURRENT_GRAPH_UPDATE" });
    this._value = values[values.length - 1];
    return true;
  }
  /**
  * Get the current value.
  * @throws EmptyChannelError if no value has been set.
  */
  get() {
    if (this._value === MISSING) throw new EmptyChannelError();
    return this._value;
  }
  /**
  * Always returns undefined - untracked values are never checkpointed.
  */
  checkpoint() {
  }
  /**
  * Return true if a value has been set.
  */
  isAvailable() {
    return this._value !== MISSING;
  }
};

// node_modules/@langchain/langgraph/dist/state/values/reduced.js
var REDUCED_VALUE_SYMBOL = /* @__PURE__ */ Symbol.for("langgraph.state.reduced_value");
var ReducedValue = class {
  /**
  * Instance marker for runtime identification.
  * @internal
  */
  [REDUCED_VALUE_SYMBOL] = true;
  /**
  * The schema that describes the type of value stored in state (i.e., after reduction).
  * Note: We use `unknown` for the input type to allow schemas with `.default()` wrappers,
  * where the input type includes `undefined`.
  */
  valueSchema;
  /**
  * The schema used to validate reducer inputs.
  * If not specified explicitly, this defaults to `valueSchema`.
  */
  inputSchema;
  /**
  * The reducer function that combines a current output value and an incoming input.
  */
  reducer;
  /**
  * Optional extra fields to merge into the generated JSON Schema (e.g., for documentation or constraints).
  */
  jsonSchemaExtra;
  constructor(valueSchema, init) {
    this.reducer = init.reducer;
    this.jsonSchemaExtra = init.jsonSchemaExtra;
    this.valueSchema = valueSchema;
    this.inputSchema = "inputSchema" in init ? init.inputSchema : valueSchema;
    this.jsonSchemaExtra = init.jsonSchemaExtra;
  }
  static isInstance(value) {
    return typeof value === "object" && value !== null && REDUCED_VALUE_SYMBOL in value && value[REDUCED_VALUE_SYMBOL] === true;
  }
};

// node_modules/@langchain/langgraph/dist/state/values/untracked.js
var UNTRACKED_VALUE_SYMBOL = /* @__PURE__ */ Symbol.for("langgraph.state.untracked_value");
var UntrackedValue = class {
  /**
  * Instance marker for runtime identification.
  * @internal
  */
  [UNTRACKED_VALUE_SYMBOL] = true;
  /**
  * Optional schema describing the type and shape of the value stored in this field.
  *
  * If provided, this can be used for runtime validation or code generation.
  */
  schema;
  /**
  * Whether to guard against multiple updates to this untracked value in a single step.
  *
  * - If `true` (default), throws an error if multiple updates are received in one step.
  * - If `false`, only the last value from that step is kept, others are ignored.
  *
  * This helps prevent accidental state replacement within a step.
  */
  guard;
  /**
  * Create a new untracked value state field.
  *
  * @param schema - Optional type schema describing the value (e.g. a Zod schema).
  * @param init - Optional options for tracking updates or enabling multiple-writes-per-step.
  */
  constructor(schema, init) {
    this.schema = schema;
    this.guard = init?.guard ?? true;
  }
  static isInstance(value) {
    return typeof value === "object" && value !== null && UNTRACKED_VALUE_SYMBOL in value;
  }
};

// node_modules/@langchain/langgraph/dist/state/values/delta.js
var DELTA_VALUE_SYMBOL = /* @__PURE__ */ Symbol.for("langgraph.state.delta_value");
var DeltaValue = class {
  /**
  * Instance marker for runtime identification.
  * @internal
  */
  [DELTA_VALUE_SYMBOL] = true;
  /**
  * The schema that describes the type of value stored in state (after
  * reduction). Its default (if any) seeds the channel's initial value.
  */
  valueSchema;
  /**
  * The schema used to validate reducer inputs. Defaults to `valueSchema` when
  * not specified explicitly.
  */
  inputSchema;
  /**
  * The batch reducer that folds a list of incoming writes into the current
  * accumulated value.
  */
  reducer;
  /**
  * Snapshot cadence forwarded to the underlying {@link DeltaChannel}.
  */
  snapshotFrequency;
  /**
  * Optional extra fields to merge into the generated JSON Schema.
  */
  jsonSchemaExtra;
  constructor(valueSchema, init) {
    this.reducer = init.reducer;
    this.valueSchema = valueSchema;
    this.inputSchema = "inputSchema" in init ? init.inputSchema : valueSchema;
    this.snapshotFrequency = init.snapshotFrequency;
    this.jsonSchemaExtra = init.jsonSchemaExtra;
  }
  static isInstance(value) {
    return typeof value === "object" && value !== null && DELTA_VALUE_SYMBOL in value && value[DELTA_VALUE_SYMBOL] === true;
  }
};

// node_modules/@langchain/langgraph/dist/channels/named_barrier_value.js
var areSetsEqual = (a, b) => a.size === b.size && [...a].every((value) => b.has(value));
var NamedBarrierValue = class NamedBarrierValue2 extends BaseChannel {
  lc_graph_name = "NamedBarrierValue";
  names;
  seen;
  constructor(names) {
    super();
    this.names = names;
    this.seen = /* @__PURE__ */ new Set();
  }
  fromCheckpoint(checkpoint) {
    const empty = new NamedBarrierValue2(this.names);
    if (typeof checkpoint !== "undefined") empty.seen = new Set(checkpoint);
    return empty;
  }
  update(values) {
    let updated = false;
    for (const nodeName of values) if (this.names.has(nodeName)) {
      if (!this.seen.has(nodeName)) {
        this.seen.add(nodeName);
        updated = true;
      }
    } else throw new InvalidUpdateError(`Value ${JSON.stringify(nodeName)} not in names ${JSON.stringify(this.names)}`);
    return updated;
  }
  get() {
    if (!areSetsEqual(this.names, this.seen)) throw new EmptyChannelError();
  }
  checkpoint() {
    return [...this.seen];
  }
  consume() {
    if (this.seen && this.names && areSetsEqual(this.seen, this.names)) {
      this.seen = /* @__PURE__ */ new Set();
      return true;
    }
    return false;
  }
  isAvailable() {
    return !!this.names && areSetsEqual(this.names, this.seen);
  }
};
var NamedBarrierValueAfterFinish = class NamedBarrierValueAfterFinish2 extends BaseChannel {
  lc_graph_name = "NamedBarrierValueAfterFinish";
  names;
  seen;
  finished;
  constructor(names) {
    super();
    this.names = names;
    this.seen = /* @__PURE__ */ new Set();
    this.finished = false;
  }
  fromCheckpoint(checkpoint) {
    const empty = new NamedBarrierValueAfterFinish2(this.names);
    if (typeof checkpoint !== "undefined") {
      const [seen, finished] = checkpoint;
      empty.seen = new Set(seen);
      empty.finished = finished;
    }
    return empty;
  }
  update(values) {
    let updated = false;
    for (const nodeName of values) if (this.names.has(nodeName) && !this.seen.has(nodeName)) {
      this.seen.add(nodeName);
      updated = true;
    } else if (!this.names.has(nodeName)) throw new InvalidUpdateError(`Value ${JSON.stringify(nodeName)} not in names ${JSON.stringify(this.names)}`);
    return updated;
  }
  get() {
    if (!this.finished || !areSetsEqual(this.names, this.seen)) throw new EmptyChannelError();
  }
  checkpoint() {
    return [[...this.seen], this.finished];
  }
  consume() {
    if (this.finished && this.seen && this.names && areSetsEqual(this.seen, this.names)) {
      this.seen = /* @__PURE__ */ new Set();
      this.finished = false;
      return true;
    }
    return false;
  }
  finish() {
    if (!this.finished && !!this.names && areSetsEqual(this.names, this.seen)) {
      this.finished = true;
      return true;
    }
    return false;
  }
  isAvailable() {
    return this.finished && !!this.names && areSetsEqual(this.names, this.seen);
  }
};

// node_modules/@langchain/langgraph/dist/state/schema.js
var STATE_SCHEMA_SYMBOL = /* @__PURE__ */ Symbol.for("langgraph.state.state_schema");
var StateSchema = class {
  /**
  * Symbol for runtime identification.
  * @internal Used by isInstance for runtime type checking
  */
  [STATE_SCHEMA_SYMBOL] = true;
  constructor(fields) {
    this.fields = fields;
  }
  /**
  * Get the channel definitions for use with StateGraph.
  * This converts the StateSchema fields into BaseChannel instances.
  */
  getChannels() {
    const channels = {};
    for (const [key, value] of Object.entries(this.fields)) if (DeltaValue.isInstance(value)) {
      const defaultGetter = getSchemaDefaultGetter(value.valueSchema);
      channels[key] = new DeltaChannel(value.reducer, {
        snapshotFrequency: value.snapshotFrequency,
        initialValueFactory: defaultGetter
      });
    } else if (ReducedValue.isInstance(value)) {
      const defaultGetter = getSchemaDefaultGetter(value.valueSchema);
      channels[key] = new BinaryOperatorAggregate(value.reducer, defaultGetter);
    } else if (UntrackedValue.isInstance(value)) {
      const defaultGetter = value.schema ? getSchemaDefaultGetter(value.schema) : void 0;
      channels[key] = new UntrackedValueChannel({
        guard: value.guard,
        initialValueFactory: defaultGetter
      });
    } else if (isStandardSchema(value)) channels[key] = new LastValue(getSchemaDefaultGetter(value));
    else throw new Error(`Invalid state field "${key}": must be a schema, ReducedValue, DeltaValue, UntrackedValue, or ManagedValue`);
    return channels;
  }
  /**
  * Get the JSON schema for the full state type.
  * Used by Studio and API for schema introspection.
  */
  getJsonSchema() {
    const properties = {};
    const required = [];
    for (const [key, value] of Object.entries(this.fields)) {
      let fieldSchema;
      if (DeltaValue.isInstance(value) || ReducedValue.isInstance(value)) {
        fieldSchema = getJsonSchemaFromSchema(value.valueSchema);
        if (value.jsonSchemaExtra) fieldSchema = {
          ...fieldSchema ?? {},
          ...value.jsonSchemaExtra
        };
      } else if (UntrackedValue.isInstance(value)) fieldSchema = value.schema ? getJsonSchemaFromSchema(value.schema) : void 0;
      else if (isStandardSchema(value)) fieldSchema = getJsonSchemaFromSchema(value);
      if (fieldSchema) {
        properties[key] = fieldSchema;
        let hasDefault = false;
        if (DeltaValue.isInstance(value) || ReducedValue.isInstance(value)) hasDefault = getSchemaDefaultGetter(value.valueSchema) !== void 0;
        else if (UntrackedValue.isInstance(value)) hasDefault = value.schema ? getSchemaDefaultGetter(value.schema) !== void 0 : false;
        else hasDefault = getSchemaDefaultGetter(value) !== void 0;
        if (!hasDefault) required.push(key);
      }
    }
    return {
      type: "object",
      properties,
      required: required.length > 0 ? required : void 0
    };
  }
  /**
  * Get the JSON schema for the update/input type.
  * All fields are optional in updates.
  */
  getInputJsonSchema() {
    const properties = {};
    for (const [key, value] of Object.entries(this.fields)) {
      let fieldSchema;
      if (DeltaValue.isInstance(value) || ReducedValue.isInstance(value)) {
        fieldSchema = getJsonSchemaFromSchema(value.inputSchema);
        if (value.jsonSchemaExtra) fieldSchema = {
          ...fieldSchema ?? {},
          ...value.jsonSchemaExtra
        };
      } else if (UntrackedValue.isInstance(value)) fieldSchema = value.schema ? getJsonSchemaFromSchema(value.schema) : void 0;
      else if (isStandardSchema(value)) fieldSchema = getJsonSchemaFromSchema(value);
      if (fieldSchema) properties[key] = fieldSchema;
    }
    return {
      type: "object",
      properties
    };
  }
  /**
  * Get the list of channel keys (excluding managed values).
  */
  getChannelKeys() {
    return Object.entries(this.fields).map(([key]) => key);
  }
  /**
  * Get all keys (channels + managed values).
  */
  getAllKeys() {
    return Object.keys(this.fields);
  }
  /**
  * Validate input data against the schema.
  * This validates each field using its corresponding schema.
  *
  * @param data - The input data to validate
  * @returns The validated data with coerced types
  */
  async validateInput(data) {
    if (data == null || typeof data !== "object") return data;
    const result = {};
    for (const [key, value] of Object.entries(data)) {
      const fieldDef = this.fields[key];
      if (fieldDef === void 0) {
        result[key] = value;
        continue;
      }
      let schema;
      if (DeltaValue.isInstance(fieldDef) || ReducedValue.isInstance(fieldDef)) {
        const [isOverwrite, overwriteValue] = _getOverwriteValue(value);
        if (isOverwrite) {
          schema = fieldDef.valueSchema;
          const validationResult = await schema["~standard"].validate(overwriteValue);
          if (validationResult.issues) throw new Error(`Validation failed for field "${key}": ${JSON.stringify(validationResult.issues)}`);
          result[key] = { [OVERWRITE]: validationResult.value };
          continue;
        }
        schema = fieldDef.inputSchema;
      } else if (UntrackedValue.isInstance(fieldDef)) schema = fieldDef.schema;
      else if (isStandardSchema(fieldDef)) schema = fieldDef;
      if (schema) {
        const validationResult = await schema["~standard"].validate(value);
        if (validationResult.issues) throw new Error(`Validation failed for field "${key}": ${JSON.stringify(validationResult.issues)}`);
        result[key] = validationResult.value;
      } else result[key] = value;
    }
    return result;
  }
  static isInstance(value) {
    return typeof value === "object" && value !== null && STATE_SCHEMA_SYMBOL in value && value[STATE_SCHEMA_SYMBOL] === true;
  }
};

// node_modules/@langchain/langgraph/dist/state/prebuilt/messages.js
var messagesValueSchema = external_exports.custom().default(() => []);
var messagesInputSchema = external_exports.custom();
var MessagesValue = new ReducedValue(messagesValueSchema, {
  inputSchema: messagesInputSchema,
  reducer: messagesStateReducer,
  jsonSchemaExtra: {
    langgraph_type: "messages",
    description: "A list of chat messages"
  }
});
var MessagesDeltaValue = new DeltaValue(messagesValueSchema, {
  inputSchema: messagesInputSchema,
  reducer: messagesDeltaReducer,
  jsonSchemaExtra: {
    langgraph_type: "messages",
    description: "A list of chat messages"
  }
});

// node_modules/@langchain/langgraph/dist/graph/zod/meta.js
var SchemaMetaRegistry = class {
  /**
  * Internal map storing schema metadata.
  * @internal
  */
  _map = /* @__PURE__ */ new Map();
  /**
  * Cache for extended schemas.
  * @internal
  */
  _extensionCache = /* @__PURE__ */ new Map();
  /**
  * Retrieves the metadata associated with a given schema.
  * @template TValue The value type of the schema.
  * @template TUpdate The update type of the schema (defaults to TValue).
  * @param schema The schema to retrieve metadata for.
  * @returns The associated SchemaMeta, or undefined if not present.
  */
  get(schema) {
    return this._map.get(schema);
  }
  /**
  * Extends or sets the metadata for a given schema.
  * @template TValue The value type of the schema.
  * @template TUpdate The update type of the schema (defaults to TValue).
  * @param schema The schema to extend metadata for.
  * @param predicate A function that receives the existing metadata (or undefined) and returns the new metadata.
  */
  extend(schema, predicate) {
    const existingMeta = this.get(schema);
    this._map.set(schema, predicate(existingMeta));
  }
  /**
  * Removes the metadata associated with a given schema.
  * @param schema The schema to remove metadata for.
  * @returns The SchemaMetaRegistry instance (for chaining).
  */
  remove(schema) {
    this._map.delete(schema);
    return this;
  }
  /**
  * Checks if metadata exists for a given schema.
  * @param schema The schema to check.
  * @returns True if metadata exists, false otherwise.
  */
  has(schema) {
    return this._map.has(schema);
  }
  /**
  * Returns a mapping of channel instances for each property in the schema
  * using the associated metadata in the registry.
  *
  * This is used to create the `channels` object that's passed to the `Graph` constructor.
  *
  * @template T The shape of the schema.
  * @param schema The schema to extract channels from.
  * @returns A mapping from property names to channel instances.
  */
  getChannelsForSchema(schema) {
    const channels = {};
    const shape = getInteropZodObjectShape(schema);
    for (const [key, channelSchema] of Object.entries(shape)) {
      const meta = this.get(channelSchema);
      if (meta?.reducer) channels[key] = new BinaryOperatorAggregate(meta.reducer.fn, meta.default);
      else channels[key] = new LastValue(meta?.default);
    }
    return channels;
  }
  /**
  * Returns a modified schema that introspectively looks at all keys of the provided
  * object schema, and applies the augmentations based on meta provided with those keys
  * in the registry and the selectors provided in the `effects` parameter.
  *
  * This assumes that the passed in schema is the "root" schema object for a graph where
  * the keys of the schema are the channels of the graph. Because we need to represent
  * the input of a graph in a couple of different ways, the `effects` parameter allows
  * us to apply those augmentations based on pre determined conditions.
  *
  * @param schema The root schema object to extend.
  * @param effects The effects that are being applied.
  * @returns The extended schema.
  */
  getExtendedChannelSchemas(schema, effects) {
    if (Object.keys(effects).length === 0) return schema;
    const cacheKey = Object.entries(effects).filter(([, v]) => v === true).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}:${v}`).join("|");
    const cache = this._extensionCache.get(cacheKey) ?? /* @__PURE__ */ new Map();
    if (cache.has(schema)) return cache.get(schema);
    let modifiedSchema = schema;
    if (effects.withReducerSchema || effects.withJsonSchemaExtrasAsDescription) {
      const newShapeEntries = Object.entries(getInteropZodObjectShape(schema)).map(([key, schema2]) => {
        const meta = this.get(schema2);
        let outputSchema = effects.withReducerSchema ? meta?.reducer?.schema ?? schema2 : schema2;
        if (effects.withJsonSchemaExtrasAsDescription && meta?.jsonSchemaExtra) {
          const description = getSchemaDescription(outputSchema) ?? getSchemaDescription(schema2);
          const strExtras = JSON.stringify({
            ...meta.jsonSchemaExtra,
            description
          });
          outputSchema = outputSchema.describe(`lg:${strExtras}`);
        }
        return [key, outputSchema];
      });
      modifiedSchema = extendInteropZodObject(schema, Object.fromEntries(newShapeEntries));
      if (isZodSchemaV3(modifiedSchema)) modifiedSchema._def.unknownKeys = "strip";
    }
    if (effects.asPartial) modifiedSchema = interopZodObjectPartial(modifiedSchema);
    cache.set(schema, modifiedSchema);
    this._extensionCache.set(cacheKey, cache);
    return modifiedSchema;
  }
};
var schemaMetaRegistry = new SchemaMetaRegistry();
function withLangGraph(schema, meta) {
  if (meta.reducer && !meta.default) {
    const defaultValueGetter = getInteropZodDefaultGetter(schema);
    if (defaultValueGetter != null) meta.default = defaultValueGetter;
  }
  if (meta.reducer) {
    const schemaWithReducer = Object.assign(schema, { lg_reducer_schema: meta.reducer?.schema ?? schema });
    schemaMetaRegistry.extend(schemaWithReducer, () => meta);
    return schemaWithReducer;
  } else {
    schemaMetaRegistry.extend(schema, () => meta);
    return schema;
  }
}

// node_modules/@langchain/langgraph/dist/graph/types.js
function isStateDefinitionInit(value) {
  if (value == null) return false;
  if (StateSchema.isInstance(value)) return true;
  if (isInteropZodObject(value)) return true;
  if (typeof value === "object" && "lc_graph_name" in value && value.lc_graph_name === "AnnotationRoot") return true;
  if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length > 0 && Object.values(value).every((v) => typeof v === "function" || isBaseChannel(v))) return true;
  return false;
}
function isStateGraphInit(value) {
  if (typeof value !== "object" || value == null) return false;
  const obj = value;
  const hasState = "state" in obj && isStateDefinitionInit(obj.state);
  const hasStateSchema = "stateSchema" in obj && isStateDefinitionInit(obj.stateSchema);
  const hasInput = "input" in obj && isStateDefinitionInit(obj.input);
  if (!hasState && !hasStateSchema && !hasInput) return false;
  if ("input" in obj && obj.input != null && !isStateDefinitionInit(obj.input)) return false;
  if ("output" in obj && obj.output != null && !isStateDefinitionInit(obj.output)) return false;
  return true;
}

// node_modules/@langchain/langgraph/dist/graph/state.js
var ROOT = "__root__";
var DEFAULT_ERROR_HANDLER_NODE = "__default_error_handler__";
var PartialStateSchema = /* @__PURE__ */ Symbol.for("langgraph.state.partial");
var StateGraph = class extends Graph$1 {
  channels = {};
  waitingEdges = /* @__PURE__ */ new Set();
  /** @internal */
  _schemaDefinition;
  /** @internal */
  _schemaRuntimeDefinition;
  /** @internal */
  _inputDefinition;
  /** @internal */
  _inputRuntimeDefinition;
  /** @internal */
  _outputDefinition;
  /** @internal */
  _outputRuntimeDefinition;
  /**
  * Map schemas to managed values
  * @internal
  */
  _schemaDefinitions = /* @__PURE__ */ new Map();
  /** @internal */
  _metaRegistry = schemaMetaRegistry;
  /** @internal Used only for typing. */
  _configSchema;
  /** @internal */
  _configRuntimeSchema;
  /** @internal */
  _interrupt;
  /** @internal */
  _writer;
  /**
  * Graph-wide default node policies, resolved at `compile()` time.
  * @internal
  */
  _nodeDefaults = {};
  constructor(stateOrInit, options) {
    super();
    const init = this._normalizeToStateGraphInit(stateOrInit, options);
    const stateSchema = init.state ?? init.stateSchema ?? init.input;
    if (!stateSchema) throw new StateGraphInputError();
    const stateChannelDef = this._getChannelsFromSchema(stateSchema);
    this._schemaDefinition = stateChannelDef;
    if (StateSchema.isInstance(stateSchema)) this._schemaRuntimeDefinition = stateSchema;
    else if (isInteropZodObject(stateSchema)) this._schemaRuntimeDefinition = stateSchema;
    if (init.input) if (StateSchema.isInstance(init.input)) this._inputRuntimeDefinition = init.input;
    else if (isInteropZodObject(init.input)) this._inputRuntimeDefinition = init.input;
    else this._inputRuntimeDefinition = PartialStateSchema;
    else this._inputRuntimeDefinition = PartialStateSchema;
    if (init.output) if (StateSchema.isInstance(init.output)) this._outputRuntimeDefinition = init.output;
    else if (isInteropZodObject(init.output)) this._outputRuntimeDefinition = init.output;
    else this._outputRuntimeDefinition = this._schemaRuntimeDefinition;
    else this._outputRuntimeDefinition = this._schemaRuntimeDefinition;
    const inputChannelDef = init.input ? this._getChannelsFromSchema(init.input) : stateChannelDef;
    const outputChannelDef = init.output ? this._getChannelsFromSchema(init.output) : stateChannelDef;
    this._inputDefinition = inputChannelDef;
    this._outputDefinition = outputChannelDef;
    this._addSchema(this._schemaDefinition);
    this._addSchema(this._inputDefinition);
    this._addSchema(this._outputDefinition);
    if (init.context) {
      if (isInteropZodObject(init.context)) this._configRuntimeSchema = init.context;
    }
    this._interrupt = init.interrupt;
    this._writer = init.writer;
  }
  /**
  * Set graph-wide default node policies that apply to every node in this
  * graph.
  *
  * Per-node values passed to {@link addNode} always take precedence over these
  * defaults. Defaults are resolved at {@link compile} time, so call order does
  * not matter — you may call this before or after `addNode`, including as the
  * last step before `compile()`. Calling it multiple times merges the provided
  * fields, with later calls overriding earlier ones on a per-field basis.
  *
  * Policies set here are **not** inherited by subgraphs.
  *
  * `retryPolicy` and `timeout` defaults apply to **all** nodes, including
  * auto-generated error-handler nodes. `cachePolicy` and `errorHandler`
  * defaults apply to **regular nodes only** — caching an error-handler result
  * is unsafe, and a handler must never catch its own (or another handler's)
  * failure.
  *
  * @param defaults - The default node policies to apply.
  * @returns The builder instance, for chaining.
  *
  * @example Call before `addNode`
  * ```ts
  * const graph = new StateGraph(State)
  *   .setNodeDefaults({
  *     retryPolicy: { maxAttempts: 3 },
  *     cachePolicy: { ttl: 60 },
  *     timeout: 60_000,
  *     errorHandler: (state, { node, error }) => ({ lastError: error.message }),
  *   })
  *   .addNode("a", nodeA)
  *   .addNode("b", nodeB, { retryPolicy: { maxAttempts: 5 } }) // overrides default
  *   .addEdge(START, "a")
  *   .compile();
  * ```
  *
  * @example Call after `addNode`, immediately before `compile()`
  * ```ts
  * const graph = new StateGraph(State)
  *   .addNode("a", nodeA)
  *   .addNode("b", nodeB, { retryPolicy: { maxAttempts: 5 } }) // overrides default
  *   .addEdge(START, "a")
  *   .setNodeDefaults({
  *     retryPolicy: { maxAttempts: 3 },
  *     cachePolicy: { ttl: 60 },
  *   })
  *   .compile();
  * ```
  */
  setNodeDefaults(defaults) {
    if (defaults.retryPolicy !== void 0) this._nodeDefaults.retryPolicy = defaults.retryPolicy;
    if (defaults.cachePolicy !== void 0) this._nodeDefaults.cachePolicy = typeof defaults.cachePolicy === "boolean" ? defaults.cachePolicy ? {} : void 0 : defaults.cachePolicy;
    if (defaults.timeout !== void 0) this._nodeDefaults.timeout = coerceTimeoutPolicy(defaults.timeout);
    if (defaults.errorHandler !== void 0) this._nodeDefaults.errorHandler = defaults.errorHandler;
    return this;
  }
  /**
  * Build the shared spec for a graph-wide default error handler, or
  * `undefined` when {@link setNodeDefaults} did not configure one. The spec is
  * installed under {@link DEFAULT_ERROR_HANDLER_NODE} for the duration of a
  * single {@link compile} call and routes failures from every regular node
  * that lacks its own handler.
  * @internal
  */
  _createDefaultErrorHandlerSpec() {
    const userHandler = this._nodeDefaults.errorHandler;
    if (userHandler === void 0) return;
    return {
      runnable: new RunnableCallable({
        func: (state, config) => {
          const nodeError = config?.configurable?.[CONFIG_KEY_NODE_ERROR];
          return userHandler(state, nodeError, config);
        },
        name: DEFAULT_ERROR_HANDLER_NODE,
        trace: false
      }),
      metadata: void 0,
      input: this._schemaDefinition,
      retryPolicy: void 0,
      cachePolicy: void 0,
      isErrorHandler: true
    };
  }
  /**
  * Normalize all constructor input patterns to a unified StateGraphInit object.
  * @internal
  */
  _normalizeToStateGraphInit(stateOrInit, options) {
    if (isStateGraphInit(stateOrInit)) {
      if (isInteropZodObject(options) || AnnotationRoot.isInstance(options)) return {
        ...stateOrInit,
        context: options
      };
      const opts = options;
      return {
        ...stateOrInit,
        input: stateOrInit.input ?? opts?.input,
        output: stateOrInit.output ?? opts?.output,
        context: stateOrInit.context ?? opts?.context,
        interrupt: stateOrInit.interrupt ?? opts?.interrupt,
        writer: stateOrInit.writer ?? opts?.writer,
        nodes: stateOrInit.nodes ?? opts?.nodes
      };
    }
    if (isStateDefinitionInit(stateOrInit)) {
      if (isInteropZodObject(options) || AnnotationRoot.isInstance(options)) return {
        state: stateOrInit,
        context: options
      };
      const opts = options;
      return {
        state: stateOrInit,
        input: opts?.input,
        output: opts?.output,
        context: opts?.context,
        interrupt: opts?.interrupt,
        writer: opts?.writer,
        nodes: opts?.nodes
      };
    }
    if (isStateGraphArgs(stateOrInit)) return { state: _getChannels(stateOrInit.channels) };
    throw new StateGraphInputError();
  }
  /**
  * Convert any supported schema type to a StateDefinition (channel map).
  * @internal
  */
  _getChannelsFromSchema(schema) {
    if (StateSchema.isInstance(schema)) return schema.getChannels();
    if (isInteropZodObject(schema)) return this._metaRegistry.getChannelsForSchema(schema);
    if (typeof schema === "object" && "lc_graph_name" in schema && schema.lc_graph_name === "AnnotationRoot") return schema.spec;
    if (typeof schema === "object" && !Array.isArray(schema) && Object.keys(schema).length > 0) return schema;
    throw new StateGraphInputError("Invalid schema type. Expected StateSchema, Zod object, AnnotationRoot, or StateDefinition.");
  }
  get allEdges() {
    return /* @__PURE__ */ new Set([...this.edges, ...Array.from(this.waitingEdges).flatMap(([starts, end]) => starts.map((start) => [start, end]))]);
  }
  _addSchema(stateDefinition) {
    if (this._schemaDefinitions.has(stateDefinition)) return;
    this._schemaDefinitions.set(stateDefinition, stateDefinition);
    for (const [key, val] of Object.entries(stateDefinition)) {
      let channel;
      if (typeof val === "function") channel = val();
      else channel = val;
      if (this.channels[key] !== void 0) {
        if (!this.channels[key].equals(channel)) {
          if (channel.lc_graph_name !== "LastValue") throw new Error(`Channel "${key}" already exists with a different type.`);
        }
      } else this.channels[key] = channel;
    }
  }
  addNode(...args) {
    function isMultipleNodes(args2) {
      return args2.length >= 1 && typeof args2[0] !== "string";
    }
    const nodes = isMultipleNodes(args) ? Array.isArray(args[0]) ? args[0] : Object.entries(args[0]).map(([key, action]) => [key, action]) : [[
      args[0],
      args[1],
      args[2]
    ]];
    if (nodes.length === 0) throw new Error("No nodes provided in `addNode`");
    for (const [key, action, options] of nodes) {
      if (key in this.channels) throw new Error(`${key} is already being used as a state attribute (a.k.a. a channel), cannot also be used as a node name.`);
      for (const reservedChar of ["|", ":"]) if (key.includes(reservedChar)) throw new Error(`"${reservedChar}" is a reserved character and is not allowed in node names.`);
      this.warnIfCompiled(`Adding a node to a graph that has already been compiled. This will not be reflected in the compiled graph.`);
      if (key in this.nodes) throw new Error(`Node \`${key}\` already present.`);
      if (key === "__end__" || key === "__start__") throw new Error(`Node \`${key}\` is reserved.`);
      let inputSpec = this._schemaDefinition;
      if (options?.input !== void 0) inputSpec = this._getChannelsFromSchema(options.input);
      this._addSchema(inputSpec);
      let runnable;
      if (Runnable.isRunnable(action)) runnable = action;
      else if (typeof action === "function") runnable = new RunnableCallable({
        func: action,
        name: key,
        trace: false
      });
      else runnable = _coerceToRunnable(action);
      const rawCachePolicy = options?.cachePolicy;
      let cachePolicy;
      if (rawCachePolicy !== void 0) cachePolicy = typeof rawCachePolicy === "boolean" ? rawCachePolicy ? {} : false : rawCachePolicy;
      let errorHandlerNode;
      if (options?.errorHandler !== void 0) {
        errorHandlerNode = `__error_handler__${key}`;
        if (errorHandlerNode in this.nodes) throw new Error(`Cannot add error handler to node \`${key}\`: the reserved name \`${errorHandlerNode}\` is already in use. StateGraph registers \`__error_handler__<nodeName>\` when you pass \`errorHandler\` in addNode options. Remove or rename the existing node with that name (for example, you may have added it manually).`);
        const userHandler = options.errorHandler;
        const handlerSpec = {
          runnable: new RunnableCallable({
            func: (state, config) => {
              const nodeError = config?.configurable?.[CONFIG_KEY_NODE_ERROR];
              return userHandler(state, nodeError, config);
            },
            name: errorHandlerNode,
            trace: false
          }),
          metadata: void 0,
          input: inputSpec ?? this._schemaDefinition,
          retryPolicy: void 0,
          cachePolicy: void 0,
          isErrorHandler: true
        };
        this.nodes[errorHandlerNode] = handlerSpec;
      }
      const nodeSpec = {
        runnable,
        retryPolicy: options?.retryPolicy,
        cachePolicy,
        timeout: coerceTimeoutPolicy(options?.timeout),
        tracePolicy: options?.tracePolicy,
        metadata: options?.metadata,
        input: inputSpec ?? this._schemaDefinition,
        subgraphs: isPregelLike(runnable) ? [runnable] : options?.subgraphs,
        ends: options?.ends,
        defer: options?.defer,
        errorHandlerNode
      };
      this.nodes[key] = nodeSpec;
    }
    return this;
  }
  addEdge(startKey, endKey) {
    if (typeof startKey === "string") return super.addEdge(startKey, endKey);
    if (this.compiled) console.warn("Adding an edge to a graph that has already been compiled. This will not be reflected in the compiled graph.");
    for (const start of startKey) {
      if (start === "__end__") throw new Error("END cannot be a start node");
      if (!Object.keys(this.nodes).some((node) => node === start)) throw new Error(`Need to add a node named "${start}" first`);
    }
    if (endKey === "__end__") throw new Error("END cannot be an end node");
    if (!Object.keys(this.nodes).some((node) => node === endKey)) throw new Error(`Need to add a node named "${endKey}" first`);
    this.waitingEdges.add([startKey, endKey]);
    return this;
  }
  addSequence(nodes) {
    const parsedNodes = Array.isArray(nodes) ? nodes : Object.entries(nodes);
    if (parsedNodes.length === 0) throw new Error("Sequence requires at least one node.");
    let previousNode;
    for (const [key, action, options] of parsedNodes) {
      if (key in this.nodes) throw new Error(`Node names must be unique: node with the name "${key}" already exists.`);
      const validKey = key;
      this.addNode(key, action, options);
      if (previousNode != null) this.addEdge(previousNode, validKey);
      previousNode = validKey;
    }
    return this;
  }
  compile({ checkpointer, store, cache, interruptBefore, interruptAfter, name, description, transformers } = {}) {
    const defaultErrorHandlerSpec = this._createDefaultErrorHandlerSpec();
    if (defaultErrorHandlerSpec !== void 0) {
      if (DEFAULT_ERROR_HANDLER_NODE in this.nodes) throw new Error(`Cannot apply a default error handler: the reserved node name \`${DEFAULT_ERROR_HANDLER_NODE}\` is already in use. setNodeDefaults({ errorHandler }) registers a node with that name; rename the conflicting node.`);
      this.nodes[DEFAULT_ERROR_HANDLER_NODE] = defaultErrorHandlerSpec;
    }
    try {
      return this._compileResolved({
        checkpointer,
        store,
        cache,
        interruptBefore,
        interruptAfter,
        name,
        description,
        transformers,
        defaultErrorHandlerNode: defaultErrorHandlerSpec !== void 0 ? DEFAULT_ERROR_HANDLER_NODE : void 0
      });
    } finally {
      if (defaultErrorHandlerSpec !== void 0) delete this.nodes[DEFAULT_ERROR_HANDLER_NODE];
    }
  }
  /** @internal */
  _compileResolved({ checkpointer, store, cache, interruptBefore, interruptAfter, name, description, transformers, defaultErrorHandlerNode }) {
    this.validate([...Array.isArray(interruptBefore) ? interruptBefore : [], ...Array.isArray(interruptAfter) ? interruptAfter : []]);
    const outputKeys = Object.keys(this._schemaDefinitions.get(this._outputDefinition));
    const outputChannels = outputKeys.length === 1 && outputKeys[0] === ROOT ? ROOT : outputKeys;
    const streamKeys = Object.keys(this.channels);
    const streamChannels = streamKeys.length === 1 && streamKeys[0] === ROOT ? ROOT : streamKeys;
    const userInterrupt = this._interrupt;
    const compiled = new CompiledStateGraph({
      builder: this,
      checkpointer,
      interruptAfter,
      interruptBefore,
      autoValidate: false,
      nodes: {},
      channels: {
        ...this.channels,
        [START]: new EphemeralValue()
      },
      inputChannels: START,
      outputChannels,
      streamChannels,
      streamMode: "updates",
      store,
      cache,
      name,
      description,
      userInterrupt,
      streamTransformers: transformers
    });
    compiled.attachNode(START);
    const nodeDefaults = this._nodeDefaults;
    const hasNodeDefaults = nodeDefaults.retryPolicy !== void 0 || nodeDefaults.cachePolicy !== void 0 || nodeDefaults.timeout !== void 0 || defaultErrorHandlerNode !== void 0;
    for (const [key, node] of Object.entries(this.nodes)) {
      const isErrorHandlerNode = node.isErrorHandler === true;
      const resolvedNode = hasNodeDefaults ? {
        ...node,
        retryPolicy: node.retryPolicy ?? nodeDefaults.retryPolicy,
        cachePolicy: isErrorHandlerNode ? void 0 : node.cachePolicy === false ? void 0 : node.cachePolicy ?? nodeDefaults.cachePolicy,
        timeout: node.timeout ?? nodeDefaults.timeout,
        errorHandlerNode: !isErrorHandlerNode && defaultErrorHandlerNode !== void 0 && node.errorHandlerNode === void 0 ? defaultErrorHandlerNode : node.errorHandlerNode
      } : node;
      compiled.attachNode(key, resolvedNode);
    }
    compiled.attachBranch(START, SELF, _getControlBranch(), { withReader: false });
    for (const [key] of Object.entries(this.nodes)) compiled.attachBranch(key, SELF, _getControlBranch(), { withReader: false });
    for (const [start, end] of this.edges) compiled.attachEdge(start, end);
    for (const [starts, end] of this.waitingEdges) compiled.attachEdge(starts, end);
    for (const [start, branches] of Object.entries(this.branches)) for (const [name2, branch] of Object.entries(branches)) compiled.attachBranch(start, name2, branch);
    return compiled.validate();
  }
};
function _getChannels(schema) {
  const channels = {};
  for (const [name, val] of Object.entries(schema)) if (name === ROOT) channels[name] = getChannel(val);
  else channels[name] = getChannel(val);
  return channels;
}
var CompiledStateGraph = class extends CompiledGraph {
  /**
  * The description of the compiled graph.
  * This is used by the supervisor agent to describe the handoff to the agent.
  */
  description;
  /** @internal */
  _metaRegistry = schemaMetaRegistry;
  constructor({ description, ...rest }) {
    super(rest);
    this.description = description;
  }
  attachNode(key, node) {
    let outputKeys;
    if (key === "__start__") outputKeys = Object.entries(this.builder._schemaDefinitions.get(this.builder._inputDefinition)).map(([k]) => k);
    else outputKeys = Object.keys(this.builder.channels);
    function _getRoot(input) {
      if (isCommand(input)) {
        if (input.graph === Command.PARENT) return null;
        return input._updateAsTuples();
      } else if (Array.isArray(input) && input.length > 0 && input.some((i) => isCommand(i))) {
        const updates = [];
        for (const i of input) if (isCommand(i)) {
          if (i.graph === Command.PARENT) continue;
          updates.push(...i._updateAsTuples());
        } else updates.push([ROOT, i]);
        return updates;
      } else if (input != null) return [[ROOT, input]];
      return null;
    }
    const nodeKey = key;
    const validateStateUpdates = async (updates) => {
      if (updates == null || updates.length === 0) return updates;
      const schemaDef = this.builder._schemaRuntimeDefinition;
      if (StateSchema.isInstance(schemaDef)) {
        const schemaKeys = new Set(schemaDef.getChannelKeys());
        return Promise.all(updates.map(async ([k, v]) => {
          if (!schemaKeys.has(k)) return [k, v];
          const parsed = await schemaDef.validateInput({ [k]: v });
          return [k, Object.prototype.hasOwnProperty.call(parsed, k) ? parsed[k] : v];
        }));
      }
      if (isInteropZodObject(schemaDef)) {
        const schemaKeys = new Set(Object.keys(getInteropZodObjectShape(schemaDef)));
        if (updates.filter(([k]) => schemaKeys.has(k)).length === 0) return updates;
        const updateSchema = interopZodObjectPartial(this._metaRegistry.getExtendedChannelSchemas(schemaDef, { withReducerSchema: true }));
        const valueSchema = interopZodObjectPartial(schemaDef);
        return updates.map(([k, v]) => {
          if (!schemaKeys.has(k)) return [k, v];
          const [isOverwrite, overwriteValue] = _getOverwriteValue(v);
          if (isOverwrite) {
            const parsed2 = interopParse(valueSchema, { [k]: overwriteValue });
            return [k, Object.prototype.hasOwnProperty.call(parsed2, k) ? { [OVERWRITE]: parsed2[k] } : v];
          }
          const parsed = interopParse(updateSchema, { [k]: v });
          return [k, Object.prototype.hasOwnProperty.call(parsed, k) ? parsed[k] : v];
        });
      }
      return updates;
    };
    async function _getUpdates(input) {
      if (!input) return null;
      else if (isCommand(input)) {
        if (input.graph === Command.PARENT) return null;
        return validateStateUpdates(input._updateAsTuples().filter(([k]) => outputKeys.includes(k)));
      } else if (Array.isArray(input) && input.length > 0 && input.some(isCommand)) {
        const updates = [];
        for (const item of input) if (isCommand(item)) {
          if (item.graph === Command.PARENT) continue;
          updates.push(...item._updateAsTuples().filter(([k]) => outputKeys.includes(k)));
        } else {
          const itemUpdates = await _getUpdates(item);
          if (itemUpdates) updates.push(...itemUpdates ?? []);
        }
        return validateStateUpdates(updates);
      } else if (typeof input === "object" && !Array.isArray(input)) return validateStateUpdates(Object.entries(input).filter(([k]) => outputKeys.includes(k)));
      else {
        const typeofInput = Array.isArray(input) ? "array" : typeof input;
        throw new InvalidUpdateError(`Expected node "${nodeKey.toString()}" to return an object or an array containing at least one Command object, received ${typeofInput}`, { lc_error_code: "INVALID_GRAPH_NODE_RETURN_VALUE" });
      }
    }
    const stateWriteEntries = [{
      value: PASSTHROUGH,
      mapper: new RunnableCallable({
        func: outputKeys.length && outputKeys[0] === ROOT ? _getRoot : _getUpdates,
        trace: false,
        recurse: false
      })
    }];
    if (key === "__start__") this.nodes[key] = new PregelNode({
      tags: [TAG_HIDDEN],
      triggers: [START],
      channels: [START],
      writers: [new ChannelWrite(stateWriteEntries, [TAG_HIDDEN])]
    });
    else {
      const inputDefinition = node?.input ?? this.builder._schemaDefinition;
      const inputValues = Object.fromEntries(Object.keys(this.builder._schemaDefinitions.get(inputDefinition)).map((k) => [k, k]));
      const isSingleInput = Object.keys(inputValues).length === 1 && ROOT in inputValues;
      const branchChannel = `branch:to:${key}`;
      this.channels[branchChannel] = node?.defer ? new LastValueAfterFinish() : new EphemeralValue(false);
      const nodeCachePolicy = node?.cachePolicy;
      const cachePolicy = nodeCachePolicy === false ? void 0 : nodeCachePolicy;
      this.nodes[key] = new PregelNode({
        triggers: [branchChannel],
        channels: isSingleInput ? Object.keys(inputValues) : inputValues,
        writers: [new ChannelWrite(stateWriteEntries, [TAG_HIDDEN])],
        mapper: isSingleInput ? void 0 : (input) => {
          return Object.fromEntries(Object.entries(input).filter(([k]) => k in inputValues));
        },
        bound: node?.runnable,
        metadata: node?.metadata,
        retryPolicy: node?.retryPolicy,
        cachePolicy,
        timeout: node?.timeout,
        tracePolicy: node?.tracePolicy,
        subgraphs: node?.subgraphs,
        ends: node?.ends,
        isErrorHandler: node?.isErrorHandler,
        errorHandlerNode: node?.errorHandlerNode
      });
    }
  }
  attachEdge(starts, end) {
    if (end === "__end__") return;
    if (typeof starts === "string") this.nodes[starts].writers.push(new ChannelWrite([{
      channel: `branch:to:${end}`,
      value: null
    }], [TAG_HIDDEN]));
    else if (Array.isArray(starts)) {
      const channelName = `join:${starts.join("+")}:${end}`;
      this.channels[channelName] = this.builder.nodes[end].defer ? new NamedBarrierValueAfterFinish(new Set(starts)) : new NamedBarrierValue(new Set(starts));
      this.nodes[end].triggers.push(channelName);
      for (const start of starts) this.nodes[start].writers.push(new ChannelWrite([{
        channel: channelName,
        value: start
      }], [TAG_HIDDEN]));
    }
  }
  attachBranch(start, _, branch, options = { withReader: true }) {
    const branchWriter = async (packets, config) => {
      const filteredPackets = packets.filter((p) => p !== END);
      if (!filteredPackets.length) return;
      const writes = filteredPackets.map((p) => {
        if (_isSend(p)) return p;
        return {
          channel: p === "__end__" ? p : `branch:to:${p}`,
          value: start
        };
      });
      await ChannelWrite.doWrite({
        ...config,
        tags: (config.tags ?? []).concat([TAG_HIDDEN])
      }, writes);
    };
    this.nodes[start].writers.push(branch.run(branchWriter, options.withReader ? (config) => ChannelRead.doRead(config, this.streamChannels ?? this.outputChannels, true) : void 0));
  }
  async _validateInput(input) {
    if (input == null) return input;
    const inputDef = this.builder._inputRuntimeDefinition;
    const schemaDef = this.builder._schemaRuntimeDefinition;
    if (StateSchema.isInstance(inputDef)) {
      if (isCommand(input)) {
        const parsedInput = input;
        if (input.update) parsedInput.update = await inputDef.validateInput(Array.isArray(input.update) ? Object.fromEntries(input.update) : input.update);
        return parsedInput;
      }
      return await inputDef.validateInput(input);
    }
    if (inputDef === PartialStateSchema && StateSchema.isInstance(schemaDef)) {
      if (isCommand(input)) {
        const parsedInput = input;
        if (input.update) parsedInput.update = await schemaDef.validateInput(Array.isArray(input.update) ? Object.fromEntries(input.update) : input.update);
        return parsedInput;
      }
      return await schemaDef.validateInput(input);
    }
    const schema = (() => {
      const apply = (schema2) => {
        if (schema2 == null) return void 0;
        return this._metaRegistry.getExtendedChannelSchemas(schema2, { withReducerSchema: true });
      };
      if (isInteropZodObject(inputDef)) return apply(inputDef);
      if (inputDef === PartialStateSchema) {
        if (isInteropZodObject(schemaDef)) return interopZodObjectPartial(apply(schemaDef));
        return;
      }
    })();
    if (isCommand(input)) {
      const parsedInput = input;
      if (input.update && schema != null) {
        const updateObj = Array.isArray(input.update) ? Object.fromEntries(input.update) : input.update;
        const parsed = interopParse(schema, updateObj);
        parsedInput.update = Object.fromEntries(Object.keys(updateObj).map((k) => [k, parsed[k]]));
      }
      return parsedInput;
    }
    if (schema != null) return interopParse(schema, input);
    return input;
  }
  isInterrupted(input) {
    return isInterrupted(input);
  }
  async _validateContext(config) {
    const configSchema = this.builder._configRuntimeSchema;
    if (isInteropZodObject(configSchema)) interopParse(configSchema, config);
    return config;
  }
};
function isStateGraphArgs(obj) {
  return typeof obj === "object" && obj !== null && obj.channels !== void 0;
}
function _controlBranch(value) {
  if (_isSend(value)) return [value];
  const commands = [];
  if (isCommand(value)) commands.push(value);
  else if (Array.isArray(value)) commands.push(...value.filter(isCommand));
  const destinations = [];
  for (const command of commands) {
    if (command.graph === Command.PARENT) throw new ParentCommand(command);
    if (_isSend(command.goto)) destinations.push(command.goto);
    else if (typeof command.goto === "string") destinations.push(command.goto);
    else if (Array.isArray(command.goto)) destinations.push(...command.goto);
  }
  return destinations;
}
function _getControlBranch() {
  return new Branch({ path: new RunnableCallable({
    func: _controlBranch,
    tags: [TAG_HIDDEN],
    trace: false,
    recurse: false,
    name: "<control_branch>"
  }) });
}

// node_modules/@langchain/langgraph/dist/func/index.js
var entrypoint = function entrypoint2(optionsOrName, func) {
  const { name, checkpointer, store, cache } = typeof optionsOrName === "string" ? {
    name: optionsOrName,
    checkpointer: void 0,
    store: void 0
  } : optionsOrName;
  const timeout = coerceTimeoutPolicy(typeof optionsOrName === "string" ? void 0 : optionsOrName.timeout);
  if (isAsyncGeneratorFunction(func) || isGeneratorFunction(func)) throw new Error("Generators are disallowed as entrypoints. For streaming responses, use config.write.");
  const streamMode = "updates";
  const bound = getRunnableForEntrypoint(name, func);
  function isEntrypointFinal(value) {
    return typeof value === "object" && value !== null && "__lg_type" in value && value.__lg_type === "__pregel_final";
  }
  const pluckReturnValue = new RunnableCallable({
    name: "pluckReturnValue",
    func: (value) => {
      return isEntrypointFinal(value) ? value.value : value;
    }
  });
  const pluckSaveValue = new RunnableCallable({
    name: "pluckSaveValue",
    func: (value) => {
      return isEntrypointFinal(value) ? value.save : value;
    }
  });
  const entrypointNode = new PregelNode({
    bound,
    triggers: [START],
    channels: [START],
    timeout,
    writers: [new ChannelWrite([{
      channel: END,
      value: PASSTHROUGH,
      mapper: pluckReturnValue
    }, {
      channel: PREVIOUS,
      value: PASSTHROUGH,
      mapper: pluckSaveValue
    }], [TAG_HIDDEN])]
  });
  return new Pregel({
    name,
    checkpointer,
    nodes: { [name]: entrypointNode },
    channels: {
      [START]: new EphemeralValue(),
      [END]: new LastValue(),
      [PREVIOUS]: new LastValue()
    },
    inputChannels: START,
    outputChannels: END,
    streamChannels: END,
    streamMode,
    store,
    cache
  });
};
entrypoint.final = function final({ value, save }) {
  return {
    value,
    save,
    __lg_type: "__pregel_final"
  };
};

// node_modules/@langchain/langgraph/dist/graph/messages_annotation.js
var MessagesAnnotation = Annotation.Root({ messages: Annotation({
  reducer: messagesStateReducer,
  default: () => []
}) });
var MessagesZodMeta = {
  reducer: { fn: messagesStateReducer },
  jsonSchemaExtra: { langgraph_type: "messages" },
  default: () => []
};
var MessagesZodState = external_exports2.object({ messages: withLangGraph(external_exports2.custom(), MessagesZodMeta) });

// node_modules/@langchain/langgraph/dist/index.js
initializeAsyncLocalStorageSingleton();

// src/team/agent-loop.ts
async function callModel(ctx, agent, invoke) {
  if (ctx.steps.used >= ctx.steps.max) {
    throw new TeamStopped(
      `the team reached its limit of ${ctx.steps.max} model calls (max_steps in ${ctx.team.id}) before finishing; nothing was applied. Raise max_steps or make the request narrower.`
    );
  }
  ctx.steps.used++;
  const { name, endpoint } = ctx.modelFor(agent);
  let result;
  try {
    result = await withRetry(
      invoke,
      ctx.retry,
      (attempt, e) => ctx.emit({
        kind: "retry",
        message: `${agent.name}: model call failed (${errorText(e)}); retry ${attempt}`
      })
    );
  } catch (e) {
    throw new PlagenticError(
      `${agent.name}: the ${name} model call${endpoint ? ` to ${endpoint}` : ""} failed: ${errorText(e)}; nothing was proposed or applied`
    );
  }
  const raw = messageOf(result);
  ctx.usage.record(name, raw?.usage_metadata);
  return result;
}
async function runAgent(ctx, agent, messages, tools, handoffTools = /* @__PURE__ */ new Set()) {
  const { model } = ctx.modelFor(agent);
  const bound = tools.length > 0 ? bindTools(model, tools) : model;
  const byName = new Map(tools.map((t) => [t.name, t]));
  for (; ; ) {
    const reply = await callModel(ctx, agent, () => bound.invoke(redacted(ctx, messages)));
    messages.push(reply);
    const calls = reply.tool_calls ?? [];
    if (calls.length === 0) return { text: textOf(reply), messages };
    const accepted = ctx.proposalsAccepted;
    let handoff;
    for (const call3 of calls) {
      const id = call3.id ?? `${agent.name}-${messages.length}`;
      if (handoffTools.has(call3.name)) {
        if (!handoff) {
          handoff = { callId: id, tool: call3.name, args: call3.args };
          continue;
        }
        messages.push(
          new ToolMessage({ content: "Not run: hand off to one agent at a time.", tool_call_id: id })
        );
        continue;
      }
      const t = byName.get(call3.name);
      const content = t ? await runTool(t, call3.args) : `Error: there is no tool "${call3.name}" for you; your tools are: ${[...byName.keys()].join(", ") || "none"}.`;
      ctx.emit({ kind: "tool", message: `${agent.name} called ${call3.name}` });
      messages.push(new ToolMessage({ content, tool_call_id: id }));
    }
    if (handoff) return { text: textOf(reply), messages, handoff };
    if (ctx.proposalsAccepted > accepted && ctx.proposal) {
      return { text: textOf(reply) || ctx.proposal.explanation, messages };
    }
  }
}
async function structuredAnswer(ctx, agent, messages, schema, name) {
  const { model } = ctx.modelFor(agent);
  const runnable = model.withStructuredOutput(schema, {
    name,
    includeRaw: true
  });
  const result = await callModel(ctx, agent, () => runnable.invoke(redacted(ctx, messages)));
  const value = isRawAndParsed(result) ? result.parsed : result;
  return schema.parse(value);
}
function redacted(ctx, messages) {
  return messages.map((m) => {
    if (typeof m.content === "string") {
      const masked = ctx.redact(m.content);
      if (masked === m.content) return m;
      const copy = Object.create(Object.getPrototypeOf(m));
      Object.assign(copy, m, { content: masked, lc_kwargs: { ...m.lc_kwargs, content: masked } });
      return copy;
    }
    return m;
  });
}
async function runTool(t, args) {
  try {
    const out = await t.invoke(args);
    return typeof out === "string" ? out : JSON.stringify(out);
  } catch (e) {
    if (e instanceof TeamStopped) throw e;
    if (e instanceof PlagenticError) return `Error: ${e.message}`;
    if (e instanceof Error && e.name === "ToolInputParsingException") return `Error: ${e.message}`;
    throw e;
  }
}
function bindTools(model, tools) {
  if (!model.bindTools) throw new PlagenticError(`the model ${model.getName()} does not support tool calls`);
  return model.bindTools(tools);
}
function textOf(message) {
  const c = message.content;
  if (typeof c === "string") return c;
  return c.map((part) => typeof part === "string" ? part : part.type === "text" ? String(part["text"]) : "").join("");
}
function errorText(e) {
  return e instanceof Error ? e.message : String(e);
}
function messageOf(result) {
  if (AIMessage.isInstance(result)) return result;
  if (isRawAndParsed(result) && AIMessage.isInstance(result.raw)) return result.raw;
  return void 0;
}
function isRawAndParsed(v) {
  return typeof v === "object" && v !== null && "raw" in v && "parsed" in v;
}

// src/team/upfront-specs.ts
var MAX_SPECS = 3;
var MAX_SPEC_CHARS = 64 * 1024;
async function upfrontSpecs(ctx, task2, lastProposal) {
  const names = await namedEnvironments(ctx, task2);
  const parts = [];
  for (const name of names.slice(0, MAX_SPECS)) {
    if (lastProposal?.environment === name) continue;
    const text = await ctx.specText(name);
    if (text === null) continue;
    const file = ctx.fileOf(name);
    parts.push(
      text.length > MAX_SPEC_CHARS ? `The spec ${file} is ${text.length} characters long; read it with read_spec.` : `The current spec ${file} (read from the repository for you; edit this text):
${userContentBlock(file, text)}`
    );
  }
  return parts.join("\n\n");
}
async function namedEnvironments(ctx, task2) {
  const mentioned = [...new Set(task2.toLowerCase().match(/[a-z0-9][a-z0-9_-]*/g) ?? [])].filter(
    (w) => ENVIRONMENT_NAME.test(w)
  );
  const known = new Set(await ctx.environmentNames());
  const named = mentioned.filter((w) => known.has(w));
  if (named.length === 0 && known.size === 1) return [...known];
  return named;
}

// src/team/tools.ts
function toolNamesFor(agent, mode) {
  return agent.tools.filter((name) => mode === "apply" || !isMutatingTool(name));
}
var RANGED_SHOWN = 20;
var environmentArg = external_exports.string().describe("Environment name, e.g. staging");
var specTextArg = external_exports.string().optional().describe("Full spec text to evaluate; defaults to the proposal made so far, else the current spec");
function buildTools(ctx, names) {
  return names.map((name) => TOOL_BUILDERS[name](ctx));
}
var TOOL_BUILDERS = {
  list_environments: (ctx) => tool(
    async () => {
      const names = await ctx.environmentNames();
      if (names.length === 0) return "There are no environment specs yet.";
      const rows = [];
      for (const name of names) {
        const text = await ctx.specText(name);
        const head = text === null ? "" : summaryOf(text);
        rows.push(`- ${name} (${ctx.fileOf(name)})${head}`);
      }
      return rows.join("\n");
    },
    {
      name: "list_environments",
      description: "List the environment specs in the repository with their provider and region",
      schema: external_exports.object({})
    }
  ),
  read_spec: (ctx) => tool(
    async ({ environment, version }) => {
      assertEnvironmentName(environment);
      const proposal = ctx.proposal?.environment === environment ? ctx.proposal : void 0;
      if ((version ?? "latest") === "latest" && proposal) {
        return `Proposed spec for ${environment} (the last proposal in this conversation, not yet applied; ${proposal.file}):
${proposal.after}`;
      }
      const text = await ctx.specText(environment);
      if (text === null) return `There is no spec for ${environment} yet (${ctx.fileOf(environment)}).`;
      return `Current spec ${ctx.fileOf(environment)}:
${text}`;
    },
    {
      name: "read_spec",
      description: "Read an environment spec (YAML). By default returns the latest proposal for it if one was made, else the spec in the repository",
      schema: external_exports.object({
        environment: environmentArg,
        version: external_exports.enum(["latest", "current"]).optional().describe("current = the spec in the repository")
      })
    }
  ),
  describe_live: (ctx) => tool(
    async ({ environment }) => {
      assertEnvironmentName(environment);
      const text = await ctx.specText(environment);
      if (text === null) return `${environment} has no spec, so Plagentic owns nothing live for it.`;
      const env = checkedEnvironment(
        text,
        ctx.fileOf(environment),
        environment,
        ctx.workspace.config.limits
      );
      const live = await ctx.workspace.liveResources(env);
      if (live.length === 0) return `${environment} owns no live resources.`;
      return JSON.stringify(
        live.map((r) => ({ address: r.address, type: r.type, attributes: r.attributes })),
        null,
        1
      );
    },
    {
      name: "describe_live",
      description: "Describe the live resources an environment owns (read from its cloud)",
      schema: external_exports.object({ environment: environmentArg })
    }
  ),
  estimate_cost: (ctx) => tool(
    async ({ environment, spec_text }) => {
      const plan = await planOf(ctx, environment, spec_text);
      const c = plan.cost;
      const rows = c.resources.filter((r) => r.monthlyBefore !== r.monthlyAfter).map((r) => `${r.address}: ${money(r.monthlyBefore)} -> ${money(r.monthlyAfter)}`);
      return [
        `Monthly cost (USD, 730 h): before $${c.monthlyBefore.toFixed(2)}, after $${c.monthlyAfter.toFixed(2)}, change ${c.monthlyDelta >= 0 ? "+" : "-"}$${Math.abs(c.monthlyDelta).toFixed(2)}`,
        ...rows,
        ...c.unknown.map((u) => `unknown price: ${u.address} ${u.component}: ${u.reason}`),
        // Usage-priced resources without usage: figures, at typical usage (never in the totals).
        ...[rangeTotalText(c) ?? []].flat(),
        ...rangedResources(c).slice(0, RANGED_SHOWN).map(usageRangeLine)
      ].join("\n");
    },
    {
      name: "estimate_cost",
      description: "Price an environment spec, or a proposed edit of it, against its live state",
      schema: external_exports.object({ environment: environmentArg, spec_text: specTextArg })
    }
  ),
  check_policy: (ctx) => tool(
    async ({ environment, spec_text }) => {
      const plan = await planOf(ctx, environment, spec_text);
      const lines = plan.policy.findings.filter((f) => f.level !== "pass").map((f) => `${f.level}: ${f.rule}: ${f.message}`);
      return [`Policy verdict: ${plan.policy.verdict}`, ...lines].join("\n");
    },
    {
      name: "check_policy",
      description: "Run the configured policies against an environment spec or a proposed edit of it",
      schema: external_exports.object({ environment: environmentArg, spec_text: specTextArg })
    }
  ),
  propose_spec_change: (ctx) => tool(
    async ({ environment, spec_text, explanation }) => {
      ctx.proposalAttempts++;
      try {
        assertEnvironmentName(environment);
        const file = ctx.fileOf(environment);
        const before = await ctx.specText(environment);
        const { text } = acceptProposal(
          { text: spec_text, before, environment, file, limits: ctx.workspace.config.limits },
          ctx.workspace.config.secrets,
          ctx.redact
        );
        ctx.proposal = { environment, file, before, after: ensureNewline(text), explanation };
        ctx.proposedThisRun = true;
        ctx.proposalsAccepted++;
        ctx.emit({ kind: "proposal", message: `proposal for ${file} accepted by the spec parser` });
        return `Accepted: the proposed ${file} parses. Plagentic will plan it, price it and check it against policy; nothing is applied until humans approve.`;
      } catch (e) {
        if (!(e instanceof PlagenticError)) throw e;
        const left = ctx.maxProposalAttempts - ctx.proposalAttempts;
        ctx.emit({ kind: "proposal_rejected", message: e.message });
        if (left <= 0) {
          throw new TeamStopped(
            `the team's proposal was rejected ${ctx.proposalAttempts} time(s) and the limit is ${ctx.maxProposalAttempts}; nothing was proposed. Last error: ${e.message}`
          );
        }
        return `Rejected, nothing was saved: ${e.message}
Fix exactly this and call propose_spec_change again with the full corrected spec (${left} attempt(s) left).`;
      }
    },
    {
      name: "propose_spec_change",
      description: "Propose the complete new text of ONE environment spec (environments/<name>.yaml). It is checked with the spec parser; humans review it before anything is applied",
      schema: external_exports.object({
        environment: environmentArg,
        spec_text: external_exports.string().describe("The full new YAML of the spec, not a fragment or a diff"),
        explanation: external_exports.string().describe("One paragraph: what changes and why")
      })
    }
  ),
  apply_plan: (ctx) => tool(
    async ({ environment, plan_hash }) => {
      const proposal = ctx.proposal;
      const plan = ctx.plan;
      if (!ctx.proposedThisRun || !proposal || !plan || proposal.environment !== environment) {
        return `Refused: there is no plan for ${environment} in this run to apply.`;
      }
      if (ctx.applied) return "Already applied in this run.";
      if (!await ctx.confirmApply(plan, withDiff(proposal)))
        return "Refused: the apply was not confirmed.";
      ctx.applied = await applyProposal(ctx.workspace, proposal, plan_hash);
      return ctx.applied.ok ? "Applied." : "Apply finished with failures; see the report.";
    },
    {
      name: "apply_plan",
      description: "Apply the plan of this run's proposal; refused unless plan_hash is that plan's hash",
      schema: external_exports.object({ environment: environmentArg, plan_hash: external_exports.string() })
    }
  )
};
async function planOf(ctx, environment, specText) {
  assertEnvironmentName(environment);
  const proposal = specText !== void 0 ? {
    environment,
    file: ctx.fileOf(environment),
    before: null,
    after: specText,
    explanation: ""
  } : ctx.proposal?.environment === environment ? ctx.proposal : void 0;
  if (proposal) return planProposal(ctx.workspace, proposal);
  const text = await ctx.specText(environment);
  if (text === null) throw new PlagenticError(`there is no spec for ${environment} and no proposal for it`);
  return planProposal(ctx.workspace, {
    environment,
    file: ctx.fileOf(environment),
    before: text,
    after: text,
    explanation: ""
  });
}
function summaryOf(text) {
  const provider = /^provider:\s*([\w-]+)/m.exec(text)?.[1];
  const region = /^region:\s*([\w-]+)/m.exec(text)?.[1];
  return provider || region ? `: provider ${provider ?? "?"}, region ${region ?? "?"}` : "";
}
function money(v) {
  return v === null ? "unknown" : `$${v.toFixed(2)}`;
}
function ensureNewline(text) {
  return text.endsWith("\n") ? text : text + "\n";
}

// src/team/graph.ts
function perRunList() {
  return Annotation({
    reducer: (current, update) => update === null ? [] : [...current, ...update],
    default: () => []
  });
}
var TeamState = Annotation.Root({
  task: Annotation(),
  /** The thread's conversation; kept by the checkpointer, or passed in by the caller (Action). */
  history: Annotation(),
  /** The last proposal of an earlier run in the thread. */
  lastProposal: Annotation(),
  proposal: Annotation(),
  notes: perRunList(),
  findings: perRunList(),
  plan: Annotation(),
  route: Annotation(),
  supervisorLog: Annotation(),
  outcome: Annotation(),
  /** Which agent a fanned-out (Send) task is for. */
  assignee: Annotation()
});
var REVIEW_STAGES = ["reviewer", "security", "cost"];
var reviewSchema = external_exports.object({
  findings: external_exports.array(
    external_exports.object({
      severity: external_exports.enum(["info", "warning", "error"]),
      message: external_exports.string()
    })
  ),
  summary: external_exports.string()
});
async function runTeamGraph(ctx, input, memory) {
  const team = ctx.team;
  const reviewers = team.agents.filter((a) => REVIEW_STAGES.includes(a.stage));
  const proposers = team.agents.filter((a) => !REVIEW_STAGES.includes(a.stage));
  const byName = new Map(team.agents.map((a) => [a.name, a]));
  const g = new StateGraph(TeamState);
  g.addNode("intake", async (s) => {
    ctx.proposal = s.lastProposal ?? void 0;
    ctx.emit({
      kind: "intake",
      message: `${team.name}: ${team.workflow} workflow, ${team.agents.length} agent(s)`
    });
    return {
      history: input.history ?? s.history ?? [],
      lastProposal: s.lastProposal ?? null,
      proposal: null,
      notes: null,
      findings: null,
      plan: null,
      route: null,
      supervisorLog: [],
      outcome: null
    };
  });
  g.addEdge(START, "intake");
  if (team.workflow === "hierarchical") addHierarchical(ctx, g, proposers);
  else if (team.workflow === "parallel") addParallel(ctx, g, proposers);
  else
    chain(
      g,
      "intake",
      proposers.map((a, i) => [`agent_${i}`, proposerNode(ctx, a)]),
      "engine"
    );
  g.addNode("engine", async (s) => {
    if (!ctx.proposedThisRun || !ctx.proposal) {
      const last = s.notes[s.notes.length - 1]?.content.trim();
      return { outcome: { kind: "no_change", message: last || "The team made no proposal." } };
    }
    const proposal = ctx.proposal;
    if (proposal.before === proposal.after) {
      return {
        proposal,
        outcome: { kind: "no_change", message: `The proposal leaves ${proposal.file} as it is.` }
      };
    }
    ctx.emit({ kind: "plan", message: `Planning the proposed ${proposal.file}...` });
    const plan = await planProposal(ctx.workspace, proposal);
    ctx.plan = plan;
    const findings = plan.policy.findings.filter((f) => f.level !== "pass").map((f) => ({
      severity: f.level === "fail" ? "error" : "warning",
      message: `${f.rule}: ${f.message}`,
      agent: "policy"
    }));
    return { proposal, plan, findings };
  });
  const afterEngine = (s) => {
    if (s.outcome || reviewers.length === 0) return "report";
    if (team.workflow === "parallel")
      return reviewers.map((r) => new Send("review_fanout", { ...s, assignee: r.name }));
    return "reviewer_0";
  };
  const reviewNodes = reviewers.map((a, i) => [`reviewer_${i}`, reviewerNode(ctx, a)]);
  if (team.workflow === "parallel") {
    g.addNode("review_fanout", async (s) => reviewerNode(ctx, byName.get(s.assignee))(s));
    g.addConditionalEdges("engine", afterEngine, ["review_fanout", "report"]);
    g.addEdge("review_fanout", "report");
  } else {
    for (const [name, fn] of reviewNodes) g.addNode(name, fn);
    g.addConditionalEdges("engine", afterEngine, [...reviewNodes.length ? ["reviewer_0"] : [], "report"]);
    for (let i = 0; i < reviewNodes.length; i++) {
      g.addEdge(reviewNodes[i][0], i + 1 < reviewNodes.length ? reviewNodes[i + 1][0] : "report");
    }
  }
  g.addNode("report", async (s) => {
    const summary = s.outcome?.message ?? (s.proposal ? `Proposed ${s.proposal.file}: ${s.proposal.explanation}` : "");
    return {
      lastProposal: s.proposal ?? s.lastProposal ?? null,
      history: [
        ...s.history ?? [],
        { role: "user", content: s.task },
        { role: "assistant", content: summary }
      ]
    };
  });
  g.addEdge("report", END);
  const compiled = g.compile(memory.checkpointer ? { checkpointer: memory.checkpointer } : {});
  return compiled.invoke(
    { task: input.task, ...input.history && { history: input.history } },
    {
      recursionLimit: ctx.steps.max * 2 + team.agents.length * 2 + 10,
      ...memory.threadId && { configurable: { thread_id: memory.threadId } }
    }
  );
}
function chain(g, from, nodes, to) {
  let prev = from;
  for (const [name, fn] of nodes) {
    g.addNode(name, fn);
    g.addEdge(prev, name);
    prev = name;
  }
  g.addEdge(prev, to);
}
function proposerNode(ctx, agent) {
  return async (s) => {
    const turn = await runAs(ctx, agent, s, s.task);
    return { notes: [{ agent: agent.name, content: turn.text }] };
  };
}
async function runAs(ctx, agent, s, task2, extraTools = [], handoffs = /* @__PURE__ */ new Set(), resume) {
  const names = toolNamesFor(agent, ctx.mode);
  const tools = [...buildTools(ctx, names), ...await ctx.mcp?.toolsFor(agent) ?? [], ...extraTools];
  ctx.emit({ kind: "agent", message: `${agent.name} is working...` });
  const lastProposal = s.lastProposal ?? null;
  const messages = resume ?? [
    new SystemMessage(
      systemPrompt(
        ctx.team,
        agent,
        ctx.mode,
        tools.map((t) => t.name)
      )
    ),
    new HumanMessage(
      [
        taskMessage({ task: task2, history: s.history ?? [], lastProposal, notes: s.notes }),
        await upfrontSpecs(ctx, task2, lastProposal)
      ].filter(Boolean).join("\n\n")
    )
  ];
  return runAgent(ctx, agent, messages, tools, handoffs);
}
function addParallel(ctx, g, proposers) {
  const workers = proposers.filter((a) => a.stage === "worker");
  const planners = proposers.filter((a) => a.stage !== "worker");
  const byName = new Map(workers.map((a) => [a.name, a]));
  const plannerNodes = planners.map((a, i) => [`agent_${i}`, proposerNode(ctx, a)]);
  if (workers.length === 0) {
    chain(g, "intake", plannerNodes, "engine");
    return;
  }
  g.addNode("worker_fanout", async (s) => proposerNode(ctx, byName.get(s.assignee))(s));
  g.addConditionalEdges(
    "intake",
    (s) => workers.map((w) => new Send("worker_fanout", { ...s, assignee: w.name })),
    ["worker_fanout"]
  );
  chain(g, "worker_fanout", plannerNodes, "engine");
}
function addHierarchical(ctx, g, proposers) {
  const supervisor = proposers.find((a) => a.stage === "supervisor") ?? proposers[0];
  const workers = proposers.filter((a) => a !== supervisor);
  const handoffName = (a) => `transfer_to_${a.name.replace(/[^A-Za-z0-9_-]/g, "_")}`.slice(0, 64);
  const byHandoff = new Map(workers.map((a) => [handoffName(a), a]));
  const handoffTools = workers.map(
    (a) => tool(async () => "", {
      name: handoffName(a),
      description: `Hand a precise sub-task to ${a.name} (${a.role}: ${a.description}); their answer comes back as this tool's result`,
      schema: external_exports.object({ task: external_exports.string().describe("The sub-task, with everything the specialist needs") })
    })
  );
  const handoffs = new Set(byHandoff.keys());
  g.addNode("supervise", async (s) => {
    const resume = s.supervisorLog?.length ? mapStoredMessagesToChatMessages(s.supervisorLog) : void 0;
    const turn = await runAs(ctx, supervisor, s, s.task, handoffTools, handoffs, resume);
    if (turn.handoff) {
      const worker = byHandoff.get(turn.handoff.tool);
      const task2 = typeof turn.handoff.args["task"] === "string" ? turn.handoff.args["task"] : s.task;
      ctx.emit({ kind: "handoff", message: `${supervisor.name} \u2192 ${worker.name}` });
      return {
        route: { agent: worker.name, task: task2, callId: turn.handoff.callId },
        supervisorLog: mapChatMessagesToStoredMessages(turn.messages)
      };
    }
    return {
      route: null,
      supervisorLog: [],
      notes: [{ agent: supervisor.name, content: turn.text }]
    };
  });
  g.addNode("delegate", async (s) => {
    const route = s.route;
    const worker = workers.find((w) => w.name === route.agent);
    const turn = await runAs(
      ctx,
      worker,
      s,
      `${route.task}

(Your supervisor's sub-task; the original request follows.)
${s.task}`
    );
    const log = mapStoredMessagesToChatMessages(s.supervisorLog);
    log.push(
      new ToolMessage({ content: `${worker.name} answered:
${turn.text}`, tool_call_id: route.callId })
    );
    return {
      route: null,
      supervisorLog: mapChatMessagesToStoredMessages(log),
      notes: [{ agent: worker.name, content: turn.text }]
    };
  });
  g.addEdge("intake", "supervise");
  g.addConditionalEdges("supervise", (s) => s.route ? "delegate" : "engine", ["delegate", "engine"]);
  g.addEdge("delegate", "supervise");
}
function reviewerNode(ctx, agent) {
  return async (s) => {
    const proposal = s.proposal;
    const plan = s.plan;
    const context = `The proposed change to ${proposal.file}:
\`\`\`diff
` + unifiedDiff(proposal.before, proposal.after, {
      fromFile: proposal.file,
      toFile: proposal.file
    }) + `\`\`\`
Plagentic's plan of it, with its cost estimate and policy verdict (computed by the engine, not by an agent):
${renderPlanText(plan, { color: false })}`;
    ctx.emit({ kind: "agent", message: `${agent.name} is reviewing...` });
    const messages = [
      new SystemMessage(systemPrompt(ctx.team, agent, ctx.mode, [])),
      new HumanMessage(
        taskMessage({ task: s.task, history: s.history ?? [], lastProposal: null, notes: s.notes }) + "\n\n" + context + "\n\n" + REVIEW_REQUEST
      )
    ];
    const review = await structuredAnswer(ctx, agent, messages, reviewSchema, "review");
    ctx.emit({ kind: "review", message: `${agent.name} reviewed: ${review.findings.length} finding(s)` });
    return {
      notes: [{ agent: agent.name, content: review.summary }],
      findings: review.findings.map((f) => ({ ...f, agent: agent.name }))
    };
  };
}
export {
  TeamState,
  reviewSchema,
  runTeamGraph
};
