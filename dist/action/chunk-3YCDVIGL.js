import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  Embeddings,
  LLM,
  chunk_array_exports,
  embeddings_exports,
  llms_exports,
  openai_completions_stream_exports,
  openai_tools_exports
} from "./chunk-ZFKA6KEF.js";
import {
  BaseChatModel,
  BaseCumulativeTransformOutputParser,
  BaseLLMOutputParser,
  BaseOutputParser,
  chat_models_exports,
  compat_exports,
  function_calling_exports,
  gateway_exports,
  json_patch_exports,
  messages_exports,
  output_parsers_exports,
  runnables_exports,
  stream_exports as stream_exports2,
  structured_output_exports,
  types_exports
} from "./chunk-FBDHTAPN.js";
import {
  AIMessage,
  AIMessageChunk,
  BaseMessage,
  BaseTracer,
  CallbackManager,
  ChatGenerationChunk,
  ChatMessage,
  ChatPromptValue,
  Client,
  HumanMessage,
  ImagePromptValue,
  IterableReadableStream,
  Runnable,
  RunnableBinding,
  RunnableLambda,
  Serializable,
  StringPromptValue,
  StructuredTool,
  SystemMessage,
  ToolMessage,
  __exportAll,
  addLangChainErrorFields,
  async_caller_exports,
  base_exports,
  base_exports2,
  base_exports3,
  caches_exports,
  coerceMessageLikeToMessage,
  compare,
  console_exports,
  ensureConfig,
  env_exports,
  errors_exports,
  getEnvironmentVariable,
  get_lc_unique_name,
  graph_exports,
  hash_exports,
  isBaseMessage,
  isEscapedObject,
  json_schema_exports,
  keyFromJson,
  log_stream_exports,
  manager_exports,
  mapKeys,
  outputs_exports,
  parseCallbackConfigArg,
  parsePartialJson,
  patchConfig,
  promises_exports,
  prompt_values_exports,
  serializable_exports,
  sha256,
  singletons_exports,
  standard_schema_exports,
  stream_exports,
  tiktoken_exports,
  toJsonSchema,
  tool_exports,
  tools_exports,
  tracer_langchain_exports,
  unescapeValue,
  uuid_exports,
  v5,
  v6
} from "./chunk-NSTQIHN3.js";
import {
  array,
  custom,
  discriminatedUnion,
  json,
  literal,
  looseObject,
  number,
  object,
  record,
  strictObject,
  string,
  union
} from "./chunk-DSOI4Y75.js";

// node_modules/@langchain/langgraph-checkpoint/dist/serde/types.js
var TASKS = "__pregel_tasks";
var ERROR = "__error__";
var SCHEDULED = "__scheduled__";
var INTERRUPT = "__interrupt__";
var RESUME = "__resume__";
var DeltaSnapshot = class {
  /** Marker used for structural detection across module/realm boundaries. */
  lg_name = "DeltaSnapshot";
  value;
  constructor(value) {
    this.value = value;
  }
};
function isDeltaSnapshot(value) {
  return value != null && typeof value === "object" && value.lg_name === "DeltaSnapshot";
}

// node_modules/@langchain/langgraph-checkpoint/dist/id.js
var lastMsecs = 0;
var lastNsecs = 0;
function uuid6(clockseq) {
  let msecs = Date.now();
  if (msecs <= lastMsecs) {
    lastNsecs += 1;
    if (lastNsecs >= 1e4) {
      lastNsecs = 0;
      msecs = lastMsecs + 1;
    }
  } else lastNsecs = 0;
  lastMsecs = msecs;
  return v6({
    clockseq,
    msecs,
    nsecs: lastNsecs
  });
}
function uuid5(name, namespace) {
  const namespaceBytes = namespace.replace(/-/g, "").match(/.{2}/g).map((byte) => parseInt(byte, 16));
  return v5(name, new Uint8Array(namespaceBytes));
}

// node_modules/@langchain/langgraph-checkpoint/dist/serde/utils/fast-safe-stringify/index.js
var LIMIT_REPLACE_NODE = "[...]";
var CIRCULAR_REPLACE_NODE = "[Circular]";
var arr = [];
var replacerStack = [];
function defaultOptions() {
  return {
    depthLimit: Number.MAX_SAFE_INTEGER,
    edgesLimit: Number.MAX_SAFE_INTEGER
  };
}
function stringify(obj, replacer, spacer, options) {
  if (typeof options === "undefined") options = defaultOptions();
  decirc(obj, "", 0, [], void 0, 0, options);
  var res;
  try {
    if (replacerStack.length === 0) res = JSON.stringify(obj, replacer, spacer);
    else res = JSON.stringify(obj, replaceGetterValues(replacer), spacer);
  } catch (_) {
    return JSON.stringify("[unable to serialize, circular reference is too complex to analyze]");
  } finally {
    while (arr.length !== 0) {
      var part = arr.pop();
      if (part.length === 4) Object.defineProperty(part[0], part[1], part[3]);
      else part[0][part[1]] = part[2];
    }
  }
  return res;
}
function setReplace(replace, val, k, parent) {
  var propertyDescriptor = Object.getOwnPropertyDescriptor(parent, k);
  if (propertyDescriptor.get !== void 0) if (propertyDescriptor.configurable) {
    Object.defineProperty(parent, k, { value: replace });
    arr.push([
      parent,
      k,
      val,
      propertyDescriptor
    ]);
  } else replacerStack.push([
    val,
    k,
    replace
  ]);
  else {
    parent[k] = replace;
    arr.push([
      parent,
      k,
      val
    ]);
  }
}
function decirc(val, k, edgeIndex, stack, parent, depth, options) {
  depth += 1;
  var i;
  if (typeof val === "object" && val !== null) {
    for (i = 0; i < stack.length; i++) if (stack[i] === val) {
      setReplace(CIRCULAR_REPLACE_NODE, val, k, parent);
      return;
    }
    if (typeof options.depthLimit !== "undefined" && depth > options.depthLimit) {
      setReplace(LIMIT_REPLACE_NODE, val, k, parent);
      return;
    }
    if (typeof options.edgesLimit !== "undefined" && edgeIndex + 1 > options.edgesLimit) {
      setReplace(LIMIT_REPLACE_NODE, val, k, parent);
      return;
    }
    stack.push(val);
    if (Array.isArray(val)) for (i = 0; i < val.length; i++) decirc(val[i], i, i, stack, val, depth, options);
    else {
      var keys = Object.keys(val);
      for (i = 0; i < keys.length; i++) {
        var key = keys[i];
        decirc(val[key], key, i, stack, val, depth, options);
      }
    }
    stack.pop();
  }
}
function replaceGetterValues(replacer) {
  replacer = typeof replacer !== "undefined" ? replacer : function(k, v) {
    return v;
  };
  return function(key, val) {
    if (replacerStack.length > 0) for (var i = 0; i < replacerStack.length; i++) {
      var part = replacerStack[i];
      if (part[1] === key && part[0] === val) {
        val = part[2];
        replacerStack.splice(i, 1);
        break;
      }
    }
    return replacer.call(this, key, val);
  };
}

// node_modules/@langchain/core/dist/load/import_constants.js
var optionalImportEntrypoints = [];

// node_modules/@langchain/core/dist/agents.js
var agents_exports = /* @__PURE__ */ __exportAll({});

// node_modules/@langchain/core/dist/chat_history.js
var chat_history_exports = /* @__PURE__ */ __exportAll({
  BaseChatMessageHistory: () => BaseChatMessageHistory,
  BaseListChatMessageHistory: () => BaseListChatMessageHistory,
  InMemoryChatMessageHistory: () => InMemoryChatMessageHistory
});
var BaseChatMessageHistory = class extends Serializable {
  /**
  * Add a list of messages.
  *
  * Implementations should override this method to handle bulk addition of messages
  * in an efficient manner to avoid unnecessary round-trips to the underlying store.
  *
  * @param messages - A list of BaseMessage objects to store.
  */
  async addMessages(messages) {
    for (const message of messages) await this.addMessage(message);
  }
};
var BaseListChatMessageHistory = class extends Serializable {
  /**
  * This is a convenience method for adding a human message string to the store.
  * Please note that this is a convenience method. Code should favor the
  * bulk addMessages interface instead to save on round-trips to the underlying
  * persistence layer.
  * This method may be deprecated in a future release.
  */
  addUserMessage(message) {
    return this.addMessage(new HumanMessage(message));
  }
  /**
  * This is a convenience method for adding an AI message string to the store.
  * Please note that this is a convenience method. Code should favor the bulk
  * addMessages interface instead to save on round-trips to the underlying
  * persistence layer.
  * This method may be deprecated in a future release.
  */
  addAIMessage(message) {
    return this.addMessage(new AIMessage(message));
  }
  /**
  * Add a list of messages.
  *
  * Implementations should override this method to handle bulk addition of messages
  * in an efficient manner to avoid unnecessary round-trips to the underlying store.
  *
  * @param messages - A list of BaseMessage objects to store.
  */
  async addMessages(messages) {
    for (const message of messages) await this.addMessage(message);
  }
  /**
  * Remove all messages from the store.
  */
  clear() {
    throw new Error("Not implemented.");
  }
};
var InMemoryChatMessageHistory = class extends BaseListChatMessageHistory {
  lc_namespace = [
    "langchain",
    "stores",
    "message",
    "in_memory"
  ];
  messages = [];
  constructor(messages) {
    super(...arguments);
    this.messages = messages ?? [];
  }
  /**
  * Method to get all the messages stored in the ChatMessageHistory
  * instance.
  * @returns Array of stored BaseMessage instances.
  */
  async getMessages() {
    return this.messages;
  }
  /**
  * Method to add a new message to the ChatMessageHistory instance.
  * @param message The BaseMessage instance to add.
  * @returns A promise that resolves when the message has been added.
  */
  async addMessage(message) {
    this.messages.push(message);
  }
  /**
  * Method to clear all the messages from the ChatMessageHistory instance.
  * @returns A promise that resolves when all messages have been cleared.
  */
  async clear() {
    this.messages = [];
  }
};

// node_modules/@langchain/core/dist/decisions/types.js
var jsonValueSchema = json();
var contentSchema = union([
  string(),
  record(string(), jsonValueSchema),
  array(jsonValueSchema)
]);
var isPlainObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function recordOf(valueSchema) {
  return custom(isPlainObject, "Expected an object.").transform((record2, ctx) => {
    const entries = [];
    for (const [key, value] of Object.entries(record2)) {
      const result = valueSchema.safeParse(value);
      if (result.success) entries.push([key, result.data]);
      else for (const issue of result.error.issues) ctx.issues.push({
        code: "custom",
        message: issue.message,
        input: value,
        path: [key, ...issue.path]
      });
    }
    return Object.fromEntries(entries);
  });
}
var noulCriteriaSchema = strictObject({
  true: jsonValueSchema.optional(),
  false: jsonValueSchema.optional()
});
var noulSchema = strictObject({
  type: literal("noul"),
  instructions: contentSchema,
  criteria: noulCriteriaSchema.nullish()
});
var choiceSchema = strictObject({
  type: literal("choice"),
  criteria: recordOf(jsonValueSchema).refine((criteria) => Object.keys(criteria).length >= 1, "Choice question must have at least 1 option."),
  instructions: contentSchema
});
var scoreSchema = strictObject({
  type: literal("score"),
  criteria: array(jsonValueSchema).min(2, "Score question must have at least 2 ordered levels."),
  instructions: contentSchema
});
var boxSchema = strictObject({
  type: literal("box"),
  instructions: contentSchema
});
var questionSchema = discriminatedUnion("type", [
  noulSchema,
  choiceSchema,
  scoreSchema,
  boxSchema
]);
var probabilitySchema = number().min(0).max(1);
var noulAnswerSchema = object({
  type: literal("noul"),
  noul: probabilitySchema
});
var choiceAnswerSchema = object({
  type: literal("choice"),
  choice: string(),
  probabilities: recordOf(number()),
  confidence: probabilitySchema
});
var scoreAnswerSchema = object({
  type: literal("score"),
  score: number(),
  legend: recordOf(jsonValueSchema),
  probabilities: recordOf(number()),
  confidence: probabilitySchema
});
var boxCoordinatesSchema = object({
  top: number(),
  bottom: number(),
  left: number(),
  right: number()
});
var boxAnswerSchema = object({
  type: literal("box"),
  box: boxCoordinatesSchema,
  confidence: probabilitySchema.nullish().transform((value) => value ?? void 0)
});
var answerSchema = discriminatedUnion("type", [
  noulAnswerSchema,
  choiceAnswerSchema,
  scoreAnswerSchema,
  boxAnswerSchema
]);
var usageSchema = looseObject({
  input_tokens: number().nullish(),
  output_tokens: number().nullish(),
  total_tokens: number().nullish()
}).transform((usage) => {
  const input_tokens = usage.input_tokens ?? 0;
  const output_tokens = usage.output_tokens ?? 0;
  return {
    ...usage,
    input_tokens,
    output_tokens,
    total_tokens: usage.total_tokens || input_tokens + output_tokens
  };
});
var responseSchema = object({
  model: string(),
  answers: recordOf(answerSchema),
  usage_metadata: usageSchema.nullish().transform((value) => value ?? void 0),
  requestId: string().nullish().transform((value) => value ?? void 0)
});
function withAnswerViews(response) {
  const define = (name, type) => {
    Object.defineProperty(response, name, {
      enumerable: false,
      configurable: true,
      get() {
        return Object.fromEntries(Object.entries(response.answers).filter(([, answer]) => answer.type === type));
      }
    });
  };
  define("nouls", "noul");
  define("choices", "choice");
  define("scores", "score");
  define("boxes", "box");
  return response;
}
function describeIssue(issue) {
  const path = issue.path.map(String).join(".");
  const message = issue.code === "unrecognized_keys" ? "Unrecognized key." : issue.message;
  return path ? `${path}: ${message}` : message;
}
function parseQuestions(questions) {
  if (typeof questions !== "object" || questions === null || Array.isArray(questions) || Object.keys(questions).length === 0) throw new Error("Decision models require at least one question.");
  for (const [id, question] of Object.entries(questions)) {
    let result;
    try {
      result = questionSchema.safeParse(question);
    } catch {
      throw new Error(`Invalid question "${id}": content is too deeply nested or circular.`);
    }
    if (!result.success) throw new Error(`Invalid question "${id}": ${describeIssue(result.error.issues[0])}`);
  }
  return questions;
}
function parseClassifierResponse(fields) {
  const result = responseSchema.safeParse(fields);
  if (!result.success) throw new Error(`Invalid decision model response: ${describeIssue(result.error.issues[0])}`);
  const { usage_metadata, requestId, ...rest } = result.data;
  return withAnswerViews({
    ...rest,
    ...usage_metadata === void 0 ? {} : { usage_metadata },
    ...requestId === void 0 ? {} : { requestId }
  });
}

// node_modules/@langchain/core/dist/decisions/base.js
function assertAnswered(questions, response) {
  for (const [id, question] of Object.entries(questions)) {
    const answer = Object.hasOwn(response.answers, id) ? response.answers[id] : void 0;
    if (answer === void 0) throw new Error(`Decision model returned no answer for question "${id}".`);
    if (answer.type !== question.type) throw new Error(`Decision model returned a ${answer.type} answer for ${question.type} question "${id}".`);
    if (answer.type === "choice" && question.type === "choice" && !Object.hasOwn(question.criteria, answer.choice)) throw new Error(`Decision model returned a choice for question "${id}" that is not one of its labels.`);
  }
}
var BaseDecisionModel = class extends Runnable {
  /** Provider model name used to answer questions. */
  model;
  constructor(fields) {
    super(fields);
    this.model = fields.model;
  }
  /**
  * Classify one request.
  *
  * The run is traced as an LLM run with `ls_provider` and `ls_model_name`
  * metadata, and its output carries `usage_metadata` when the provider reports
  * usage.
  *
  * @param input State and questions to evaluate.
  * @param options Callbacks, tags, metadata, and other runnable config.
  * @returns Answers keyed by answer ID and typed from `questions`, with
  *   request metadata.
  * @throws Error if a question is invalid, `questions` is empty, or the
  *   provider leaves a question unanswered or answers it with the wrong type
  *   or an unknown `Choice` label.
  */
  async invoke(input, options) {
    const config = ensureConfig(options);
    return await this._callWithConfig(async (request, runConfig, runManager) => {
      const { runType: _runType, ...childConfig } = runConfig ?? {};
      const questions = parseQuestions(request.questions);
      const answered = await this._classify(request.state, questions, patchConfig(childConfig, { callbacks: runManager?.getChild() }));
      assertAnswered(questions, answered);
      return answered;
    }, input, {
      ...config,
      runType: "llm",
      metadata: {
        ...config.metadata,
        ls_provider: this._provider,
        ls_model_name: this.model,
        ls_model_type: "chat"
      }
    });
  }
};

// node_modules/@langchain/core/dist/decisions/index.js
var decisions_exports = /* @__PURE__ */ __exportAll({
  BaseDecisionModel: () => BaseDecisionModel,
  parseClassifierResponse: () => parseClassifierResponse,
  parseQuestions: () => parseQuestions
});

// node_modules/@langchain/core/dist/document_loaders/base.js
var base_exports4 = /* @__PURE__ */ __exportAll({ BaseDocumentLoader: () => BaseDocumentLoader });
var BaseDocumentLoader = class {
};

// node_modules/@langchain/core/dist/document_loaders/langsmith.js
var langsmith_exports = /* @__PURE__ */ __exportAll({ LangSmithLoader: () => LangSmithLoader });
var LangSmithLoader = class extends BaseDocumentLoader {
  datasetId;
  datasetName;
  exampleIds;
  asOf;
  splits;
  inlineS3Urls;
  offset;
  limit;
  metadata;
  filter;
  contentKey;
  formatContent;
  client;
  constructor(fields) {
    super();
    if (fields.client && fields.clientConfig) throw new Error("client and clientConfig cannot both be provided.");
    this.client = fields.client ?? new Client(fields?.clientConfig);
    this.contentKey = fields.contentKey ? fields.contentKey.split(".") : [];
    this.formatContent = fields.formatContent ?? _stringify;
    this.datasetId = fields.datasetId;
    this.datasetName = fields.datasetName;
    this.exampleIds = fields.exampleIds;
    this.asOf = fields.asOf;
    this.splits = fields.splits;
    this.inlineS3Urls = fields.inlineS3Urls;
    this.offset = fields.offset;
    this.limit = fields.limit;
    this.metadata = fields.metadata;
    this.filter = fields.filter;
  }
  async load() {
    const documents = [];
    for await (const example of this.client.listExamples({
      datasetId: this.datasetId,
      datasetName: this.datasetName,
      exampleIds: this.exampleIds,
      asOf: this.asOf,
      splits: this.splits,
      inlineS3Urls: this.inlineS3Urls,
      offset: this.offset,
      limit: this.limit,
      metadata: this.metadata,
      filter: this.filter
    })) {
      let content = example.inputs;
      for (const key of this.contentKey) content = content[key];
      const contentStr = this.formatContent(content);
      const metadata = example;
      ["created_at", "modified_at"].forEach((k) => {
        if (k in metadata) {
          if (typeof metadata[k] === "object") metadata[k] = metadata[k].toString();
        }
      });
      documents.push({
        pageContent: contentStr,
        metadata
      });
    }
    return documents;
  }
};
function _stringify(x) {
  if (typeof x === "string") return x;
  else try {
    return JSON.stringify(x, null, 2);
  } catch {
    return String(x);
  }
}

// node_modules/@langchain/core/dist/documents/document.js
var Document = class {
  pageContent;
  metadata;
  /**
  * An optional identifier for the document.
  *
  * Ideally this should be unique across the document collection and formatted
  * as a UUID, but this will not be enforced.
  */
  id;
  constructor(fields) {
    this.pageContent = fields.pageContent !== void 0 ? fields.pageContent.toString() : "";
    this.metadata = fields.metadata ?? {};
    this.id = fields.id;
  }
};

// node_modules/@langchain/core/dist/documents/transformers.js
var BaseDocumentTransformer = class extends Runnable {
  lc_namespace = [
    "langchain_core",
    "documents",
    "transformers"
  ];
  /**
  * Method to invoke the document transformation. This method calls the
  * transformDocuments method with the provided input.
  * @param input The input documents to be transformed.
  * @param _options Optional configuration object to customize the behavior of callbacks.
  * @returns A Promise that resolves to the transformed documents.
  */
  invoke(input, _options) {
    return this.transformDocuments(input);
  }
};
var MappingDocumentTransformer = class extends BaseDocumentTransformer {
  async transformDocuments(documents) {
    const newDocuments = [];
    for (const document of documents) {
      const transformedDocument = await this._transformDocument(document);
      newDocuments.push(transformedDocument);
    }
    return newDocuments;
  }
};

// node_modules/@langchain/core/dist/documents/index.js
var documents_exports = /* @__PURE__ */ __exportAll({
  BaseDocumentTransformer: () => BaseDocumentTransformer,
  Document: () => Document,
  MappingDocumentTransformer: () => MappingDocumentTransformer
});

// node_modules/@langchain/core/dist/example_selectors/base.js
var BaseExampleSelector = class extends Serializable {
  lc_namespace = [
    "langchain_core",
    "example_selectors",
    "base"
  ];
};

// node_modules/@langchain/core/dist/example_selectors/conditional.js
var BasePromptSelector = class {
  /**
  * Asynchronous version of `getPrompt` that also accepts an options object
  * for partial variables.
  * @param llm The language model for which to get a prompt.
  * @param options Optional object for partial variables.
  * @returns A Promise that resolves to a prompt template.
  */
  async getPromptAsync(llm, options) {
    return this.getPrompt(llm).partial(options?.partialVariables ?? {});
  }
};
var ConditionalPromptSelector = class extends BasePromptSelector {
  defaultPrompt;
  conditionals;
  constructor(default_prompt, conditionals = []) {
    super();
    this.defaultPrompt = default_prompt;
    this.conditionals = conditionals;
  }
  /**
  * Method that selects a prompt based on a set of conditions. If none of
  * the conditions are met, it returns the default prompt.
  * @param llm The language model for which to get a prompt.
  * @returns A prompt template.
  */
  getPrompt(llm) {
    for (const [condition, prompt] of this.conditionals) if (condition(llm)) return prompt;
    return this.defaultPrompt;
  }
};
function isLLM(llm) {
  return llm._modelType() === "base_llm";
}
function isChatModel(llm) {
  return llm._modelType() === "base_chat_model";
}

// node_modules/@langchain/core/dist/example_selectors/length_based.js
function getLengthBased(text) {
  return text.split(/\n| /).length;
}
var LengthBasedExampleSelector = class LengthBasedExampleSelector2 extends BaseExampleSelector {
  examples = [];
  examplePrompt;
  getTextLength = getLengthBased;
  maxLength = 2048;
  exampleTextLengths = [];
  constructor(data) {
    super(data);
    this.examplePrompt = data.examplePrompt;
    this.maxLength = data.maxLength ?? 2048;
    this.getTextLength = data.getTextLength ?? getLengthBased;
  }
  /**
  * Adds an example to the list of examples and calculates its length.
  * @param example The example to be added.
  * @returns Promise that resolves when the example has been added and its length calculated.
  */
  async addExample(example) {
    this.examples.push(example);
    const stringExample = await this.examplePrompt.format(example);
    this.exampleTextLengths.push(this.getTextLength(stringExample));
  }
  /**
  * Calculates the lengths of the examples.
  * @param v Array of lengths of the examples.
  * @param values Instance of LengthBasedExampleSelector.
  * @returns Promise that resolves with an array of lengths of the examples.
  */
  async calculateExampleTextLengths(v, values) {
    if (v.length > 0) return v;
    const { examples, examplePrompt } = values;
    return (await Promise.all(examples.map((eg) => examplePrompt.format(eg)))).map((eg) => this.getTextLength(eg));
  }
  /**
  * Selects examples until the total length of the selected examples
  * reaches the maxLength.
  * @param inputVariables The input variables for the examples.
  * @returns Promise that resolves with an array of selected examples.
  */
  async selectExamples(inputVariables) {
    const inputs = Object.values(inputVariables).join(" ");
    let remainingLength = this.maxLength - this.getTextLength(inputs);
    let i = 0;
    const examples = [];
    while (remainingLength > 0 && i < this.examples.length) {
      const newLength = remainingLength - this.exampleTextLengths[i];
      if (newLength < 0) break;
      else {
        examples.push(this.examples[i]);
        remainingLength = newLength;
      }
      i += 1;
    }
    return examples;
  }
  /**
  * Creates a new instance of LengthBasedExampleSelector and adds a list of
  * examples to it.
  * @param examples Array of examples to be added.
  * @param args Input parameters for the LengthBasedExampleSelector.
  * @returns Promise that resolves with a new instance of LengthBasedExampleSelector with the examples added.
  */
  static async fromExamples(examples, args) {
    const selector = new LengthBasedExampleSelector2(args);
    await Promise.all(examples.map((eg) => selector.addExample(eg)));
    return selector;
  }
};

// node_modules/@langchain/core/dist/example_selectors/semantic_similarity.js
function sortedValues(values) {
  return Object.keys(values).sort().map((key) => values[key]);
}
var SemanticSimilarityExampleSelector = class SemanticSimilarityExampleSelector2 extends BaseExampleSelector {
  vectorStoreRetriever;
  exampleKeys;
  inputKeys;
  constructor(data) {
    super(data);
    this.exampleKeys = data.exampleKeys;
    this.inputKeys = data.inputKeys;
    if (data.vectorStore !== void 0) this.vectorStoreRetriever = data.vectorStore.asRetriever({
      k: data.k ?? 4,
      filter: data.filter
    });
    else if (data.vectorStoreRetriever) this.vectorStoreRetriever = data.vectorStoreRetriever;
    else throw new Error(`You must specify one of "vectorStore" and "vectorStoreRetriever".`);
  }
  /**
  * Method that adds a new example to the vectorStore. The example is
  * converted to a string and added to the vectorStore as a document.
  * @param example The example to be added to the vectorStore.
  * @returns Promise that resolves when the example has been added to the vectorStore.
  */
  async addExample(example) {
    const stringExample = sortedValues((this.inputKeys ?? Object.keys(example)).reduce((acc, key) => ({
      ...acc,
      [key]: example[key]
    }), {})).join(" ");
    await this.vectorStoreRetriever.addDocuments([new Document({
      pageContent: stringExample,
      metadata: example
    })]);
  }
  /**
  * Method that selects which examples to use based on semantic similarity.
  * It performs a similarity search in the vectorStore using the input
  * variables and returns the examples with the highest similarity.
  * @param inputVariables The input variables used for the similarity search.
  * @returns Promise that resolves with an array of the selected examples.
  */
  async selectExamples(inputVariables) {
    const query = sortedValues((this.inputKeys ?? Object.keys(inputVariables)).reduce((acc, key) => ({
      ...acc,
      [key]: inputVariables[key]
    }), {})).join(" ");
    const examples = (await this.vectorStoreRetriever.invoke(query)).map((doc) => doc.metadata);
    if (this.exampleKeys) return examples.map((example) => this.exampleKeys.reduce((acc, key) => ({
      ...acc,
      [key]: example[key]
    }), {}));
    return examples;
  }
  /**
  * Static method that creates a new instance of
  * SemanticSimilarityExampleSelector. It takes a list of examples, an
  * instance of Embeddings, a VectorStore class, and an options object as
  * parameters. It converts the examples to strings, creates a VectorStore
  * from the strings and the embeddings, and returns a new
  * SemanticSimilarityExampleSelector with the created VectorStore and the
  * options provided.
  * @param examples The list of examples to be used.
  * @param embeddings The instance of Embeddings to be used.
  * @param vectorStoreCls The VectorStore class to be used.
  * @param options The options object for the SemanticSimilarityExampleSelector.
  * @returns Promise that resolves with a new instance of SemanticSimilarityExampleSelector.
  */
  static async fromExamples(examples, embeddings, vectorStoreCls, options = {}) {
    const inputKeys = options.inputKeys ?? null;
    const stringExamples = examples.map((example) => sortedValues(inputKeys ? inputKeys.reduce((acc, key) => ({
      ...acc,
      [key]: example[key]
    }), {}) : example).join(" "));
    const vectorStore = await vectorStoreCls.fromTexts(stringExamples, examples, embeddings, options);
    return new SemanticSimilarityExampleSelector2({
      vectorStore,
      k: options.k ?? 4,
      exampleKeys: options.exampleKeys,
      inputKeys: options.inputKeys
    });
  }
};

// node_modules/@langchain/core/dist/example_selectors/index.js
var example_selectors_exports = /* @__PURE__ */ __exportAll({
  BaseExampleSelector: () => BaseExampleSelector,
  BasePromptSelector: () => BasePromptSelector,
  ConditionalPromptSelector: () => ConditionalPromptSelector,
  LengthBasedExampleSelector: () => LengthBasedExampleSelector,
  SemanticSimilarityExampleSelector: () => SemanticSimilarityExampleSelector,
  isChatModel: () => isChatModel,
  isLLM: () => isLLM
});

// node_modules/@langchain/core/dist/index.js
var src_exports = /* @__PURE__ */ __exportAll({});

// node_modules/@langchain/core/dist/indexing/record_manager.js
var UUIDV5_NAMESPACE = "10f90ea3-90a4-4962-bf75-83a0f3c1c62a";
var RecordManager = class extends Serializable {
  lc_namespace = ["langchain", "recordmanagers"];
};

// node_modules/@langchain/core/dist/indexing/base.js
var _HashedDocument = class {
  uid;
  hash_;
  contentHash;
  metadataHash;
  pageContent;
  metadata;
  keyEncoder = sha256;
  constructor(fields) {
    this.uid = fields.uid;
    this.pageContent = fields.pageContent;
    this.metadata = fields.metadata;
  }
  makeDefaultKeyEncoder(keyEncoderFn) {
    this.keyEncoder = keyEncoderFn;
  }
  calculateHashes() {
    const forbiddenKeys = [
      "hash_",
      "content_hash",
      "metadata_hash"
    ];
    for (const key of forbiddenKeys) if (key in this.metadata) throw new Error(`Metadata cannot contain key ${key} as it is reserved for internal use. Restricted keys: [${forbiddenKeys.join(", ")}]`);
    const contentHash = this._hashStringToUUID(this.pageContent);
    try {
      const metadataHash = this._hashNestedDictToUUID(this.metadata);
      this.contentHash = contentHash;
      this.metadataHash = metadataHash;
    } catch (e) {
      throw new Error(`Failed to hash metadata: ${e}. Please use a dict that can be serialized using json.`);
    }
    this.hash_ = this._hashStringToUUID(this.contentHash + this.metadataHash);
    if (!this.uid) this.uid = this.hash_;
  }
  toDocument() {
    return new Document({
      pageContent: this.pageContent,
      metadata: this.metadata
    });
  }
  static fromDocument(document, uid) {
    const doc = new this({
      pageContent: document.pageContent,
      metadata: document.metadata,
      uid: uid || document.uid
    });
    doc.calculateHashes();
    return doc;
  }
  _hashStringToUUID(inputString) {
    const hash_value = this.keyEncoder(inputString);
    return v5(hash_value, UUIDV5_NAMESPACE);
  }
  _hashNestedDictToUUID(data) {
    const serialized_data = JSON.stringify(data, Object.keys(data).sort());
    const hash_value = this.keyEncoder(serialized_data);
    return v5(hash_value, UUIDV5_NAMESPACE);
  }
};
function _batch(size, iterable) {
  const batches = [];
  let currentBatch = [];
  iterable.forEach((item) => {
    currentBatch.push(item);
    if (currentBatch.length >= size) {
      batches.push(currentBatch);
      currentBatch = [];
    }
  });
  if (currentBatch.length > 0) batches.push(currentBatch);
  return batches;
}
function _deduplicateInOrder(hashedDocuments) {
  const seen = /* @__PURE__ */ new Set();
  const deduplicated = [];
  for (const hashedDoc of hashedDocuments) {
    if (!hashedDoc.hash_) throw new Error("Hashed document does not have a hash");
    if (!seen.has(hashedDoc.hash_)) {
      seen.add(hashedDoc.hash_);
      deduplicated.push(hashedDoc);
    }
  }
  return deduplicated;
}
function _getSourceIdAssigner(sourceIdKey) {
  if (sourceIdKey === null) return (_doc) => null;
  else if (typeof sourceIdKey === "string") return (doc) => doc.metadata[sourceIdKey];
  else if (typeof sourceIdKey === "function") return sourceIdKey;
  else throw new Error(`sourceIdKey should be null, a string or a function, got ${typeof sourceIdKey}`);
}
var _isBaseDocumentLoader = (arg) => {
  if ("load" in arg && typeof arg.load === "function" && "loadAndSplit" in arg && typeof arg.loadAndSplit === "function") return true;
  return false;
};
async function index(args) {
  const { docsSource, recordManager, vectorStore, options } = args;
  const { batchSize = 100, cleanup, sourceIdKey, cleanupBatchSize = 1e3, forceUpdate = false } = options ?? {};
  if (cleanup === "incremental" && !sourceIdKey) throw new Error("sourceIdKey is required when cleanup mode is incremental. Please provide through 'options.sourceIdKey'.");
  const docs = _isBaseDocumentLoader(docsSource) ? await docsSource.load() : docsSource;
  const sourceIdAssigner = _getSourceIdAssigner(sourceIdKey ?? null);
  const indexStartDt = await recordManager.getTime();
  let numAdded = 0;
  let numDeleted = 0;
  let numUpdated = 0;
  let numSkipped = 0;
  const batches = _batch(batchSize ?? 100, docs);
  for (const batch of batches) {
    const hashedDocs = _deduplicateInOrder(batch.map((doc) => _HashedDocument.fromDocument(doc)));
    const sourceIds = hashedDocs.map((doc) => sourceIdAssigner(doc));
    if (cleanup === "incremental") hashedDocs.forEach((_hashedDoc, index2) => {
      if (sourceIds[index2] === null) throw new Error("sourceIdKey must be provided when cleanup is incremental");
    });
    const batchExists = await recordManager.exists(hashedDocs.map((doc) => doc.uid));
    const uids = [];
    const docsToIndex = [];
    const docsToUpdate = [];
    const seenDocs = /* @__PURE__ */ new Set();
    hashedDocs.forEach((hashedDoc, i) => {
      if (batchExists[i]) {
        if (forceUpdate) seenDocs.add(hashedDoc.uid);
        else {
          docsToUpdate.push(hashedDoc.uid);
          return;
        }
      }
      uids.push(hashedDoc.uid);
      docsToIndex.push(hashedDoc.toDocument());
    });
    if (docsToUpdate.length > 0) {
      await recordManager.update(docsToUpdate, { timeAtLeast: indexStartDt });
      numSkipped += docsToUpdate.length;
    }
    if (docsToIndex.length > 0) {
      await vectorStore.addDocuments(docsToIndex, { ids: uids });
      numAdded += docsToIndex.length - seenDocs.size;
      numUpdated += seenDocs.size;
    }
    await recordManager.update(hashedDocs.map((doc) => doc.uid), {
      timeAtLeast: indexStartDt,
      groupIds: sourceIds
    });
    if (cleanup === "incremental") {
      sourceIds.forEach((sourceId) => {
        if (!sourceId) throw new Error("Source id cannot be null");
      });
      const uidsToDelete = await recordManager.listKeys({
        before: indexStartDt,
        groupIds: sourceIds
      });
      if (uidsToDelete.length > 0) {
        await vectorStore.delete({ ids: uidsToDelete });
        await recordManager.deleteKeys(uidsToDelete);
        numDeleted += uidsToDelete.length;
      }
    }
  }
  if (cleanup === "full") {
    let uidsToDelete = await recordManager.listKeys({
      before: indexStartDt,
      limit: cleanupBatchSize
    });
    while (uidsToDelete.length > 0) {
      await vectorStore.delete({ ids: uidsToDelete });
      await recordManager.deleteKeys(uidsToDelete);
      numDeleted += uidsToDelete.length;
      uidsToDelete = await recordManager.listKeys({
        before: indexStartDt,
        limit: cleanupBatchSize
      });
    }
  }
  return {
    numAdded,
    numDeleted,
    numUpdated,
    numSkipped
  };
}

// node_modules/@langchain/core/dist/indexing/index.js
var indexing_exports = /* @__PURE__ */ __exportAll({
  RecordManager: () => RecordManager,
  UUIDV5_NAMESPACE: () => UUIDV5_NAMESPACE,
  _HashedDocument: () => _HashedDocument,
  _batch: () => _batch,
  _deduplicateInOrder: () => _deduplicateInOrder,
  _getSourceIdAssigner: () => _getSourceIdAssigner,
  _isBaseDocumentLoader: () => _isBaseDocumentLoader,
  index: () => index
});

// node_modules/@langchain/core/dist/language_models/event.js
var event_exports = /* @__PURE__ */ __exportAll({});

// node_modules/@langchain/core/dist/language_models/profile.js
var profile_exports = /* @__PURE__ */ __exportAll({});

// node_modules/@langchain/core/dist/memory.js
var memory_exports = /* @__PURE__ */ __exportAll({
  BaseMemory: () => BaseMemory,
  getInputValue: () => getInputValue,
  getOutputValue: () => getOutputValue,
  getPromptInputKey: () => getPromptInputKey
});
var BaseMemory = class {
};
var getValue = (values, key) => {
  if (key !== void 0) return values[key];
  const keys = Object.keys(values);
  if (keys.length === 1) return values[keys[0]];
};
var getInputValue = (inputValues, inputKey) => {
  const value = getValue(inputValues, inputKey);
  if (!value) {
    const keys = Object.keys(inputValues);
    throw new Error(`input values have ${keys.length} keys, you must specify an input key or pass only 1 key as input`);
  }
  return value;
};
var getOutputValue = (outputValues, outputKey) => {
  const value = getValue(outputValues, outputKey);
  if (!value && value !== "") {
    const keys = Object.keys(outputValues);
    throw new Error(`output values have ${keys.length} keys, you must specify an output key or pass only 1 key as output`);
  }
  return value;
};
function getPromptInputKey(inputs, memoryVariables) {
  const promptInputKeys = Object.keys(inputs).filter((key) => !memoryVariables.includes(key) && key !== "stop");
  if (promptInputKeys.length !== 1) throw new Error(`One input key expected, but got ${promptInputKeys.length}`);
  return promptInputKeys[0];
}

// node_modules/@langchain/core/dist/output_parsers/openai_functions/json_output_functions_parsers.js
var OutputFunctionsParser = class extends BaseLLMOutputParser {
  static lc_name() {
    return "OutputFunctionsParser";
  }
  lc_namespace = [
    "langchain",
    "output_parsers",
    "openai_functions"
  ];
  lc_serializable = true;
  argsOnly = true;
  constructor(config) {
    super();
    this.argsOnly = config?.argsOnly ?? this.argsOnly;
  }
  /**
  * Parses the output and returns a string representation of the function
  * call or its arguments.
  * @param generations The output of the LLM to parse.
  * @returns A string representation of the function call or its arguments.
  */
  async parseResult(generations) {
    if ("message" in generations[0]) {
      const functionCall = generations[0].message.additional_kwargs.function_call;
      if (!functionCall) throw new Error(`No function_call in message ${JSON.stringify(generations)}`);
      if (!functionCall.arguments) throw new Error(`No arguments in function_call ${JSON.stringify(generations)}`);
      if (this.argsOnly) return functionCall.arguments;
      return JSON.stringify(functionCall);
    } else throw new Error(`No message in generations ${JSON.stringify(generations)}`);
  }
};
var JsonOutputFunctionsParser = class extends BaseCumulativeTransformOutputParser {
  static lc_name() {
    return "JsonOutputFunctionsParser";
  }
  lc_namespace = [
    "langchain",
    "output_parsers",
    "openai_functions"
  ];
  lc_serializable = true;
  outputParser;
  argsOnly = true;
  constructor(config) {
    super(config);
    this.argsOnly = config?.argsOnly ?? this.argsOnly;
    this.outputParser = new OutputFunctionsParser(config);
  }
  _diff(prev, next) {
    if (!next) return;
    return compare(prev ?? {}, next);
  }
  async parsePartialResult(generations) {
    const generation = generations[0];
    if (!generation.message) return;
    const { message } = generation;
    const functionCall = message.additional_kwargs.function_call;
    if (!functionCall) return;
    if (this.argsOnly) return parsePartialJson(functionCall.arguments);
    return {
      ...functionCall,
      arguments: parsePartialJson(functionCall.arguments)
    };
  }
  /**
  * Parses the output and returns a JSON object. If `argsOnly` is true,
  * only the arguments of the function call are returned.
  * @param generations The output of the LLM to parse.
  * @returns A JSON object representation of the function call or its arguments.
  */
  async parseResult(generations) {
    const result = await this.outputParser.parseResult(generations);
    if (!result) throw new Error(`No result from "OutputFunctionsParser" ${JSON.stringify(generations)}`);
    return this.parse(result);
  }
  async parse(text) {
    const parsedResult = JSON.parse(text);
    if (this.argsOnly) return parsedResult;
    parsedResult.arguments = JSON.parse(parsedResult.arguments);
    return parsedResult;
  }
  getFormatInstructions() {
    return "";
  }
};
var JsonKeyOutputFunctionsParser = class extends BaseLLMOutputParser {
  static lc_name() {
    return "JsonKeyOutputFunctionsParser";
  }
  lc_namespace = [
    "langchain",
    "output_parsers",
    "openai_functions"
  ];
  lc_serializable = true;
  outputParser = new JsonOutputFunctionsParser();
  attrName;
  get lc_aliases() {
    return { attrName: "key_name" };
  }
  constructor(fields) {
    super(fields);
    this.attrName = fields.attrName;
  }
  /**
  * Parses the output and returns a specific attribute of the parsed JSON
  * object.
  * @param generations The output of the LLM to parse.
  * @returns The value of a specific attribute of the parsed JSON object.
  */
  async parseResult(generations) {
    return (await this.outputParser.parseResult(generations))[this.attrName];
  }
};

// node_modules/@langchain/core/dist/output_parsers/openai_functions/index.js
var openai_functions_exports = /* @__PURE__ */ __exportAll({
  JsonKeyOutputFunctionsParser: () => JsonKeyOutputFunctionsParser,
  JsonOutputFunctionsParser: () => JsonOutputFunctionsParser,
  OutputFunctionsParser: () => OutputFunctionsParser
});

// node_modules/@langchain/core/dist/prompts/base.js
var BasePromptTemplate = class extends Runnable {
  lc_serializable = true;
  lc_namespace = [
    "langchain_core",
    "prompts",
    this._getPromptType()
  ];
  get lc_attributes() {
    return { partialVariables: void 0 };
  }
  inputVariables;
  outputParser;
  partialVariables;
  /**
  * Metadata to be used for tracing.
  */
  metadata;
  /** Tags to be used for tracing. */
  tags;
  constructor(input) {
    super(input);
    const { inputVariables } = input;
    if (inputVariables.includes("stop")) throw new Error("Cannot have an input variable named 'stop', as it is used internally, please rename.");
    Object.assign(this, input);
  }
  /**
  * Merges partial variables and user variables.
  * @param userVariables The user variables to merge with the partial variables.
  * @returns A Promise that resolves to an object containing the merged variables.
  */
  async mergePartialAndUserVariables(userVariables) {
    const partialVariables = this.partialVariables ?? {};
    const partialValues = {};
    for (const [key, value] of Object.entries(partialVariables)) if (typeof value === "string") partialValues[key] = value;
    else partialValues[key] = await value();
    return {
      ...partialValues,
      ...userVariables
    };
  }
  /**
  * Invokes the prompt template with the given input and options.
  * @param input The input to invoke the prompt template with.
  * @param options Optional configuration for the callback.
  * @returns A Promise that resolves to the output of the prompt template.
  */
  async invoke(input, options) {
    const metadata = {
      ...this.metadata,
      ...options?.metadata
    };
    const tags = [...this.tags ?? [], ...options?.tags ?? []];
    return this._callWithConfig((input2) => this.formatPromptValue(input2), input, {
      ...options,
      tags,
      metadata,
      runType: "prompt"
    });
  }
};

// node_modules/@langchain/core/dist/prompts/string.js
var BaseStringPromptTemplate = class extends BasePromptTemplate {
  /**
  * Formats the prompt given the input values and returns a formatted
  * prompt value.
  * @param values The input values to format the prompt.
  * @returns A Promise that resolves to a formatted prompt value.
  */
  async formatPromptValue(values) {
    const formattedPrompt = await this.format(values);
    return new StringPromptValue(formattedPrompt);
  }
};

// node_modules/@langchain/core/dist/prompts/utils.js
function createPromptTemplateDepthError() {
  return addLangChainErrorFields(/* @__PURE__ */ new Error(`Prompt template nesting exceeds maximum depth (256).`), "INVALID_PROMPT_INPUT");
}

// node_modules/mustache/mustache.mjs
var objectToString = Object.prototype.toString;
var isArray = Array.isArray || function isArrayPolyfill(object2) {
  return objectToString.call(object2) === "[object Array]";
};
function isFunction(object2) {
  return typeof object2 === "function";
}
function typeStr(obj) {
  return isArray(obj) ? "array" : typeof obj;
}
function escapeRegExp(string2) {
  return string2.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g, "\\$&");
}
function hasProperty(obj, propName) {
  return obj != null && typeof obj === "object" && propName in obj;
}
function primitiveHasOwnProperty(primitive, propName) {
  return primitive != null && typeof primitive !== "object" && primitive.hasOwnProperty && primitive.hasOwnProperty(propName);
}
var regExpTest = RegExp.prototype.test;
function testRegExp(re, string2) {
  return regExpTest.call(re, string2);
}
var nonSpaceRe = /\S/;
function isWhitespace(string2) {
  return !testRegExp(nonSpaceRe, string2);
}
var entityMap = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "/": "&#x2F;",
  "`": "&#x60;",
  "=": "&#x3D;"
};
function escapeHtml(string2) {
  return String(string2).replace(/[&<>"'`=\/]/g, function fromEntityMap(s) {
    return entityMap[s];
  });
}
var whiteRe = /\s*/;
var spaceRe = /\s+/;
var equalsRe = /\s*=/;
var curlyRe = /\s*\}/;
var tagRe = /#|\^|\/|>|\{|&|=|!/;
function parseTemplate(template, tags) {
  if (!template)
    return [];
  var lineHasNonSpace = false;
  var sections = [];
  var tokens = [];
  var spaces = [];
  var hasTag = false;
  var nonSpace = false;
  var indentation = "";
  var tagIndex = 0;
  function stripSpace() {
    if (hasTag && !nonSpace) {
      while (spaces.length)
        delete tokens[spaces.pop()];
    } else {
      spaces = [];
    }
    hasTag = false;
    nonSpace = false;
  }
  var openingTagRe, closingTagRe, closingCurlyRe;
  function compileTags(tagsToCompile) {
    if (typeof tagsToCompile === "string")
      tagsToCompile = tagsToCompile.split(spaceRe, 2);
    if (!isArray(tagsToCompile) || tagsToCompile.length !== 2)
      throw new Error("Invalid tags: " + tagsToCompile);
    openingTagRe = new RegExp(escapeRegExp(tagsToCompile[0]) + "\\s*");
    closingTagRe = new RegExp("\\s*" + escapeRegExp(tagsToCompile[1]));
    closingCurlyRe = new RegExp("\\s*" + escapeRegExp("}" + tagsToCompile[1]));
  }
  compileTags(tags || mustache.tags);
  var scanner = new Scanner(template);
  var start, type, value, chr, token, openSection;
  while (!scanner.eos()) {
    start = scanner.pos;
    value = scanner.scanUntil(openingTagRe);
    if (value) {
      for (var i = 0, valueLength = value.length; i < valueLength; ++i) {
        chr = value.charAt(i);
        if (isWhitespace(chr)) {
          spaces.push(tokens.length);
          indentation += chr;
        } else {
          nonSpace = true;
          lineHasNonSpace = true;
          indentation += " ";
        }
        tokens.push(["text", chr, start, start + 1]);
        start += 1;
        if (chr === "\n") {
          stripSpace();
          indentation = "";
          tagIndex = 0;
          lineHasNonSpace = false;
        }
      }
    }
    if (!scanner.scan(openingTagRe))
      break;
    hasTag = true;
    type = scanner.scan(tagRe) || "name";
    scanner.scan(whiteRe);
    if (type === "=") {
      value = scanner.scanUntil(equalsRe);
      scanner.scan(equalsRe);
      scanner.scanUntil(closingTagRe);
    } else if (type === "{") {
      value = scanner.scanUntil(closingCurlyRe);
      scanner.scan(curlyRe);
      scanner.scanUntil(closingTagRe);
      type = "&";
    } else {
      value = scanner.scanUntil(closingTagRe);
    }
    if (!scanner.scan(closingTagRe))
      throw new Error("Unclosed tag at " + scanner.pos);
    if (type == ">") {
      token = [type, value, start, scanner.pos, indentation, tagIndex, lineHasNonSpace];
    } else {
      token = [type, value, start, scanner.pos];
    }
    tagIndex++;
    tokens.push(token);
    if (type === "#" || type === "^") {
      sections.push(token);
    } else if (type === "/") {
      openSection = sections.pop();
      if (!openSection)
        throw new Error('Unopened section "' + value + '" at ' + start);
      if (openSection[1] !== value)
        throw new Error('Unclosed section "' + openSection[1] + '" at ' + start);
    } else if (type === "name" || type === "{" || type === "&") {
      nonSpace = true;
    } else if (type === "=") {
      compileTags(value);
    }
  }
  stripSpace();
  openSection = sections.pop();
  if (openSection)
    throw new Error('Unclosed section "' + openSection[1] + '" at ' + scanner.pos);
  return nestTokens(squashTokens(tokens));
}
function squashTokens(tokens) {
  var squashedTokens = [];
  var token, lastToken;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    token = tokens[i];
    if (token) {
      if (token[0] === "text" && lastToken && lastToken[0] === "text") {
        lastToken[1] += token[1];
        lastToken[3] = token[3];
      } else {
        squashedTokens.push(token);
        lastToken = token;
      }
    }
  }
  return squashedTokens;
}
function nestTokens(tokens) {
  var nestedTokens = [];
  var collector = nestedTokens;
  var sections = [];
  var token, section;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    token = tokens[i];
    switch (token[0]) {
      case "#":
      case "^":
        collector.push(token);
        sections.push(token);
        collector = token[4] = [];
        break;
      case "/":
        section = sections.pop();
        section[5] = token[2];
        collector = sections.length > 0 ? sections[sections.length - 1][4] : nestedTokens;
        break;
      default:
        collector.push(token);
    }
  }
  return nestedTokens;
}
function Scanner(string2) {
  this.string = string2;
  this.tail = string2;
  this.pos = 0;
}
Scanner.prototype.eos = function eos() {
  return this.tail === "";
};
Scanner.prototype.scan = function scan(re) {
  var match = this.tail.match(re);
  if (!match || match.index !== 0)
    return "";
  var string2 = match[0];
  this.tail = this.tail.substring(string2.length);
  this.pos += string2.length;
  return string2;
};
Scanner.prototype.scanUntil = function scanUntil(re) {
  var index2 = this.tail.search(re), match;
  switch (index2) {
    case -1:
      match = this.tail;
      this.tail = "";
      break;
    case 0:
      match = "";
      break;
    default:
      match = this.tail.substring(0, index2);
      this.tail = this.tail.substring(index2);
  }
  this.pos += match.length;
  return match;
};
function Context(view, parentContext) {
  this.view = view;
  this.cache = { ".": this.view };
  this.parent = parentContext;
}
Context.prototype.push = function push(view) {
  return new Context(view, this);
};
Context.prototype.lookup = function lookup(name) {
  var cache = this.cache;
  var value;
  if (cache.hasOwnProperty(name)) {
    value = cache[name];
  } else {
    var context2 = this, intermediateValue, names, index2, lookupHit = false;
    while (context2) {
      if (name.indexOf(".") > 0) {
        intermediateValue = context2.view;
        names = name.split(".");
        index2 = 0;
        while (intermediateValue != null && index2 < names.length) {
          if (index2 === names.length - 1)
            lookupHit = hasProperty(intermediateValue, names[index2]) || primitiveHasOwnProperty(intermediateValue, names[index2]);
          intermediateValue = intermediateValue[names[index2++]];
        }
      } else {
        intermediateValue = context2.view[name];
        lookupHit = hasProperty(context2.view, name);
      }
      if (lookupHit) {
        value = intermediateValue;
        break;
      }
      context2 = context2.parent;
    }
    cache[name] = value;
  }
  if (isFunction(value))
    value = value.call(this.view);
  return value;
};
function Writer() {
  this.templateCache = {
    _cache: {},
    set: function set(key, value) {
      this._cache[key] = value;
    },
    get: function get(key) {
      return this._cache[key];
    },
    clear: function clear() {
      this._cache = {};
    }
  };
}
Writer.prototype.clearCache = function clearCache() {
  if (typeof this.templateCache !== "undefined") {
    this.templateCache.clear();
  }
};
Writer.prototype.parse = function parse(template, tags) {
  var cache = this.templateCache;
  var cacheKey = template + ":" + (tags || mustache.tags).join(":");
  var isCacheEnabled = typeof cache !== "undefined";
  var tokens = isCacheEnabled ? cache.get(cacheKey) : void 0;
  if (tokens == void 0) {
    tokens = parseTemplate(template, tags);
    isCacheEnabled && cache.set(cacheKey, tokens);
  }
  return tokens;
};
Writer.prototype.render = function render(template, view, partials, config) {
  var tags = this.getConfigTags(config);
  var tokens = this.parse(template, tags);
  var context2 = view instanceof Context ? view : new Context(view, void 0);
  return this.renderTokens(tokens, context2, partials, template, config);
};
Writer.prototype.renderTokens = function renderTokens(tokens, context2, partials, originalTemplate, config) {
  var buffer = "";
  var token, symbol, value;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    value = void 0;
    token = tokens[i];
    symbol = token[0];
    if (symbol === "#") value = this.renderSection(token, context2, partials, originalTemplate, config);
    else if (symbol === "^") value = this.renderInverted(token, context2, partials, originalTemplate, config);
    else if (symbol === ">") value = this.renderPartial(token, context2, partials, config);
    else if (symbol === "&") value = this.unescapedValue(token, context2);
    else if (symbol === "name") value = this.escapedValue(token, context2, config);
    else if (symbol === "text") value = this.rawValue(token);
    if (value !== void 0)
      buffer += value;
  }
  return buffer;
};
Writer.prototype.renderSection = function renderSection(token, context2, partials, originalTemplate, config) {
  var self = this;
  var buffer = "";
  var value = context2.lookup(token[1]);
  function subRender(template) {
    return self.render(template, context2, partials, config);
  }
  if (!value) return;
  if (isArray(value)) {
    for (var j = 0, valueLength = value.length; j < valueLength; ++j) {
      buffer += this.renderTokens(token[4], context2.push(value[j]), partials, originalTemplate, config);
    }
  } else if (typeof value === "object" || typeof value === "string" || typeof value === "number") {
    buffer += this.renderTokens(token[4], context2.push(value), partials, originalTemplate, config);
  } else if (isFunction(value)) {
    if (typeof originalTemplate !== "string")
      throw new Error("Cannot use higher-order sections without the original template");
    value = value.call(context2.view, originalTemplate.slice(token[3], token[5]), subRender);
    if (value != null)
      buffer += value;
  } else {
    buffer += this.renderTokens(token[4], context2, partials, originalTemplate, config);
  }
  return buffer;
};
Writer.prototype.renderInverted = function renderInverted(token, context2, partials, originalTemplate, config) {
  var value = context2.lookup(token[1]);
  if (!value || isArray(value) && value.length === 0)
    return this.renderTokens(token[4], context2, partials, originalTemplate, config);
};
Writer.prototype.indentPartial = function indentPartial(partial, indentation, lineHasNonSpace) {
  var filteredIndentation = indentation.replace(/[^ \t]/g, "");
  var partialByNl = partial.split("\n");
  for (var i = 0; i < partialByNl.length; i++) {
    if (partialByNl[i].length && (i > 0 || !lineHasNonSpace)) {
      partialByNl[i] = filteredIndentation + partialByNl[i];
    }
  }
  return partialByNl.join("\n");
};
Writer.prototype.renderPartial = function renderPartial(token, context2, partials, config) {
  if (!partials) return;
  var tags = this.getConfigTags(config);
  var value = isFunction(partials) ? partials(token[1]) : partials[token[1]];
  if (value != null) {
    var lineHasNonSpace = token[6];
    var tagIndex = token[5];
    var indentation = token[4];
    var indentedValue = value;
    if (tagIndex == 0 && indentation) {
      indentedValue = this.indentPartial(value, indentation, lineHasNonSpace);
    }
    var tokens = this.parse(indentedValue, tags);
    return this.renderTokens(tokens, context2, partials, indentedValue, config);
  }
};
Writer.prototype.unescapedValue = function unescapedValue(token, context2) {
  var value = context2.lookup(token[1]);
  if (value != null)
    return value;
};
Writer.prototype.escapedValue = function escapedValue(token, context2, config) {
  var escape = this.getConfigEscape(config) || mustache.escape;
  var value = context2.lookup(token[1]);
  if (value != null)
    return typeof value === "number" && escape === mustache.escape ? String(value) : escape(value);
};
Writer.prototype.rawValue = function rawValue(token) {
  return token[1];
};
Writer.prototype.getConfigTags = function getConfigTags(config) {
  if (isArray(config)) {
    return config;
  } else if (config && typeof config === "object") {
    return config.tags;
  } else {
    return void 0;
  }
};
Writer.prototype.getConfigEscape = function getConfigEscape(config) {
  if (config && typeof config === "object" && !isArray(config)) {
    return config.escape;
  } else {
    return void 0;
  }
};
var mustache = {
  name: "mustache.js",
  version: "4.2.0",
  tags: ["{{", "}}"],
  clearCache: void 0,
  escape: void 0,
  parse: void 0,
  render: void 0,
  Scanner: void 0,
  Context: void 0,
  Writer: void 0,
  /**
   * Allows a user to override the default caching strategy, by providing an
   * object with set, get and clear methods. This can also be used to disable
   * the cache by setting it to the literal `undefined`.
   */
  set templateCache(cache) {
    defaultWriter.templateCache = cache;
  },
  /**
   * Gets the default or overridden caching object from the default writer.
   */
  get templateCache() {
    return defaultWriter.templateCache;
  }
};
var defaultWriter = new Writer();
mustache.clearCache = function clearCache2() {
  return defaultWriter.clearCache();
};
mustache.parse = function parse2(template, tags) {
  return defaultWriter.parse(template, tags);
};
mustache.render = function render2(template, view, partials, config) {
  if (typeof template !== "string") {
    throw new TypeError('Invalid template! Template should be a "string" but "' + typeStr(template) + '" was given as the first argument for mustache#render(template, view, partials)');
  }
  return defaultWriter.render(template, view, partials, config);
};
mustache.escape = escapeHtml;
mustache.Scanner = Scanner;
mustache.Context = Context;
mustache.Writer = Writer;
var mustache_default = mustache;

// node_modules/@langchain/core/dist/prompts/template.js
var MUSTACHE_RENDER_OPTIONS = { escape: (text) => text };
var parseFString = (template) => {
  const chars = template.split("");
  const nodes = [];
  const nextBracket = (bracket, start) => {
    for (let i2 = start; i2 < chars.length; i2 += 1) if (bracket.includes(chars[i2])) return i2;
    return -1;
  };
  let i = 0;
  while (i < chars.length) if (chars[i] === "{" && i + 1 < chars.length && chars[i + 1] === "{") {
    nodes.push({
      type: "literal",
      text: "{"
    });
    i += 2;
  } else if (chars[i] === "}" && i + 1 < chars.length && chars[i + 1] === "}") {
    nodes.push({
      type: "literal",
      text: "}"
    });
    i += 2;
  } else if (chars[i] === "{") {
    const j = nextBracket("}", i);
    if (j < 0) throw new Error("Unclosed '{' in template.");
    nodes.push({
      type: "variable",
      name: chars.slice(i + 1, j).join("")
    });
    i = j + 1;
  } else if (chars[i] === "}") throw new Error("Single '}' in template.");
  else {
    const next = nextBracket("{}", i);
    const text = (next < 0 ? chars.slice(i) : chars.slice(i, next)).join("");
    nodes.push({
      type: "literal",
      text
    });
    i = next < 0 ? chars.length : next;
  }
  return nodes;
};
var mustacheTemplateToNodes = (template, context2 = [], depth = 0) => {
  if (depth >= 256) throw createPromptTemplateDepthError();
  const nodes = [];
  for (const temp of template) if (temp[0] === "name") {
    const name = temp[1].includes(".") ? temp[1].split(".")[0] : temp[1];
    nodes.push({
      type: "variable",
      name
    });
  } else if ([
    "#",
    "&",
    "^",
    ">"
  ].includes(temp[0])) {
    nodes.push({
      type: "variable",
      name: temp[1]
    });
    if (temp[0] === "#" && temp.length > 4 && Array.isArray(temp[4])) {
      const newContext = [...context2, temp[1]];
      const nestedNodes = mustacheTemplateToNodes(temp[4], newContext, depth + 1);
      nodes.push(...nestedNodes);
    }
  } else nodes.push({
    type: "literal",
    text: temp[1]
  });
  return nodes;
};
var parseMustache = (template) => {
  const parsed = mustache_default.parse(template);
  return mustacheTemplateToNodes(parsed);
};
var interpolateFString = (template, values) => {
  return parseFString(template).reduce((res, node) => {
    if (node.type === "variable") {
      if (node.name in values) return res + (typeof values[node.name] === "string" ? values[node.name] : JSON.stringify(values[node.name]));
      throw new Error(`(f-string) Missing value for input ${node.name}`);
    }
    return res + node.text;
  }, "");
};
var interpolateMustache = (template, values) => {
  return mustache_default.render(template, values, void 0, MUSTACHE_RENDER_OPTIONS);
};
var DEFAULT_FORMATTER_MAPPING = {
  "f-string": interpolateFString,
  mustache: interpolateMustache
};
var DEFAULT_PARSER_MAPPING = {
  "f-string": parseFString,
  mustache: parseMustache
};
var renderTemplate = (template, templateFormat, inputValues) => {
  try {
    return DEFAULT_FORMATTER_MAPPING[templateFormat](template, inputValues);
  } catch (e) {
    throw addLangChainErrorFields(e, "INVALID_PROMPT_INPUT");
  }
};
var parseTemplate2 = (template, templateFormat) => DEFAULT_PARSER_MAPPING[templateFormat](template);
var checkValidTemplate = (template, templateFormat, inputVariables) => {
  if (!(templateFormat in DEFAULT_FORMATTER_MAPPING)) {
    const validFormats = Object.keys(DEFAULT_FORMATTER_MAPPING);
    throw new Error(`Invalid template format. Got \`${templateFormat}\`;
                         should be one of ${validFormats}`);
  }
  try {
    const dummyInputs = Object.fromEntries(inputVariables.map((v) => [v, "foo"]));
    if (Array.isArray(template)) template.forEach((message) => {
      if (message.type === "text" && "text" in message && typeof message.text === "string") renderTemplate(message.text, templateFormat, dummyInputs);
      else if (message.type === "image_url") {
        if (typeof message.image_url === "string") renderTemplate(message.image_url, templateFormat, dummyInputs);
        else if (typeof message.image_url === "object" && message.image_url !== null && "url" in message.image_url && typeof message.image_url.url === "string") {
          const imageUrl = message.image_url.url;
          renderTemplate(imageUrl, templateFormat, dummyInputs);
        }
      } else throw new Error(`Invalid message template received. ${JSON.stringify(message, null, 2)}`);
    });
    else renderTemplate(template, templateFormat, dummyInputs);
  } catch (e) {
    throw new Error(`Invalid prompt schema: ${e.message}`);
  }
};

// node_modules/@langchain/core/dist/prompts/prompt.js
var PromptTemplate = class PromptTemplate2 extends BaseStringPromptTemplate {
  static lc_name() {
    return "PromptTemplate";
  }
  template;
  templateFormat = "f-string";
  validateTemplate = true;
  /**
  * Additional fields which should be included inside
  * the message content array if using a complex message
  * content.
  */
  additionalContentFields;
  constructor(input) {
    super(input);
    if (input.templateFormat === "mustache" && input.validateTemplate === void 0) this.validateTemplate = false;
    Object.assign(this, input);
    if (this.validateTemplate) {
      if (this.templateFormat === "mustache") throw new Error("Mustache templates cannot be validated.");
      let totalInputVariables = this.inputVariables;
      if (this.partialVariables) totalInputVariables = totalInputVariables.concat(Object.keys(this.partialVariables));
      checkValidTemplate(this.template, this.templateFormat, totalInputVariables);
    }
  }
  _getPromptType() {
    return "prompt";
  }
  /**
  * Formats the prompt template with the provided values.
  * @param values The values to be used to format the prompt template.
  * @returns A promise that resolves to a string which is the formatted prompt.
  */
  async format(values) {
    const allValues = await this.mergePartialAndUserVariables(values);
    return renderTemplate(this.template, this.templateFormat, allValues);
  }
  /**
  * Take examples in list format with prefix and suffix to create a prompt.
  *
  * Intended to be used as a way to dynamically create a prompt from examples.
  *
  * @param examples - List of examples to use in the prompt.
  * @param suffix - String to go after the list of examples. Should generally set up the user's input.
  * @param inputVariables - A list of variable names the final prompt template will expect
  * @param exampleSeparator - The separator to use in between examples
  * @param prefix - String that should go before any examples. Generally includes examples.
  *
  * @returns The final prompt template generated.
  */
  static fromExamples(examples, suffix, inputVariables, exampleSeparator = "\n\n", prefix = "") {
    const template = [
      prefix,
      ...examples,
      suffix
    ].join(exampleSeparator);
    return new PromptTemplate2({
      inputVariables,
      template
    });
  }
  static fromTemplate(template, options) {
    const { templateFormat = "f-string", ...rest } = options ?? {};
    const names = /* @__PURE__ */ new Set();
    parseTemplate2(template, templateFormat).forEach((node) => {
      if (node.type === "variable") names.add(node.name);
    });
    return new PromptTemplate2({
      inputVariables: [...names],
      templateFormat,
      template,
      ...rest
    });
  }
  /**
  * Partially applies values to the prompt template.
  * @param values The values to be partially applied to the prompt template.
  * @returns A new instance of PromptTemplate with the partially applied values.
  */
  async partial(values) {
    const newInputVariables = this.inputVariables.filter((iv) => !(iv in values));
    const newPartialVariables = {
      ...this.partialVariables ?? {},
      ...values
    };
    const promptDict = {
      ...this,
      inputVariables: newInputVariables,
      partialVariables: newPartialVariables
    };
    return new PromptTemplate2(promptDict);
  }
  serialize() {
    if (this.outputParser !== void 0) throw new Error("Cannot serialize a prompt template with an output parser");
    return {
      _type: this._getPromptType(),
      input_variables: this.inputVariables,
      template: this.template,
      template_format: this.templateFormat
    };
  }
  static async deserialize(data) {
    if (!data.template) throw new Error("Prompt template must have a template");
    return new PromptTemplate2({
      inputVariables: data.input_variables,
      template: data.template,
      templateFormat: data.template_format
    });
  }
};

// node_modules/@langchain/core/dist/prompts/image.js
var ImagePromptTemplate = class ImagePromptTemplate2 extends BasePromptTemplate {
  static lc_name() {
    return "ImagePromptTemplate";
  }
  lc_namespace = [
    "langchain_core",
    "prompts",
    "image"
  ];
  template;
  templateFormat = "f-string";
  validateTemplate = true;
  /**
  * Additional fields which should be included inside
  * the message content array if using a complex message
  * content.
  */
  additionalContentFields;
  constructor(input) {
    super(input);
    this.template = input.template;
    this.templateFormat = input.templateFormat ?? this.templateFormat;
    this.validateTemplate = input.validateTemplate ?? this.validateTemplate;
    this.additionalContentFields = input.additionalContentFields;
    if (this.validateTemplate) {
      let totalInputVariables = this.inputVariables;
      if (this.partialVariables) totalInputVariables = totalInputVariables.concat(Object.keys(this.partialVariables));
      checkValidTemplate([{
        type: "image_url",
        image_url: this.template
      }], this.templateFormat, totalInputVariables);
    }
  }
  _getPromptType() {
    return "prompt";
  }
  /**
  * Partially applies values to the prompt template.
  * @param values The values to be partially applied to the prompt template.
  * @returns A new instance of ImagePromptTemplate with the partially applied values.
  */
  async partial(values) {
    const newInputVariables = this.inputVariables.filter((iv) => !(iv in values));
    const newPartialVariables = {
      ...this.partialVariables ?? {},
      ...values
    };
    const promptDict = {
      ...this,
      inputVariables: newInputVariables,
      partialVariables: newPartialVariables
    };
    return new ImagePromptTemplate2(promptDict);
  }
  /**
  * Formats the prompt template with the provided values.
  * @param values The values to be used to format the prompt template.
  * @returns A promise that resolves to a string which is the formatted prompt.
  */
  async format(values) {
    const formatted = {};
    for (const [key, value] of Object.entries(this.template)) if (typeof value === "string") formatted[key] = renderTemplate(value, this.templateFormat, values);
    else formatted[key] = value;
    const url = values.url || formatted.url;
    const detail = values.detail || formatted.detail;
    if (!url) throw new Error("Must provide either an image URL.");
    if (typeof url !== "string") throw new Error("url must be a string.");
    const output = { url };
    if (detail) output.detail = detail;
    return output;
  }
  /**
  * Formats the prompt given the input values and returns a formatted
  * prompt value.
  * @param values The input values to format the prompt.
  * @returns A Promise that resolves to a formatted prompt value.
  */
  async formatPromptValue(values) {
    const formattedPrompt = await this.format(values);
    return new ImagePromptValue(formattedPrompt);
  }
};

// node_modules/@langchain/core/dist/prompts/dict.js
var DictPromptTemplate = class extends Runnable {
  lc_namespace = [
    "langchain_core",
    "prompts",
    "dict"
  ];
  lc_serializable = true;
  template;
  templateFormat;
  inputVariables;
  static lc_name() {
    return "DictPromptTemplate";
  }
  constructor(fields) {
    const templateFormat = fields.templateFormat ?? "f-string";
    const inputVariables = _getInputVariables(fields.template, templateFormat);
    super({
      inputVariables,
      ...fields
    });
    this.template = fields.template;
    this.templateFormat = templateFormat;
    this.inputVariables = inputVariables;
  }
  async format(values) {
    return _insertInputVariables(this.template, values, this.templateFormat);
  }
  async invoke(values) {
    return await this._callWithConfig(this.format.bind(this), values, { runType: "prompt" });
  }
};
function _getInputVariables(template, templateFormat, depth = 0) {
  if (depth >= 256) throw createPromptTemplateDepthError();
  const inputVariables = [];
  for (const v of Object.values(template)) if (typeof v === "string") parseTemplate2(v, templateFormat).forEach((t) => {
    if (t.type === "variable") inputVariables.push(t.name);
  });
  else if (Array.isArray(v)) {
    for (const x of v) if (typeof x === "string") parseTemplate2(x, templateFormat).forEach((t) => {
      if (t.type === "variable") inputVariables.push(t.name);
    });
    else if (typeof x === "object") inputVariables.push(..._getInputVariables(x, templateFormat, depth + 1));
  } else if (typeof v === "object" && v !== null) inputVariables.push(..._getInputVariables(v, templateFormat, depth + 1));
  return Array.from(new Set(inputVariables));
}
function _insertInputVariables(template, inputs, templateFormat, depth = 0) {
  if (depth >= 256) throw createPromptTemplateDepthError();
  const formatted = {};
  for (const [k, v] of Object.entries(template)) if (typeof v === "string") formatted[k] = renderTemplate(v, templateFormat, inputs);
  else if (Array.isArray(v)) {
    const formattedV = [];
    for (const x of v) if (typeof x === "string") formattedV.push(renderTemplate(x, templateFormat, inputs));
    else if (typeof x === "object") formattedV.push(_insertInputVariables(x, inputs, templateFormat, depth + 1));
    formatted[k] = formattedV;
  } else if (typeof v === "object" && v !== null) formatted[k] = _insertInputVariables(v, inputs, templateFormat, depth + 1);
  else formatted[k] = v;
  return formatted;
}

// node_modules/@langchain/core/dist/prompts/chat.js
var BaseMessagePromptTemplate = class extends Runnable {
  lc_namespace = [
    "langchain_core",
    "prompts",
    "chat"
  ];
  lc_serializable = true;
  /**
  * Calls the formatMessages method with the provided input and options.
  * @param input Input for the formatMessages method
  * @param options Optional BaseCallbackConfig
  * @returns Formatted output messages
  */
  async invoke(input, options) {
    return this._callWithConfig((input2) => this.formatMessages(input2), input, {
      ...options,
      runType: "prompt"
    });
  }
};
var MessagesPlaceholder = class extends BaseMessagePromptTemplate {
  static lc_name() {
    return "MessagesPlaceholder";
  }
  variableName;
  optional;
  constructor(fields) {
    if (typeof fields === "string") fields = { variableName: fields };
    super(fields);
    this.variableName = fields.variableName;
    this.optional = fields.optional ?? false;
  }
  get inputVariables() {
    return [this.variableName];
  }
  async formatMessages(values) {
    const input = values[this.variableName];
    if (this.optional && !input) return [];
    else if (!input) {
      const error = /* @__PURE__ */ new Error(`Field "${this.variableName}" in prompt uses a MessagesPlaceholder, which expects an array of BaseMessages as an input value. Received: undefined`);
      error.name = "InputFormatError";
      throw error;
    }
    let formattedMessages;
    try {
      if (Array.isArray(input)) formattedMessages = input.map(coerceMessageLikeToMessage);
      else formattedMessages = [coerceMessageLikeToMessage(input)];
    } catch (e) {
      const readableInput = typeof input === "string" ? input : JSON.stringify(input, null, 2);
      const error = new Error([
        `Field "${this.variableName}" in prompt uses a MessagesPlaceholder, which expects an array of BaseMessages or coerceable values as input.`,
        `Received value: ${readableInput}`,
        `Additional message: ${e.message}`
      ].join("\n\n"));
      error.name = "InputFormatError";
      error.lc_error_code = e.lc_error_code;
      throw error;
    }
    return formattedMessages;
  }
};
var BaseMessageStringPromptTemplate = class extends BaseMessagePromptTemplate {
  prompt;
  constructor(fields) {
    if (!("prompt" in fields)) fields = { prompt: fields };
    super(fields);
    this.prompt = fields.prompt;
  }
  get inputVariables() {
    return this.prompt.inputVariables;
  }
  async formatMessages(values) {
    return [await this.format(values)];
  }
};
var BaseChatPromptTemplate = class extends BasePromptTemplate {
  constructor(input) {
    super(input);
  }
  async format(values) {
    return (await this.formatPromptValue(values)).toString();
  }
  async formatPromptValue(values) {
    const resultMessages = await this.formatMessages(values);
    return new ChatPromptValue(resultMessages);
  }
};
var ChatMessagePromptTemplate = class extends BaseMessageStringPromptTemplate {
  static lc_name() {
    return "ChatMessagePromptTemplate";
  }
  role;
  constructor(fields, role) {
    if (!("prompt" in fields)) fields = {
      prompt: fields,
      role
    };
    super(fields);
    this.role = fields.role;
  }
  async format(values) {
    return new ChatMessage(await this.prompt.format(values), this.role);
  }
  static fromTemplate(template, role, options) {
    return new this(PromptTemplate.fromTemplate(template, { templateFormat: options?.templateFormat }), role);
  }
};
function isTextTemplateParam(param) {
  if (param === null || typeof param !== "object" || Array.isArray(param)) return false;
  return Object.keys(param).length === 1 && "text" in param && typeof param.text === "string";
}
function isImageTemplateParam(param) {
  if (param === null || typeof param !== "object" || Array.isArray(param)) return false;
  return "image_url" in param && (typeof param.image_url === "string" || typeof param.image_url === "object" && param.image_url !== null && "url" in param.image_url && typeof param.image_url.url === "string");
}
var _StringImageMessagePromptTemplate = class extends BaseMessagePromptTemplate {
  lc_namespace = [
    "langchain_core",
    "prompts",
    "chat"
  ];
  lc_serializable = true;
  inputVariables = [];
  additionalOptions = {};
  prompt;
  messageClass;
  static _messageClass() {
    throw new Error("Can not invoke _messageClass from inside _StringImageMessagePromptTemplate");
  }
  chatMessageClass;
  constructor(fields, additionalOptions) {
    if (!("prompt" in fields)) fields = { prompt: fields };
    super(fields);
    this.prompt = fields.prompt;
    if (Array.isArray(this.prompt)) {
      let inputVariables = [];
      this.prompt.forEach((prompt) => {
        if ("inputVariables" in prompt) inputVariables = inputVariables.concat(prompt.inputVariables);
      });
      this.inputVariables = inputVariables;
    } else this.inputVariables = this.prompt.inputVariables;
    this.additionalOptions = additionalOptions ?? this.additionalOptions;
  }
  createMessage(content) {
    const constructor = this.constructor;
    if (constructor._messageClass()) return new (constructor._messageClass())({ content });
    else if (constructor.chatMessageClass) {
      const MsgClass = constructor.chatMessageClass();
      return new MsgClass({
        content,
        role: this.getRoleFromMessageClass(MsgClass.lc_name())
      });
    } else throw new Error("No message class defined");
  }
  getRoleFromMessageClass(name) {
    switch (name) {
      case "HumanMessage":
        return "human";
      case "AIMessage":
        return "ai";
      case "SystemMessage":
        return "system";
      case "ChatMessage":
        return "chat";
      default:
        throw new Error("Invalid message class name");
    }
  }
  static fromTemplate(template, additionalOptions) {
    if (typeof template === "string") return new this(PromptTemplate.fromTemplate(template, additionalOptions));
    const prompt = [];
    for (const item of template) if (typeof item === "string") prompt.push(PromptTemplate.fromTemplate(item, additionalOptions));
    else if (item === null) {
    } else if (isTextTemplateParam(item)) {
      let text = "";
      if (typeof item.text === "string") text = item.text ?? "";
      const options = {
        ...additionalOptions,
        additionalContentFields: item
      };
      prompt.push(PromptTemplate.fromTemplate(text, options));
    } else if (isImageTemplateParam(item)) {
      let imgTemplate = item.image_url ?? "";
      let imgTemplateObject;
      let inputVariables = [];
      if (typeof imgTemplate === "string") {
        let parsedTemplate;
        if (additionalOptions?.templateFormat === "mustache") parsedTemplate = parseMustache(imgTemplate);
        else parsedTemplate = parseFString(imgTemplate);
        const variables = parsedTemplate.flatMap((item2) => item2.type === "variable" ? [item2.name] : []);
        if ((variables?.length ?? 0) > 0) {
          if (variables.length > 1) throw new Error(`Only one format variable allowed per image template.
Got: ${variables}
From: ${imgTemplate}`);
          inputVariables = [variables[0]];
        } else inputVariables = [];
        imgTemplate = { url: imgTemplate };
        imgTemplateObject = new ImagePromptTemplate({
          template: imgTemplate,
          inputVariables,
          templateFormat: additionalOptions?.templateFormat,
          additionalContentFields: item
        });
      } else if (typeof imgTemplate === "object") {
        if ("url" in imgTemplate) {
          let parsedTemplate;
          if (additionalOptions?.templateFormat === "mustache") parsedTemplate = parseMustache(imgTemplate.url);
          else parsedTemplate = parseFString(imgTemplate.url);
          inputVariables = parsedTemplate.flatMap((item2) => item2.type === "variable" ? [item2.name] : []);
        } else inputVariables = [];
        imgTemplateObject = new ImagePromptTemplate({
          template: imgTemplate,
          inputVariables,
          templateFormat: additionalOptions?.templateFormat,
          additionalContentFields: item
        });
      } else throw new Error("Invalid image template");
      prompt.push(imgTemplateObject);
    } else if (typeof item === "object") prompt.push(new DictPromptTemplate({
      template: item,
      templateFormat: additionalOptions?.templateFormat
    }));
    return new this({
      prompt,
      additionalOptions
    });
  }
  async format(input) {
    if (this.prompt instanceof BaseStringPromptTemplate) {
      const text = await this.prompt.format(input);
      return this.createMessage(text);
    } else {
      const content = [];
      for (const prompt of this.prompt) {
        let inputs = {};
        if (!("inputVariables" in prompt)) throw new Error(`Prompt ${prompt} does not have inputVariables defined.`);
        for (const item of prompt.inputVariables) {
          if (!inputs) inputs = { [item]: input[item] };
          inputs = {
            ...inputs,
            [item]: input[item]
          };
        }
        if (prompt instanceof BaseStringPromptTemplate) {
          const formatted = await prompt.format(inputs);
          let additionalContentFields;
          if ("additionalContentFields" in prompt) additionalContentFields = prompt.additionalContentFields;
          if (formatted !== "") content.push({
            ...additionalContentFields,
            type: "text",
            text: formatted
          });
        } else if (prompt instanceof ImagePromptTemplate) {
          const formatted = await prompt.format(inputs);
          let additionalContentFields;
          if ("additionalContentFields" in prompt) additionalContentFields = prompt.additionalContentFields;
          content.push({
            ...additionalContentFields,
            type: "image_url",
            image_url: formatted
          });
        } else if (prompt instanceof DictPromptTemplate) {
          const formatted = await prompt.format(inputs);
          let additionalContentFields;
          if ("additionalContentFields" in prompt) additionalContentFields = prompt.additionalContentFields;
          content.push({
            ...additionalContentFields,
            ...formatted
          });
        }
      }
      return this.createMessage(content);
    }
  }
  async formatMessages(values) {
    return [await this.format(values)];
  }
};
var HumanMessagePromptTemplate = class extends _StringImageMessagePromptTemplate {
  static _messageClass() {
    return HumanMessage;
  }
  static lc_name() {
    return "HumanMessagePromptTemplate";
  }
};
var AIMessagePromptTemplate = class extends _StringImageMessagePromptTemplate {
  static _messageClass() {
    return AIMessage;
  }
  static lc_name() {
    return "AIMessagePromptTemplate";
  }
};
var SystemMessagePromptTemplate = class extends _StringImageMessagePromptTemplate {
  static _messageClass() {
    return SystemMessage;
  }
  static lc_name() {
    return "SystemMessagePromptTemplate";
  }
};
function _isBaseMessagePromptTemplate(baseMessagePromptTemplateLike) {
  return typeof baseMessagePromptTemplateLike.formatMessages === "function";
}
function _coerceMessagePromptTemplateLike(messagePromptTemplateLike, extra) {
  if (_isBaseMessagePromptTemplate(messagePromptTemplateLike) || isBaseMessage(messagePromptTemplateLike)) return messagePromptTemplateLike;
  if (Array.isArray(messagePromptTemplateLike) && messagePromptTemplateLike[0] === "placeholder") {
    const messageContent = messagePromptTemplateLike[1];
    if (extra?.templateFormat === "mustache" && typeof messageContent === "string" && messageContent.slice(0, 2) === "{{" && messageContent.slice(-2) === "}}") return new MessagesPlaceholder({
      variableName: messageContent.slice(2, -2),
      optional: true
    });
    else if (typeof messageContent === "string" && messageContent[0] === "{" && messageContent[messageContent.length - 1] === "}") return new MessagesPlaceholder({
      variableName: messageContent.slice(1, -1),
      optional: true
    });
    throw new Error(`Invalid placeholder template for format ${extra?.templateFormat ?? `"f-string"`}: "${messagePromptTemplateLike[1]}". Expected a variable name surrounded by ${extra?.templateFormat === "mustache" ? "double" : "single"} curly braces.`);
  }
  const message = coerceMessageLikeToMessage(messagePromptTemplateLike);
  let templateData;
  if (typeof message.content === "string") templateData = message.content;
  else templateData = message.content.map((item) => {
    if ("text" in item) return {
      ...item,
      text: item.text
    };
    else if ("image_url" in item) return {
      ...item,
      image_url: item.image_url
    };
    else return item;
  });
  if (message._getType() === "human") return HumanMessagePromptTemplate.fromTemplate(templateData, extra);
  else if (message._getType() === "ai") return AIMessagePromptTemplate.fromTemplate(templateData, extra);
  else if (message._getType() === "system") return SystemMessagePromptTemplate.fromTemplate(templateData, extra);
  else if (ChatMessage.isInstance(message)) return ChatMessagePromptTemplate.fromTemplate(message.content, message.role, extra);
  else throw new Error(`Could not coerce message prompt template from input. Received message type: "${message._getType()}".`);
}
function isMessagesPlaceholder(x) {
  return x.constructor.lc_name() === "MessagesPlaceholder";
}
var ChatPromptTemplate = class ChatPromptTemplate2 extends BaseChatPromptTemplate {
  static lc_name() {
    return "ChatPromptTemplate";
  }
  get lc_aliases() {
    return { promptMessages: "messages" };
  }
  promptMessages;
  validateTemplate = true;
  templateFormat = "f-string";
  constructor(input) {
    super(input);
    if (input.templateFormat === "mustache" && input.validateTemplate === void 0) this.validateTemplate = false;
    Object.assign(this, input);
    if (this.validateTemplate) {
      const inputVariablesMessages = /* @__PURE__ */ new Set();
      for (const promptMessage of this.promptMessages) {
        if (promptMessage instanceof BaseMessage) continue;
        for (const inputVariable of promptMessage.inputVariables) inputVariablesMessages.add(inputVariable);
      }
      const totalInputVariables = this.inputVariables;
      const inputVariablesInstance = new Set(this.partialVariables ? totalInputVariables.concat(Object.keys(this.partialVariables)) : totalInputVariables);
      const difference = new Set([...inputVariablesInstance].filter((x) => !inputVariablesMessages.has(x)));
      if (difference.size > 0) throw new Error(`Input variables \`${[...difference]}\` are not used in any of the prompt messages.`);
      const otherDifference = new Set([...inputVariablesMessages].filter((x) => !inputVariablesInstance.has(x)));
      if (otherDifference.size > 0) throw new Error(`Input variables \`${[...otherDifference]}\` are used in prompt messages but not in the prompt template.`);
    }
  }
  _getPromptType() {
    return "chat";
  }
  async _parseImagePrompts(message, inputValues) {
    if (typeof message.content === "string") return message;
    message.content = await Promise.all(message.content.map(async (item) => {
      if (item.type !== "image_url") return item;
      let imageUrl = "";
      if (typeof item.image_url === "string") imageUrl = item.image_url;
      else if (typeof item.image_url === "object" && item.image_url !== null && "url" in item.image_url && typeof item.image_url.url === "string") imageUrl = item.image_url.url;
      const formattedUrl = await PromptTemplate.fromTemplate(imageUrl, { templateFormat: this.templateFormat }).format(inputValues);
      if (typeof item.image_url === "object" && item.image_url !== null && "url" in item.image_url) item.image_url.url = formattedUrl;
      else item.image_url = formattedUrl;
      return item;
    }));
    return message;
  }
  async formatMessages(values) {
    const allValues = await this.mergePartialAndUserVariables(values);
    let resultMessages = [];
    for (const promptMessage of this.promptMessages) if (promptMessage instanceof BaseMessage) resultMessages.push(await this._parseImagePrompts(promptMessage, allValues));
    else {
      let inputValues;
      if (this.templateFormat === "mustache") inputValues = { ...allValues };
      else inputValues = promptMessage.inputVariables.reduce((acc, inputVariable) => {
        if (!(inputVariable in allValues) && !(isMessagesPlaceholder(promptMessage) && promptMessage.optional)) throw addLangChainErrorFields(/* @__PURE__ */ new Error(`Missing value for input variable \`${inputVariable.toString()}\``), "INVALID_PROMPT_INPUT");
        acc[inputVariable] = allValues[inputVariable];
        return acc;
      }, {});
      const message = await promptMessage.formatMessages(inputValues);
      resultMessages = resultMessages.concat(message);
    }
    return resultMessages;
  }
  async partial(values) {
    const newInputVariables = this.inputVariables.filter((iv) => !(iv in values));
    const newPartialVariables = {
      ...this.partialVariables ?? {},
      ...values
    };
    const promptDict = {
      ...this,
      inputVariables: newInputVariables,
      partialVariables: newPartialVariables
    };
    return new ChatPromptTemplate2(promptDict);
  }
  static fromTemplate(template, options) {
    const humanTemplate = new HumanMessagePromptTemplate({ prompt: PromptTemplate.fromTemplate(template, options) });
    return this.fromMessages([humanTemplate]);
  }
  /**
  * Create a chat model-specific prompt from individual chat messages
  * or message-like tuples.
  * @param promptMessages Messages to be passed to the chat model
  * @returns A new ChatPromptTemplate
  */
  static fromMessages(promptMessages, extra) {
    const flattenedMessages = promptMessages.reduce((acc, promptMessage) => acc.concat(promptMessage instanceof ChatPromptTemplate2 ? promptMessage.promptMessages : [_coerceMessagePromptTemplateLike(promptMessage, extra)]), []);
    const flattenedPartialVariables = promptMessages.reduce((acc, promptMessage) => promptMessage instanceof ChatPromptTemplate2 ? Object.assign(acc, promptMessage.partialVariables) : acc, /* @__PURE__ */ Object.create(null));
    const inputVariables = /* @__PURE__ */ new Set();
    for (const promptMessage of flattenedMessages) {
      if (promptMessage instanceof BaseMessage) continue;
      for (const inputVariable of promptMessage.inputVariables) {
        if (inputVariable in flattenedPartialVariables) continue;
        inputVariables.add(inputVariable);
      }
    }
    return new this({
      ...extra,
      inputVariables: [...inputVariables],
      promptMessages: flattenedMessages,
      partialVariables: flattenedPartialVariables,
      templateFormat: extra?.templateFormat
    });
  }
};

// node_modules/@langchain/core/dist/prompts/few_shot.js
var FewShotPromptTemplate = class FewShotPromptTemplate2 extends BaseStringPromptTemplate {
  lc_serializable = false;
  examples;
  exampleSelector;
  examplePrompt;
  suffix = "";
  exampleSeparator = "\n\n";
  prefix = "";
  templateFormat = "f-string";
  validateTemplate = true;
  constructor(input) {
    super(input);
    Object.assign(this, input);
    if (this.examples !== void 0 && this.exampleSelector !== void 0) throw new Error("Only one of 'examples' and 'example_selector' should be provided");
    if (this.examples === void 0 && this.exampleSelector === void 0) throw new Error("One of 'examples' and 'example_selector' should be provided");
    if (this.validateTemplate) {
      let totalInputVariables = this.inputVariables;
      if (this.partialVariables) totalInputVariables = totalInputVariables.concat(Object.keys(this.partialVariables));
      checkValidTemplate(this.prefix + this.suffix, this.templateFormat, totalInputVariables);
    }
  }
  _getPromptType() {
    return "few_shot";
  }
  static lc_name() {
    return "FewShotPromptTemplate";
  }
  async getExamples(inputVariables) {
    if (this.examples !== void 0) return this.examples;
    if (this.exampleSelector !== void 0) return this.exampleSelector.selectExamples(inputVariables);
    throw new Error("One of 'examples' and 'example_selector' should be provided");
  }
  async partial(values) {
    const newInputVariables = this.inputVariables.filter((iv) => !(iv in values));
    const newPartialVariables = {
      ...this.partialVariables ?? {},
      ...values
    };
    const promptDict = {
      ...this,
      inputVariables: newInputVariables,
      partialVariables: newPartialVariables
    };
    return new FewShotPromptTemplate2(promptDict);
  }
  /**
  * Formats the prompt with the given values.
  * @param values The values to format the prompt with.
  * @returns A promise that resolves to a string representing the formatted prompt.
  */
  async format(values) {
    const allValues = await this.mergePartialAndUserVariables(values);
    const examples = await this.getExamples(allValues);
    const exampleStrings = await Promise.all(examples.map((example) => this.examplePrompt.format(example)));
    const template = [
      this.prefix,
      ...exampleStrings,
      this.suffix
    ].join(this.exampleSeparator);
    return renderTemplate(template, this.templateFormat, allValues);
  }
  serialize() {
    if (this.exampleSelector || !this.examples) throw new Error("Serializing an example selector is not currently supported");
    if (this.outputParser !== void 0) throw new Error("Serializing an output parser is not currently supported");
    return {
      _type: this._getPromptType(),
      input_variables: this.inputVariables,
      example_prompt: this.examplePrompt.serialize(),
      example_separator: this.exampleSeparator,
      suffix: this.suffix,
      prefix: this.prefix,
      template_format: this.templateFormat,
      examples: this.examples
    };
  }
  static async deserialize(data) {
    const { example_prompt } = data;
    if (!example_prompt) throw new Error("Missing example prompt");
    const examplePrompt = await PromptTemplate.deserialize(example_prompt);
    let examples;
    if (Array.isArray(data.examples)) examples = data.examples;
    else throw new Error("Invalid examples format. Only list or string are supported.");
    return new FewShotPromptTemplate2({
      inputVariables: data.input_variables,
      examplePrompt,
      examples,
      exampleSeparator: data.example_separator,
      prefix: data.prefix,
      suffix: data.suffix,
      templateFormat: data.template_format
    });
  }
};
var FewShotChatMessagePromptTemplate = class FewShotChatMessagePromptTemplate2 extends BaseChatPromptTemplate {
  lc_serializable = true;
  examples;
  exampleSelector;
  examplePrompt;
  suffix = "";
  exampleSeparator = "\n\n";
  prefix = "";
  templateFormat = "f-string";
  validateTemplate = true;
  _getPromptType() {
    return "few_shot_chat";
  }
  static lc_name() {
    return "FewShotChatMessagePromptTemplate";
  }
  constructor(fields) {
    super(fields);
    this.examples = fields.examples;
    this.examplePrompt = fields.examplePrompt;
    this.exampleSeparator = fields.exampleSeparator ?? "\n\n";
    this.exampleSelector = fields.exampleSelector;
    this.prefix = fields.prefix ?? "";
    this.suffix = fields.suffix ?? "";
    this.templateFormat = fields.templateFormat ?? "f-string";
    this.validateTemplate = fields.validateTemplate ?? true;
    if (this.examples !== void 0 && this.exampleSelector !== void 0) throw new Error("Only one of 'examples' and 'example_selector' should be provided");
    if (this.examples === void 0 && this.exampleSelector === void 0) throw new Error("One of 'examples' and 'example_selector' should be provided");
    if (this.validateTemplate) {
      let totalInputVariables = this.inputVariables;
      if (this.partialVariables) totalInputVariables = totalInputVariables.concat(Object.keys(this.partialVariables));
      checkValidTemplate(this.prefix + this.suffix, this.templateFormat, totalInputVariables);
    }
  }
  async getExamples(inputVariables) {
    if (this.examples !== void 0) return this.examples;
    if (this.exampleSelector !== void 0) return this.exampleSelector.selectExamples(inputVariables);
    throw new Error("One of 'examples' and 'example_selector' should be provided");
  }
  /**
  * Formats the list of values and returns a list of formatted messages.
  * @param values The values to format the prompt with.
  * @returns A promise that resolves to a string representing the formatted prompt.
  */
  async formatMessages(values) {
    const allValues = await this.mergePartialAndUserVariables(values);
    let examples = await this.getExamples(allValues);
    examples = examples.map((example) => {
      const result = {};
      this.examplePrompt.inputVariables.forEach((inputVariable) => {
        result[inputVariable] = example[inputVariable];
      });
      return result;
    });
    const messages = [];
    for (const example of examples) {
      const exampleMessages = await this.examplePrompt.formatMessages(example);
      messages.push(...exampleMessages);
    }
    return messages;
  }
  /**
  * Formats the prompt with the given values.
  * @param values The values to format the prompt with.
  * @returns A promise that resolves to a string representing the formatted prompt.
  */
  async format(values) {
    const allValues = await this.mergePartialAndUserVariables(values);
    const examples = await this.getExamples(allValues);
    const exampleStrings = (await Promise.all(examples.map((example) => this.examplePrompt.formatMessages(example)))).flat().map((message) => message.content);
    const template = [
      this.prefix,
      ...exampleStrings,
      this.suffix
    ].join(this.exampleSeparator);
    return renderTemplate(template, this.templateFormat, allValues);
  }
  /**
  * Partially formats the prompt with the given values.
  * @param values The values to partially format the prompt with.
  * @returns A promise that resolves to an instance of `FewShotChatMessagePromptTemplate` with the given values partially formatted.
  */
  async partial(values) {
    const newInputVariables = this.inputVariables.filter((variable) => !(variable in values));
    const newPartialVariables = {
      ...this.partialVariables ?? {},
      ...values
    };
    const promptDict = {
      ...this,
      inputVariables: newInputVariables,
      partialVariables: newPartialVariables
    };
    return new FewShotChatMessagePromptTemplate2(promptDict);
  }
};

// node_modules/@langchain/core/dist/prompts/pipeline.js
var PipelinePromptTemplate = class PipelinePromptTemplate2 extends BasePromptTemplate {
  static lc_name() {
    return "PipelinePromptTemplate";
  }
  pipelinePrompts;
  finalPrompt;
  constructor(input) {
    super({
      ...input,
      inputVariables: []
    });
    this.pipelinePrompts = input.pipelinePrompts;
    this.finalPrompt = input.finalPrompt;
    this.inputVariables = this.computeInputValues();
  }
  /**
  * Computes the input values required by the pipeline prompts.
  * @returns Array of input values required by the pipeline prompts.
  */
  computeInputValues() {
    const intermediateValues = this.pipelinePrompts.map((pipelinePrompt) => pipelinePrompt.name);
    const inputValues = this.pipelinePrompts.map((pipelinePrompt) => pipelinePrompt.prompt.inputVariables.filter((inputValue) => !intermediateValues.includes(inputValue))).flat();
    return [...new Set(inputValues)];
  }
  static extractRequiredInputValues(allValues, requiredValueNames) {
    return requiredValueNames.reduce((requiredValues, valueName) => {
      requiredValues[valueName] = allValues[valueName];
      return requiredValues;
    }, {});
  }
  /**
  * Formats the pipeline prompts based on the provided input values.
  * @param values Input values to format the pipeline prompts.
  * @returns Promise that resolves with the formatted input values.
  */
  async formatPipelinePrompts(values) {
    const allValues = await this.mergePartialAndUserVariables(values);
    for (const { name: pipelinePromptName, prompt: pipelinePrompt } of this.pipelinePrompts) {
      const pipelinePromptInputValues = PipelinePromptTemplate2.extractRequiredInputValues(allValues, pipelinePrompt.inputVariables);
      if (pipelinePrompt instanceof ChatPromptTemplate) allValues[pipelinePromptName] = await pipelinePrompt.formatMessages(pipelinePromptInputValues);
      else allValues[pipelinePromptName] = await pipelinePrompt.format(pipelinePromptInputValues);
    }
    return PipelinePromptTemplate2.extractRequiredInputValues(allValues, this.finalPrompt.inputVariables);
  }
  /**
  * Formats the final prompt value based on the provided input values.
  * @param values Input values to format the final prompt value.
  * @returns Promise that resolves with the formatted final prompt value.
  */
  async formatPromptValue(values) {
    return this.finalPrompt.formatPromptValue(await this.formatPipelinePrompts(values));
  }
  async format(values) {
    return this.finalPrompt.format(await this.formatPipelinePrompts(values));
  }
  /**
  * Handles partial prompts, which are prompts that have been partially
  * filled with input values.
  * @param values Partial input values.
  * @returns Promise that resolves with a new PipelinePromptTemplate instance with updated input variables.
  */
  async partial(values) {
    const promptDict = { ...this };
    promptDict.inputVariables = this.inputVariables.filter((iv) => !(iv in values));
    promptDict.partialVariables = {
      ...this.partialVariables ?? {},
      ...values
    };
    return new PipelinePromptTemplate2(promptDict);
  }
  serialize() {
    throw new Error("Not implemented.");
  }
  _getPromptType() {
    return "pipeline";
  }
};

// node_modules/@langchain/core/dist/prompts/structured.js
function isWithStructuredOutput(x) {
  return typeof x === "object" && x != null && "withStructuredOutput" in x && typeof x.withStructuredOutput === "function";
}
function isRunnableBinding(x) {
  return typeof x === "object" && x != null && "lc_id" in x && Array.isArray(x.lc_id) && x.lc_id.join("/") === "langchain_core/runnables/RunnableBinding";
}
var StructuredPrompt = class StructuredPrompt2 extends ChatPromptTemplate {
  schema;
  method;
  lc_namespace = [
    "langchain_core",
    "prompts",
    "structured"
  ];
  get lc_aliases() {
    return {
      ...super.lc_aliases,
      schema: "schema_"
    };
  }
  constructor(input) {
    super(input);
    this.schema = input.schema;
    this.method = input.method;
  }
  pipe(coerceable) {
    if (isWithStructuredOutput(coerceable)) return super.pipe(coerceable.withStructuredOutput(this.schema));
    if (isRunnableBinding(coerceable) && isWithStructuredOutput(coerceable.bound)) return super.pipe(new RunnableBinding({
      bound: coerceable.bound.withStructuredOutput(this.schema, ...this.method ? [{ method: this.method }] : []),
      kwargs: coerceable.kwargs ?? {},
      config: coerceable.config,
      configFactories: coerceable.configFactories
    }));
    throw new Error(`Structured prompts need to be piped to a language model that supports the "withStructuredOutput()" method.`);
  }
  static fromMessagesAndSchema(promptMessages, schema, method) {
    return StructuredPrompt2.fromMessages(promptMessages, {
      schema,
      method
    });
  }
};

// node_modules/@langchain/core/dist/prompts/index.js
var prompts_exports = /* @__PURE__ */ __exportAll({
  AIMessagePromptTemplate: () => AIMessagePromptTemplate,
  BaseChatPromptTemplate: () => BaseChatPromptTemplate,
  BaseMessagePromptTemplate: () => BaseMessagePromptTemplate,
  BaseMessageStringPromptTemplate: () => BaseMessageStringPromptTemplate,
  BasePromptTemplate: () => BasePromptTemplate,
  BaseStringPromptTemplate: () => BaseStringPromptTemplate,
  ChatMessagePromptTemplate: () => ChatMessagePromptTemplate,
  ChatPromptTemplate: () => ChatPromptTemplate,
  DEFAULT_FORMATTER_MAPPING: () => DEFAULT_FORMATTER_MAPPING,
  DEFAULT_PARSER_MAPPING: () => DEFAULT_PARSER_MAPPING,
  DictPromptTemplate: () => DictPromptTemplate,
  FewShotChatMessagePromptTemplate: () => FewShotChatMessagePromptTemplate,
  FewShotPromptTemplate: () => FewShotPromptTemplate,
  HumanMessagePromptTemplate: () => HumanMessagePromptTemplate,
  ImagePromptTemplate: () => ImagePromptTemplate,
  MessagesPlaceholder: () => MessagesPlaceholder,
  PipelinePromptTemplate: () => PipelinePromptTemplate,
  PromptTemplate: () => PromptTemplate,
  StructuredPrompt: () => StructuredPrompt,
  SystemMessagePromptTemplate: () => SystemMessagePromptTemplate,
  checkValidTemplate: () => checkValidTemplate,
  interpolateFString: () => interpolateFString,
  interpolateMustache: () => interpolateMustache,
  parseFString: () => parseFString,
  parseMustache: () => parseMustache,
  parseTemplate: () => parseTemplate2,
  renderTemplate: () => renderTemplate
});

// node_modules/@langchain/core/dist/retrievers/document_compressors/index.js
var document_compressors_exports = /* @__PURE__ */ __exportAll({ BaseDocumentCompressor: () => BaseDocumentCompressor });
var BaseDocumentCompressor = class {
  static isBaseDocumentCompressor(x) {
    return x?.compressDocuments !== void 0;
  }
};

// node_modules/@langchain/core/dist/retrievers/index.js
var retrievers_exports = /* @__PURE__ */ __exportAll({ BaseRetriever: () => BaseRetriever });
var BaseRetriever = class extends Runnable {
  /**
  * Optional callbacks to handle various events in the retrieval process.
  */
  callbacks;
  /**
  * Tags to label or categorize the retrieval operation.
  */
  tags;
  /**
  * Metadata to provide additional context or information about the retrieval
  * operation.
  */
  metadata;
  /**
  * If set to `true`, enables verbose logging for the retrieval process.
  */
  verbose;
  /**
  * Constructs a new `BaseRetriever` instance with optional configuration fields.
  *
  * @param fields - Optional input configuration that can include `callbacks`,
  *                 `tags`, `metadata`, and `verbose` settings for custom retriever behavior.
  */
  constructor(fields) {
    super(fields);
    this.callbacks = fields?.callbacks;
    this.tags = fields?.tags ?? [];
    this.metadata = fields?.metadata ?? {};
    this.verbose = fields?.verbose ?? false;
  }
  /**
  * TODO: This should be an abstract method, but we'd like to avoid breaking
  * changes to people currently using subclassed custom retrievers.
  * Change it on next major release.
  */
  /**
  * Placeholder method for retrieving relevant documents based on a query.
  *
  * This method is intended to be implemented by subclasses and will be
  * converted to an abstract method in the next major release. Currently, it
  * throws an error if not implemented, ensuring that custom retrievers define
  * the specific retrieval logic.
  *
  * @param _query - The query string used to search for relevant documents.
  * @param _callbacks - (optional) Callback manager for managing callbacks
  *                     during retrieval.
  * @returns A promise resolving to an array of `DocumentInterface` instances relevant to the query.
  * @throws {Error} Throws an error indicating the method is not implemented.
  */
  _getRelevantDocuments(_query, _callbacks) {
    throw new Error("Not implemented!");
  }
  /**
  * Executes a retrieval operation.
  *
  * @param input - The query string used to search for relevant documents.
  * @param options - (optional) Configuration options for the retrieval run,
  *                  which may include callbacks, tags, and metadata.
  * @returns A promise that resolves to an array of `DocumentInterface` instances
  *          representing the most relevant documents to the query.
  */
  async invoke(input, options) {
    const parsedConfig = ensureConfig(parseCallbackConfigArg(options));
    const runManager = await (await CallbackManager.configure(parsedConfig.callbacks, this.callbacks, parsedConfig.tags, this.tags, parsedConfig.metadata, this.metadata, { verbose: this.verbose }))?.handleRetrieverStart(this.toJSON(), input, parsedConfig.runId, void 0, void 0, void 0, parsedConfig.runName);
    try {
      const results = await this._getRelevantDocuments(input, runManager);
      await runManager?.handleRetrieverEnd(results);
      return results;
    } catch (error) {
      await runManager?.handleRetrieverError(error);
      throw error;
    }
  }
};

// node_modules/@langchain/core/dist/stores.js
var stores_exports = /* @__PURE__ */ __exportAll({
  BaseStore: () => BaseStore,
  InMemoryStore: () => InMemoryStore
});
var BaseStore = class extends Serializable {
};
var InMemoryStore = class extends BaseStore {
  lc_namespace = ["langchain", "storage"];
  store = {};
  /**
  * Retrieves the values associated with the given keys from the store.
  * @param keys Keys to retrieve values for.
  * @returns Array of values associated with the given keys.
  */
  async mget(keys) {
    return keys.map((key) => this.store[key]);
  }
  /**
  * Sets the values for the given keys in the store.
  * @param keyValuePairs Array of key-value pairs to set in the store.
  * @returns Promise that resolves when all key-value pairs have been set.
  */
  async mset(keyValuePairs) {
    for (const [key, value] of keyValuePairs) this.store[key] = value;
  }
  /**
  * Deletes the given keys and their associated values from the store.
  * @param keys Keys to delete from the store.
  * @returns Promise that resolves when all keys have been deleted.
  */
  async mdelete(keys) {
    for (const key of keys) delete this.store[key];
  }
  /**
  * Asynchronous generator that yields keys from the store. If a prefix is
  * provided, it only yields keys that start with the prefix.
  * @param prefix Optional prefix to filter keys.
  * @returns AsyncGenerator that yields keys from the store.
  */
  async *yieldKeys(prefix) {
    const keys = Object.keys(this.store);
    for (const key of keys) if (prefix === void 0 || key.startsWith(prefix)) yield key;
  }
};

// node_modules/@langchain/core/dist/structured_query/ir.js
var Operators = {
  and: "and",
  or: "or",
  not: "not"
};
var Comparators = {
  eq: "eq",
  ne: "ne",
  lt: "lt",
  gt: "gt",
  lte: "lte",
  gte: "gte"
};
var Visitor = class {
};
var Expression = class {
  accept(visitor) {
    if (this.exprName === "Operation") return visitor.visitOperation(this);
    else if (this.exprName === "Comparison") return visitor.visitComparison(this);
    else if (this.exprName === "StructuredQuery") return visitor.visitStructuredQuery(this);
    else throw new Error("Unknown Expression type");
  }
};
var FilterDirective = class extends Expression {
};
var Comparison = class extends FilterDirective {
  comparator;
  attribute;
  value;
  exprName = "Comparison";
  constructor(comparator, attribute, value) {
    super();
    this.comparator = comparator;
    this.attribute = attribute;
    this.value = value;
  }
};
var Operation = class extends FilterDirective {
  operator;
  args;
  exprName = "Operation";
  constructor(operator, args) {
    super();
    this.operator = operator;
    this.args = args;
  }
};
var StructuredQuery = class extends Expression {
  query;
  filter;
  exprName = "StructuredQuery";
  constructor(query, filter) {
    super();
    this.query = query;
    this.filter = filter;
  }
};

// node_modules/@langchain/core/dist/structured_query/utils.js
function isObject(obj) {
  return obj && typeof obj === "object" && !Array.isArray(obj);
}
function isFilterEmpty(filter) {
  if (!filter) return true;
  if (typeof filter === "string" && filter.length > 0) return false;
  if (typeof filter === "function") return false;
  return isObject(filter) && Object.keys(filter).length === 0;
}
function isInt(value) {
  if (typeof value === "number") return value % 1 === 0;
  else if (typeof value === "string") {
    const numberValue = parseInt(value, 10);
    return !Number.isNaN(numberValue) && numberValue % 1 === 0 && numberValue.toString() === value;
  }
  return false;
}
function isFloat(value) {
  if (typeof value === "number") return value % 1 !== 0;
  else if (typeof value === "string") {
    const numberValue = parseFloat(value);
    return !Number.isNaN(numberValue) && numberValue % 1 !== 0 && numberValue.toString() === value;
  }
  return false;
}
function isString(value) {
  return typeof value === "string" && (Number.isNaN(parseFloat(value)) || parseFloat(value).toString() !== value);
}
function isBoolean(value) {
  return typeof value === "boolean";
}
function castValue(input) {
  let value;
  if (isString(input)) value = input;
  else if (isInt(input)) value = parseInt(input, 10);
  else if (isFloat(input)) value = parseFloat(input);
  else if (isBoolean(input)) value = Boolean(input);
  else throw new Error("Unsupported value type");
  return value;
}

// node_modules/@langchain/core/dist/structured_query/base.js
var BaseTranslator = class extends Visitor {
};
var BasicTranslator = class extends BaseTranslator {
  allowedOperators;
  allowedComparators;
  constructor(opts) {
    super();
    this.allowedOperators = opts?.allowedOperators ?? [Operators.and, Operators.or];
    this.allowedComparators = opts?.allowedComparators ?? [
      Comparators.eq,
      Comparators.ne,
      Comparators.gt,
      Comparators.gte,
      Comparators.lt,
      Comparators.lte
    ];
  }
  formatFunction(func) {
    if (func in Comparators) {
      if (this.allowedComparators.length > 0 && this.allowedComparators.indexOf(func) === -1) throw new Error(`Comparator ${func} not allowed. Allowed comparators: ${this.allowedComparators.join(", ")}`);
    } else if (func in Operators) {
      if (this.allowedOperators.length > 0 && this.allowedOperators.indexOf(func) === -1) throw new Error(`Operator ${func} not allowed. Allowed operators: ${this.allowedOperators.join(", ")}`);
    } else throw new Error("Unknown comparator or operator");
    return `$${func}`;
  }
  /**
  * Visits an operation and returns a result.
  * @param operation The operation to visit.
  * @returns The result of visiting the operation.
  */
  visitOperation(operation) {
    const args = operation.args?.map((arg) => arg.accept(this));
    return { [this.formatFunction(operation.operator)]: args };
  }
  /**
  * Visits a comparison and returns a result.
  * @param comparison The comparison to visit.
  * @returns The result of visiting the comparison.
  */
  visitComparison(comparison) {
    return { [comparison.attribute]: { [this.formatFunction(comparison.comparator)]: castValue(comparison.value) } };
  }
  /**
  * Visits a structured query and returns a result.
  * @param query The structured query to visit.
  * @returns The result of visiting the structured query.
  */
  visitStructuredQuery(query) {
    let nextArg = {};
    if (query.filter) nextArg = { filter: query.filter.accept(this) };
    return nextArg;
  }
  mergeFilters(defaultFilter, generatedFilter, mergeType = "and", forceDefaultFilter = false) {
    if (isFilterEmpty(defaultFilter) && isFilterEmpty(generatedFilter)) return;
    if (isFilterEmpty(defaultFilter) || mergeType === "replace") {
      if (isFilterEmpty(generatedFilter)) return;
      return generatedFilter;
    }
    if (isFilterEmpty(generatedFilter)) {
      if (forceDefaultFilter) return defaultFilter;
      if (mergeType === "and") return;
      return defaultFilter;
    }
    if (mergeType === "and") return { $and: [defaultFilter, generatedFilter] };
    else if (mergeType === "or") return { $or: [defaultFilter, generatedFilter] };
    else throw new Error("Unknown merge type");
  }
};

// node_modules/@langchain/core/dist/structured_query/functional.js
var FunctionalTranslator = class extends BaseTranslator {
  allowedOperators = [Operators.and, Operators.or];
  allowedComparators = [
    Comparators.eq,
    Comparators.ne,
    Comparators.gt,
    Comparators.gte,
    Comparators.lt,
    Comparators.lte
  ];
  formatFunction() {
    throw new Error("Not implemented");
  }
  /**
  * Returns the allowed comparators for a given data type.
  * @param input The input value to get the allowed comparators for.
  * @returns An array of allowed comparators for the input data type.
  */
  getAllowedComparatorsForType(inputType) {
    switch (inputType) {
      case "string":
        return [
          Comparators.eq,
          Comparators.ne,
          Comparators.gt,
          Comparators.gte,
          Comparators.lt,
          Comparators.lte
        ];
      case "number":
        return [
          Comparators.eq,
          Comparators.ne,
          Comparators.gt,
          Comparators.gte,
          Comparators.lt,
          Comparators.lte
        ];
      case "boolean":
        return [Comparators.eq, Comparators.ne];
      default:
        throw new Error(`Unsupported data type: ${inputType}`);
    }
  }
  /**
  * Returns a function that performs a comparison based on the provided
  * comparator.
  * @param comparator The comparator to base the comparison function on.
  * @returns A function that takes two arguments and returns a boolean based on the comparison.
  */
  getComparatorFunction(comparator) {
    switch (comparator) {
      case Comparators.eq:
        return (a, b) => a === b;
      case Comparators.ne:
        return (a, b) => a !== b;
      case Comparators.gt:
        return (a, b) => a > b;
      case Comparators.gte:
        return (a, b) => a >= b;
      case Comparators.lt:
        return (a, b) => a < b;
      case Comparators.lte:
        return (a, b) => a <= b;
      default:
        throw new Error("Unknown comparator");
    }
  }
  /**
  * Returns a function that performs an operation based on the provided
  * operator.
  * @param operator The operator to base the operation function on.
  * @returns A function that takes two boolean arguments and returns a boolean based on the operation.
  */
  getOperatorFunction(operator) {
    switch (operator) {
      case Operators.and:
        return (a, b) => a && b;
      case Operators.or:
        return (a, b) => a || b;
      default:
        throw new Error("Unknown operator");
    }
  }
  /**
  * Visits the operation part of a structured query and translates it into
  * a functional filter.
  * @param operation The operation part of a structured query.
  * @returns A function that takes a `Document` as an argument and returns a boolean based on the operation.
  */
  visitOperation(operation) {
    const { operator, args } = operation;
    if (this.allowedOperators.includes(operator)) {
      const operatorFunction = this.getOperatorFunction(operator);
      return (document) => {
        if (!args) return true;
        return args.reduce((acc, arg) => {
          const result = arg.accept(this);
          if (typeof result === "function") return operatorFunction(acc, result(document));
          else throw new Error("Filter is not a function");
        }, true);
      };
    } else throw new Error("Operator not allowed");
  }
  /**
  * Visits the comparison part of a structured query and translates it into
  * a functional filter.
  * @param comparison The comparison part of a structured query.
  * @returns A function that takes a `Document` as an argument and returns a boolean based on the comparison.
  */
  visitComparison(comparison) {
    const { comparator, attribute, value } = comparison;
    const undefinedTrue = [Comparators.ne];
    if (this.allowedComparators.includes(comparator)) {
      if (!this.getAllowedComparatorsForType(typeof value).includes(comparator)) throw new Error(`'${comparator}' comparator not allowed to be used with ${typeof value}`);
      const comparatorFunction = this.getComparatorFunction(comparator);
      return (document) => {
        const documentValue = document.metadata[attribute];
        if (documentValue === void 0) {
          if (undefinedTrue.includes(comparator)) return true;
          return false;
        }
        return comparatorFunction(documentValue, castValue(value));
      };
    } else throw new Error("Comparator not allowed");
  }
  /**
  * Visits a structured query and translates it into a functional filter.
  * @param query The structured query to translate.
  * @returns An object containing a `filter` property, which is a function that takes a `Document` as an argument and returns a boolean based on the structured query.
  */
  visitStructuredQuery(query) {
    if (!query.filter) return {};
    const filterFunction = query.filter?.accept(this);
    if (typeof filterFunction !== "function") throw new Error("Structured query filter is not a function");
    return { filter: filterFunction };
  }
  /**
  * Merges two filters into one, based on the specified merge type.
  * @param defaultFilter The default filter function.
  * @param generatedFilter The generated filter function.
  * @param mergeType The type of merge to perform. Can be 'and', 'or', or 'replace'. Default is 'and'.
  * @returns A function that takes a `Document` as an argument and returns a boolean based on the merged filters, or `undefined` if both filters are empty.
  */
  mergeFilters(defaultFilter, generatedFilter, mergeType = "and") {
    if (isFilterEmpty(defaultFilter) && isFilterEmpty(generatedFilter)) return;
    if (isFilterEmpty(defaultFilter) || mergeType === "replace") {
      if (isFilterEmpty(generatedFilter)) return;
      return generatedFilter;
    }
    if (isFilterEmpty(generatedFilter)) {
      if (mergeType === "and") return;
      return defaultFilter;
    }
    if (mergeType === "and") return (document) => defaultFilter(document) && generatedFilter(document);
    else if (mergeType === "or") return (document) => defaultFilter(document) || generatedFilter(document);
    else throw new Error("Unknown merge type");
  }
};

// node_modules/@langchain/core/dist/structured_query/index.js
var structured_query_exports = /* @__PURE__ */ __exportAll({
  BaseTranslator: () => BaseTranslator,
  BasicTranslator: () => BasicTranslator,
  Comparators: () => Comparators,
  Comparison: () => Comparison,
  Expression: () => Expression,
  FilterDirective: () => FilterDirective,
  FunctionalTranslator: () => FunctionalTranslator,
  Operation: () => Operation,
  Operators: () => Operators,
  StructuredQuery: () => StructuredQuery,
  Visitor: () => Visitor,
  castValue: () => castValue,
  isBoolean: () => isBoolean,
  isFilterEmpty: () => isFilterEmpty,
  isFloat: () => isFloat,
  isInt: () => isInt,
  isObject: () => isObject,
  isString: () => isString
});

// node_modules/@langchain/core/dist/utils/testing/stream.js
function isChatModelStream(received) {
  if (received == null || typeof received !== "object") return false;
  const stream = received;
  return typeof stream.text !== "undefined" && typeof stream.toolCalls !== "undefined" && typeof stream.reasoning !== "undefined" && typeof stream.usage !== "undefined" && typeof stream.output !== "undefined" && typeof stream[Symbol.asyncIterator] === "function";
}
function matchesPartialObject(actual, expected, equals) {
  if (actual == null) return false;
  return Object.entries(expected).every(([key, value]) => equals(actual[key], value));
}
function matchesStreamUsage(actual, expected, equals) {
  if (actual == null) return false;
  return matchesPartialObject(actual, expected, equals);
}
function getOutputText(message) {
  return message.content.find((block) => block.type === "text")?.text;
}
function matchesStreamOutput(message, expected, equals) {
  if (expected.id !== void 0 && message.id !== expected.id) return false;
  if (expected.text !== void 0 && getOutputText(message) !== expected.text) return false;
  if (expected.toolCalls !== void 0) {
    const calls = message.tool_calls ?? [];
    if (calls.length !== expected.toolCalls.length) return false;
    for (let i = 0; i < expected.toolCalls.length; i++) {
      const call = calls[i];
      const exp = expected.toolCalls[i];
      if (call?.name !== exp.name || !equals(call.args, exp.args)) return false;
    }
  }
  if (expected.usage !== void 0 && !matchesStreamUsage(message.usage_metadata, expected.usage, equals)) return false;
  if (expected.responseMetadata !== void 0 && !matchesPartialObject(message.response_metadata, expected.responseMetadata, equals)) return false;
  return true;
}
function invalidStreamResult(received, matcherName, utils) {
  return {
    pass: false,
    message: () => `${utils.matcherHint(matcherName)}

Expected: ChatModelStream (return value of model.streamEvents("Hello"))
Received: ${utils.printReceived(received)}`,
    actual: received,
    expected: "ChatModelStream"
  };
}
function applyNot(pass, isNot) {
  return isNot ? !pass : pass;
}
async function toHaveStreamText(received, expected) {
  const { isNot, utils } = this;
  const matcherName = "toHaveStreamText";
  if (!isChatModelStream(received)) return invalidStreamResult(received, matcherName, utils);
  const actual = await received.text;
  return {
    pass: applyNot(actual === expected, isNot),
    message: () => `${utils.matcherHint(matcherName, void 0, void 0, { isNot })}

Expected stream text: ${isNot ? "not " : ""}${utils.printExpected(expected)}
Received stream text: ${utils.printReceived(actual)}`,
    actual,
    expected
  };
}
async function toHaveStreamReasoning(received, expected) {
  const { isNot, utils } = this;
  const matcherName = "toHaveStreamReasoning";
  if (!isChatModelStream(received)) return invalidStreamResult(received, matcherName, utils);
  const actual = await received.reasoning;
  return {
    pass: applyNot(actual === expected, isNot),
    message: () => `${utils.matcherHint(matcherName, void 0, void 0, { isNot })}

Expected stream reasoning: ${isNot ? "not " : ""}${utils.printExpected(expected)}
Received stream reasoning: ${utils.printReceived(actual)}`,
    actual,
    expected
  };
}
async function toHaveStreamToolCalls(received, expected) {
  const { isNot, utils } = this;
  const matcherName = "toHaveStreamToolCalls";
  if (!isChatModelStream(received)) return invalidStreamResult(received, matcherName, utils);
  const actual = await received.toolCalls;
  let pass = actual.length === expected.length && expected.every((exp, i) => {
    const call = actual[i];
    return call?.name === exp.name && this.equals(call.args, exp.args);
  });
  pass = applyNot(pass, isNot);
  return {
    pass,
    message: () => `${utils.matcherHint(matcherName, void 0, void 0, { isNot })}

Expected stream tool calls: ${utils.printExpected(expected)}
Received stream tool calls: ${utils.printReceived(actual.map((tc) => ({
      name: tc.name,
      args: tc.args
    })))}`,
    actual: actual.map((tc) => ({
      name: tc.name,
      args: tc.args
    })),
    expected
  };
}
async function toHaveStreamUsage(received, expected) {
  const { isNot, utils } = this;
  const matcherName = "toHaveStreamUsage";
  if (!isChatModelStream(received)) return invalidStreamResult(received, matcherName, utils);
  const actual = await received.usage;
  return {
    pass: applyNot(matchesStreamUsage(actual, expected, this.equals), isNot),
    message: () => `${utils.matcherHint(matcherName, void 0, void 0, { isNot })}

Expected stream usage: ${utils.printExpected(expected)}
Received stream usage: ${utils.printReceived(actual)}`,
    actual,
    expected
  };
}
async function toHaveStreamOutput(received, expected) {
  const { isNot, utils } = this;
  const matcherName = "toHaveStreamOutput";
  if (!isChatModelStream(received)) return invalidStreamResult(received, matcherName, utils);
  const message = await received.output;
  return {
    pass: applyNot(matchesStreamOutput(message, expected, this.equals), isNot),
    message: () => `${utils.matcherHint(matcherName, void 0, void 0, { isNot })}

Expected stream output: ${utils.printExpected(expected)}
Received stream output: ${utils.printReceived({
      id: message.id,
      text: getOutputText(message),
      tool_calls: message.tool_calls?.map((tc) => ({
        name: tc.name,
        args: tc.args
      })),
      usage_metadata: message.usage_metadata,
      response_metadata: message.response_metadata
    })}`,
    actual: message,
    expected
  };
}
var streamMatchers = {
  toHaveStreamText,
  toHaveStreamReasoning,
  toHaveStreamToolCalls,
  toHaveStreamUsage,
  toHaveStreamOutput
};

// node_modules/@langchain/core/dist/testing/matchers.js
function getMessageTypeName(msg) {
  if (!BaseMessage.isInstance(msg)) return typeof msg;
  return msg.constructor.name || msg.type;
}
function makeMessageTypeMatcher(typeName, isInstance) {
  return function(received, expected) {
    const { isNot, utils } = this;
    if (!isInstance(received)) return {
      pass: false,
      message: () => `${utils.matcherHint(`toBe${typeName}`, void 0, void 0)}

Expected: ${isNot ? "not " : ""}${typeName}
Received: ${getMessageTypeName(received)}`,
      actual: getMessageTypeName(received),
      expected: typeName
    };
    if (expected === void 0) return {
      pass: true,
      message: () => `${utils.matcherHint(`toBe${typeName}`, void 0, void 0)}

Expected: not ${typeName}
Received: ${typeName}`
    };
    const msg = received;
    if (typeof expected === "string") return {
      pass: msg.content === expected,
      message: () => `${utils.matcherHint(`toBe${typeName}`, void 0, void 0)}

Expected: ${typeName} with content ${utils.printExpected(expected)}
Received: ${typeName} with content ${utils.printReceived(msg.content)}`,
      actual: msg.content,
      expected
    };
    return {
      pass: Object.entries(expected).every(([key, value]) => this.equals(msg[key], value)),
      message: () => {
        const receivedFields = {};
        for (const key of Object.keys(expected)) receivedFields[key] = msg[key];
        return `${utils.matcherHint(`toBe${typeName}`, void 0, void 0)}

Expected: ${typeName} matching ${utils.printExpected(expected)}
Received: ${typeName} with ${utils.printReceived(receivedFields)}`;
      },
      actual: (() => {
        const receivedFields = {};
        for (const key of Object.keys(expected)) receivedFields[key] = msg[key];
        return receivedFields;
      })(),
      expected
    };
  };
}
var toBeHumanMessage = makeMessageTypeMatcher("HumanMessage", HumanMessage.isInstance);
var toBeAIMessage = makeMessageTypeMatcher("AIMessage", AIMessage.isInstance);
var toBeSystemMessage = makeMessageTypeMatcher("SystemMessage", SystemMessage.isInstance);
var toBeToolMessage = makeMessageTypeMatcher("ToolMessage", ToolMessage.isInstance);
function toHaveToolCalls(received, expected) {
  const { isNot, utils } = this;
  if (!AIMessage.isInstance(received)) return {
    pass: false,
    message: () => `${utils.matcherHint("toHaveToolCalls")}

Expected: AIMessage
Received: ${getMessageTypeName(received)}`
  };
  const actual = received.tool_calls ?? [];
  if (actual.length !== expected.length) return {
    pass: false,
    message: () => `${utils.matcherHint("toHaveToolCalls")}

Expected ${isNot ? "not " : ""}${expected.length} tool call(s), received ${actual.length}`,
    actual: actual.length,
    expected: expected.length
  };
  const unmatched = expected.filter((exp) => !actual.some((tc) => Object.entries(exp).every(([key, value]) => this.equals(tc[key], value))));
  if (unmatched.length > 0) return {
    pass: false,
    message: () => `${utils.matcherHint("toHaveToolCalls")}

Could not find matching tool call(s) for:
${utils.printExpected(unmatched)}
Received tool calls: ${utils.printReceived(actual.map((tc) => ({
      name: tc.name,
      id: tc.id,
      args: tc.args
    })))}`,
    actual: actual.map((tc) => ({
      name: tc.name,
      id: tc.id,
      args: tc.args
    })),
    expected
  };
  return {
    pass: true,
    message: () => `${utils.matcherHint("toHaveToolCalls")}

Expected AIMessage not to have matching tool calls`
  };
}
function toHaveToolCallCount(received, expected) {
  const { isNot, utils } = this;
  if (!AIMessage.isInstance(received)) return {
    pass: false,
    message: () => `${utils.matcherHint("toHaveToolCallCount")}

Expected: AIMessage
Received: ${getMessageTypeName(received)}`
  };
  const actual = received.tool_calls?.length ?? 0;
  return {
    pass: actual === expected,
    message: () => `${utils.matcherHint("toHaveToolCallCount")}

Expected ${isNot ? "not " : ""}${expected} tool call(s)
Received: ${actual}`,
    actual,
    expected
  };
}
function toContainToolCall(received, expected) {
  const { isNot, utils } = this;
  if (!AIMessage.isInstance(received)) return {
    pass: false,
    message: () => `${utils.matcherHint("toContainToolCall")}

Expected: AIMessage
Received: ${getMessageTypeName(received)}`
  };
  const actual = received.tool_calls ?? [];
  return {
    pass: actual.some((tc) => Object.entries(expected).every(([key, value]) => this.equals(tc[key], value))),
    message: () => `${utils.matcherHint("toContainToolCall")}

Expected AIMessage ${isNot ? "not " : ""}to contain a tool call matching ${utils.printExpected(expected)}
Received tool calls: ${utils.printReceived(actual.map((tc) => ({
      name: tc.name,
      id: tc.id
    })))}`,
    actual: actual.map((tc) => ({
      name: tc.name,
      id: tc.id
    })),
    expected
  };
}
function toHaveToolMessages(received, expected) {
  const { isNot, utils } = this;
  if (!Array.isArray(received)) return {
    pass: false,
    message: () => `${utils.matcherHint("toHaveToolMessages")}

Expected an array of messages
Received: ${typeof received}`
  };
  const toolMessages = received.filter(ToolMessage.isInstance);
  if (toolMessages.length !== expected.length) return {
    pass: false,
    message: () => `${utils.matcherHint("toHaveToolMessages")}

Expected ${isNot ? "not " : ""}${expected.length} tool message(s), found ${toolMessages.length}`,
    actual: toolMessages.length,
    expected: expected.length
  };
  for (let i = 0; i < expected.length; i++) if (!Object.entries(expected[i]).every(([key, value]) => this.equals(toolMessages[i][key], value))) return {
    pass: false,
    message: () => {
      const receivedFields = {};
      for (const key of Object.keys(expected[i])) receivedFields[key] = toolMessages[i][key];
      return `${utils.matcherHint("toHaveToolMessages")}

Tool message at index ${i} did not match:
Expected: ${utils.printExpected(expected[i])}
Received: ${utils.printReceived(receivedFields)}`;
    },
    actual: toolMessages[i],
    expected: expected[i]
  };
  return {
    pass: true,
    message: () => `${utils.matcherHint("toHaveToolMessages")}

Expected messages not to contain matching tool messages`
  };
}
function toHaveBeenInterrupted(received, expectedValue) {
  const { isNot, utils } = this;
  const interrupts = received?.__interrupt__;
  if (!(Array.isArray(interrupts) && interrupts.length > 0)) return {
    pass: false,
    message: () => `${utils.matcherHint("toHaveBeenInterrupted")}

Expected result ${isNot ? "not " : ""}to have been interrupted
Received __interrupt__: ${utils.printReceived(interrupts)}`
  };
  if (expectedValue === void 0) return {
    pass: true,
    message: () => `${utils.matcherHint("toHaveBeenInterrupted")}

Expected result not to have been interrupted
Received ${interrupts.length} interrupt(s)`
  };
  const actualValue = interrupts[0]?.value;
  return {
    pass: this.equals(actualValue, expectedValue),
    message: () => `${utils.matcherHint("toHaveBeenInterrupted")}

Expected interrupt value: ${utils.printExpected(expectedValue)}
Received interrupt value: ${utils.printReceived(actualValue)}`,
    actual: actualValue,
    expected: expectedValue
  };
}
function toHaveStructuredResponse(received, expected) {
  const { isNot, utils } = this;
  const structuredResponse = received?.structuredResponse;
  if (!(structuredResponse !== void 0)) return {
    pass: false,
    message: () => `${utils.matcherHint("toHaveStructuredResponse")}

Expected result ${isNot ? "not " : ""}to have a structured response
Received structuredResponse: undefined`
  };
  if (expected === void 0) return {
    pass: true,
    message: () => `${utils.matcherHint("toHaveStructuredResponse")}

Expected result not to have a structured response`
  };
  return {
    pass: Object.entries(expected).every(([key, value]) => this.equals(structuredResponse[key], value)),
    message: () => `${utils.matcherHint("toHaveStructuredResponse")}

Expected structured response: ${utils.printExpected(expected)}
Received structured response: ${utils.printReceived(structuredResponse)}`,
    actual: structuredResponse,
    expected
  };
}
var langchainMatchers = {
  toBeHumanMessage,
  toBeAIMessage,
  toBeSystemMessage,
  toBeToolMessage,
  toHaveToolCalls,
  toHaveToolCallCount,
  toContainToolCall,
  toHaveToolMessages,
  toHaveBeenInterrupted,
  toHaveStructuredResponse,
  ...streamMatchers
};

// node_modules/@langchain/core/dist/testing/fake_model_builder.js
function deriveContent(messages) {
  return messages.map((m) => m.text).filter(Boolean).join("-");
}
var idCounter = 0;
function nextToolCallId() {
  idCounter += 1;
  return `fake_tc_${idCounter}`;
}
var FakeBuiltModel = class FakeBuiltModel2 extends BaseChatModel {
  queue = [];
  _alwaysThrowError;
  _structuredResponseValue;
  _tools = [];
  _state = {
    callIndex: 0,
    calls: []
  };
  /**
  * All invocations recorded by this model, in order.
  * Each entry contains the `messages` array and `options` that were
  * passed to `invoke()`.
  */
  get calls() {
    return this._state.calls;
  }
  /**
  * The number of times this model has been invoked.
  */
  get callCount() {
    return this._state.calls.length;
  }
  constructor() {
    super({});
  }
  _llmType() {
    return "fake-model-builder";
  }
  _combineLLMOutput() {
    return [];
  }
  /**
  * Enqueue a response that the model will return on its next invocation.
  * @param entry A {@link BaseMessage} to return, an `Error` to throw, or
  *   a factory `(messages) => BaseMessage | Error` for dynamic responses.
  * @returns `this`, for chaining.
  */
  respond(entry) {
    if (typeof entry === "function") this.queue.push({
      kind: "factory",
      factory: entry
    });
    else if (BaseMessage.isInstance(entry)) this.queue.push({
      kind: "message",
      message: entry
    });
    else this.queue.push({
      kind: "error",
      error: entry
    });
    return this;
  }
  /**
  * Enqueue an {@link AIMessage} that carries the given tool calls.
  * Content is derived from the input messages at invocation time.
  * @param toolCalls Array of tool calls. Each entry needs `name` and
  *   `args`; `id` is optional and auto-generated when omitted.
  * @returns `this`, for chaining.
  */
  respondWithTools(toolCalls) {
    this.queue.push({
      kind: "toolCalls",
      toolCalls: toolCalls.map((tc) => ({
        name: tc.name,
        args: tc.args,
        id: tc.id ?? nextToolCallId(),
        type: "tool_call"
      }))
    });
    return this;
  }
  /**
  * Make every invocation throw the given error, regardless of the queue.
  * @param error The error to throw.
  * @returns `this`, for chaining.
  */
  alwaysThrow(error) {
    this._alwaysThrowError = error;
    return this;
  }
  /**
  * Set the value that {@link withStructuredOutput} will resolve to.
  * @param value The structured object to return.
  * @returns `this`, for chaining.
  */
  structuredResponse(value) {
    this._structuredResponseValue = value;
    return this;
  }
  /**
  * Bind tools to the model. Returns a new model that shares the same
  * response queue and call history.
  * @param tools The tools to bind, as {@link StructuredTool} instances or
  *   plain {@link ToolSpec} objects.
  * @returns A new RunnableBinding with the tools bound.
  */
  bindTools(tools) {
    const merged = [...this._tools, ...tools];
    const next = new FakeBuiltModel2();
    next.queue = this.queue;
    next._alwaysThrowError = this._alwaysThrowError;
    next._structuredResponseValue = this._structuredResponseValue;
    next._tools = merged;
    next._state = this._state;
    return next.withConfig({});
  }
  /**
  * Returns a {@link Runnable} that produces the {@link structuredResponse}
  * value. The schema argument is accepted for compatibility but ignored.
  * @param _params Schema or params (ignored).
  * @param _config Options (ignored).
  * @returns A Runnable that resolves to the structured response value.
  */
  withStructuredOutput(_params, _config) {
    const { _structuredResponseValue } = this;
    return RunnableLambda.from(async () => {
      return _structuredResponseValue;
    });
  }
  async _generate(messages, options, _runManager) {
    this._state.calls.push({
      messages: [...messages],
      options
    });
    const currentCallIndex = this._state.callIndex;
    this._state.callIndex += 1;
    if (this._alwaysThrowError) throw this._alwaysThrowError;
    const entry = this.queue[currentCallIndex];
    if (!entry) throw new Error(`FakeModel: no response queued for invocation ${currentCallIndex} (${this.queue.length} total queued).`);
    if (entry.kind === "error") throw entry.error;
    if (entry.kind === "factory") {
      const result = entry.factory(messages);
      if (!BaseMessage.isInstance(result)) throw result;
      return { generations: [{
        text: "",
        message: result
      }] };
    }
    if (entry.kind === "message") return { generations: [{
      text: "",
      message: entry.message
    }] };
    const content = deriveContent(messages);
    return {
      generations: [{
        text: content,
        message: new AIMessage({
          content,
          id: currentCallIndex.toString(),
          tool_calls: entry.toolCalls.length > 0 ? entry.toolCalls.map((tc) => ({
            ...tc,
            type: "tool_call"
          })) : void 0
        })
      }],
      llmOutput: {}
    };
  }
};
function fakeModel() {
  return new FakeBuiltModel();
}

// node_modules/@langchain/core/dist/utils/testing/openai_stream_fixtures.js
function asAsyncIterable(items) {
  return { async *[Symbol.asyncIterator]() {
    for (const item of items) yield item;
  } };
}
function openAITextOnlyChunksWithUsage(model = "test-model") {
  const chunks = openAITextOnlyChunks(model);
  const last = chunks[chunks.length - 1];
  chunks[chunks.length - 1] = {
    ...last,
    usage: {
      prompt_tokens: 10,
      completion_tokens: 2,
      total_tokens: 12
    }
  };
  return chunks;
}
function openAITextOnlyChunks(model = "test-model") {
  return [
    {
      id: "chatcmpl-text",
      model,
      choices: [{
        index: 0,
        delta: {
          role: "assistant",
          content: "Hello"
        },
        finish_reason: null
      }]
    },
    {
      id: "chatcmpl-text",
      model,
      choices: [{
        index: 0,
        delta: { content: " world" },
        finish_reason: null
      }]
    },
    {
      id: "chatcmpl-text",
      model,
      choices: [{
        index: 0,
        delta: {},
        finish_reason: "stop"
      }]
    }
  ];
}
function openAIReasoningTextChunks(model = "test-model") {
  return [
    {
      id: "chatcmpl-reason",
      model,
      choices: [{
        index: 0,
        delta: {
          role: "assistant",
          reasoning_content: "Let me reason..."
        },
        finish_reason: null
      }]
    },
    {
      id: "chatcmpl-reason",
      model,
      choices: [{
        index: 0,
        delta: { content: "Answer." },
        finish_reason: null
      }]
    },
    {
      id: "chatcmpl-reason",
      model,
      choices: [{
        index: 0,
        delta: {},
        finish_reason: "stop"
      }]
    }
  ];
}
function openAIToolCallChunks(model = "test-model") {
  return [
    {
      id: "chatcmpl-tools",
      model,
      choices: [{
        index: 0,
        delta: {
          role: "assistant",
          content: "Let me search."
        },
        finish_reason: null
      }]
    },
    {
      id: "chatcmpl-tools",
      model,
      choices: [{
        index: 0,
        delta: { tool_calls: [{
          index: 0,
          id: "call_abc",
          type: "function",
          function: {
            name: "web_search",
            arguments: '{"query"'
          }
        }] },
        finish_reason: null
      }]
    },
    {
      id: "chatcmpl-tools",
      model,
      choices: [{
        index: 0,
        delta: { tool_calls: [{
          index: 0,
          function: { arguments: ':"weather"}' }
        }] },
        finish_reason: null
      }]
    },
    {
      id: "chatcmpl-tools",
      model,
      choices: [{
        index: 0,
        delta: {},
        finish_reason: "tool_calls"
      }]
    }
  ];
}
function sseResponseFromOpenAIChunks(chunks) {
  const encoder = new TextEncoder();
  return new Response(new ReadableStream({ start(controller) {
    for (const chunk of chunks) controller.enqueue(encoder.encode(`data: ${JSON.stringify(chunk)}

`));
    controller.close();
  } }), {
    status: 200,
    headers: { "Content-Type": "text/event-stream" }
  });
}

// node_modules/@langchain/core/dist/testing/index.js
var testing_exports = /* @__PURE__ */ __exportAll({
  FakeBuiltModel: () => FakeBuiltModel,
  asAsyncIterable: () => asAsyncIterable,
  fakeModel: () => fakeModel,
  langchainMatchers: () => langchainMatchers,
  openAIReasoningTextChunks: () => openAIReasoningTextChunks,
  openAITextOnlyChunks: () => openAITextOnlyChunks,
  openAITextOnlyChunksWithUsage: () => openAITextOnlyChunksWithUsage,
  openAIToolCallChunks: () => openAIToolCallChunks,
  sseResponseFromOpenAIChunks: () => sseResponseFromOpenAIChunks,
  streamMatchers: () => streamMatchers,
  toBeAIMessage: () => toBeAIMessage,
  toBeHumanMessage: () => toBeHumanMessage,
  toBeSystemMessage: () => toBeSystemMessage,
  toBeToolMessage: () => toBeToolMessage,
  toContainToolCall: () => toContainToolCall,
  toHaveBeenInterrupted: () => toHaveBeenInterrupted,
  toHaveStructuredResponse: () => toHaveStructuredResponse,
  toHaveToolCallCount: () => toHaveToolCallCount,
  toHaveToolCalls: () => toHaveToolCalls,
  toHaveToolMessages: () => toHaveToolMessages
});

// node_modules/@langchain/core/dist/tracers/run_collector.js
var run_collector_exports = /* @__PURE__ */ __exportAll({ RunCollectorCallbackHandler: () => RunCollectorCallbackHandler });
var RunCollectorCallbackHandler = class extends BaseTracer {
  /** The name of the callback handler. */
  name = "run_collector";
  /** The ID of the example. */
  exampleId;
  /** An array of traced runs. */
  tracedRuns;
  /**
  * Creates a new instance of the RunCollectorCallbackHandler class.
  * @param exampleId The ID of the example.
  */
  constructor({ exampleId } = {}) {
    super({ _awaitHandler: true });
    this.exampleId = exampleId;
    this.tracedRuns = [];
  }
  /**
  * Persists the given run object.
  * @param run The run object to persist.
  */
  async persistRun(run) {
    const run_ = { ...run };
    run_.reference_example_id = this.exampleId;
    this.tracedRuns.push(run_);
  }
};

// node_modules/@langchain/core/dist/types/stream.js
var stream_exports3 = /* @__PURE__ */ __exportAll({});

// node_modules/@langchain/core/dist/utils/context.js
var context_exports = /* @__PURE__ */ __exportAll({ context: () => context });
function context(strings, ...values) {
  const raw = strings.raw;
  let result = "";
  for (let i = 0; i < raw.length; i++) {
    const next = raw[i].replace(/\\\n[ \t]*/g, "").replace(/\\`/g, "`").replace(/\\\$/g, "$").replace(/\\\{/g, "{");
    result += next;
    if (i < values.length) {
      const value = alignValue(values[i], result);
      result += typeof value === "string" ? value : JSON.stringify(value);
    }
  }
  result = stripIndent(result);
  result = result.trim();
  result = result.replace(/\\n/g, "\n");
  return result;
}
function alignValue(value, precedingText) {
  if (typeof value !== "string" || !value.includes("\n")) return value;
  const indentMatch = precedingText.slice(precedingText.lastIndexOf("\n") + 1).match(/^(\s+)/);
  if (indentMatch) {
    const indent = indentMatch[1];
    return value.replace(/\n/g, `
${indent}`);
  }
  return value;
}
function stripIndent(text) {
  const lines = text.split("\n");
  let minIndent = null;
  for (const line of lines) {
    const match = line.match(/^(\s+)\S+/);
    if (match) {
      const indent = match[1].length;
      if (minIndent === null) minIndent = indent;
      else minIndent = Math.min(minIndent, indent);
    }
  }
  if (minIndent === null) return text;
  return lines.map((line) => line[0] === " " || line[0] === "	" ? line.slice(minIndent) : line).join("\n");
}

// node_modules/@langchain/core/dist/utils/event_source_parse.js
var event_source_parse_exports = /* @__PURE__ */ __exportAll({
  EventStreamContentType: () => EventStreamContentType,
  convertEventStreamToIterableReadableDataStream: () => convertEventStreamToIterableReadableDataStream,
  getBytes: () => getBytes,
  getLines: () => getLines,
  getMessages: () => getMessages
});
var EventStreamContentType = "text/event-stream";
async function getBytes(stream, onChunk) {
  if (stream instanceof ReadableStream) {
    const reader = stream.getReader();
    while (true) {
      const result = await reader.read();
      if (result.done) {
        onChunk(/* @__PURE__ */ new Uint8Array(), true);
        break;
      }
      onChunk(result.value);
    }
  } else try {
    for await (const chunk of stream) onChunk(new Uint8Array(chunk));
    onChunk(/* @__PURE__ */ new Uint8Array(), true);
  } catch (e) {
    throw new Error([
      "Parsing event source stream failed.",
      "Ensure your implementation of fetch returns a web or Node readable stream.",
      `Error: ${e.message}`
    ].join("\n"));
  }
}
function getLines(onLine) {
  let buffer;
  let position;
  let fieldLength;
  let discardTrailingNewline = false;
  return function onChunk(arr2, flush) {
    if (flush) {
      onLine(arr2, 0, true);
      return;
    }
    if (buffer === void 0) {
      buffer = arr2;
      position = 0;
      fieldLength = -1;
    } else buffer = concat(buffer, arr2);
    const bufLength = buffer.length;
    let lineStart = 0;
    while (position < bufLength) {
      if (discardTrailingNewline) {
        if (buffer[position] === 10) lineStart = ++position;
        discardTrailingNewline = false;
      }
      let lineEnd = -1;
      for (; position < bufLength && lineEnd === -1; ++position) switch (buffer[position]) {
        case 58:
          if (fieldLength === -1) fieldLength = position - lineStart;
          break;
        case 13:
          discardTrailingNewline = true;
        case 10:
          lineEnd = position;
      }
      if (lineEnd === -1) break;
      onLine(buffer.subarray(lineStart, lineEnd), fieldLength);
      lineStart = position;
      fieldLength = -1;
    }
    if (lineStart === bufLength) buffer = void 0;
    else if (lineStart !== 0) {
      buffer = buffer.subarray(lineStart);
      position -= lineStart;
    }
  };
}
function getMessages(onMessage, onId, onRetry) {
  let message = newMessage();
  const decoder = new TextDecoder();
  return function onLine(line, fieldLength, flush) {
    if (flush) {
      if (!isEmpty(message)) {
        onMessage?.(message);
        message = newMessage();
      }
      return;
    }
    if (line.length === 0) {
      onMessage?.(message);
      message = newMessage();
    } else if (fieldLength > 0) {
      const field = decoder.decode(line.subarray(0, fieldLength));
      const valueOffset = fieldLength + (line[fieldLength + 1] === 32 ? 2 : 1);
      const value = decoder.decode(line.subarray(valueOffset));
      switch (field) {
        case "data":
          message.data = message.data ? message.data + "\n" + value : value;
          break;
        case "event":
          message.event = value;
          break;
        case "id":
          onId?.(message.id = value);
          break;
        case "retry": {
          const retry = parseInt(value, 10);
          if (!Number.isNaN(retry)) onRetry?.(message.retry = retry);
          break;
        }
      }
    }
  };
}
function concat(a, b) {
  const res = new Uint8Array(a.length + b.length);
  res.set(a);
  res.set(b, a.length);
  return res;
}
function newMessage() {
  return {
    data: "",
    event: "",
    id: "",
    retry: void 0
  };
}
function convertEventStreamToIterableReadableDataStream(stream, onMetadataEvent) {
  const dataStream = new ReadableStream({ async start(controller) {
    const enqueueLine = getMessages((msg) => {
      if (msg.event === "error") throw new Error(msg.data ?? "Unspecified event streaming error.");
      else if (msg.event === "metadata") onMetadataEvent?.(msg);
      else if (msg.data) controller.enqueue(msg.data);
    });
    const onLine = (line, fieldLength, flush) => {
      enqueueLine(line, fieldLength, flush);
      if (flush) controller.close();
    };
    await getBytes(stream, getLines(onLine));
  } });
  return IterableReadableStream.fromReadableStream(dataStream);
}
function isEmpty(message) {
  return message.data === "" && message.event === "" && message.id === "" && message.retry === void 0;
}

// node_modules/@langchain/core/dist/utils/format.js
var format_exports = /* @__PURE__ */ __exportAll({});

// node_modules/@langchain/core/dist/utils/ml-distance/similarities.js
function cosine(a, b) {
  let p = 0;
  let p2 = 0;
  let q2 = 0;
  for (let i = 0; i < a.length; i++) {
    p += a[i] * b[i];
    p2 += a[i] * a[i];
    q2 += b[i] * b[i];
  }
  return p / (Math.sqrt(p2) * Math.sqrt(q2));
}

// node_modules/@langchain/core/dist/utils/ml-distance/distances.js
function innerProduct(a, b) {
  let ans = 0;
  for (let i = 0; i < a.length; i++) ans += a[i] * b[i];
  return ans;
}

// node_modules/@langchain/core/dist/utils/ml-distance-euclidean/euclidean.js
function squaredEuclidean(p, q) {
  let d = 0;
  for (let i = 0; i < p.length; i++) d += (p[i] - q[i]) * (p[i] - q[i]);
  return d;
}
function euclidean(p, q) {
  return Math.sqrt(squaredEuclidean(p, q));
}

// node_modules/@langchain/core/dist/utils/math.js
var math_exports = /* @__PURE__ */ __exportAll({
  cosineSimilarity: () => cosineSimilarity,
  euclideanDistance: () => euclideanDistance,
  innerProduct: () => innerProduct2,
  matrixFunc: () => matrixFunc,
  maximalMarginalRelevance: () => maximalMarginalRelevance,
  normalize: () => normalize
});
function matrixFunc(X, Y, func) {
  if (X.length === 0 || X[0].length === 0 || Y.length === 0 || Y[0].length === 0) return [[]];
  if (X[0].length !== Y[0].length) throw new Error(`Number of columns in X and Y must be the same. X has shape ${[X.length, X[0].length]} and Y has shape ${[Y.length, Y[0].length]}.`);
  return X.map((xVector) => Y.map((yVector) => func(xVector, yVector)).map((similarity) => Number.isNaN(similarity) ? 0 : similarity));
}
function normalize(M, similarity = false) {
  const max = matrixMaxVal(M);
  return M.map((row) => row.map((val) => similarity ? 1 - val / max : val / max));
}
function cosineSimilarity(X, Y) {
  return matrixFunc(X, Y, cosine);
}
function innerProduct2(X, Y) {
  return matrixFunc(X, Y, innerProduct);
}
function euclideanDistance(X, Y) {
  return matrixFunc(X, Y, euclidean);
}
function maximalMarginalRelevance(queryEmbedding, embeddingList, lambda = 0.5, k = 4) {
  if (Math.min(k, embeddingList.length) <= 0) return [];
  const similarityToQuery = cosineSimilarity(Array.isArray(queryEmbedding[0]) ? queryEmbedding : [queryEmbedding], embeddingList)[0];
  const mostSimilarEmbeddingIndex = argMax(similarityToQuery).maxIndex;
  const selectedEmbeddings = [embeddingList[mostSimilarEmbeddingIndex]];
  const selectedEmbeddingsIndexes = [mostSimilarEmbeddingIndex];
  while (selectedEmbeddingsIndexes.length < Math.min(k, embeddingList.length)) {
    let bestScore = -Infinity;
    let bestIndex = -1;
    const similarityToSelected = cosineSimilarity(embeddingList, selectedEmbeddings);
    similarityToQuery.forEach((queryScore, queryScoreIndex) => {
      if (selectedEmbeddingsIndexes.includes(queryScoreIndex)) return;
      const maxSimilarityToSelected = Math.max(...similarityToSelected[queryScoreIndex]);
      const score = lambda * queryScore - (1 - lambda) * maxSimilarityToSelected;
      if (score > bestScore) {
        bestScore = score;
        bestIndex = queryScoreIndex;
      }
    });
    selectedEmbeddings.push(embeddingList[bestIndex]);
    selectedEmbeddingsIndexes.push(bestIndex);
  }
  return selectedEmbeddingsIndexes;
}
function argMax(array2) {
  if (array2.length === 0) return {
    maxIndex: -1,
    maxValue: NaN
  };
  let maxValue = array2[0];
  let maxIndex = 0;
  for (let i = 1; i < array2.length; i += 1) if (array2[i] > maxValue) {
    maxIndex = i;
    maxValue = array2[i];
  }
  return {
    maxIndex,
    maxValue
  };
}
function matrixMaxVal(arrays) {
  return arrays.reduce((acc, array2) => Math.max(acc, argMax(array2).maxValue), 0);
}

// node_modules/@langchain/core/dist/utils/ssrf.js
var ssrf_exports = /* @__PURE__ */ __exportAll({
  isCloudMetadata: () => isCloudMetadata,
  isLocalhost: () => isLocalhost,
  isPrivateIp: () => isPrivateIp,
  isSafeUrl: () => isSafeUrl,
  isSameOrigin: () => isSameOrigin,
  validateSafeUrl: () => validateSafeUrl
});
var PRIVATE_IP_RANGES = [
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "0.0.0.0/8",
  "::1/128",
  "fc00::/7",
  "fe80::/10",
  "ff00::/8"
];
var CLOUD_METADATA_IPS = [
  "169.254.169.254",
  "169.254.170.2",
  "100.100.100.200"
];
var CLOUD_METADATA_HOSTNAMES = [
  "metadata.google.internal",
  "metadata",
  "instance-data"
];
var LOCALHOST_NAMES = ["localhost", "localhost.localdomain"];
var IPV4_REGEX = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
function isIPv4(ip) {
  return IPV4_REGEX.test(ip);
}
function isIPv6(ip) {
  return expandIpv6(ip) !== null;
}
function isIP(ip) {
  return isIPv4(ip) || isIPv6(ip);
}
function parseIp(ip) {
  if (isIPv4(ip)) return ip.split(".").map((octet) => parseInt(octet, 10));
  else if (isIPv6(ip)) {
    const expanded = expandIpv6(ip);
    if (!expanded) return null;
    const parts = expanded.split(":");
    const result = [];
    for (const part of parts) result.push(parseInt(part, 16));
    return result;
  }
  return null;
}
function expandIpv6(ip) {
  if (!ip || typeof ip !== "string") return null;
  if (!ip.includes(":")) return null;
  if (!/^[0-9a-fA-F:]+$/.test(ip)) return null;
  let normalized = ip;
  if (normalized.includes("::")) {
    const parts2 = normalized.split("::");
    if (parts2.length > 2) return null;
    const [left, right] = parts2;
    const leftParts = left ? left.split(":") : [];
    const rightParts = right ? right.split(":") : [];
    const missing = 8 - (leftParts.length + rightParts.length);
    if (missing < 0) return null;
    const zeros = Array(missing).fill("0");
    normalized = [
      ...leftParts,
      ...zeros,
      ...rightParts
    ].filter((p) => p !== "").join(":");
  }
  const parts = normalized.split(":");
  if (parts.length !== 8) return null;
  for (const part of parts) {
    if (part.length === 0 || part.length > 4) return null;
    if (!/^[0-9a-fA-F]+$/.test(part)) return null;
  }
  return parts.map((p) => p.padStart(4, "0").toLowerCase()).join(":");
}
function parseCidr(cidr) {
  const [addrStr, prefixStr] = cidr.split("/");
  if (!addrStr || !prefixStr) return null;
  const addr = parseIp(addrStr);
  if (!addr) return null;
  const prefixLen = parseInt(prefixStr, 10);
  if (isNaN(prefixLen)) return null;
  const isIpv6 = isIPv6(addrStr);
  if (isIpv6 && prefixLen > 128) return null;
  if (!isIpv6 && prefixLen > 32) return null;
  return {
    addr,
    prefixLen,
    isIpv6
  };
}
function isIpInCidr(ip, cidr) {
  const ipParsed = parseIp(ip);
  if (!ipParsed) return false;
  const cidrParsed = parseCidr(cidr);
  if (!cidrParsed) return false;
  const isIpv6 = isIPv6(ip);
  if (isIpv6 !== cidrParsed.isIpv6) return false;
  const { addr: cidrAddr, prefixLen } = cidrParsed;
  if (isIpv6) for (let i = 0; i < Math.ceil(prefixLen / 16); i++) {
    const mask = 65535 << 16 - Math.min(16, prefixLen - i * 16) & 65535;
    if ((ipParsed[i] & mask) !== (cidrAddr[i] & mask)) return false;
  }
  else for (let i = 0; i < Math.ceil(prefixLen / 8); i++) {
    const mask = 255 << 8 - Math.min(8, prefixLen - i * 8) & 255;
    if ((ipParsed[i] & mask) !== (cidrAddr[i] & mask)) return false;
  }
  return true;
}
function isPrivateIp(ip) {
  if (!isIP(ip)) return false;
  for (const range of PRIVATE_IP_RANGES) if (isIpInCidr(ip, range)) return true;
  return false;
}
function isCloudMetadata(hostname, ip) {
  if (CLOUD_METADATA_IPS.includes(ip || "")) return true;
  const lowerHostname = hostname.toLowerCase();
  if (CLOUD_METADATA_HOSTNAMES.includes(lowerHostname)) return true;
  return false;
}
function isLocalhost(hostname, ip) {
  if (ip) {
    if (ip === "127.0.0.1" || ip === "::1" || ip === "0.0.0.0") return true;
    if (ip.startsWith("127.")) return true;
  }
  const lowerHostname = hostname.toLowerCase();
  if (LOCALHOST_NAMES.includes(lowerHostname)) return true;
  return false;
}
function validateSafeUrl(url, options) {
  const allowPrivate = options?.allowPrivate ?? false;
  const allowHttp = options?.allowHttp ?? false;
  try {
    let parsedUrl;
    try {
      parsedUrl = new URL(url);
    } catch {
      throw new Error(`Invalid URL: ${url}`);
    }
    const hostname = parsedUrl.hostname;
    if (!hostname) throw new Error("URL missing hostname.");
    if (isCloudMetadata(hostname)) throw new Error(`URL points to cloud metadata endpoint: ${hostname}`);
    if (isLocalhost(hostname)) {
      if (!allowPrivate) throw new Error(`URL points to localhost: ${hostname}`);
      return url;
    }
    const scheme = parsedUrl.protocol;
    if (scheme !== "http:" && scheme !== "https:") throw new Error(`Invalid URL scheme: ${scheme}. Only http and https are allowed.`);
    if (scheme === "http:" && !allowHttp) throw new Error("HTTP scheme not allowed. Use HTTPS or set allowHttp: true.");
    if (isIP(hostname)) {
      const ip = hostname;
      if (isLocalhost(hostname, ip)) {
        if (!allowPrivate) throw new Error(`URL points to localhost: ${hostname}`);
        return url;
      }
      if (isCloudMetadata(hostname, ip)) throw new Error(`URL resolves to cloud metadata IP: ${ip} (${hostname})`);
      if (isPrivateIp(ip)) {
        if (!allowPrivate) throw new Error(`URL resolves to private IP: ${ip} (${hostname}). Set allowPrivate: true to allow.`);
      }
      return url;
    }
    return url;
  } catch (error) {
    if (error && typeof error === "object" && "message" in error) throw error;
    throw new Error(`URL validation failed: ${error}`);
  }
}
function isSafeUrl(url, options) {
  try {
    validateSafeUrl(url, options);
    return true;
  } catch {
    return false;
  }
}
function isSameOrigin(url1, url2) {
  try {
    return new URL(url1).origin === new URL(url2).origin;
  } catch {
    return false;
  }
}

// node_modules/@langchain/core/dist/utils/testing/chat_models.js
var FakeChatModel = class extends BaseChatModel {
  _combineLLMOutput() {
    return [];
  }
  _llmType() {
    return "fake";
  }
  async _generate(messages, options, runManager) {
    if (options?.stop?.length) return { generations: [{
      message: new AIMessage(options.stop[0]),
      text: options.stop[0]
    }] };
    const text = messages.map((m) => {
      if (typeof m.content === "string") return m.content;
      return JSON.stringify(m.content, null, 2);
    }).join("\n");
    await runManager?.handleLLMNewToken(text);
    return {
      generations: [{
        message: new AIMessage(text),
        text
      }],
      llmOutput: {}
    };
  }
};
var FakeStreamingChatModel = class FakeStreamingChatModel2 extends BaseChatModel {
  sleep = 50;
  responses = [];
  chunks = [];
  toolStyle = "openai";
  thrownErrorString;
  tools = [];
  constructor({ sleep = 50, responses = [], chunks = [], toolStyle = "openai", thrownErrorString, ...rest }) {
    super(rest);
    this.sleep = sleep;
    this.responses = responses;
    this.chunks = chunks;
    this.toolStyle = toolStyle;
    this.thrownErrorString = thrownErrorString;
  }
  _llmType() {
    return "fake";
  }
  bindTools(tools) {
    const merged = [...this.tools, ...tools];
    const toolDicts = merged.map((t) => {
      switch (this.toolStyle) {
        case "openai":
          return {
            type: "function",
            function: {
              name: t.name,
              description: t.description,
              parameters: toJsonSchema(t.schema)
            }
          };
        case "anthropic":
          return {
            name: t.name,
            description: t.description,
            input_schema: toJsonSchema(t.schema)
          };
        case "bedrock":
          return { toolSpec: {
            name: t.name,
            description: t.description,
            inputSchema: toJsonSchema(t.schema)
          } };
        case "google":
          return {
            name: t.name,
            description: t.description,
            parameters: toJsonSchema(t.schema)
          };
        default:
          throw new Error(`Unsupported tool style: ${this.toolStyle}`);
      }
    });
    const wrapped = this.toolStyle === "google" ? [{ functionDeclarations: toolDicts }] : toolDicts;
    const next = new FakeStreamingChatModel2({
      sleep: this.sleep,
      responses: this.responses,
      chunks: this.chunks,
      toolStyle: this.toolStyle,
      thrownErrorString: this.thrownErrorString
    });
    next.tools = merged;
    return next.withConfig({ tools: wrapped });
  }
  async _generate(messages, _options, _runManager) {
    if (this.thrownErrorString) throw new Error(this.thrownErrorString);
    const content = this.responses?.[0]?.content ?? messages[0].content ?? "";
    return { generations: [{
      text: "",
      message: new AIMessage({
        content,
        tool_calls: this.chunks?.[0]?.tool_calls
      })
    }] };
  }
  async *_streamResponseChunks(_messages, options, runManager) {
    if (this.thrownErrorString) throw new Error(this.thrownErrorString);
    if (this.chunks?.length) {
      for (const msgChunk of this.chunks) {
        const cg = new ChatGenerationChunk({
          message: new AIMessageChunk({
            content: msgChunk.content,
            tool_calls: msgChunk.tool_calls,
            additional_kwargs: msgChunk.additional_kwargs ?? {}
          }),
          text: msgChunk.content?.toString() ?? ""
        });
        if (options.signal?.aborted) break;
        yield cg;
        await runManager?.handleLLMNewToken(msgChunk.content, void 0, void 0, void 0, void 0, { chunk: cg });
      }
      return;
    }
    const fallback = this.responses?.[0] ?? new AIMessage(typeof _messages[0].content === "string" ? _messages[0].content : "");
    const text = typeof fallback.content === "string" ? fallback.content : "";
    for (const ch of text) {
      await new Promise((r) => setTimeout(r, this.sleep));
      const cg = new ChatGenerationChunk({
        message: new AIMessageChunk({ content: ch }),
        text: ch
      });
      if (options.signal?.aborted) break;
      yield cg;
      await runManager?.handleLLMNewToken(ch, void 0, void 0, void 0, void 0, { chunk: cg });
    }
  }
};
var FakeListChatModel = class FakeListChatModel2 extends BaseChatModel {
  static lc_name() {
    return "FakeListChatModel";
  }
  lc_serializable = true;
  responses;
  i = 0;
  sleep;
  emitCustomEvent = false;
  generationInfo;
  tools = [];
  toolStyle = "openai";
  constructor(params) {
    super(params);
    const { responses, sleep, emitCustomEvent, generationInfo } = params;
    this.responses = responses;
    this.sleep = sleep;
    this.emitCustomEvent = emitCustomEvent ?? this.emitCustomEvent;
    this.generationInfo = generationInfo;
  }
  _combineLLMOutput() {
    return [];
  }
  _llmType() {
    return "fake-list";
  }
  async _generate(_messages, options, runManager) {
    await this._sleepIfRequested();
    if (options?.thrownErrorString) throw new Error(options.thrownErrorString);
    if (this.emitCustomEvent) await runManager?.handleCustomEvent("some_test_event", { someval: true });
    if (options?.stop?.length) return { generations: [this._formatGeneration(options.stop[0])] };
    else {
      const response = this._currentResponse();
      this._incrementResponse();
      return {
        generations: [this._formatGeneration(response)],
        llmOutput: {}
      };
    }
  }
  _formatGeneration(text) {
    return {
      message: new AIMessage(text),
      text
    };
  }
  async *_streamResponseChunks(_messages, options, runManager) {
    const response = this._currentResponse();
    this._incrementResponse();
    if (this.emitCustomEvent) await runManager?.handleCustomEvent("some_test_event", { someval: true });
    const responseChars = [...response];
    for (let i = 0; i < responseChars.length; i++) {
      const text = responseChars[i];
      const isLastChunk = i === responseChars.length - 1;
      await this._sleepIfRequested();
      if (options?.thrownErrorString) throw new Error(options.thrownErrorString);
      const chunk = this._createResponseChunk(text, isLastChunk ? this.generationInfo : void 0);
      if (options.signal?.aborted) break;
      yield chunk;
      runManager?.handleLLMNewToken(text);
    }
  }
  async _sleepIfRequested() {
    if (this.sleep !== void 0) await this._sleep();
  }
  async _sleep() {
    return new Promise((resolve) => {
      setTimeout(() => resolve(), this.sleep);
    });
  }
  _createResponseChunk(text, generationInfo) {
    return new ChatGenerationChunk({
      message: new AIMessageChunk({ content: text }),
      text,
      generationInfo
    });
  }
  _currentResponse() {
    return this.responses[this.i];
  }
  _incrementResponse() {
    if (this.i < this.responses.length - 1) this.i += 1;
    else this.i = 0;
  }
  bindTools(tools) {
    const merged = [...this.tools, ...tools];
    const toolDicts = merged.map((t) => {
      switch (this.toolStyle) {
        case "openai":
          return {
            type: "function",
            function: {
              name: t.name,
              description: t.description,
              parameters: toJsonSchema(t.schema)
            }
          };
        case "anthropic":
          return {
            name: t.name,
            description: t.description,
            input_schema: toJsonSchema(t.schema)
          };
        case "bedrock":
          return { toolSpec: {
            name: t.name,
            description: t.description,
            inputSchema: toJsonSchema(t.schema)
          } };
        case "google":
          return {
            name: t.name,
            description: t.description,
            parameters: toJsonSchema(t.schema)
          };
        default:
          throw new Error(`Unsupported tool style: ${this.toolStyle}`);
      }
    });
    const wrapped = this.toolStyle === "google" ? [{ functionDeclarations: toolDicts }] : toolDicts;
    const next = new FakeListChatModel2({
      responses: this.responses,
      sleep: this.sleep,
      emitCustomEvent: this.emitCustomEvent,
      generationInfo: this.generationInfo
    });
    next.tools = merged;
    next.toolStyle = this.toolStyle;
    next.i = this.i;
    return next.withConfig({ tools: wrapped });
  }
  withStructuredOutput(_params, _config) {
    return RunnableLambda.from(async (input) => {
      const message = await this.invoke(input);
      if (message.tool_calls?.[0]?.args) return message.tool_calls[0].args;
      if (typeof message.content === "string") return JSON.parse(message.content);
      throw new Error("No structured output found");
    });
  }
};

// node_modules/@langchain/core/dist/utils/testing/embeddings.js
var SyntheticEmbeddings = class extends Embeddings {
  vectorSize;
  constructor(params) {
    super(params ?? {});
    this.vectorSize = params?.vectorSize ?? 4;
  }
  /**
  * Generates synthetic embeddings for a list of documents.
  * @param documents List of documents to generate embeddings for.
  * @returns A promise that resolves with a list of synthetic embeddings for each document.
  */
  async embedDocuments(documents) {
    return Promise.all(documents.map((doc) => this.embedQuery(doc)));
  }
  /**
  * Generates a synthetic embedding for a document. The document is
  * converted into chunks, a numerical value is calculated for each chunk,
  * and an array of these values is returned as the embedding.
  * @param document The document to generate an embedding for.
  * @returns A promise that resolves with a synthetic embedding for the document.
  */
  async embedQuery(document) {
    let doc = document;
    doc = doc.toLowerCase().replaceAll(/[^a-z ]/g, "");
    const padMod = doc.length % this.vectorSize;
    const padGapSize = padMod === 0 ? 0 : this.vectorSize - padMod;
    const padSize = doc.length + padGapSize;
    doc = doc.padEnd(padSize, " ");
    const chunkSize = doc.length / this.vectorSize;
    const docChunk = [];
    for (let co = 0; co < doc.length; co += chunkSize) docChunk.push(doc.slice(co, co + chunkSize));
    return docChunk.map((s) => {
      let sum = 0;
      for (let co = 0; co < s.length; co += 1) sum += s === " " ? 0 : s.charCodeAt(co);
      return sum % 26 / 26;
    });
  }
};
var FakeEmbeddings = class extends Embeddings {
  constructor(params) {
    super(params ?? {});
  }
  /**
  * Generates fixed embeddings for a list of documents.
  * @param documents List of documents to generate embeddings for.
  * @returns A promise that resolves with a list of fixed embeddings for each document.
  */
  embedDocuments(documents) {
    return Promise.resolve(documents.map(() => [
      0.1,
      0.2,
      0.3,
      0.4
    ]));
  }
  /**
  * Generates a fixed embedding for a query.
  * @param _ The query to generate an embedding for.
  * @returns A promise that resolves with a fixed embedding for the query.
  */
  embedQuery(_) {
    return Promise.resolve([
      0.1,
      0.2,
      0.3,
      0.4
    ]);
  }
};

// node_modules/@langchain/core/dist/utils/testing/llms.js
var FakeLLM = class extends LLM {
  response;
  thrownErrorString;
  constructor(fields) {
    super(fields);
    this.response = fields.response;
    this.thrownErrorString = fields.thrownErrorString;
  }
  _llmType() {
    return "fake";
  }
  async _call(prompt, _options, runManager) {
    if (this.thrownErrorString) throw new Error(this.thrownErrorString);
    const response = this.response ?? prompt;
    await runManager?.handleLLMNewToken(response);
    return response;
  }
};
var FakeStreamingLLM = class extends LLM {
  sleep = 50;
  responses;
  thrownErrorString;
  constructor(fields) {
    super(fields);
    this.sleep = fields.sleep ?? this.sleep;
    this.responses = fields.responses;
    this.thrownErrorString = fields.thrownErrorString;
  }
  _llmType() {
    return "fake";
  }
  async _call(prompt) {
    if (this.thrownErrorString) throw new Error(this.thrownErrorString);
    const response = this.responses?.[0];
    this.responses = this.responses?.slice(1);
    return response ?? prompt;
  }
  async *_streamResponseChunks(input, _options, runManager) {
    if (this.thrownErrorString) throw new Error(this.thrownErrorString);
    const response = this.responses?.[0];
    this.responses = this.responses?.slice(1);
    for (const c of response ?? input) {
      await new Promise((resolve) => setTimeout(resolve, this.sleep));
      yield {
        text: c,
        generationInfo: {}
      };
      await runManager?.handleLLMNewToken(c);
    }
  }
};

// node_modules/@langchain/core/dist/utils/testing/message_history.js
var FakeChatMessageHistory = class extends BaseChatMessageHistory {
  lc_namespace = [
    "langchain_core",
    "message",
    "fake"
  ];
  messages = [];
  constructor() {
    super();
  }
  async getMessages() {
    return this.messages;
  }
  async addMessage(message) {
    this.messages.push(message);
  }
  async addUserMessage(message) {
    this.messages.push(new HumanMessage(message));
  }
  async addAIMessage(message) {
    this.messages.push(new AIMessage(message));
  }
  async clear() {
    this.messages = [];
  }
};
var FakeListChatMessageHistory = class extends BaseListChatMessageHistory {
  lc_namespace = [
    "langchain_core",
    "message",
    "fake"
  ];
  messages = [];
  constructor() {
    super();
  }
  async addMessage(message) {
    this.messages.push(message);
  }
  async getMessages() {
    return this.messages;
  }
};
var FakeTracer = class extends BaseTracer {
  name = "fake_tracer";
  runs = [];
  constructor() {
    super();
  }
  persistRun(run) {
    this.runs.push(run);
    return Promise.resolve();
  }
};

// node_modules/@langchain/core/dist/utils/testing/output_parsers.js
var FakeSplitIntoListParser = class extends BaseOutputParser {
  lc_namespace = ["tests", "fake"];
  getFormatInstructions() {
    return "";
  }
  async parse(text) {
    return text.split(",").map((value) => value.trim());
  }
};

// node_modules/@langchain/core/dist/utils/testing/retrievers.js
var FakeRetriever = class extends BaseRetriever {
  lc_namespace = ["test", "fake"];
  output = [new Document({ pageContent: "foo" }), new Document({ pageContent: "bar" })];
  constructor(fields) {
    super();
    this.output = fields?.output ?? this.output;
  }
  async _getRelevantDocuments(_query) {
    return this.output;
  }
};

// node_modules/@langchain/core/dist/utils/testing/runnables.js
var FakeRunnable = class extends Runnable {
  lc_namespace = ["tests", "fake"];
  returnOptions;
  constructor(fields) {
    super(fields);
    this.returnOptions = fields.returnOptions;
  }
  async invoke(input, options) {
    if (this.returnOptions) return options ?? {};
    return { input };
  }
};

// node_modules/@langchain/core/dist/utils/testing/tools.js
var FakeTool = class extends StructuredTool {
  name;
  description;
  schema;
  constructor(fields) {
    super(fields);
    this.name = fields.name;
    this.description = fields.description;
    this.schema = fields.schema;
  }
  async _call(arg, _runManager) {
    return JSON.stringify(arg);
  }
};

// node_modules/@langchain/core/dist/utils/testing/tracers.js
var SingleRunExtractor = class extends BaseTracer {
  runPromiseResolver;
  runPromise;
  /** The name of the callback handler. */
  name = "single_run_extractor";
  constructor() {
    super();
    this.runPromise = new Promise((extract) => {
      this.runPromiseResolver = extract;
    });
  }
  async persistRun(run) {
    this.runPromiseResolver(run);
  }
  async extract() {
    return this.runPromise;
  }
};

// node_modules/@langchain/core/dist/vectorstores.js
var vectorstores_exports = /* @__PURE__ */ __exportAll({
  SaveableVectorStore: () => SaveableVectorStore,
  VectorStore: () => VectorStore,
  VectorStoreRetriever: () => VectorStoreRetriever
});
var VectorStoreRetriever = class extends BaseRetriever {
  static lc_name() {
    return "VectorStoreRetriever";
  }
  get lc_namespace() {
    return ["langchain_core", "vectorstores"];
  }
  /**
  * The instance of `VectorStore` used for storing and retrieving document embeddings.
  * This vector store must implement the `VectorStoreInterface` to be compatible
  * with the retriever’s operations.
  */
  vectorStore;
  /**
  * Specifies the number of documents to retrieve for each search query.
  * Defaults to 4 if not specified, providing a basic result count for similarity or MMR searches.
  */
  k = 4;
  /**
  * Determines the type of search operation to perform on the vector store.
  *
  * - `"similarity"` (default): Conducts a similarity search based purely on vector similarity
  *   to the query.
  * - `"mmr"`: Executes a maximal marginal relevance (MMR) search, balancing relevance and
  *   diversity in the retrieved results.
  */
  searchType = "similarity";
  /**
  * Additional options specific to maximal marginal relevance (MMR) search, applicable
  * only if `searchType` is set to `"mmr"`.
  *
  * Includes:
  * - `fetchK`: The initial number of documents fetched before applying the MMR algorithm,
  *   allowing for a larger selection from which to choose the most diverse results.
  * - `lambda`: A parameter between 0 and 1 to adjust the relevance-diversity balance,
  *   where 0 prioritizes diversity and 1 prioritizes relevance.
  */
  searchKwargs;
  /**
  * Optional filter applied to search results, defined by the `FilterType` of the vector store.
  * Allows for refined, targeted results by restricting the returned documents based
  * on specified filter criteria.
  */
  filter;
  /**
  * Returns the type of vector store, as defined by the `vectorStore` instance.
  *
  * @returns {string} The vector store type.
  */
  _vectorstoreType() {
    return this.vectorStore._vectorstoreType();
  }
  /**
  * Initializes a new instance of `VectorStoreRetriever` with the specified configuration.
  *
  * This constructor configures the retriever to interact with a given `VectorStore`
  * and supports different retrieval strategies, including similarity search and maximal
  * marginal relevance (MMR) search. Various options allow customization of the number
  * of documents retrieved per query, filtering based on conditions, and fine-tuning
  * MMR-specific parameters.
  *
  * @param fields - Configuration options for setting up the retriever:
  *
  *   - `vectorStore` (required): The `VectorStore` instance implementing `VectorStoreInterface`
  *     that will be used to store and retrieve document embeddings. This is the core component
  *     of the retriever, enabling vector-based similarity and MMR searches.
  *
  *   - `k` (optional): Specifies the number of documents to retrieve per search query. If not
  *     provided, defaults to 4. This count determines the number of most relevant documents returned
  *     for each search operation, balancing performance with comprehensiveness.
  *
  *   - `searchType` (optional): Defines the search approach used by the retriever, allowing for
  *     flexibility between two methods:
  *       - `"similarity"` (default): A similarity-based search, retrieving documents with high vector
  *         similarity to the query. This type prioritizes relevance and is often used when diversity
  *         among results is less critical.
  *       - `"mmr"`: Maximal Marginal Relevance search, which combines relevance with diversity. MMR
  *         is useful for scenarios where varied content is essential, as it selects results that
  *         both match the query and introduce content diversity.
  *
  *   - `filter` (optional): A filter of type `FilterType`, defined by the vector store, that allows
  *     for refined and targeted search results. This filter applies specified conditions to limit
  *     which documents are eligible for retrieval, offering control over the scope of results.
  *
  *   - `searchKwargs` (optional, applicable only if `searchType` is `"mmr"`): Additional settings
  *     for configuring MMR-specific behavior. These parameters allow further tuning of the MMR
  *     search process:
  *       - `fetchK`: The initial number of documents fetched from the vector store before the MMR
  *         algorithm is applied. Fetching a larger set enables the algorithm to select a more
  *         diverse subset of documents.
  *       - `lambda`: A parameter controlling the relevance-diversity balance, where 0 emphasizes
  *         diversity and 1 prioritizes relevance. Intermediate values provide a blend of the two,
  *         allowing customization based on the importance of content variety relative to query relevance.
  */
  constructor(fields) {
    super(fields);
    this.vectorStore = fields.vectorStore;
    this.k = fields.k ?? this.k;
    this.searchType = fields.searchType ?? this.searchType;
    this.filter = fields.filter;
    if (fields.searchType === "mmr") this.searchKwargs = fields.searchKwargs;
  }
  /**
  * Retrieves relevant documents based on the specified query, using either
  * similarity or maximal marginal relevance (MMR) search.
  *
  * If `searchType` is set to `"mmr"`, performs an MMR search to balance
  * similarity and diversity among results. If `searchType` is `"similarity"`,
  * retrieves results purely based on similarity to the query.
  *
  * @param query - The query string used to find relevant documents.
  * @param runManager - Optional callback manager for tracking retrieval progress.
  * @returns A promise that resolves to an array of `DocumentInterface` instances
  *          representing the most relevant documents to the query.
  * @throws {Error} Throws an error if MMR search is requested but not supported
  *                 by the vector store.
  * @protected
  */
  async _getRelevantDocuments(query, runManager) {
    if (this.searchType === "mmr") {
      if (typeof this.vectorStore.maxMarginalRelevanceSearch !== "function") throw new Error(`The vector store backing this retriever, ${this._vectorstoreType()} does not support max marginal relevance search.`);
      return this.vectorStore.maxMarginalRelevanceSearch(query, {
        k: this.k,
        filter: this.filter,
        ...this.searchKwargs
      }, runManager?.getChild("vectorstore"));
    }
    return this.vectorStore.similaritySearch(query, this.k, this.filter, runManager?.getChild("vectorstore"));
  }
  /**
  * Adds an array of documents to the vector store, embedding them as part of
  * the storage process.
  *
  * This method delegates document embedding and storage to the `addDocuments`
  * method of the underlying vector store.
  *
  * @param documents - An array of documents to embed and add to the vector store.
  * @param options - Optional settings to customize document addition.
  * @returns A promise that resolves to an array of document IDs or `void`,
  *          depending on the vector store's implementation.
  */
  async addDocuments(documents, options) {
    return this.vectorStore.addDocuments(documents, options);
  }
};
var VectorStore = class extends Serializable {
  /**
  * Namespace within LangChain to uniquely identify this vector store's
  * location, based on the vector store type.
  *
  * @internal
  */
  lc_namespace = [
    "langchain",
    "vectorstores",
    this._vectorstoreType()
  ];
  /**
  * Embeddings interface for generating vector embeddings from text queries,
  * enabling vector-based similarity searches.
  */
  embeddings;
  /**
  * Initializes a new vector store with embeddings and database configuration.
  *
  * @param embeddings - Instance of `EmbeddingsInterface` used to embed queries.
  * @param dbConfig - Configuration settings for the database or storage system.
  */
  constructor(embeddings, dbConfig) {
    super(dbConfig);
    this.embeddings = embeddings;
  }
  /**
  * Deletes documents from the vector store based on the specified parameters.
  *
  * @param _params - Flexible key-value pairs defining conditions for document deletion.
  * @returns A promise that resolves once the deletion is complete.
  */
  async delete(_params) {
    throw new Error("Not implemented.");
  }
  /**
  * Searches for documents similar to a text query by embedding the query and
  * performing a similarity search on the resulting vector.
  *
  * @param query - Text query for finding similar documents.
  * @param k - Number of similar results to return. Defaults to 4.
  * @param filter - Optional filter based on `FilterType`.
  * @param _callbacks - Optional callbacks for monitoring search progress
  * @returns A promise resolving to an array of `DocumentInterface` instances representing similar documents.
  */
  async similaritySearch(query, k = 4, filter = void 0, _callbacks = void 0) {
    return (await this.similaritySearchVectorWithScore(await this.embeddings.embedQuery(query), k, filter)).map((result) => result[0]);
  }
  /**
  * Searches for documents similar to a text query by embedding the query,
  * and returns results with similarity scores.
  *
  * @param query - Text query for finding similar documents.
  * @param k - Number of similar results to return. Defaults to 4.
  * @param filter - Optional filter based on `FilterType`.
  * @param _callbacks - Optional callbacks for monitoring search progress
  * @returns A promise resolving to an array of tuples, each containing a
  *          document and its similarity score.
  */
  async similaritySearchWithScore(query, k = 4, filter = void 0, _callbacks = void 0) {
    return this.similaritySearchVectorWithScore(await this.embeddings.embedQuery(query), k, filter);
  }
  /**
  * Creates a `VectorStore` instance from an array of text strings and optional
  * metadata, using the specified embeddings and database configuration.
  *
  * Subclasses must implement this method to define how text and metadata
  * are embedded and stored in the vector store. Throws an error if not overridden.
  *
  * @param _texts - Array of strings representing the text documents to be stored.
  * @param _metadatas - Metadata for the texts, either as an array (one for each text)
  *                     or a single object (applied to all texts).
  * @param _embeddings - Instance of `EmbeddingsInterface` to embed the texts.
  * @param _dbConfig - Database configuration settings.
  * @returns A promise that resolves to a new `VectorStore` instance.
  * @throws {Error} Throws an error if this method is not overridden by a subclass.
  */
  static fromTexts(_texts, _metadatas, _embeddings, _dbConfig) {
    throw new Error("the Langchain vectorstore implementation you are using forgot to override this, please report a bug");
  }
  /**
  * Creates a `VectorStore` instance from an array of documents, using the specified
  * embeddings and database configuration.
  *
  * Subclasses must implement this method to define how documents are embedded
  * and stored. Throws an error if not overridden.
  *
  * @param _docs - Array of `DocumentInterface` instances representing the documents to be stored.
  * @param _embeddings - Instance of `EmbeddingsInterface` to embed the documents.
  * @param _dbConfig - Database configuration settings.
  * @returns A promise that resolves to a new `VectorStore` instance.
  * @throws {Error} Throws an error if this method is not overridden by a subclass.
  */
  static fromDocuments(_docs, _embeddings, _dbConfig) {
    throw new Error("the Langchain vectorstore implementation you are using forgot to override this, please report a bug");
  }
  /**
  * Creates a `VectorStoreRetriever` instance with flexible configuration options.
  *
  * @param kOrFields
  *    - If a number is provided, it sets the `k` parameter (number of items to retrieve).
  *    - If an object is provided, it should contain various configuration options.
  * @param filter
  *    - Optional filter criteria to limit the items retrieved based on the specified filter type.
  * @param callbacks
  *    - Optional callbacks that may be triggered at specific stages of the retrieval process.
  * @param tags
  *    - Tags to categorize or label the `VectorStoreRetriever`. Defaults to an empty array if not provided.
  * @param metadata
  *    - Additional metadata as key-value pairs to add contextual information for the retrieval process.
  * @param verbose
  *    - If `true`, enables detailed logging for the retrieval process. Defaults to `false`.
  *
  * @returns
  *    - A configured `VectorStoreRetriever` instance based on the provided parameters.
  *
  * @example
  * Basic usage with a `k` value:
  * ```typescript
  * const retriever = myVectorStore.asRetriever(5);
  * ```
  *
  * Usage with a configuration object:
  * ```typescript
  * const retriever = myVectorStore.asRetriever({
  *   k: 10,
  *   filter: myFilter,
  *   tags: ['example', 'test'],
  *   verbose: true,
  *   searchType: 'mmr',
  *   searchKwargs: { alpha: 0.5 },
  * });
  * ```
  */
  asRetriever(kOrFields, filter, callbacks, tags, metadata, verbose) {
    if (typeof kOrFields === "number") return new VectorStoreRetriever({
      vectorStore: this,
      k: kOrFields,
      filter,
      tags: [...tags ?? [], this._vectorstoreType()],
      metadata,
      verbose,
      callbacks
    });
    else {
      const params = {
        vectorStore: this,
        k: kOrFields?.k,
        filter: kOrFields?.filter,
        tags: [...kOrFields?.tags ?? [], this._vectorstoreType()],
        metadata: kOrFields?.metadata,
        verbose: kOrFields?.verbose,
        callbacks: kOrFields?.callbacks,
        searchType: kOrFields?.searchType
      };
      if (kOrFields?.searchType === "mmr") return new VectorStoreRetriever({
        ...params,
        searchKwargs: kOrFields.searchKwargs
      });
      return new VectorStoreRetriever({ ...params });
    }
  }
};
var SaveableVectorStore = class extends VectorStore {
  /**
  * Loads a vector store instance from the specified directory, using the
  * provided embeddings to ensure compatibility.
  *
  * This static method reconstructs a `SaveableVectorStore` from previously
  * saved data. Implementations should interpret the saved data format to
  * recreate the vector store instance.
  *
  * @param _directory - The directory path from which the vector store
  * data will be loaded.
  * @param _embeddings - An instance of `EmbeddingsInterface` to align
  * the embeddings with the loaded vector data.
  * @returns A promise that resolves to a `SaveableVectorStore` instance
  * constructed from the saved data.
  */
  static load(_directory, _embeddings) {
    throw new Error("Not implemented");
  }
};

// node_modules/@langchain/core/dist/utils/testing/vectorstores.js
var FakeVectorStore = class FakeVectorStore2 extends VectorStore {
  memoryVectors = [];
  similarity;
  _vectorstoreType() {
    return "memory";
  }
  constructor(embeddings, { similarity, ...rest } = {}) {
    super(embeddings, rest);
    this.similarity = similarity ?? cosine;
  }
  /**
  * Method to add documents to the memory vector store. It extracts the
  * text from each document, generates embeddings for them, and adds the
  * resulting vectors to the store.
  * @param documents Array of `Document` instances to be added to the store.
  * @returns Promise that resolves when all documents have been added.
  */
  async addDocuments(documents) {
    const texts = documents.map(({ pageContent }) => pageContent);
    return this.addVectors(await this.embeddings.embedDocuments(texts), documents);
  }
  /**
  * Method to add vectors to the memory vector store. It creates
  * `MemoryVector` instances for each vector and document pair and adds
  * them to the store.
  * @param vectors Array of vectors to be added to the store.
  * @param documents Array of `Document` instances corresponding to the vectors.
  * @returns Promise that resolves when all vectors have been added.
  */
  async addVectors(vectors, documents) {
    const memoryVectors = vectors.map((embedding, idx) => ({
      content: documents[idx].pageContent,
      embedding,
      metadata: documents[idx].metadata
    }));
    this.memoryVectors = this.memoryVectors.concat(memoryVectors);
  }
  /**
  * Method to perform a similarity search in the memory vector store. It
  * calculates the similarity between the query vector and each vector in
  * the store, sorts the results by similarity, and returns the top `k`
  * results along with their scores.
  * @param query Query vector to compare against the vectors in the store.
  * @param k Number of top results to return.
  * @param filter Optional filter function to apply to the vectors before performing the search.
  * @returns Promise that resolves with an array of tuples, each containing a `Document` and its similarity score.
  */
  async similaritySearchVectorWithScore(query, k, filter) {
    const filterFunction = (memoryVector) => {
      if (!filter) return true;
      return filter(new Document({
        metadata: memoryVector.metadata,
        pageContent: memoryVector.content
      }));
    };
    const filteredMemoryVectors = this.memoryVectors.filter(filterFunction);
    return filteredMemoryVectors.map((vector, index2) => ({
      similarity: this.similarity(query, vector.embedding),
      index: index2
    })).sort((a, b) => a.similarity > b.similarity ? -1 : 0).slice(0, k).map((search) => [new Document({
      metadata: filteredMemoryVectors[search.index].metadata,
      pageContent: filteredMemoryVectors[search.index].content
    }), search.similarity]);
  }
  /**
  * Static method to create a `FakeVectorStore` instance from an array of
  * texts. It creates a `Document` for each text and metadata pair, and
  * adds them to the store.
  * @param texts Array of texts to be added to the store.
  * @param metadatas Array or single object of metadata corresponding to the texts.
  * @param embeddings `Embeddings` instance used to generate embeddings for the texts.
  * @param dbConfig Optional `FakeVectorStoreArgs` to configure the `FakeVectorStore` instance.
  * @returns Promise that resolves with a new `FakeVectorStore` instance.
  */
  static async fromTexts(texts, metadatas, embeddings, dbConfig) {
    const docs = [];
    for (let i = 0; i < texts.length; i += 1) {
      const metadata = Array.isArray(metadatas) ? metadatas[i] : metadatas;
      const newDoc = new Document({
        pageContent: texts[i],
        metadata
      });
      docs.push(newDoc);
    }
    return FakeVectorStore2.fromDocuments(docs, embeddings, dbConfig);
  }
  /**
  * Static method to create a `FakeVectorStore` instance from an array of
  * `Document` instances. It adds the documents to the store.
  * @param docs Array of `Document` instances to be added to the store.
  * @param embeddings `Embeddings` instance used to generate embeddings for the documents.
  * @param dbConfig Optional `FakeVectorStoreArgs` to configure the `FakeVectorStore` instance.
  * @returns Promise that resolves with a new `FakeVectorStore` instance.
  */
  static async fromDocuments(docs, embeddings, dbConfig) {
    const instance = new this(embeddings, dbConfig);
    await instance.addDocuments(docs);
    return instance;
  }
  /**
  * Static method to create a `FakeVectorStore` instance from an existing
  * index. It creates a new `FakeVectorStore` instance without adding any
  * documents or vectors.
  * @param embeddings `Embeddings` instance used to generate embeddings for the documents.
  * @param dbConfig Optional `FakeVectorStoreArgs` to configure the `FakeVectorStore` instance.
  * @returns Promise that resolves with a new `FakeVectorStore` instance.
  */
  static async fromExistingIndex(embeddings, dbConfig) {
    return new this(embeddings, dbConfig);
  }
};

// node_modules/@langchain/core/dist/utils/testing/index.js
var testing_exports2 = /* @__PURE__ */ __exportAll({
  FakeChatMessageHistory: () => FakeChatMessageHistory,
  FakeChatModel: () => FakeChatModel,
  FakeEmbeddings: () => FakeEmbeddings,
  FakeLLM: () => FakeLLM,
  FakeListChatMessageHistory: () => FakeListChatMessageHistory,
  FakeListChatModel: () => FakeListChatModel,
  FakeRetriever: () => FakeRetriever,
  FakeRunnable: () => FakeRunnable,
  FakeSplitIntoListParser: () => FakeSplitIntoListParser,
  FakeStreamingChatModel: () => FakeStreamingChatModel,
  FakeStreamingLLM: () => FakeStreamingLLM,
  FakeTool: () => FakeTool,
  FakeTracer: () => FakeTracer,
  FakeVectorStore: () => FakeVectorStore,
  SingleRunExtractor: () => SingleRunExtractor,
  SyntheticEmbeddings: () => SyntheticEmbeddings,
  asAsyncIterable: () => asAsyncIterable,
  openAIReasoningTextChunks: () => openAIReasoningTextChunks,
  openAITextOnlyChunks: () => openAITextOnlyChunks,
  openAITextOnlyChunksWithUsage: () => openAITextOnlyChunksWithUsage,
  openAIToolCallChunks: () => openAIToolCallChunks,
  sseResponseFromOpenAIChunks: () => sseResponseFromOpenAIChunks,
  streamMatchers: () => streamMatchers
});

// node_modules/@langchain/core/dist/load/import_map.js
var import_map_exports = /* @__PURE__ */ __exportAll({
  agents: () => agents_exports,
  caches: () => caches_exports,
  callbacks__base: () => base_exports,
  callbacks__manager: () => manager_exports,
  callbacks__promises: () => promises_exports,
  chat_history: () => chat_history_exports,
  decisions: () => decisions_exports,
  document_loaders__base: () => base_exports4,
  document_loaders__langsmith: () => langsmith_exports,
  documents: () => documents_exports,
  embeddings: () => embeddings_exports,
  errors: () => errors_exports,
  example_selectors: () => example_selectors_exports,
  index: () => src_exports,
  indexing: () => indexing_exports,
  language_models__base: () => base_exports3,
  language_models__chat_models: () => chat_models_exports,
  language_models__compat: () => compat_exports,
  language_models__event: () => event_exports,
  language_models__llms: () => llms_exports,
  language_models__openai_completions_stream: () => openai_completions_stream_exports,
  language_models__profile: () => profile_exports,
  language_models__stream: () => stream_exports2,
  language_models__structured_output: () => structured_output_exports,
  load__serializable: () => serializable_exports,
  memory: () => memory_exports,
  messages: () => messages_exports,
  messages__tool: () => tool_exports,
  output_parsers: () => output_parsers_exports,
  output_parsers__openai_functions: () => openai_functions_exports,
  output_parsers__openai_tools: () => openai_tools_exports,
  outputs: () => outputs_exports,
  prompt_values: () => prompt_values_exports,
  prompts: () => prompts_exports,
  retrievers: () => retrievers_exports,
  retrievers__document_compressors: () => document_compressors_exports,
  runnables: () => runnables_exports,
  runnables__graph: () => graph_exports,
  singletons: () => singletons_exports,
  stores: () => stores_exports,
  structured_query: () => structured_query_exports,
  testing: () => testing_exports,
  tools: () => tools_exports,
  tracers__base: () => base_exports2,
  tracers__console: () => console_exports,
  tracers__log_stream: () => log_stream_exports,
  tracers__run_collector: () => run_collector_exports,
  tracers__tracer_langchain: () => tracer_langchain_exports,
  types__stream: () => stream_exports3,
  utils__async_caller: () => async_caller_exports,
  utils__chunk_array: () => chunk_array_exports,
  utils__context: () => context_exports,
  utils__env: () => env_exports,
  utils__event_source_parse: () => event_source_parse_exports,
  utils__format: () => format_exports,
  utils__function_calling: () => function_calling_exports,
  utils__gateway: () => gateway_exports,
  utils__hash: () => hash_exports,
  utils__json_patch: () => json_patch_exports,
  utils__json_schema: () => json_schema_exports,
  utils__math: () => math_exports,
  utils__ssrf: () => ssrf_exports,
  utils__standard_schema: () => standard_schema_exports,
  utils__stream: () => stream_exports,
  utils__testing: () => testing_exports2,
  utils__tiktoken: () => tiktoken_exports,
  utils__types: () => types_exports,
  utils__uuid: () => uuid_exports,
  vectorstores: () => vectorstores_exports
});

// node_modules/@langchain/core/dist/load/index.js
var DEFAULT_MAX_DEPTH = 50;
function combineAliasesAndInvert(constructor) {
  const aliases = {};
  for (let current = constructor; current && current.prototype; current = Object.getPrototypeOf(current)) Object.assign(aliases, Reflect.get(current.prototype, "lc_aliases"));
  return Object.entries(aliases).reduce((acc, [key, value]) => {
    acc[value] = key;
    return acc;
  }, {});
}
async function reviver(value) {
  const { optionalImportsMap, optionalImportEntrypoints: optionalImportEntrypoints$1, importMap, secretsMap, secretsFromEnv, path, depth, maxDepth } = this;
  const pathStr = path.join(".");
  if (depth > maxDepth) throw new Error(`Maximum recursion depth (${maxDepth}) exceeded during deserialization. This may indicate a malicious payload or you may need to increase maxDepth.`);
  if (typeof value !== "object" || value == null) return value;
  if (Array.isArray(value)) return Promise.all(value.map((v, i) => reviver.call({
    ...this,
    path: [...path, `${i}`],
    depth: depth + 1
  }, v)));
  const record2 = value;
  if (isEscapedObject(record2)) return unescapeValue(record2);
  if ("lc" in record2 && "type" in record2 && "id" in record2 && record2.lc === 1 && record2.type === "secret") {
    const [key] = record2.id;
    if (key in secretsMap) return secretsMap[key];
    else if (secretsFromEnv) {
      const secretValueInEnv = getEnvironmentVariable(key);
      if (secretValueInEnv) return secretValueInEnv;
    }
    throw new Error(`Missing secret "${key}" at ${pathStr}`);
  }
  if ("lc" in record2 && "type" in record2 && "id" in record2 && record2.lc === 1 && record2.type === "not_implemented") {
    const str = JSON.stringify(record2);
    throw new Error(`Trying to load an object that doesn't implement serialization: ${pathStr} -> ${str}`);
  }
  if ("lc" in record2 && "type" in record2 && "id" in record2 && "kwargs" in record2 && record2.lc === 1 && record2.type === "constructor") {
    const serialized = record2;
    const str = JSON.stringify(serialized);
    const [name, ...namespaceReverse] = serialized.id.slice().reverse();
    const namespace = namespaceReverse.reverse();
    const importMaps = {
      langchain_core: import_map_exports,
      langchain: importMap
    };
    let module = null;
    const optionalImportNamespaceAliases = [namespace.join("/")];
    if (namespace[0] === "langchain_community") optionalImportNamespaceAliases.push(["langchain", ...namespace.slice(1)].join("/"));
    const matchingNamespaceAlias = optionalImportNamespaceAliases.find((alias) => alias in optionalImportsMap);
    if (optionalImportEntrypoints.concat(optionalImportEntrypoints$1).includes(namespace.join("/")) || matchingNamespaceAlias) {
      if (matchingNamespaceAlias !== void 0) module = await optionalImportsMap[matchingNamespaceAlias];
      else throw new Error(`Missing key "${namespace.join("/")}" for ${pathStr} in load(optionalImportsMap={})`);
    } else {
      let finalImportMap;
      if (namespace[0] === "langchain" || namespace[0] === "langchain_core") {
        finalImportMap = importMaps[namespace[0]];
        namespace.shift();
      } else throw new Error(`Invalid namespace: ${pathStr} -> ${str}`);
      if (namespace.length === 0) throw new Error(`Invalid namespace: ${pathStr} -> ${str}`);
      let importMapKey;
      do {
        importMapKey = namespace.join("__");
        if (importMapKey in finalImportMap) break;
        else namespace.pop();
      } while (namespace.length > 0);
      if (importMapKey in finalImportMap) module = finalImportMap[importMapKey];
    }
    if (typeof module !== "object" || module === null) throw new Error(`Invalid namespace: ${pathStr} -> ${str}`);
    const builder = module[name] ?? Object.values(module).find((v) => typeof v === "function" && get_lc_unique_name(v) === name);
    if (typeof builder !== "function") throw new Error(`Invalid identifer: ${pathStr} -> ${str}`);
    const kwargs = await reviver.call({
      ...this,
      path: [...path, "kwargs"],
      depth: depth + 1
    }, serialized.kwargs);
    const instance = new builder(mapKeys(kwargs, keyFromJson, combineAliasesAndInvert(builder)));
    Object.defineProperty(instance.constructor, "name", { value: name });
    return instance;
  }
  const result = {};
  for (const [key, val] of Object.entries(record2)) result[key] = await reviver.call({
    ...this,
    path: [...path, key],
    depth: depth + 1
  }, val);
  return result;
}
async function load(text, options) {
  const json2 = JSON.parse(text);
  const context2 = {
    optionalImportsMap: options?.optionalImportsMap ?? {},
    optionalImportEntrypoints: options?.optionalImportEntrypoints ?? [],
    secretsMap: options?.secretsMap ?? {},
    secretsFromEnv: options?.secretsFromEnv ?? false,
    importMap: options?.importMap ?? {},
    path: ["$"],
    depth: 0,
    maxDepth: options?.maxDepth ?? DEFAULT_MAX_DEPTH
  };
  return reviver.call(context2, json2);
}

// node_modules/@langchain/langgraph-checkpoint/dist/serde/jsonplus.js
function isLangChainSerializedObject(value) {
  return value !== null && value.lc === 1 && value.type === "constructor" && Array.isArray(value.id);
}
function isUndefinedRecord(value) {
  return value.lc === 2 && value.type === "undefined";
}
function isDeltaSnapshotRecord(value) {
  return value.lc === 2 && value.type === "delta_snapshot" && Object.prototype.hasOwnProperty.call(value, "value");
}
function isConstructorRecord(value) {
  return value.lc === 2 && value.type === "constructor";
}
function hasConstructorId(record2, name) {
  return Array.isArray(record2.id) && record2.id.length === 1 && record2.id[0] === name;
}
function hasNoMethod(record2) {
  return record2.method === void 0 || record2.method === null;
}
function hasSingleArrayArg(record2) {
  return Array.isArray(record2.args) && record2.args.length === 1 && Array.isArray(record2.args[0]);
}
function isByteArray(value) {
  return value.every((item) => typeof item === "number" && Number.isInteger(item) && item >= 0 && item <= 255);
}
function reviveConstructorRecord(record2) {
  if (hasConstructorId(record2, "Set") && hasNoMethod(record2)) {
    if (!hasSingleArrayArg(record2)) return void 0;
    return new Set(record2.args[0]);
  }
  if (hasConstructorId(record2, "Map") && hasNoMethod(record2)) {
    if (!hasSingleArrayArg(record2) || !record2.args[0].every((entry) => Array.isArray(entry) && entry.length === 2)) return;
    return new Map(record2.args[0]);
  }
  if (hasConstructorId(record2, "RegExp") && hasNoMethod(record2)) {
    if (!Array.isArray(record2.args) || record2.args.length !== 2 || typeof record2.args[0] !== "string" || typeof record2.args[1] !== "string") return;
    try {
      return new RegExp(record2.args[0], record2.args[1]);
    } catch {
      return;
    }
  }
  if (hasConstructorId(record2, "Error") && hasNoMethod(record2)) {
    if (!Array.isArray(record2.args) || record2.args.length !== 1 || typeof record2.args[0] !== "string") return;
    return new Error(record2.args[0]);
  }
  if (hasConstructorId(record2, "Uint8Array") && (hasNoMethod(record2) || record2.method === "from")) {
    if (!hasSingleArrayArg(record2) || !isByteArray(record2.args[0])) return;
    return new Uint8Array(record2.args[0]);
  }
}
async function _reviver(value) {
  if (value && typeof value === "object") if (Array.isArray(value)) return await Promise.all(value.map((item) => _reviver(item)));
  else {
    const revivedObj = {};
    for (const [k, v] of Object.entries(value)) revivedObj[k] = await _reviver(v);
    if (isUndefinedRecord(revivedObj)) return;
    else if (isDeltaSnapshotRecord(revivedObj)) return new DeltaSnapshot(revivedObj.value);
    else if (isConstructorRecord(revivedObj)) return reviveConstructorRecord(revivedObj) ?? revivedObj;
    else if (isLangChainSerializedObject(revivedObj)) return load(JSON.stringify(revivedObj));
    return revivedObj;
  }
  return value;
}
function _encodeConstructorArgs(constructor, method, args, kwargs) {
  return {
    lc: 2,
    type: "constructor",
    id: [constructor.name],
    method: method ?? null,
    args: args ?? [],
    kwargs: kwargs ?? {}
  };
}
function _default(obj) {
  if (obj === void 0) return {
    lc: 2,
    type: "undefined"
  };
  else if (obj instanceof DeltaSnapshot) return {
    lc: 2,
    type: "delta_snapshot",
    value: obj.value
  };
  else if (obj instanceof Set || obj instanceof Map) return _encodeConstructorArgs(obj.constructor, void 0, [Array.from(obj)]);
  else if (obj instanceof RegExp) return _encodeConstructorArgs(RegExp, void 0, [obj.source, obj.flags]);
  else if (obj instanceof Error) return _encodeConstructorArgs(Error, void 0, [obj.message]);
  else if (obj?.lg_name === "Send") return {
    node: obj.node,
    args: obj.args,
    ...obj.timeout !== void 0 ? { timeout: obj.timeout } : {}
  };
  else if (obj instanceof Uint8Array) return _encodeConstructorArgs(Uint8Array, "from", [Array.from(obj)]);
  else return obj;
}
var JsonPlusSerializer = class {
  _dumps(obj) {
    return new TextEncoder().encode(stringify(obj, (_, value) => {
      return _default(value);
    }));
  }
  async dumpsTyped(obj) {
    if (obj instanceof Uint8Array) return ["bytes", obj];
    else return ["json", this._dumps(obj)];
  }
  async _loads(data) {
    return _reviver(JSON.parse(data));
  }
  async loadsTyped(type, data) {
    if (type === "bytes") return typeof data === "string" ? new TextEncoder().encode(data) : data;
    else if (type === "json") return this._loads(typeof data === "string" ? data : new TextDecoder().decode(data));
    else throw new Error(`Unknown serialization type: ${type}`);
  }
};

// node_modules/@langchain/langgraph-checkpoint/dist/base.js
function deepCopy(obj) {
  if (typeof obj !== "object" || obj === null) return obj;
  const newObj = Array.isArray(obj) ? [] : {};
  for (const key in obj) if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = deepCopy(obj[key]);
  return newObj;
}
function emptyCheckpoint() {
  return {
    v: 4,
    id: uuid6(0),
    ts: (/* @__PURE__ */ new Date()).toISOString(),
    channel_values: {},
    channel_versions: {},
    versions_seen: {}
  };
}
function copyCheckpoint(checkpoint) {
  return {
    v: checkpoint.v,
    id: checkpoint.id,
    ts: checkpoint.ts,
    channel_values: { ...checkpoint.channel_values ?? {} },
    channel_versions: { ...checkpoint.channel_versions ?? {} },
    versions_seen: deepCopy(checkpoint.versions_seen ?? {})
  };
}
function writesSortKey(taskPath, taskId = "", idx = 0) {
  return [
    taskPath,
    taskId,
    idx
  ];
}
function compareWritesSortKeys(a, b) {
  if (a[0] !== b[0]) return compareStringsByCodePoint(a[0], b[0]);
  if (a[1] !== b[1]) return compareStringsByCodePoint(a[1], b[1]);
  return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}
function compareStringsByCodePoint(a, b) {
  let ai = 0;
  let bi = 0;
  while (ai < a.length && bi < b.length) {
    const ac = a.codePointAt(ai);
    const bc = b.codePointAt(bi);
    if (ac !== bc) return ac < bc ? -1 : 1;
    ai += ac > 65535 ? 2 : 1;
    bi += bc > 65535 ? 2 : 1;
  }
  if (ai >= a.length && bi >= b.length) return 0;
  return ai >= a.length ? -1 : 1;
}
var BaseCheckpointSaver = class {
  serde = new JsonPlusSerializer();
  constructor(serde) {
    this.serde = serde || this.serde;
  }
  /**
  * Prevent `JSON.stringify` from traversing backend clients (e.g. pg Pool
  * timers) when a checkpointer is present in runnable `configurable`.
  */
  toJSON() {
    return `[${this.constructor.name}]`;
  }
  async get(config) {
    const value = await this.getTuple(config);
    return value ? value.checkpoint : void 0;
  }
  /**
  * Walk the parent chain returning per-channel writes + seed, used to
  * reconstruct `DeltaChannel` state from `checkpoint_writes`.
  *
  * For each requested channel, walks ancestors of the checkpoint identified
  * by `config` (following `parentConfig`) and accumulates the pending writes
  * for that channel. The walk terminates per-channel at the nearest ancestor
  * whose `channel_values[ch]` is populated; that value is returned as `seed`.
  * If the walk reaches the root without finding a stored value, `seed` is
  * omitted from that channel's entry — the consumer treats the absence as
  * "start empty".
  *
  * Walks the parent chain (not `list({ before })`): for forked threads, only
  * on-path ancestors contribute.
  *
  * Within a single checkpoint, writes are ordered by `writesSortKey` —
  * `(task_path, task_id, idx)` — the order live execution applies a
  * superstep's task writes in. This default walk cannot sort by path itself
  * (`CheckpointPendingWrite` carries no path), so it relies on `getTuple`
  * returning `pendingWrites` already in `writesSortKey` order, which the
  * contract above requires of every saver. Writes stored without a
  * `task_path` (graph input, `Command` updates, rows predating the
  * column) sort first, by `task_id`.
  *
  * The default implementation walks `getTuple` + `parentConfig` once for all
  * channels — each ancestor visited once, not once per channel. Savers with
  * direct storage access (e.g. `MemorySaver`) override for performance; the
  * return contract is fixed here.
  *
  * @remarks Beta. The signature, return shape, and interaction with
  * `DeltaSnapshot` blobs may change. Override at your own risk; the default
  * implementation will continue to work against the public
  * `BaseCheckpointSaver` contract.
  *
  * @param options.config Configuration identifying the target checkpoint.
  * @param options.channels Channel names to walk for. Empty → empty mapping.
  * @returns Per-channel {@link DeltaChannelHistory} for every requested name.
  */
  async getDeltaChannelHistory(options) {
    const { config, channels } = options;
    if (channels.length === 0) return {};
    const collectedByCh = {};
    const seedByCh = {};
    const remaining = new Set(channels);
    for (const ch of channels) collectedByCh[ch] = [];
    let cursorConfig = (await this.getTuple(config))?.parentConfig;
    while (cursorConfig != null && remaining.size > 0) {
      const tup = await this.getTuple(cursorConfig);
      if (tup === void 0) break;
      if (tup.pendingWrites && tup.pendingWrites.length > 0) {
        const perChannel = {};
        for (const write of tup.pendingWrites) {
          const ch = write[1];
          if (remaining.has(ch)) (perChannel[ch] ??= []).push(write);
        }
        for (const ch of Object.keys(perChannel)) {
          const block = perChannel[ch];
          for (let i = block.length - 1; i >= 0; i -= 1) collectedByCh[ch].push(block[i]);
        }
      }
      for (const ch of Array.from(remaining)) if (Object.prototype.hasOwnProperty.call(tup.checkpoint.channel_values, ch)) {
        seedByCh[ch] = tup.checkpoint.channel_values[ch];
        remaining.delete(ch);
      }
      cursorConfig = tup.parentConfig;
    }
    const result = {};
    for (const ch of channels) {
      const entry = { writes: collectedByCh[ch].slice().reverse() };
      if (Object.prototype.hasOwnProperty.call(seedByCh, ch)) entry.seed = seedByCh[ch];
      result[ch] = entry;
    }
    return result;
  }
  /**
  * Generate the next version ID for a channel.
  *
  * Default is to use integer versions, incrementing by 1. If you override, you can use str/int/float versions,
  * as long as they are monotonically increasing.
  */
  getNextVersion(current) {
    if (typeof current === "string") throw new Error("Please override this method to use string versions.");
    return current !== void 0 && typeof current === "number" ? current + 1 : 1;
  }
};
function compareChannelVersions(a, b) {
  if (typeof a === "number" && typeof b === "number") return Math.sign(a - b);
  return String(a).localeCompare(String(b));
}
function maxChannelVersion(...versions) {
  return versions.reduce((max, version, idx) => {
    if (idx === 0) return version;
    return compareChannelVersions(max, version) >= 0 ? max : version;
  });
}
var WRITES_IDX_MAP = {
  [ERROR]: -1,
  [SCHEDULED]: -2,
  [INTERRUPT]: -3,
  [RESUME]: -4
};
var EXCLUDED_METADATA_KEYS = /* @__PURE__ */ new Set([
  "thread_id",
  "checkpoint_id",
  "checkpoint_ns",
  "checkpoint_map",
  "langgraph_step",
  "langgraph_node",
  "langgraph_triggers",
  "langgraph_path",
  "langgraph_checkpoint_ns"
]);

// node_modules/@langchain/langgraph-checkpoint/dist/store/base.js
var InvalidNamespaceError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InvalidNamespaceError";
  }
};
function validateNamespace(namespace, options = {}) {
  if (namespace.length === 0) {
    if (options.allowEmpty) return;
    throw new InvalidNamespaceError("Namespace cannot be empty.");
  }
  for (const label of namespace) {
    if (typeof label !== "string") throw new InvalidNamespaceError(`Invalid namespace label '${label}' found in ${namespace}. Namespace labels must be strings, but got ${typeof label}.`);
    if (label.includes(".")) throw new InvalidNamespaceError(`Invalid namespace label '${label}' found in ${namespace}. Namespace labels cannot contain periods ('.').`);
    if (label.includes(":")) throw new InvalidNamespaceError(`Invalid namespace label '${label}'. Namespace labels cannot contain colons (':').`);
    if (label.includes("\0")) throw new InvalidNamespaceError("Namespace labels cannot contain NUL bytes.");
    if (label === "") throw new InvalidNamespaceError(`Namespace labels cannot be empty strings. Got ${label} in ${namespace}`);
  }
  if (namespace[0] === "langgraph" && !options.allowReservedRoot) throw new InvalidNamespaceError(`Root label for namespace cannot be "langgraph". Got: ${namespace}`);
}
var BaseStore2 = class {
  /**
  * Retrieve a single item by its namespace and key.
  *
  * @param namespace Hierarchical path for the item
  * @param key Unique identifier within the namespace
  * @returns Promise resolving to the item or null if not found
  */
  async get(namespace, key) {
    validateNamespace(namespace, {
      allowEmpty: true,
      allowReservedRoot: true
    });
    return (await this.batch([{
      namespace,
      key
    }]))[0];
  }
  /**
  * Search for items within a namespace prefix.
  * Supports both metadata filtering and vector similarity search.
  *
  * @param namespacePrefix Hierarchical path prefix to search within
  * @param options Search options for filtering and pagination
  * @returns Promise resolving to list of matching items with relevance scores
  *
  * @example
  * // Search with filters
  * await store.search(["documents"], {
  *   filter: { type: "report", status: "active" },
  *   limit: 5,
  *   offset: 10
  * });
  *
  * // Vector similarity search
  * await store.search(["users", "content"], {
  *   query: "technical documentation about APIs",
  *   limit: 20
  * });
  */
  async search(namespacePrefix, options = {}) {
    validateNamespace(namespacePrefix, {
      allowEmpty: true,
      allowReservedRoot: true
    });
    const { filter, limit = 10, offset = 0, query } = options;
    return (await this.batch([{
      namespacePrefix,
      filter,
      limit,
      offset,
      query
    }]))[0];
  }
  /**
  * Store or update an item.
  *
  * @param namespace Hierarchical path for the item
  * @param key Unique identifier within the namespace
  * @param value Object containing the item's data
  * @param index Optional indexing configuration
  *
  * @example
  * // Simple storage
  * await store.put(["docs"], "report", { title: "Annual Report" });
  *
  * // With specific field indexing
  * await store.put(
  *   ["docs"],
  *   "report",
  *   {
  *     title: "Q4 Report",
  *     chapters: [{ content: "..." }, { content: "..." }]
  *   },
  *   ["title", "chapters[*].content"]
  * );
  */
  async put(namespace, key, value, index2) {
    validateNamespace(namespace);
    await this.batch([{
      namespace,
      key,
      value,
      index: index2
    }]);
  }
  /**
  * Delete an item from the store.
  *
  * @param namespace Hierarchical path for the item
  * @param key Unique identifier within the namespace
  */
  async delete(namespace, key) {
    validateNamespace(namespace, {
      allowEmpty: true,
      allowReservedRoot: true
    });
    await this.batch([{
      namespace,
      key,
      value: null
    }]);
  }
  /**
  * List and filter namespaces in the store.
  * Used to explore data organization and navigate the namespace hierarchy.
  *
  * @param options Options for listing namespaces
  * @returns Promise resolving to list of namespace paths
  *
  * @example
  * // List all namespaces under "documents"
  * await store.listNamespaces({
  *   prefix: ["documents"],
  *   maxDepth: 2
  * });
  *
  * // List namespaces ending with "v1"
  * await store.listNamespaces({
  *   suffix: ["v1"],
  *   limit: 50
  * });
  */
  async listNamespaces(options = {}) {
    const { prefix, suffix, maxDepth, limit = 100, offset = 0 } = options;
    const matchConditions = [];
    if (prefix) {
      validateNamespace(prefix, {
        allowEmpty: true,
        allowReservedRoot: true
      });
      matchConditions.push({
        matchType: "prefix",
        path: prefix
      });
    }
    if (suffix) {
      validateNamespace(suffix, {
        allowEmpty: true,
        allowReservedRoot: true
      });
      matchConditions.push({
        matchType: "suffix",
        path: suffix
      });
    }
    return (await this.batch([{
      matchConditions: matchConditions.length ? matchConditions : void 0,
      maxDepth,
      limit,
      offset
    }]))[0];
  }
  /**
  * Start the store. Override if initialization is needed.
  */
  start() {
  }
  /**
  * Stop the store. Override if cleanup is needed.
  */
  stop() {
  }
};

// node_modules/@langchain/langgraph-checkpoint/dist/store/batch.js
var extractStore = (input) => {
  if ("lg_name" in input && input.lg_name === "AsyncBatchedStore") return input.store;
  return input;
};
var AsyncBatchedStore = class extends BaseStore2 {
  lg_name = "AsyncBatchedStore";
  store;
  queue = /* @__PURE__ */ new Map();
  nextKey = 0;
  running = false;
  processingTask = null;
  constructor(store) {
    super();
    this.store = extractStore(store);
  }
  get isRunning() {
    return this.running;
  }
  /**
  * @ignore
  * Batch is not implemented here as we're only extending `BaseStore`
  * to allow it to be passed where `BaseStore` is expected, and implement
  * the convenience methods (get, search, put, delete).
  */
  async batch(_operations) {
    throw new Error("The `batch` method is not implemented on `AsyncBatchedStore`.\n Instead, it calls the `batch` method on the wrapped store.\n If you are seeing this error, something is wrong.");
  }
  async get(namespace, key) {
    validateNamespace(namespace, {
      allowEmpty: true,
      allowReservedRoot: true
    });
    return this.enqueueOperation({
      namespace,
      key
    });
  }
  async search(namespacePrefix, options) {
    validateNamespace(namespacePrefix, {
      allowEmpty: true,
      allowReservedRoot: true
    });
    const { filter, limit = 10, offset = 0, query } = options || {};
    return this.enqueueOperation({
      namespacePrefix,
      filter,
      limit,
      offset,
      query
    });
  }
  async put(namespace, key, value) {
    validateNamespace(namespace);
    return this.enqueueOperation({
      namespace,
      key,
      value
    });
  }
  async delete(namespace, key) {
    validateNamespace(namespace, {
      allowEmpty: true,
      allowReservedRoot: true
    });
    return this.enqueueOperation({
      namespace,
      key,
      value: null
    });
  }
  start() {
    if (!this.running) {
      this.running = true;
      this.processingTask = this.processBatchQueue();
    }
  }
  async stop() {
    this.running = false;
    if (this.processingTask) await this.processingTask;
  }
  enqueueOperation(operation) {
    return new Promise((resolve, reject) => {
      const key = this.nextKey;
      this.nextKey += 1;
      this.queue.set(key, {
        operation,
        resolve,
        reject
      });
    });
  }
  async processBatchQueue() {
    while (this.running) {
      await new Promise((resolve) => {
        setTimeout(resolve, 0);
      });
      if (this.queue.size === 0) continue;
      const batch = new Map(this.queue);
      this.queue.clear();
      try {
        const operations = Array.from(batch.values()).map(({ operation }) => operation);
        const results = await this.store.batch(operations);
        batch.forEach(({ resolve }, key) => {
          resolve(results[Array.from(batch.keys()).indexOf(key)]);
        });
      } catch (e) {
        batch.forEach(({ reject }) => {
          reject(e);
        });
      }
    }
  }
  toJSON() {
    return {
      queue: this.queue,
      nextKey: this.nextKey,
      running: this.running,
      store: "[LangGraphStore]"
    };
  }
};

// node_modules/@langchain/langgraph-checkpoint/dist/cache/base.js
var BaseCache = class {
  serde = new JsonPlusSerializer();
  /**
  * Initialize the cache with a serializer.
  *
  * @param serde - The serializer to use.
  */
  constructor(serde) {
    this.serde = serde || this.serde;
  }
};

export {
  uuid6,
  uuid5,
  TASKS,
  SCHEDULED,
  DeltaSnapshot,
  isDeltaSnapshot,
  emptyCheckpoint,
  copyCheckpoint,
  writesSortKey,
  compareWritesSortKeys,
  BaseCheckpointSaver,
  compareChannelVersions,
  maxChannelVersion,
  WRITES_IDX_MAP,
  EXCLUDED_METADATA_KEYS,
  AsyncBatchedStore,
  BaseCache
};
