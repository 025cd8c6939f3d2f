import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  COMMON_SETTINGS,
  configTextSecrets,
  defaultConfig,
  loadConfig,
  mcpServersSchema,
  packagePath,
  parseAddressRange,
  parseConfig,
  parseMcpServers,
  policyConfigSchema,
  policyRules,
  userIssueMessage
} from "./chunk-VTB4QWDN.js";
import {
  DEFAULT_RETRY,
  GITHUB_COMMENT_LIMIT,
  TeamStopped,
  applyProposal,
  assertEnvironmentName,
  capLine,
  checkedEnvironment,
  code,
  collectRefs,
  count,
  createRedactor,
  escapeInline,
  fenceFor,
  formatCount,
  listEnvironmentNames,
  loadEnvironment,
  redactError,
  renderApplyMarkdown,
  renderDriftMarkdown,
  renderPlanMarkdown,
  secretValuesFromEnv,
  sortStrings,
  takeWithin,
  withDiff
} from "./chunk-TYYCHZSP.js";
import {
  DEFAULT_USAGE_RANGES,
  LEGACY_TOOLS,
  PROTECTED_TAG,
  TOOL_NAMES,
  deepEqual,
  deposedRefTarget,
  formatInline,
  formatScalar,
  formatUsd,
  formatUsdDelta,
  isRef,
  isToolName,
  parseYamlSource,
  refTarget,
  require_dist,
  scrubControls,
  typicalUsage,
  usageRanges,
  zodIssueToError
} from "./chunk-IT5BDKXA.js";
import {
  external_exports
} from "./chunk-DSOI4Y75.js";
import {
  RepositoryFileError,
  checkRepositoryPath,
  filesFromBytes,
  readAhead,
  resolveRepositoryFiles,
  tooLarge
} from "./chunk-YEAFAQKE.js";
import {
  importOptional
} from "./chunk-ZDK5MVZP.js";
import {
  NotFoundError,
  PlagenticError,
  RefusedError,
  SpecError,
  formatNumber
} from "./chunk-WMOPTJPP.js";
import {
  PREFIX,
  addressedText,
  asciiLower,
  setOutputs
} from "./chunk-6KRB3YEL.js";
import {
  require_tunnel,
  require_undici
} from "./chunk-J7EWGYP4.js";
import {
  getResourceType
} from "./chunk-7W3TKOHO.js";
import {
  LOCAL_REPOSITORY,
  ProviderOperationError,
  normalizeRepository,
  otherOwner,
  targetOf
} from "./chunk-GOFYTHHW.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TXMSPRBW.js";

// node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js
var require_proxy = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getProxyUrl = getProxyUrl;
    exports.checkBypass = checkBypass;
    function getProxyUrl(reqUrl) {
      const usingSsl = reqUrl.protocol === "https:";
      if (checkBypass(reqUrl)) {
        return void 0;
      }
      const proxyVar = (() => {
        if (usingSsl) {
          return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
        } else {
          return process.env["http_proxy"] || process.env["HTTP_PROXY"];
        }
      })();
      if (proxyVar) {
        try {
          return new DecodedURL(proxyVar);
        } catch (_a) {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
            return new DecodedURL(`http://${proxyVar}`);
        }
      } else {
        return void 0;
      }
    }
    function checkBypass(reqUrl) {
      if (!reqUrl.hostname) {
        return false;
      }
      const reqHost = reqUrl.hostname;
      if (isLoopbackAddress(reqHost)) {
        return true;
      }
      const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
      if (!noProxy) {
        return false;
      }
      let reqPort;
      if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
      } else if (reqUrl.protocol === "http:") {
        reqPort = 80;
      } else if (reqUrl.protocol === "https:") {
        reqPort = 443;
      }
      const upperReqHosts = [reqUrl.hostname.toUpperCase()];
      if (typeof reqPort === "number") {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
      }
      for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
        if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
          return true;
        }
      }
      return false;
    }
    function isLoopbackAddress(host) {
      const hostLower = host.toLowerCase();
      return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
    }
    var DecodedURL = class extends URL {
      constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    };
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js
var require_lib = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __awaiter2 = exports && exports.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve4) {
          resolve4(value);
        });
      }
      return new (P || (P = Promise))(function(resolve4, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve4(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HttpClient = exports.HttpClientResponse = exports.HttpClientError = exports.MediaTypes = exports.Headers = exports.HttpCodes = void 0;
    exports.getProxyUrl = getProxyUrl;
    exports.isHttps = isHttps;
    var http = __importStar(__require("http"));
    var https = __importStar(__require("https"));
    var pm = __importStar(require_proxy());
    var tunnel = __importStar(require_tunnel());
    var undici_1 = require_undici();
    var HttpCodes;
    (function(HttpCodes2) {
      HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
      HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
      HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
      HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
      HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
      HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
      HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
      HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
      HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
      HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
      HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
      HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
      HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
      HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
      HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
      HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
      HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
      HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
      HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
      HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
      HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
      HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
      HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
      HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
      HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
      HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
      HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
    })(HttpCodes || (exports.HttpCodes = HttpCodes = {}));
    var Headers;
    (function(Headers2) {
      Headers2["Accept"] = "accept";
      Headers2["ContentType"] = "content-type";
    })(Headers || (exports.Headers = Headers = {}));
    var MediaTypes;
    (function(MediaTypes2) {
      MediaTypes2["ApplicationJson"] = "application/json";
    })(MediaTypes || (exports.MediaTypes = MediaTypes = {}));
    function getProxyUrl(serverUrl) {
      const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
      return proxyUrl ? proxyUrl.href : "";
    }
    var HttpRedirectCodes = [
      HttpCodes.MovedPermanently,
      HttpCodes.ResourceMoved,
      HttpCodes.SeeOther,
      HttpCodes.TemporaryRedirect,
      HttpCodes.PermanentRedirect
    ];
    var HttpResponseRetryCodes = [
      HttpCodes.BadGateway,
      HttpCodes.ServiceUnavailable,
      HttpCodes.GatewayTimeout
    ];
    var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
    var ExponentialBackoffCeiling = 10;
    var ExponentialBackoffTimeSlice = 5;
    var HttpClientError = class _HttpClientError extends Error {
      constructor(message, statusCode) {
        super(message);
        this.name = "HttpClientError";
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, _HttpClientError.prototype);
      }
    };
    exports.HttpClientError = HttpClientError;
    var HttpClientResponse = class {
      constructor(message) {
        this.message = message;
      }
      readBody() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve4) => __awaiter2(this, void 0, void 0, function* () {
            let output = Buffer.alloc(0);
            this.message.on("data", (chunk) => {
              output = Buffer.concat([output, chunk]);
            });
            this.message.on("end", () => {
              resolve4(output.toString());
            });
          }));
        });
      }
      readBodyBuffer() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve4) => __awaiter2(this, void 0, void 0, function* () {
            const chunks = [];
            this.message.on("data", (chunk) => {
              chunks.push(chunk);
            });
            this.message.on("end", () => {
              resolve4(Buffer.concat(chunks));
            });
          }));
        });
      }
    };
    exports.HttpClientResponse = HttpClientResponse;
    function isHttps(requestUrl) {
      const parsedUrl = new URL(requestUrl);
      return parsedUrl.protocol === "https:";
    }
    var HttpClient2 = class {
      constructor(userAgent2, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent2);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
          if (requestOptions.ignoreSslError != null) {
            this._ignoreSslError = requestOptions.ignoreSslError;
          }
          this._socketTimeout = requestOptions.socketTimeout;
          if (requestOptions.allowRedirects != null) {
            this._allowRedirects = requestOptions.allowRedirects;
          }
          if (requestOptions.allowRedirectDowngrade != null) {
            this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
          }
          if (requestOptions.maxRedirects != null) {
            this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
          }
          if (requestOptions.keepAlive != null) {
            this._keepAlive = requestOptions.keepAlive;
          }
          if (requestOptions.allowRetries != null) {
            this._allowRetries = requestOptions.allowRetries;
          }
          if (requestOptions.maxRetries != null) {
            this._maxRetries = requestOptions.maxRetries;
          }
        }
      }
      options(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
        });
      }
      get(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("GET", requestUrl, null, additionalHeaders || {});
        });
      }
      del(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("DELETE", requestUrl, null, additionalHeaders || {});
        });
      }
      post(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("POST", requestUrl, data, additionalHeaders || {});
        });
      }
      patch(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PATCH", requestUrl, data, additionalHeaders || {});
        });
      }
      put(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PUT", requestUrl, data, additionalHeaders || {});
        });
      }
      head(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("HEAD", requestUrl, null, additionalHeaders || {});
        });
      }
      sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request(verb, requestUrl, stream, additionalHeaders);
        });
      }
      /**
       * Gets a typed object from an endpoint
       * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
       */
      getJson(requestUrl_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          const res = yield this.get(requestUrl, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      postJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.post(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      putJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.put(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      patchJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.patch(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      /**
       * Makes a raw http request.
       * All other methods such as get, post, patch, and request ultimately call this.
       * Prefer get, del, post and patch
       */
      request(verb, requestUrl, data, headers) {
        return __awaiter2(this, void 0, void 0, function* () {
          if (this._disposed) {
            throw new Error("Client has already been disposed.");
          }
          const parsedUrl = new URL(requestUrl);
          let info = this._prepareRequest(verb, parsedUrl, headers);
          const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
          let numTries = 0;
          let response;
          do {
            response = yield this.requestRaw(info, data);
            if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
              let authenticationHandler;
              for (const handler2 of this.handlers) {
                if (handler2.canHandleAuthentication(response)) {
                  authenticationHandler = handler2;
                  break;
                }
              }
              if (authenticationHandler) {
                return authenticationHandler.handleAuthentication(this, info, data);
              } else {
                return response;
              }
            }
            let redirectsRemaining = this._maxRedirects;
            while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
              const redirectUrl = response.message.headers["location"];
              if (!redirectUrl) {
                break;
              }
              const parsedRedirectUrl = new URL(redirectUrl);
              if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
                throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
              }
              yield response.readBody();
              if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                for (const header in headers) {
                  if (header.toLowerCase() === "authorization") {
                    delete headers[header];
                  }
                }
              }
              info = this._prepareRequest(verb, parsedRedirectUrl, headers);
              response = yield this.requestRaw(info, data);
              redirectsRemaining--;
            }
            if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
              return response;
            }
            numTries += 1;
            if (numTries < maxTries) {
              yield response.readBody();
              yield this._performExponentialBackoff(numTries);
            }
          } while (numTries < maxTries);
          return response;
        });
      }
      /**
       * Needs to be called if keepAlive is set to true in request options.
       */
      dispose() {
        if (this._agent) {
          this._agent.destroy();
        }
        this._disposed = true;
      }
      /**
       * Raw request.
       * @param info
       * @param data
       */
      requestRaw(info, data) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve4, reject) => {
            function callbackForResult(err, res) {
              if (err) {
                reject(err);
              } else if (!res) {
                reject(new Error("Unknown error"));
              } else {
                resolve4(res);
              }
            }
            this.requestRawWithCallback(info, data, callbackForResult);
          });
        });
      }
      /**
       * Raw request with callback.
       * @param info
       * @param data
       * @param onResult
       */
      requestRawWithCallback(info, data, onResult) {
        if (typeof data === "string") {
          if (!info.options.headers) {
            info.options.headers = {};
          }
          info.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
        }
        let callbackCalled = false;
        function handleResult(err, res) {
          if (!callbackCalled) {
            callbackCalled = true;
            onResult(err, res);
          }
        }
        const req = info.httpModule.request(info.options, (msg) => {
          const res = new HttpClientResponse(msg);
          handleResult(void 0, res);
        });
        let socket;
        req.on("socket", (sock) => {
          socket = sock;
        });
        req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
          if (socket) {
            socket.end();
          }
          handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on("error", function(err) {
          handleResult(err);
        });
        if (data && typeof data === "string") {
          req.write(data, "utf8");
        }
        if (data && typeof data !== "string") {
          data.on("close", function() {
            req.end();
          });
          data.pipe(req);
        } else {
          req.end();
        }
      }
      /**
       * Gets an http agent. This function is useful when you need an http agent that handles
       * routing through a proxy server - depending upon the url and proxy environment variables.
       * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
       */
      getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
      }
      getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
          return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
      }
      _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === "https:";
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port ? parseInt(info.parsedUrl.port) : defaultPort;
        info.options.path = (info.parsedUrl.pathname || "") + (info.parsedUrl.search || "");
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
          info.options.headers["user-agent"] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        if (this.handlers) {
          for (const handler2 of this.handlers) {
            handler2.prepareRequest(info.options);
          }
        }
        return info;
      }
      _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
          return Object.assign({}, lowercaseKeys2(this.requestOptions.headers), lowercaseKeys2(headers || {}));
        }
        return lowercaseKeys2(headers || {});
      }
      /**
       * Gets an existing header value or returns a default.
       * Handles converting number header values to strings since HTTP headers must be strings.
       * Note: This returns string | string[] since some headers can have multiple values.
       * For headers that must always be a single string (like Content-Type), use the
       * specialized _getExistingOrDefaultContentTypeHeader method instead.
       */
      _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[header];
          if (headerValue) {
            clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
          }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== void 0) {
          return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      /**
       * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
       * Always returns a single string (not an array) since Content-Type should be a single value.
       * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
       * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
       * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
       */
      _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[Headers.ContentType];
          if (headerValue) {
            if (typeof headerValue === "number") {
              clientHeader = String(headerValue);
            } else if (Array.isArray(headerValue)) {
              clientHeader = headerValue.join(", ");
            } else {
              clientHeader = headerValue;
            }
          }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        if (additionalValue !== void 0) {
          if (typeof additionalValue === "number") {
            return String(additionalValue);
          } else if (Array.isArray(additionalValue)) {
            return additionalValue.join(", ");
          } else {
            return additionalValue;
          }
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
          agent = this._proxyAgent;
        }
        if (!useProxy) {
          agent = this._agent;
        }
        if (agent) {
          return agent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        let maxSockets = 100;
        if (this.requestOptions) {
          maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        if (proxyUrl && proxyUrl.hostname) {
          const agentOptions = {
            maxSockets,
            keepAlive: this._keepAlive,
            proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
              proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
            }), { host: proxyUrl.hostname, port: proxyUrl.port })
          };
          let tunnelAgent;
          const overHttps = proxyUrl.protocol === "https:";
          if (usingSsl) {
            tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
          } else {
            tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
          }
          agent = tunnelAgent(agentOptions);
          this._proxyAgent = agent;
        }
        if (!agent) {
          const options = { keepAlive: this._keepAlive, maxSockets };
          agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
          this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
          agent.options = Object.assign(agent.options || {}, {
            rejectUnauthorized: false
          });
        }
        return agent;
      }
      _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
          proxyAgent = this._proxyAgentDispatcher;
        }
        if (proxyAgent) {
          return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
          token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
        }));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
          proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
            rejectUnauthorized: false
          });
        }
        return proxyAgent;
      }
      _getUserAgentWithOrchestrationId(userAgent2) {
        const baseUserAgent = userAgent2 || "actions/http-client";
        const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
        if (orchId) {
          const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
          return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
      }
      _performExponentialBackoff(retryNumber) {
        return __awaiter2(this, void 0, void 0, function* () {
          retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
          const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
          return new Promise((resolve4) => setTimeout(() => resolve4(), ms));
        });
      }
      _processResponse(res, options) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve4, reject) => __awaiter2(this, void 0, void 0, function* () {
            const statusCode = res.message.statusCode || 0;
            const response = {
              statusCode,
              result: null,
              headers: {}
            };
            if (statusCode === HttpCodes.NotFound) {
              resolve4(response);
            }
            function dateTimeDeserializer(key, value) {
              if (typeof value === "string") {
                const a = new Date(value);
                if (!isNaN(a.valueOf())) {
                  return a;
                }
              }
              return value;
            }
            let obj;
            let contents;
            try {
              contents = yield res.readBody();
              if (contents && contents.length > 0) {
                if (options && options.deserializeDates) {
                  obj = JSON.parse(contents, dateTimeDeserializer);
                } else {
                  obj = JSON.parse(contents);
                }
                response.result = obj;
              }
              response.headers = res.message.headers;
            } catch (err) {
            }
            if (statusCode > 299) {
              let msg;
              if (obj && obj.message) {
                msg = obj.message;
              } else if (contents && contents.length > 0) {
                msg = contents;
              } else {
                msg = `Failed request: (${statusCode})`;
              }
              const err = new HttpClientError(msg, statusCode);
              err.result = response.result;
              reject(err);
            } else {
              resolve4(response);
            }
          }));
        });
      }
    };
    exports.HttpClient = HttpClient2;
    var lowercaseKeys2 = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});
  }
});

// node_modules/content-type/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/content-type/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.format = format;
    exports.parse = parse3;
    var TEXT_REGEXP = /^[\u0009\u0020-\u007e\u0080-\u00ff]*$/;
    var TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var QUOTE_REGEXP = /[\\"]/g;
    var TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var NullObject = /* @__PURE__ */ (() => {
      const C = function() {
      };
      C.prototype = /* @__PURE__ */ Object.create(null);
      return C;
    })();
    function format(obj) {
      const { type, parameters } = obj;
      if (!type || !TYPE_REGEXP.test(type)) {
        throw new TypeError(`Invalid type: ${type}`);
      }
      let result = type;
      if (parameters) {
        for (const param of Object.keys(parameters)) {
          if (!TOKEN_REGEXP.test(param)) {
            throw new TypeError(`Invalid parameter name: ${param}`);
          }
          result += `; ${param}=${qstring(parameters[param])}`;
        }
      }
      return result;
    }
    function parse3(header, options) {
      const stopChar = options?.comma === true ? COMMA : 65536;
      const len = header.length;
      let index = skipOWS(header, options?.start ?? 0, len);
      const valueStart = index;
      index = skipValue(header, index, len, stopChar);
      const valueEnd = trailingOWS(header, valueStart, index);
      const type = header.slice(valueStart, valueEnd).toLowerCase();
      if (options?.parameters === false) {
        return { type, index, parameters: new NullObject() };
      }
      return parseParameters(header, type, index, len, stopChar);
    }
    var SP = 32;
    var HTAB = 9;
    var SEMI = 59;
    var EQ = 61;
    var DQUOTE = 34;
    var BSLASH = 92;
    var COMMA = 44;
    function parseParameters(header, type, index, len, stopChar) {
      const parameters = new NullObject();
      parameter: while (index < len) {
        if (header.charCodeAt(index) === stopChar)
          break;
        index = skipOWS(header, index + 1, len);
        const keyStart = index;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          if (code2 === stopChar)
            break parameter;
          if (code2 === SEMI)
            continue parameter;
          if (code2 === EQ) {
            const keyEnd = trailingOWS(header, keyStart, index);
            const key = header.slice(keyStart, keyEnd).toLowerCase();
            index = skipOWS(header, index + 1, len);
            if (index < len && header.charCodeAt(index) === DQUOTE) {
              index++;
              let value = "";
              while (index < len) {
                const code3 = header.charCodeAt(index++);
                if (code3 === DQUOTE) {
                  index = skipValue(header, index, len, stopChar);
                  if (parameters[key] === void 0)
                    parameters[key] = value;
                  break;
                }
                if (code3 === BSLASH && index < len) {
                  value += header[index++];
                  continue;
                }
                value += String.fromCharCode(code3);
              }
              continue parameter;
            }
            const valueStart = index;
            index = skipValue(header, index, len, stopChar);
            if (parameters[key] === void 0) {
              const valueEnd = trailingOWS(header, valueStart, index);
              parameters[key] = header.slice(valueStart, valueEnd);
            }
            continue parameter;
          }
          index++;
        }
      }
      return { type, index, parameters };
    }
    function skipValue(str, index, len, stopChar) {
      while (index < len) {
        const code2 = str.charCodeAt(index);
        if (code2 === SEMI || code2 === stopChar)
          break;
        index++;
      }
      return index;
    }
    function skipOWS(header, index, len) {
      while (index < len) {
        const char = header.charCodeAt(index);
        if (char !== SP && char !== HTAB)
          break;
        index++;
      }
      return index;
    }
    function trailingOWS(header, start, end) {
      while (end > start) {
        const char = header.charCodeAt(end - 1);
        if (char !== SP && char !== HTAB)
          break;
        end--;
      }
      return end;
    }
    function qstring(str) {
      if (TOKEN_REGEXP.test(str))
        return str;
      if (TEXT_REGEXP.test(str))
        return `"${str.replace(QUOTE_REGEXP, "\\$&")}"`;
      throw new TypeError(`Invalid parameter value: ${str}`);
    }
  }
});

// src/action/run-event.ts
import { resolve as resolve3 } from "node:path";

// node_modules/@actions/github/lib/context.js
import { readFileSync, existsSync } from "fs";
import { EOL } from "os";
var Context = class {
  /**
   * Hydrate the context from the environment
   */
  constructor() {
    var _a, _b, _c;
    this.payload = {};
    if (process.env.GITHUB_EVENT_PATH) {
      if (existsSync(process.env.GITHUB_EVENT_PATH)) {
        this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: "utf8" }));
      } else {
        const path = process.env.GITHUB_EVENT_PATH;
        process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`);
      }
    }
    this.eventName = process.env.GITHUB_EVENT_NAME;
    this.sha = process.env.GITHUB_SHA;
    this.ref = process.env.GITHUB_REF;
    this.workflow = process.env.GITHUB_WORKFLOW;
    this.action = process.env.GITHUB_ACTION;
    this.actor = process.env.GITHUB_ACTOR;
    this.job = process.env.GITHUB_JOB;
    this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
    this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
    this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
    this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
    this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
    this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
  }
  get issue() {
    const payload = this.payload;
    return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
  }
  get repo() {
    if (process.env.GITHUB_REPOSITORY) {
      const [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
      return { owner, repo };
    }
    if (this.payload.repository) {
      return {
        owner: this.payload.repository.owner.login,
        repo: this.payload.repository.name
      };
    }
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  }
};

// node_modules/@actions/github/lib/internal/utils.js
var httpClient = __toESM(require_lib(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve4) {
      resolve4(value);
    });
  }
  return new (P || (P = Promise))(function(resolve4, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve4(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function getAuthString(token, options) {
  if (!token && !options.auth) {
    throw new Error("Parameter token or opts.auth is required");
  } else if (token && options.auth) {
    throw new Error("Parameters token and opts.auth may not both be specified");
  }
  return typeof options.auth === "string" ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
  const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
  const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
    return (0, import_undici.fetch)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
  });
  return proxyFetch;
}
function getApiBaseUrl() {
  return process.env["GITHUB_API_URL"] || "https://api.github.com";
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
  var _a;
  const orchId = (_a = process.env["ACTIONS_ORCHESTRATION_ID"]) === null || _a === void 0 ? void 0 : _a.trim();
  if (orchId) {
    const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
    const tag = `actions_orchestration_id/${sanitizedId}`;
    if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
      return baseUserAgent;
    const ua = baseUserAgent ? `${baseUserAgent} ` : "";
    return `${ua}${tag}`;
  }
  return baseUserAgent;
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error2) => {
        return orig(error2, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults2, options) {
  const result = Object.assign({}, defaults2);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults2)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults2[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults2, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults2 || {}, options);
  if (options.url === "/graphql") {
    if (defaults2 && defaults2.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults2.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context3, operator, key, modifier) {
  var value = context3[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context3) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context3, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults2, route, options) {
  return parse(merge(defaults2, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/@octokit/request/dist-bundle/index.js
var import_content_type = __toESM(require_dist2(), 1);

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject3 = val !== null && typeof val === "object";
    const hasToJSON = isObject3 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error2;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context3) => !!context3?.source && context3.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context3, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context3);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context3) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context3 && intRegex.test(context3.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context3.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context3);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context3) => convertMarkedBigIntsReviver(key, value, context3, reviver)
    );
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error2;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.14";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch2(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error2) {
    let message = "Unknown Error";
    if (error2 instanceof Error) {
      if (error2.name === "AbortError") {
        error2.status = 500;
        throw error2;
      }
      message = error2.message;
      if (error2.name === "TypeError" && "cause" in error2) {
        if (error2.cause instanceof Error) {
          message = error2.cause.message;
        } else if (typeof error2.cause === "string") {
          message = error2.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error2;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = (0, import_content_type.parse)(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl2 = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl2)) {
    requestOptions.url = baseUrl2.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults2) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults2 === "function") {
          super(defaults2(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults2,
            options,
            options.userAgent && defaults2.userAgent ? {
              userAgent: `${options.userAgent} ${defaults2.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION5 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults2, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults2
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults2, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults2);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION5;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error2) {
          if (error2.status !== 409) throw error2;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done2() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done2) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@actions/github/lib/utils.js
var context = new Context();
var baseUrl = getApiBaseUrl();
var defaults = {
  baseUrl,
  request: {
    agent: getProxyAgent(baseUrl),
    fetch: getProxyFetch(baseUrl)
  }
};
var GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
function getOctokitOptions(token, options) {
  const opts = Object.assign({}, options || {});
  const auth2 = getAuthString(token, opts);
  if (auth2) {
    opts.auth = auth2;
  }
  const userAgent2 = getUserAgentWithOrchestrationId(opts.userAgent);
  if (userAgent2) {
    opts.userAgent = userAgent2;
  }
  return opts;
}

// node_modules/@actions/github/lib/github.js
var context2 = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}

// src/github/commands.ts
var VERBS = [
  "plan",
  "apply",
  "destroy",
  "drift",
  "fix",
  "preview",
  "unlock",
  "status",
  "help"
];
var ENVIRONMENT_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/;
var MAX_REQUEST_LENGTH = 4e3;
var MAX_COMMAND_LENGTH = 1e3;
var GRAMMAR = {
  plan: {
    environment: "optional",
    flags: ["team", "verbose"],
    summary: "plan the changes to an environment (alias `provision`)"
  },
  apply: {
    environment: "optional",
    flags: ["verbose"],
    summary: "apply the approved plan for an environment on the current head commit"
  },
  destroy: {
    environment: "required",
    flags: ["team", "verbose"],
    summary: "plan the removal of every resource in an environment; apply it like any plan"
  },
  drift: {
    environment: "optional",
    flags: ["verbose"],
    summary: "compare the live cloud with the spec and report differences"
  },
  fix: {
    environment: "optional",
    flags: [],
    summary: "in a drift issue: open two pull requests, one that reverts the cloud to the spec and one that accepts what is live"
  },
  preview: {
    environment: "required",
    flags: ["verbose"],
    summary: "create `<environment>-pr-<number>` from this pull request's spec of the environment; destroyed when the pull request closes"
  },
  unlock: {
    environment: "optional",
    flags: [],
    summary: "release this pull request's lock on an environment and discard its plan"
  },
  status: {
    environment: "optional",
    flags: [],
    summary: "show the plans, locks and approvals of this PR"
  },
  help: { environment: "none", flags: [], summary: "show this help" }
};
var ALIASES = { provision: "plan" };
var FLAG_USAGE = { team: "--team <name>", verbose: "--verbose" };
var ENV_FLAG_USAGE = "--env <environment>";
var ENVIRONMENT_FILLERS = /* @__PURE__ */ new Set(["environment", "env"]);
var HIDDEN_CHARACTER = (
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/
);
var REQUEST_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
var NONE = { kind: "none" };
function parseComment(body) {
  const addressed = addressedText(body);
  if (addressed === null) return NONE;
  const { rest, line } = addressed;
  if (rest === "") return command({ verb: "help", flags: {} });
  const firstWord = leadingWord(rest);
  const verb = verbNamed(firstWord);
  if (verb === void 0) {
    if (firstWord.startsWith("-"))
      return error(`expected a command before ${shown(firstWord)}; valid commands: ${verbList()}`);
    if (foldsToVerb(firstWord))
      return error(
        `${shown(firstWord)} is not a command: commands are spelled in ASCII letters; valid commands: ${verbList()}`
      );
    return { kind: "request", text: requestText(rest, body.slice(addressed.end + 1)) };
  }
  if (line.length > MAX_COMMAND_LENGTH)
    return error(`the command is longer than ${formatCount(MAX_COMMAND_LENGTH)} characters`);
  if (HIDDEN_CHARACTER.test(line)) return error("the command contains control or invisible characters");
  const words = rest.split(/[ \t]+/).filter((w) => w !== "");
  return parseArguments(verb, words.slice(1));
}
function usage(verb) {
  const g = GRAMMAR[verb];
  const parts = [PREFIX, verb];
  if (g.environment === "required") parts.push("<environment>");
  if (g.environment === "optional") parts.push("[environment]");
  for (const f of g.flags) parts.push(`[${FLAG_USAGE[f]}]`);
  return parts.join(" ");
}
function validFlags(verb) {
  const g = GRAMMAR[verb];
  const flags = g.flags.map((f) => FLAG_USAGE[f]);
  if (g.environment !== "none") flags.unshift(ENV_FLAG_USAGE);
  return flags;
}
function isValidEnvironmentName(name) {
  return ENVIRONMENT_PATTERN.test(name);
}
function helpText(validEnvironments) {
  const rows = VERBS.map((v) => `| ${code(usage(v))} | ${GRAMMAR[v].summary} |`);
  const envs = validEnvironments.length > 0 ? `Environments: ${[...validEnvironments].sort().map((e) => code(e)).join(", ")}.` : "No environments are defined yet: add `environments/<name>.yaml` to the default branch.";
  return [
    "#### Plagentic commands",
    "",
    "| command | what it does |",
    "| --- | --- |",
    ...rows,
    "",
    envs,
    "",
    `The environment can also be given as ${code("-e <environment>")} or ${code("--env=<environment>")}. Anything else after ${code(PREFIX)} is a request in plain words for the team, for example ${code(`${PREFIX} add two t3.small workers to staging`)}.`,
    "",
    "Plans need write access. A plan is applied once the pull request is approved by someone else with write access on the current commit; a push marks earlier plans stale."
  ].join("\n");
}
function parseArguments(verb, args) {
  const g = GRAMMAR[verb];
  const use = `usage: ${code(usage(verb))}`;
  if (verb === "help" && args.length > 0) return error(`${code("help")} takes no arguments; ${use}`);
  const flags = {};
  const environments = [];
  let positional = 0;
  const addEnvironment = (name) => {
    if (!isValidEnvironmentName(name)) return error(invalidEnvironment(name));
    environments.push(name);
    if (environments.length > 1)
      return error(
        `two environments given (${shown(environments[0])} and ${shown(name)}); a command acts on one environment; ${use}`
      );
    return void 0;
  };
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (!word.startsWith("-")) {
      const previous = args[i - 1];
      const isFiller = positional === 1 && previous !== void 0 && previous === environments[0] && ENVIRONMENT_FILLERS.has(word.toLowerCase());
      if (isFiller) {
        positional++;
        continue;
      }
      if (positional > 0 || g.environment === "none") return error(`unexpected ${shown(word)}; ${use}`);
      positional++;
      const problem = addEnvironment(word);
      if (problem) return problem;
      continue;
    }
    const eq = word.indexOf("=");
    const name = eq >= 0 ? word.slice(0, eq) : word;
    const inline2 = eq >= 0 ? word.slice(eq + 1) : void 0;
    const takesEnv = g.environment !== "none" && (name === "--env" || name === "-e" && inline2 === void 0);
    const flag = flagNamed(name);
    if (!takesEnv && (flag === void 0 || !g.flags.includes(flag))) {
      const valid = validFlags(verb);
      const listed2 = valid.length > 0 ? `valid flags: ${valid.map((f) => code(f)).join(", ")}` : "it takes no flags";
      return error(`unknown flag ${shown(word)} for ${code(verb)}; ${listed2}`);
    }
    if (flag === "verbose") {
      if (inline2 !== void 0) return error(`${code("--verbose")} takes no value; ${use}`);
      flags.verbose = true;
      continue;
    }
    let value = inline2;
    if (value === void 0) {
      const next = args[i + 1];
      if (next !== void 0 && !next.startsWith("-")) {
        value = next;
        i++;
      }
    }
    if (value === void 0 || value === "") return error(`${code(name)} needs a value; ${use}`);
    if (takesEnv) {
      const problem = addEnvironment(value);
      if (problem) return problem;
    } else {
      if (flags.team !== void 0) return error(`${code("--team")} given twice; ${use}`);
      if (!ENVIRONMENT_PATTERN.test(value))
        return error(`${shown(value)} is not a valid team name: ${NAME_RULE}; ${use}`);
      flags.team = value;
    }
  }
  const environment = environments[0];
  if (g.environment === "required" && environment === void 0)
    return error(`${code(verb)} needs an environment; ${use}`);
  return command(environment === void 0 ? { verb, flags } : { verb, environment, flags });
}
var NAME_RULE = "use 1 to 63 lowercase letters, digits, `-` and `_`, starting with a letter or digit";
function invalidEnvironment(name) {
  const lower = name.toLowerCase();
  const suggestion = lower !== name && ENVIRONMENT_PATTERN.test(lower) ? ` (did you mean ${code(lower)}?)` : "";
  return `${shown(name)} is not a valid environment name: ${NAME_RULE}${suggestion}`;
}
function flagNamed(name) {
  if (name === "--verbose") return "verbose";
  if (name === "--team") return "team";
  return void 0;
}
function verbNamed(word) {
  const lower = asciiLower(word);
  if (lower === null) return void 0;
  if (VERBS.includes(lower)) return lower;
  return ALIASES[lower];
}
function foldsToVerb(word) {
  if (asciiLower(word) !== null) return false;
  const folded = word.normalize("NFKC").toLowerCase();
  return VERBS.includes(folded) || ALIASES[folded] !== void 0;
}
function verbList() {
  return VERBS.map((v) => v === "plan" ? `${code("plan")} (alias ${code("provision")})` : code(v)).join(
    ", "
  );
}
function leadingWord(text) {
  let end = 0;
  while (end < text.length && text[end] !== " " && text[end] !== "	") end++;
  return text.slice(0, end);
}
function requestText(firstLineRest, following) {
  const tail = following.slice(0, MAX_REQUEST_LENGTH * 2);
  const joined = `${firstLineRest.slice(0, MAX_REQUEST_LENGTH * 2)}
${tail}`.replace(/\r\n?/g, "\n").replace(REQUEST_CONTROLS, "");
  return truncate(joined.trim(), MAX_REQUEST_LENGTH).trimEnd();
}
function truncate(text, max) {
  if (text.length <= max) return text;
  const c = text.charCodeAt(max - 1);
  return text.slice(0, c >= 55296 && c <= 56319 ? max - 1 : max);
}
function shown(word) {
  return code(word.length > 40 ? `${truncate(word, 40)}\u2026` : word);
}
function command(c) {
  return { kind: "command", command: c };
}
function error(message) {
  return { kind: "error", message };
}

// src/github/octokit-client.ts
var GitHubApiError = class extends Error {
  constructor(operation, status, reason) {
    super(`GitHub ${operation} failed${status ? ` (HTTP ${status})` : ""}: ${redactCredentials(reason)}`);
    this.operation = operation;
    this.status = status;
    this.name = "GitHubApiError";
  }
  operation;
  status;
};
var PER_PAGE = 100;
var STATUS_DESCRIPTION_MAX = 140;
var ROLES = ["admin", "maintain", "write", "triage", "read", "none"];
function octokitClient(octokit) {
  const { rest } = octokit;
  async function call(operation, run, missing) {
    try {
      return await run();
    } catch (err) {
      const status = statusOf(err);
      if (missing && missing.statuses.includes(status)) return missing.value();
      throw new GitHubApiError(operation, status, reasonOf(err));
    }
  }
  async function getContent(repo, path, ref) {
    return call(
      `get contents ${path}@${ref}`,
      async () => (await rest.repos.getContent({ ...repo, path, ref })).data,
      { statuses: [404], value: () => null }
    );
  }
  return {
    async getPermission(repo, username) {
      const data = await call(
        `read permission of ${username}`,
        async () => (await rest.repos.getCollaboratorPermissionLevel({ ...repo, username })).data,
        { statuses: [404], value: () => null }
      );
      return data ? toPermission(data) : "none";
    },
    async isTeamMember(org, teamSlug, username) {
      const data = await call(
        `read membership of ${username} in ${org}/${teamSlug}`,
        async () => (await rest.teams.getMembershipForUserInOrg({ org, team_slug: teamSlug, username })).data,
        { statuses: [404], value: () => null }
      );
      return data?.state === "active";
    },
    async getDefaultBranch(repo) {
      const data = await call(
        `get repository ${repo.owner}/${repo.repo}`,
        async () => (await rest.repos.get(repo)).data
      );
      return data.default_branch;
    },
    async getFile(repo, path, ref) {
      const data = await getContent(repo, path, ref);
      if (data === null || Array.isArray(data) || data.type !== "file") return null;
      if (data.encoding === "base64" && data.content !== void 0) return decodeBase64(data.content);
      const blob = await call(
        `get blob of ${path}@${ref}`,
        async () => (await rest.git.getBlob({ ...repo, file_sha: data.sha })).data
      );
      return blob.encoding === "base64" ? decodeBase64(blob.content) : blob.content;
    },
    async getRawFile(repo, path, ref, maxBytes) {
      const data = await getContent(repo, path, ref);
      if (data === null) return null;
      if (Array.isArray(data)) return { type: "dir", size: 0 };
      const type = ["file", "symlink", "submodule"].find((t) => t === data.type) ?? "dir";
      const size = data.size ?? 0;
      if (type !== "file" || size > maxBytes) return { type, size };
      let bytes;
      if (data.encoding === "base64" && data.content !== void 0) bytes = fromBase64(data.content);
      else {
        const blob = await call(
          `get blob of ${path}@${ref}`,
          async () => (await rest.git.getBlob({ ...repo, file_sha: data.sha })).data
        );
        bytes = blob.encoding === "base64" ? fromBase64(blob.content) : Buffer.from(blob.content, "utf8");
      }
      return bytes.byteLength > maxBytes ? { type, size: bytes.byteLength } : { type, size, bytes };
    },
    async listDirectory(repo, path, ref) {
      const data = await getContent(repo, path, ref);
      if (!Array.isArray(data)) return [];
      return data.filter((e) => e.type === "file").map((e) => e.name);
    },
    async getPullRequest(repo, number) {
      const pr = await call(
        `get pull request #${number}`,
        async () => (await rest.pulls.get({ ...repo, pull_number: number })).data
      );
      return {
        number: pr.number,
        state: pr.state === "open" ? "open" : "closed",
        merged: pr.merged === true,
        author: pr.user?.login ?? "ghost",
        headSha: pr.head.sha,
        headRef: pr.head.ref,
        headRepoFullName: pr.head.repo?.full_name ?? null,
        baseRef: pr.base.ref,
        htmlUrl: pr.html_url,
        title: pr.title,
        // GitHub sets it on an open pull request too (a test merge); only a merged one's counts.
        mergeCommitSha: pr.merged === true ? pr.merge_commit_sha ?? null : null
      };
    },
    async listReviews(repo, number) {
      const reviews = await call(
        `list reviews of #${number}`,
        () => octokit.paginate(rest.pulls.listReviews, { ...repo, pull_number: number, per_page: PER_PAGE })
      );
      return reviews.map(toReview);
    },
    async listPullRequestCommits(repo, number) {
      const commits = await call(
        `list commits of #${number}`,
        () => octokit.paginate(rest.pulls.listCommits, { ...repo, pull_number: number, per_page: PER_PAGE })
      );
      return commits.map((c) => ({
        sha: c.sha,
        author: c.author?.login ?? null,
        committer: c.committer?.login ?? null
      }));
    },
    async createPullRequest(repo, input) {
      const pr = await call(
        `create pull request from ${input.head}`,
        async () => (await rest.pulls.create({ ...repo, ...input })).data
      );
      return { number: pr.number, htmlUrl: pr.html_url };
    },
    async listIssues(repo, query) {
      const issues = await call(
        `list ${query.state} issues`,
        () => octokit.paginate(rest.issues.listForRepo, {
          ...repo,
          state: query.state,
          ...query.labels?.length && { labels: query.labels.join(",") },
          ...query.creator !== void 0 && { creator: query.creator },
          per_page: PER_PAGE
        })
      );
      return issues.filter((i) => i.pull_request === void 0 || i.pull_request === null).map(toIssue);
    },
    async getIssue(repo, number) {
      const data = await call(
        `get issue #${number}`,
        async () => (await rest.issues.get({ ...repo, issue_number: number })).data
      );
      return toIssue(data);
    },
    async createIssue(repo, input) {
      const data = await call(
        "create issue",
        async () => (await rest.issues.create({ ...repo, ...input })).data
      );
      return { number: data.number, htmlUrl: data.html_url };
    },
    async updateIssue(repo, number, input) {
      await call(
        `update issue #${number}`,
        () => rest.issues.update({ ...repo, issue_number: number, ...input })
      );
    },
    async listIssueComments(repo, number) {
      const comments = await call(
        `list comments of #${number}`,
        () => octokit.paginate(rest.issues.listComments, { ...repo, issue_number: number, per_page: PER_PAGE })
      );
      return comments.map(toComment);
    },
    async getIssueComment(repo, id) {
      const data = await call(
        `get comment ${id}`,
        async () => (await rest.issues.getComment({ ...repo, comment_id: id })).data
      );
      return toComment(data);
    },
    async createIssueComment(repo, number, body) {
      const data = await call(
        `comment on #${number}`,
        async () => (await rest.issues.createComment({ ...repo, issue_number: number, body })).data
      );
      return toComment(data);
    },
    async updateIssueComment(repo, id, body) {
      const data = await call(
        `update comment ${id}`,
        async () => (await rest.issues.updateComment({ ...repo, comment_id: id, body })).data
      );
      return toComment(data);
    },
    async addReaction(repo, commentId, content) {
      await call(
        `react to comment ${commentId}`,
        () => rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content })
      );
    },
    async createCheckRun(repo, input) {
      const data = await call(
        `create check run "${input.name}"`,
        async () => (await rest.checks.create({ ...repo, head_sha: input.headSha, ...checkRunParams(input) })).data
      );
      return { id: data.id };
    },
    async updateCheckRun(repo, id, input) {
      await call(
        `update check run ${id}`,
        () => rest.checks.update({ ...repo, check_run_id: id, ...checkRunParams(input) })
      );
    },
    async createCommitStatus(repo, input) {
      await call(
        `set status "${input.context}" on ${input.sha}`,
        () => rest.repos.createCommitStatus({
          ...repo,
          sha: input.sha,
          state: input.state,
          context: input.context,
          description: truncate2(input.description, STATUS_DESCRIPTION_MAX),
          ...input.targetUrl !== void 0 ? { target_url: input.targetUrl } : {}
        })
      );
    },
    async createDeployment(repo, input) {
      const operation = `create deployment of ${input.ref} to ${input.environment}`;
      const data = await call(
        operation,
        async () => (await rest.repos.createDeployment({
          ...repo,
          ref: input.ref,
          environment: input.environment,
          description: input.description,
          payload: input.payload,
          // Never merge the default branch into the PR, and do not wait for required statuses:
          // our own pending status would otherwise block the deployment that resolves it.
          auto_merge: false,
          required_contexts: []
        })).data
      );
      if (typeof data.id !== "number")
        throw new GitHubApiError(operation, 202, data.message ?? "no deployment created");
      return { id: data.id };
    },
    async createDeploymentStatus(repo, deploymentId, input) {
      await call(
        `set deployment ${deploymentId} to ${input.state}`,
        () => rest.repos.createDeploymentStatus({
          ...repo,
          deployment_id: deploymentId,
          state: input.state,
          description: truncate2(input.description, STATUS_DESCRIPTION_MAX),
          ...input.logUrl !== void 0 ? { log_url: input.logUrl } : {}
        })
      );
    },
    async getRef(repo, ref) {
      const short2 = shortRef(ref);
      const data = await call(
        `get ref ${short2}`,
        async () => (await rest.git.getRef({ ...repo, ref: short2 })).data,
        { statuses: [404], value: () => null }
      );
      return data ? data.object.sha : null;
    },
    async createRef(repo, ref, sha) {
      const full = `refs/${shortRef(ref)}`;
      try {
        await rest.git.createRef({ ...repo, ref: full, sha });
        return true;
      } catch (err) {
        if (statusOf(err) === 422 && /already exists/i.test(reasonOf(err))) return false;
        throw new GitHubApiError(`create ref ${full}`, statusOf(err), reasonOf(err));
      }
    },
    async deleteRef(repo, ref) {
      const short2 = shortRef(ref);
      await call(`delete ref ${short2}`, () => rest.git.deleteRef({ ...repo, ref: short2 }), {
        statuses: [404, 422],
        value: () => void 0
      });
    },
    async listMatchingRefs(repo, prefix) {
      const short2 = shortRef(prefix);
      const refs = await call(
        `list refs ${short2}`,
        () => octokit.paginate(rest.git.listMatchingRefs, { ...repo, ref: short2, per_page: PER_PAGE })
      );
      return refs.map((r) => ({ ref: r.ref, sha: r.object.sha }));
    },
    async createCommit(repo, input) {
      const data = await call(
        "create commit",
        async () => (await rest.git.createCommit({ ...repo, ...input })).data
      );
      return data.sha;
    },
    async getCommit(repo, sha) {
      const data = await call(
        `get commit ${sha}`,
        async () => (await rest.git.getCommit({ ...repo, commit_sha: sha })).data
      );
      return { message: data.message, tree: data.tree.sha };
    },
    async putFile(repo, input) {
      const data = await call(
        `write ${input.path} on ${input.branch}`,
        async () => (await rest.repos.createOrUpdateFileContents({
          ...repo,
          path: input.path,
          branch: input.branch,
          message: input.message,
          content: Buffer.from(input.content, "utf8").toString("base64"),
          ...input.sha !== void 0 ? { sha: input.sha } : {}
        })).data
      );
      if (!data.commit.sha)
        throw new GitHubApiError(`write ${input.path}`, 0, "the response names no commit");
      return data.commit.sha;
    },
    async getFileSha(repo, path, ref) {
      const data = await getContent(repo, path, ref);
      if (data === null || Array.isArray(data) || data.type !== "file") return null;
      return data.sha;
    }
  };
}
function toPermission(data) {
  const role = ROLES.find((r) => r === data.role_name);
  if (role) return role;
  return ROLES.find((r) => r === data.permission) ?? "none";
}
var REVIEW_STATES = [
  "APPROVED",
  "CHANGES_REQUESTED",
  "COMMENTED",
  "DISMISSED",
  "PENDING"
];
function toReview(r) {
  return {
    id: r.id,
    user: r.user?.login ?? "ghost",
    // An unknown future state must never read as an approval.
    state: REVIEW_STATES.find((s) => s === r.state) ?? "COMMENTED",
    commitId: r.commit_id ?? "",
    submittedAt: r.submitted_at ?? null
  };
}
function toIssue(i) {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? "",
    state: i.state === "closed" ? "closed" : "open",
    user: i.user?.login ?? "ghost",
    userType: i.user?.type ?? "User",
    labels: (i.labels ?? []).map((l) => typeof l === "string" ? l : l.name ?? "").filter((l) => l !== ""),
    htmlUrl: i.html_url
  };
}
function toComment(c) {
  return {
    id: c.id,
    user: c.user?.login ?? "ghost",
    userType: c.user?.type ?? "User",
    body: c.body ?? "",
    issueNumber: issueNumberOf(c.issue_url),
    htmlUrl: c.html_url,
    createdAt: c.created_at
  };
}
function checkRunParams(input) {
  const params = {};
  if (input.name !== void 0) params.name = input.name;
  if (input.status !== void 0) params.status = input.status;
  if (input.conclusion !== void 0) params.conclusion = input.conclusion;
  if (input.externalId !== void 0) params.external_id = input.externalId;
  if (input.actions !== void 0) params.actions = input.actions;
  if (input.title !== void 0 || input.summary !== void 0 || input.text !== void 0) {
    if (input.title === void 0 || input.summary === void 0)
      throw new Error("a check run's output needs both title and summary");
    params.output = { title: input.title, summary: input.summary };
    if (input.text !== void 0) params.output.text = input.text;
  }
  return params;
}
function shortRef(ref) {
  return ref.startsWith("refs/") ? ref.slice("refs/".length) : ref;
}
function decodeBase64(content) {
  return fromBase64(content).toString("utf8");
}
function fromBase64(content) {
  return Buffer.from(content.replace(/\s/g, ""), "base64");
}
function truncate2(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function statusOf(err) {
  const status = err?.status;
  return typeof status === "number" ? status : 0;
}
function reasonOf(err) {
  const data = err?.response?.data;
  if (typeof data?.message !== "string") return err instanceof Error ? err.message : String(err);
  const details = Array.isArray(data.errors) ? data.errors.map(detailOf).filter((d) => d !== void 0) : [];
  return details.length > 0 ? `${data.message}: ${details.join("; ")}` : data.message;
}
function detailOf(e) {
  if (typeof e === "string") return e;
  const d = e;
  if (typeof d?.message === "string") return d.message;
  if (typeof d?.code === "string") return typeof d.field === "string" ? `${d.field} ${d.code}` : d.code;
  return void 0;
}
function redactCredentials(text) {
  return text.replace(/\b(gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{20,})\b/g, "[redacted]").replace(/\b(token|bearer)\s+[A-Za-z0-9._-]{8,}/gi, "$1 [redacted]").replace(/\bey[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+/g, "[redacted]");
}
function issueNumberOf(url) {
  const m = /\/issues\/(\d+)$/.exec(url ?? "");
  return m ? Number(m[1]) : 0;
}

// src/cost/catalog-loader.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join } from "node:path";

// src/cost/price-source.ts
var CITATION_ENDS = ["; ", ". ", ", e.g.", ", key ", ": '"];
function citation(text) {
  let short2 = text;
  for (let prev = ""; prev !== short2; ) {
    prev = short2;
    short2 = short2.replace(/\s*\([^()]*\)/g, "");
  }
  short2 = short2.replace(/(\S)\s+https?:\/\/\S+?(?=,|\s|$)/g, "$1");
  const golden = short2.indexOf(".golden:");
  if (golden >= 0) short2 = short2.slice(0, golden + ".golden".length);
  const ends = CITATION_ENDS.map((end) => short2.indexOf(end)).filter((at) => at > 0);
  if (ends.length > 0) short2 = short2.slice(0, Math.min(...ends));
  return short2.trim();
}
var ISO_DATE = /\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}Z)?\b/;
function priceDate(asOf, ...texts) {
  if (asOf) return asOf;
  for (const text of texts) {
    const found = text ? ISO_DATE.exec(text) : null;
    if (found) return found[0];
  }
  return "undated";
}
function priceSource(source, asOf) {
  return { source: citation(source), asOf };
}

// src/cost/price-files.ts
var REGIONAL_FILES = {
  "aws-ec2": "aws-ec2.json",
  "aws-rds": "aws-rds.json",
  "aws-ebs": "aws-ebs.json",
  "aws-lambda": "aws-lambda.json",
  "azure-vm": "azure-vm.json",
  "gcp-disk-network": "gcp-disk-network.json"
};
var TABLE_FILE = {
  "aws-ec2": "aws-ec2",
  "rds-instance": "aws-rds",
  "rds-storage": "aws-rds",
  ebs: "aws-ebs",
  lambda: "aws-lambda",
  "azure-vm": "azure-vm",
  "gcp-disk": "gcp-disk-network",
  "gcp-network": "gcp-disk-network"
};
var PriceShapeError = class extends Error {
};
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function objectAt(parent, key, path) {
  const value = parent[key];
  if (!isObject(value)) throw new PriceShapeError(`${path}${key}: expected an object`);
  return value;
}
function stringAt(parent, key) {
  const value = parent[key];
  if (typeof value !== "string") throw new PriceShapeError(`${key}: expected a string`);
  return value;
}
var checkedRows = /* @__PURE__ */ new WeakSet();
function row(value, path) {
  if (!isObject(value)) throw new PriceShapeError(`${path}: expected an object of prices`);
  if (!checkedRows.has(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
        throw new PriceShapeError(`${path}.${k}: expected a price (a number, not negative)`);
      }
    }
    checkedRows.add(value);
  }
  return value;
}
function rowIn(parent, key, path) {
  return parent && Object.hasOwn(parent, key) ? row(parent[key], `${path}.${key}`) : void 0;
}
function has(record, key) {
  return Object.hasOwn(record, key) ? record[key] : void 0;
}
function parseRegional(key, raw, options = {}) {
  try {
    const data = regionalData(key, raw, options.sourceOverride);
    if (options.eager) for (const t of Object.values(data.tables)) t.checkAll();
    return data;
  } catch (err) {
    if (err instanceof PriceShapeError) return err.message;
    throw err;
  }
}
function regionalData(key, raw, sourceOverride) {
  if (!isObject(raw)) throw new PriceShapeError("expected a JSON object");
  const source = sourceOverride ?? priceSource(stringAt(raw, "source"), stringAt(raw, "as_of"));
  switch (key) {
    case "aws-ec2": {
      const discrepancy = raw["known_discrepancy_with_aws-ec2-us-east-1.json"];
      const types = isObject(discrepancy) && isObject(discrepancy["types"]) ? discrepancy["types"] : {};
      return {
        tables: { "aws-ec2": regionTable(objectAt(raw, "prices", ""), "prices", source) },
        corrects: new Set(Object.keys(types))
      };
    }
    case "aws-rds": {
      const engines = objectAt(objectAt(raw, "instances", ""), "engines", "instances.");
      for (const [engine, regions] of Object.entries(engines)) {
        if (!isObject(regions)) throw new PriceShapeError(`instances.engines.${engine}: expected an object`);
      }
      return {
        tables: {
          "rds-instance": rdsInstanceTable(engines, source),
          "rds-storage": regionTable(
            objectAt(objectAt(raw, "storage", ""), "regions", "storage."),
            "storage.regions",
            source
          )
        }
      };
    }
    case "aws-ebs":
      return { tables: { ebs: regionTable(objectAt(raw, "regions", ""), "regions", source) } };
    case "aws-lambda":
      return { tables: { lambda: regionTable(objectAt(raw, "regions", ""), "regions", source) } };
    case "azure-vm":
      return {
        // A cache's own source label covers all its values.
        tables: {
          "azure-vm": azureTable(
            objectAt(raw, "sizes", ""),
            sourceOverride ? void 0 : stringAt(raw, "source"),
            source
          )
        }
      };
    case "gcp-disk-network":
      return {
        tables: {
          "gcp-disk": regionTable(
            objectAt(objectAt(raw, "persistent_disk", ""), "regions", "persistent_disk."),
            "persistent_disk.regions",
            source
          ),
          "gcp-network": regionTable(
            objectAt(objectAt(raw, "network", ""), "regions", "network."),
            "network.regions",
            source
          )
        }
      };
  }
}
function regionTable(regions, path, source) {
  let keys;
  const rowOf = (region) => rowIn(regions, region, path);
  return {
    regions: new Set(Object.keys(regions)),
    get: (region, key) => {
      const r = rowOf(region);
      const value = r && has(r, key);
      return typeof value === "number" ? { price: value, source } : void 0;
    },
    hasKey: (key) => {
      keys ??= new Set(Object.keys(regions).flatMap((region) => Object.keys(rowOf(region))));
      return keys.has(key);
    },
    checkAll: () => {
      for (const region of Object.keys(regions)) rowOf(region);
    }
  };
}
function rdsInstanceTable(engines, source) {
  const classesOf = (engine, region) => {
    const regions = has(engines, engine);
    const classes = regions && has(regions, region);
    if (classes === void 0) return void 0;
    if (!isObject(classes))
      throw new PriceShapeError(`instances.engines.${engine}.${region}: expected an object`);
    return classes;
  };
  return {
    regions: new Set(Object.values(engines).flatMap((regions) => Object.keys(regions))),
    get: (region, key) => {
      const [engine = "", instanceClass = "", deployment = ""] = key.split("/");
      const r = rowIn(classesOf(engine, region), instanceClass, `instances.engines.${engine}.${region}`);
      const value = r && has(r, deployment);
      return typeof value === "number" ? { price: value, source } : void 0;
    },
    hasKey: (key) => {
      const [engine = "", instanceClass = ""] = key.split("/");
      const regions = has(engines, engine);
      return regions !== void 0 && Object.keys(regions).some((r) => Object.hasOwn(classesOf(engine, r), instanceClass));
    },
    checkAll: () => {
      for (const [engine, regions] of Object.entries(engines)) {
        for (const region of Object.keys(regions)) {
          const classes = classesOf(engine, region);
          for (const c of Object.keys(classes)) rowIn(classes, c, `instances.engines.${engine}.${region}`);
        }
      }
    }
  };
}
function azureTable(sizes, fileSource, source) {
  const karpenterSource = (fileSource === void 0 ? void 0 : karpenterCitation(fileSource)) ?? source;
  const rows = (size) => {
    const entry = has(sizes, size);
    if (entry === void 0) return void 0;
    if (!isObject(entry)) throw new PriceShapeError(`sizes.${size}: expected an object`);
    return {
      hourly: rowIn(entry, "hourly", `sizes.${size}`),
      karpenterOnly: rowIn(entry, "hourly_karpenter_only", `sizes.${size}`)
    };
  };
  let regions;
  return {
    get regions() {
      if (!regions) {
        regions = /* @__PURE__ */ new Set();
        for (const size of Object.keys(sizes)) {
          const r = rows(size);
          for (const region of Object.keys(r.hourly ?? {})) regions.add(region);
          for (const region of Object.keys(r.karpenterOnly ?? {})) regions.add(region);
        }
      }
      return regions;
    },
    get: (region, key) => {
      const r = rows(key);
      const fromCatalog = r?.hourly && has(r.hourly, region);
      if (typeof fromCatalog === "number") return { price: fromCatalog, source };
      const fromKarpenter = r?.karpenterOnly && has(r.karpenterOnly, region);
      return typeof fromKarpenter === "number" ? { price: fromKarpenter, source: karpenterSource } : void 0;
    },
    hasKey: (key) => Object.hasOwn(sizes, key),
    checkAll: () => {
      for (const size of Object.keys(sizes)) rows(size);
    }
  };
}
function karpenterCitation(fileSource) {
  const found = /against (\S+ @ \S+ \S+) \(generated at (\d{4}-\d{2}-\d{2}T[\d:]+Z)/.exec(fileSource);
  return found ? { source: `${citation(found[1])} (Karpenter-only value)`, asOf: found[2] } : void 0;
}

// src/cost/price-manifest.ts
import { createHash } from "node:crypto";
var MANIFEST_FILE = "manifest.json";
var manifestEntry = external_exports.object({
  /** Hex sha256 of the file's bytes. */
  sha256: external_exports.string().regex(/^[0-9a-f]{64}$/),
  /** Date of the prices (ISO); the bundled manifest may say "undated". */
  as_of: external_exports.string(),
  source: external_exports.string(),
  /** When the cache fetched the file (cache only). */
  fetched_at: external_exports.string().optional()
});
var manifestSchema = external_exports.object({
  format: external_exports.literal(1),
  files: external_exports.record(external_exports.string(), manifestEntry)
});
function sha256Hex(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function parseManifest(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return err.message;
  }
  const result = manifestSchema.safeParse(raw);
  return result.success ? result.data : external_exports.prettifyError(result.error);
}
var ISO_DATE2 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)?$/;
function isIsoDate(asOf) {
  return ISO_DATE2.test(asOf) && !Number.isNaN(Date.parse(asOf));
}
function dateValue(asOf) {
  if (asOf === void 0) return Number.NEGATIVE_INFINITY;
  const value = isIsoDate(asOf) ? Date.parse(asOf.length === 10 ? `${asOf}T00:00:00Z` : asOf) : /^[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} [\d:]{8} \d{4}$/.test(asOf) ? Date.parse(`${asOf} UTC`) : Number.NaN;
  return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
}

// src/cost/regions.ts
function azureRegionKey(region) {
  return region.toLowerCase().replace(/\s+/g, "");
}

// src/cost/catalog-loader.ts
var PRICE_FILES = {
  /** Karpenter's us-east-1 EC2 table: newer than `aws-ec2.json`, one region. */
  "aws-ec2-us-east-1": "aws-ec2-us-east-1.json",
  "gcp-compute": "gcp-compute.json",
  managed: "managed-services.json",
  ...REGIONAL_FILES
};
var KARPENTER_EC2_REGION = "us-east-1";
var awsEc2OneRegionFile = external_exports.object({
  region: external_exports.string(),
  source: external_exports.string(),
  as_of: external_exports.string(),
  prices: external_exports.record(external_exports.string(), external_exports.number().nonnegative())
});
var gcpComputeFile = external_exports.object({
  source: external_exports.string(),
  as_of: external_exports.string(),
  machine_types: external_exports.record(external_exports.string(), external_exports.object({ hourly: external_exports.record(external_exports.string(), external_exports.number().nonnegative()) }))
});
var managedFile = external_exports.object({
  entries: external_exports.array(
    external_exports.object({
      provider: external_exports.enum(["aws", "gcp", "azure"]),
      service: external_exports.string(),
      resource_type: external_exports.string(),
      component: external_exports.string(),
      unit: external_exports.string(),
      price: external_exports.number().nonnegative(),
      region: external_exports.string(),
      source: external_exports.string(),
      as_of: external_exports.string().optional(),
      per_1m: external_exports.number().nonnegative().optional(),
      corroboration: external_exports.string().optional()
    })
  )
});
var parsedBundled = /* @__PURE__ */ new Map();
var readUtf8 = (path) => readFileSync2(path, "utf8");
function bundledPriceDir() {
  return packagePath("data", "prices");
}
function loadPriceCatalog(dirs = [bundledPriceDir()], options = {}) {
  const opts = typeof options === "function" ? { readText: options } : options;
  const readText = opts.readText ?? readUtf8;
  const warn = opts.warn ?? ((message) => process.emitWarning(message, "PlagenticPrices"));
  const [bundledDir = bundledPriceDir(), ...cacheDirs] = typeof dirs === "string" ? [dirs] : dirs;
  function parseBundled(file, schema) {
    const path = join(bundledDir, file);
    const shared = opts.readText ? void 0 : parsedBundled.get(path);
    if (shared !== void 0) return shared;
    const parsed = readBundled(path, schema);
    if (!opts.readText) parsedBundled.set(path, parsed);
    return parsed;
  }
  function readBundled(path, schema) {
    let raw;
    try {
      raw = JSON.parse(readText(path));
    } catch (err) {
      throw new Error(`cannot read price data ${path}: ${err.message}`, { cause: err });
    }
    const result = schema.safeParse(raw);
    if (!result.success) throw new Error(`invalid price data ${path}: ${external_exports.prettifyError(result.error)}`);
    return result.data;
  }
  const bundledManifestText = tryRead(readText, join(bundledDir, MANIFEST_FILE)) ?? "";
  const parsedBundledManifest = bundledManifestText ? parseManifest(bundledManifestText) : void 0;
  if (typeof parsedBundledManifest === "string") {
    throw new Error(`invalid price data ${join(bundledDir, MANIFEST_FILE)}: ${parsedBundledManifest}`);
  }
  const bundledAsOf = (file) => parsedBundledManifest?.files[file]?.as_of;
  function bundledDate(key, region) {
    const date = dateValue(bundledAsOf(REGIONAL_FILES[key]));
    if (key !== "aws-ec2" || region !== KARPENTER_EC2_REGION) return date;
    return Math.max(date, dateValue(bundledAsOf(PRICE_FILES["aws-ec2-us-east-1"])));
  }
  const caches = cacheDirs.flatMap((dir) => {
    const layer = openCache(dir, readText, warn, (key) => dateValue(bundledAsOf(REGIONAL_FILES[key])));
    return layer ? [layer] : [];
  });
  const bundledRegional = Object.fromEntries(
    Object.keys(REGIONAL_FILES).map((key) => [
      key,
      lazy(() => {
        const data = parseRegional(key, parseBundled(REGIONAL_FILES[key], external_exports.unknown()));
        if (typeof data === "string") throw invalid(key, data);
        return data;
      })
    ])
  );
  function invalid(key, why) {
    return new Error(`invalid price data ${join(bundledDir, REGIONAL_FILES[key])}: ${why}`);
  }
  function bundledTable(name) {
    const key = TABLE_FILE[name];
    const table = bundledRegional[key]().tables[name];
    if (!table) throw invalid(key, `it has no ${name} table`);
    return {
      get regions() {
        return rethrow(key, () => table.regions);
      },
      get: (region, row2) => rethrow(key, () => table.get(region, row2)),
      hasKey: (row2) => rethrow(key, () => table.hasKey(row2)),
      checkAll: () => rethrow(key, () => table.checkAll())
    };
  }
  function rethrow(key, read) {
    try {
      return read();
    } catch (err) {
      if (err instanceof PriceShapeError) throw invalid(key, err.message);
      throw err;
    }
  }
  const chosen = /* @__PURE__ */ new Map();
  function cacheTable(name, region) {
    const memo = `${name}\0${region}`;
    let table = chosen.get(memo);
    if (table === void 0) {
      table = null;
      const key = TABLE_FILE[name];
      const floor = bundledDate(key, region);
      const candidates = caches.flatMap((c) => {
        const file = c.files.get(key);
        return file && dateValue(file.entry.as_of) > floor ? [file] : [];
      }).sort((a, b) => dateValue(b.entry.as_of) - dateValue(a.entry.as_of));
      for (const file of candidates) {
        const found = file.load()?.tables[name];
        if (found?.regions.has(region)) {
          table = found;
          break;
        }
      }
      chosen.set(memo, table);
    }
    return table ?? void 0;
  }
  function newerCacheTables(name) {
    const key = TABLE_FILE[name];
    const floor = dateValue(bundledAsOf(REGIONAL_FILES[key]));
    return caches.flatMap((c) => {
      const file = c.files.get(key);
      const table = file && dateValue(file.entry.as_of) > floor ? file.load()?.tables[name] : void 0;
      return table ? [table] : [];
    });
  }
  function regional(name, region, key) {
    const cached = cacheTable(name, region);
    return cached ? cached.get(region, key) : bundledTable(name).get(region, key);
  }
  const karpenterEc2 = lazy(() => {
    const file = parseBundled(PRICE_FILES["aws-ec2-us-east-1"], awsEc2OneRegionFile);
    if (file.region !== KARPENTER_EC2_REGION) {
      throw new Error(
        `${PRICE_FILES["aws-ec2-us-east-1"]} holds ${file.region}, not ${KARPENTER_EC2_REGION}`
      );
    }
    return { prices: new Map(Object.entries(file.prices)), source: priceSource(file.source, file.as_of) };
  });
  function ec2Hourly(region, size) {
    if (cacheTable("aws-ec2", region) || region !== KARPENTER_EC2_REGION) {
      return regional("aws-ec2", region, size);
    }
    const karpenter = karpenterEc2();
    const price = karpenter.prices.get(size);
    const corrected = size.includes("metal") && bundledRegional["aws-ec2"]().corrects?.has(size);
    if (price !== void 0 && !corrected) return { price, source: karpenter.source };
    return bundledTable("aws-ec2").get(region, size);
  }
  const gcpCompute = lazy(() => {
    const file = parseBundled(PRICE_FILES["gcp-compute"], gcpComputeFile);
    return {
      types: new Map(Object.entries(file.machine_types)),
      source: priceSource(file.source, file.as_of)
    };
  });
  const managed = lazy(() => managedPrices(parseBundled(PRICE_FILES.managed, managedFile)));
  function machineHourly(catalog, region, size) {
    switch (catalog) {
      case "aws-ec2":
        return ec2Hourly(region, size);
      case "azure-vm":
        return regional("azure-vm", azureRegionKey(region), size);
      case "gcp-compute": {
        const { types, source } = gcpCompute();
        const hourly = types.get(size)?.hourly;
        const price = hourly && Object.hasOwn(hourly, region) ? hourly[region] : void 0;
        return price === void 0 ? void 0 : { price, source };
      }
    }
  }
  function hasMachineSize(catalog, size) {
    switch (catalog) {
      case "aws-ec2":
        return karpenterEc2().prices.has(size) || bundledTable("aws-ec2").hasKey(size) || newerCacheTables("aws-ec2").some((t) => t.hasKey(size));
      case "azure-vm":
        return bundledTable("azure-vm").hasKey(size) || newerCacheTables("azure-vm").some((t) => t.hasKey(size));
      case "gcp-compute":
        return gcpCompute().types.has(size);
    }
  }
  function regionsOf(table) {
    const regions = /* @__PURE__ */ new Set();
    if (table === "gcp-compute") {
      for (const type of gcpCompute().types.values())
        for (const r of Object.keys(type.hourly)) regions.add(r);
    } else {
      if (table === "aws-ec2") regions.add(KARPENTER_EC2_REGION);
      for (const t of [bundledTable(table), ...newerCacheTables(table)])
        for (const r of t.regions) regions.add(r);
    }
    return [...regions].sort();
  }
  return {
    version: catalogVersion(
      bundledManifestText,
      caches,
      (key) => dateValue(bundledAsOf(REGIONAL_FILES[key]))
    ),
    machineHourly,
    hasMachineSize,
    managedPrices: (cloud, service) => managed().filter((p) => p.cloud === cloud && p.service === service),
    regionalPrice: (table, region, key) => regional(table, table === "azure-vm" ? azureRegionKey(region) : region, key),
    regionsOf
  };
}
function tryRead(readText, path) {
  try {
    return readText(path);
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    throw err;
  }
}
function openCache(dir, readText, warn, bundledDate) {
  const manifestPath = join(dir, MANIFEST_FILE);
  let text;
  try {
    text = tryRead(readText, manifestPath);
  } catch (err) {
    warn(`ignoring the price cache ${dir}: ${err.message}`);
    return void 0;
  }
  if (text === void 0) return void 0;
  const manifest = parseManifest(text);
  if (typeof manifest === "string") {
    warn(`ignoring the price cache ${dir}: ${manifestPath} is not a valid manifest: ${manifest}`);
    return void 0;
  }
  const files = /* @__PURE__ */ new Map();
  for (const key of Object.keys(REGIONAL_FILES)) {
    const name = REGIONAL_FILES[key];
    const entry = Object.hasOwn(manifest.files, name) ? manifest.files[name] : void 0;
    if (!entry) continue;
    if (!isIsoDate(entry.as_of)) {
      warn(`ignoring ${join(dir, name)}: its manifest as_of "${entry.as_of}" is not an ISO date`);
      continue;
    }
    if (dateValue(entry.as_of) <= bundledDate(key)) continue;
    const source = {
      source: `${citation(entry.source)} (cache, fetched ${entry.fetched_at?.slice(0, 10) ?? "at an unknown time"})`,
      asOf: entry.as_of
    };
    files.set(key, {
      entry,
      load: lazy(() => {
        const path = join(dir, name);
        let body;
        try {
          body = readText(path);
        } catch (err) {
          warn(`ignoring ${path}: ${err.message}`);
          return void 0;
        }
        if (sha256Hex(body) !== entry.sha256) {
          warn(`ignoring ${path}: its sha256 does not match ${manifestPath}`);
          return void 0;
        }
        let raw;
        try {
          raw = JSON.parse(body);
        } catch (err) {
          warn(`ignoring ${path}: ${err.message}`);
          return void 0;
        }
        const data = parseRegional(key, raw, { sourceOverride: source, eager: true });
        if (typeof data === "string") {
          warn(`ignoring ${path}: it does not have the shape of ${name}: ${data}`);
          return void 0;
        }
        return data;
      })
    });
  }
  return { dir, manifest, files };
}
function catalogVersion(bundledManifestText, caches, bundledDate) {
  const parts = [bundledManifestText];
  for (const cache of caches) {
    const entries = [...cache.files].filter(([key, f]) => dateValue(f.entry.as_of) > bundledDate(key)).map(([key, f]) => [REGIONAL_FILES[key], f.entry]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    if (entries.length > 0) parts.push(JSON.stringify(entries));
  }
  return sha256Hex(parts.join("\n"));
}
function lazy(load) {
  let value;
  return () => (value ??= { v: load() }).v;
}
function managedPrices(file) {
  return file.entries.map((e) => ({
    cloud: e.provider,
    service: e.service,
    resourceType: e.resource_type,
    component: e.component,
    unit: e.unit,
    price: e.price,
    region: e.region,
    ...e.per_1m !== void 0 && { per1m: e.per_1m },
    source: priceSource(e.source, priceDate(e.as_of, e.source, e.corroboration))
  }));
}

// src/cost/price-cache.ts
import { isAbsolute, join as join2 } from "node:path";
function defaultPriceCacheDir(env, config) {
  const configured = config?.prices?.cacheDir;
  if (configured) return configured;
  const xdg = env["XDG_CACHE_HOME"];
  if (xdg && isAbsolute(xdg)) return join2(xdg, "plagentic", "prices");
  const home = env["HOME"] ?? env["USERPROFILE"];
  return home ? join2(home, ".cache", "plagentic", "prices") : void 0;
}

// src/cost/attributes.ts
function attributeAt(attributes, path) {
  let current = attributes;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return void 0;
    current = Object.hasOwn(current, key) ? current[key] : void 0;
  }
  return current;
}
function stringAt2(attributes, path) {
  const value = attributeAt(attributes, path);
  return typeof value === "string" && value !== "" ? value : void 0;
}
function numberAt(attributes, path) {
  const value = attributeAt(attributes, path);
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function booleanAt(attributes, path) {
  const value = attributeAt(attributes, path);
  return typeof value === "boolean" ? value : void 0;
}
function objectAt2(attributes, path) {
  const value = attributeAt(attributes, path);
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function listAt(attributes, path) {
  const value = attributeAt(attributes, path);
  return Array.isArray(value) ? value : void 0;
}

// src/cost/components.ts
function roundMoney(value) {
  const rounded = Math.round(value * 1e4) / 1e4;
  return rounded === 0 ? 0 : rounded;
}
function roundQuantity(value) {
  const rounded = Math.round(value * 1e6) / 1e6;
  return rounded === 0 ? 0 : rounded;
}
function fixedComponent(name, unit, found, monthlyQuantity) {
  const quantity = roundQuantity(monthlyQuantity);
  if (typeof found === "string") return unknownComponent(name, unit, found, quantity);
  return {
    name,
    unit,
    unitPrice: found.price,
    monthlyQuantity: quantity,
    monthly: roundMoney(found.price * monthlyQuantity),
    priceSource: found.source
  };
}
function usageComponent(name, unit, found, monthlyQuantity) {
  if (monthlyQuantity !== void 0) return fixedComponent(name, unit, found, monthlyQuantity);
  if (typeof found === "string") {
    return { ...unknownComponent(name, unit, found, null), usageBased: true };
  }
  return {
    name,
    unit,
    unitPrice: found.price,
    monthlyQuantity: null,
    monthly: null,
    usageBased: true,
    priceSource: found.source
  };
}
function unknownComponent(name, unit, reason, monthlyQuantity = null) {
  return { name, unit, unitPrice: null, monthlyQuantity, monthly: null, unknownReason: reason };
}

// src/cost/coverage.ts
function coverage(regions, region) {
  if (regions.length === 0) return "has no prices at all";
  if (regions.length <= 3) {
    const list = regions.length === 1 ? regions[0] : `${regions.slice(0, -1).join(", ")} and ${regions.at(-1)}`;
    return `covers ${list} only`;
  }
  return regions.includes(region) ? `covers ${regions.length} regions` : `covers ${regions.length} regions, not ${region}`;
}

// src/cost/estimator.ts
function sameRegion(cloud, a, b) {
  return cloud === "azure" ? azureRegionKey(a) === azureRegionKey(b) : a === b;
}
function findManaged(ctx, cloud, service, matches, what) {
  const all = ctx.catalog.managedPrices(cloud, service);
  const inRegion = all.filter((p) => sameRegion(cloud, p.region, ctx.region));
  if (all.length > 0 && inRegion.length === 0) {
    const regions = [...new Set(all.map((p) => p.region))].sort().join(", ");
    return `no ${what} price for region ${ctx.region}; the price data covers ${regions} only`;
  }
  return inRegion.find(matches) ?? `no ${what} price in the price data`;
}
function findRegional(ctx, table, key, what) {
  const found = ctx.catalog.regionalPrice(table, ctx.region, key);
  if (found) return found;
  const region = table === "azure-vm" ? azureRegionKey(ctx.region) : ctx.region;
  const regions = ctx.catalog.regionsOf(table);
  return regions.includes(region) ? `no ${what} price in region ${ctx.region} in the price data` : `no ${what} price for region ${ctx.region}; the price data ${coverage(regions, region)}`;
}
function newest(...candidates) {
  let best;
  for (const c of candidates) {
    if (typeof c === "string") continue;
    if (best === void 0 || typeof best === "string" || dateValue(c.source.asOf) > dateValue(best.source.asOf)) {
      best = c;
    }
  }
  return best ?? candidates[0];
}
function managedFound(found) {
  return typeof found === "string" ? found : { price: found.price, source: found.source };
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/cost/disks.ts
function ebsKey(type) {
  return type === "standard" ? "standard_magnetic" : type;
}
function ebsStorage(ctx, sizeGb, type) {
  const name = `Storage (EBS${type ? `, ${type}` : ""})`;
  if (type === void 0)
    return unknownComponent(name, "GB-month", "volume type is not set (the AMI decides it)");
  if (sizeGb === void 0) return unknownComponent(name, "GB-month", "volume size is not set");
  const what = `EBS ${type} storage`;
  const found = newest(
    findRegional(ctx, "ebs", ebsKey(type), what),
    managedFound(
      findManaged(
        ctx,
        "aws",
        "ebs",
        (p) => p.resourceType === `aws_ebs_volume (type=${type})` && p.unit === "GB-month",
        what
      )
    )
  );
  return fixedComponent(name, "GB-month", found, sizeGb);
}
var PD_KEY = {
  "pd-standard": "hdd",
  "pd-balanced": "balanced",
  "pd-ssd": "ssd",
  "pd-extreme": "extreme",
  "hyperdisk-extreme": "hyperdisk_extreme"
};
function persistentDiskStorage(ctx, sizeGb, type) {
  const name = `Persistent disk storage${type ? ` (${type})` : ""}`;
  if (type === void 0) return unknownComponent(name, "GB-month", "disk type is not set (GCE decides it)");
  if (sizeGb === void 0)
    return unknownComponent(name, "GB-month", "disk size is not set (the image decides it)");
  const what = `${type} persistent disk`;
  const key = Object.hasOwn(PD_KEY, type) ? PD_KEY[type] : void 0;
  const found = newest(
    key === void 0 ? `no ${what} price in the price data` : findRegional(ctx, "gcp-disk", key, what),
    managedFound(
      findManaged(
        ctx,
        "gcp",
        "compute_engine",
        (p) => p.resourceType === `google_compute_disk (type=${type})` && p.unit === "GB-month",
        what
      )
    )
  );
  return fixedComponent(name, "GB-month", found, sizeGb);
}
var AZURE_TIER_GIB = [
  [1, 4],
  [2, 8],
  [3, 16],
  [4, 32],
  [6, 64],
  [10, 128],
  [15, 256],
  [20, 512],
  [30, 1024],
  [40, 2048],
  [50, 4096],
  [60, 8192],
  [70, 16384],
  [80, 32767]
];
var AZURE_TIER_PREFIX = {
  Premium_LRS: { prefix: "P", smallest: 1 },
  StandardSSD_LRS: { prefix: "E", smallest: 1 },
  Standard_LRS: { prefix: "S", smallest: 4 }
};
function azureDiskTier(storageAccountType, sizeGb) {
  const kind = Object.hasOwn(AZURE_TIER_PREFIX, storageAccountType) ? AZURE_TIER_PREFIX[storageAccountType] : void 0;
  if (!kind) return void 0;
  const fit = AZURE_TIER_GIB.find(([tier, gib]) => tier >= kind.smallest && gib >= sizeGb);
  return fit ? `${kind.prefix}${fit[0]}` : void 0;
}
function azureManagedDisk(ctx, sizeGb, storageAccountType) {
  const name = `Managed disk storage${storageAccountType ? ` (${storageAccountType})` : ""}`;
  if (storageAccountType === void 0)
    return unknownComponent(name, "disk-month", "storage_account_type is not set");
  if (sizeGb === void 0)
    return unknownComponent(name, "disk-month", "disk_size_gb is not set (the image decides it)");
  const tier = azureDiskTier(storageAccountType, sizeGb);
  if (tier === void 0) {
    return unknownComponent(
      name,
      "disk-month",
      `no ${storageAccountType} tier for ${sizeGb} GiB in the price data`,
      1
    );
  }
  const found = findManaged(
    ctx,
    "azure",
    "managed_disks",
    (p) => p.component === `Storage (${tier}, LRS)`,
    `${tier} (${storageAccountType}) managed disk`
  );
  return fixedComponent(`Storage (${tier}, LRS)`, "disk-month", found, 1);
}
function computeDisk(ctx, catalog, disk) {
  switch (catalog) {
    case "aws-ec2":
      return ebsStorage(ctx, numberAt(disk, "volume_size"), stringAt2(disk, "volume_type"));
    case "gcp-compute":
      return persistentDiskStorage(ctx, numberAt(disk, "size"), stringAt2(disk, "type"));
    case "azure-vm":
      return azureManagedDisk(ctx, numberAt(disk, "disk_size_gb"), stringAt2(disk, "storage_account_type"));
  }
}

// src/cost/estimators/aws-ebs.ts
var GP3_BASELINE = { iops: 3e3, throughput: 125 };
var IO2_TIERS = [
  { key: "io2_iops_tier1_up_to_32000", upTo: 32e3 },
  { key: "io2_iops_tier2_32001_to_64000", upTo: 64e3 },
  { key: "io2_iops_tier3_over_64000", upTo: Number.POSITIVE_INFINITY }
];
var awsEbsEstimators = {
  aws_ebs_volume: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const type = stringAt2(attrs, "type") ?? "gp2";
      const components = [ebsStorage(ctx, numberAt(attrs, "size"), type)];
      const iops = numberAt(attrs, "iops");
      const throughput = numberAt(attrs, "throughput");
      if (type === "gp3" && iops !== void 0 && iops > GP3_BASELINE.iops) {
        components.push(
          fixedComponent(
            "Provisioned IOPS above 3,000",
            "IOPS-month",
            findRegional(ctx, "ebs", "gp3_iops_above_3000", "gp3 IOPS"),
            iops - GP3_BASELINE.iops
          )
        );
      }
      if (type === "gp3" && throughput !== void 0 && throughput > GP3_BASELINE.throughput) {
        const perGibps = findRegional(
          ctx,
          "ebs",
          "gp3_throughput_above_125mibps_per_gibps",
          "gp3 throughput"
        );
        components.push(
          fixedComponent(
            "Provisioned throughput above 125 MiB/s",
            "MiBps-month",
            typeof perGibps === "string" ? perGibps : { ...perGibps, price: perGibps.price / 1024 },
            throughput - GP3_BASELINE.throughput
          )
        );
      }
      if (type === "io1" && iops !== void 0) {
        components.push(
          fixedComponent(
            "Provisioned IOPS",
            "IOPS-month",
            findRegional(ctx, "ebs", "io1_iops", "io1 IOPS"),
            iops
          )
        );
      }
      if (type === "io2" && iops !== void 0) components.push(...io2Iops(ctx, iops));
      return components;
    }
  }
};
function io2Iops(ctx, iops) {
  const components = [];
  let from = 0;
  for (const tier of IO2_TIERS) {
    if (iops <= from) break;
    const quantity = Math.min(iops, tier.upTo) - from;
    const found = findRegional(ctx, "ebs", tier.key, "io2 IOPS");
    const range = Number.isFinite(tier.upTo) ? `${from + 1}-${tier.upTo}` : `over ${from}`;
    components.push(fixedComponent(`Provisioned IOPS (io2, ${range})`, "IOPS-month", found, quantity));
    from = tier.upTo;
  }
  return components;
}

// src/cost/model.ts
var HOURS_PER_MONTH = 730;

// src/cost/machines.ts
var LABEL = {
  "aws-ec2": { cloud: "EC2", terms: "Linux, on-demand" },
  "gcp-compute": { cloud: "Compute Engine", terms: "on-demand" },
  "azure-vm": { cloud: "Azure VM", terms: "Linux, pay-as-you-go" }
};
function machineComponent(ctx, catalog, size, sizeProperty, count2 = 1) {
  const label = LABEL[catalog];
  if (size === void 0) {
    return unknownComponent(`Instance usage (${label.terms})`, "hour", `${sizeProperty} is not set`);
  }
  const name = `Instance usage (${label.terms}, ${size})`;
  const hours = HOURS_PER_MONTH * count2;
  const hourly = ctx.catalog.machineHourly(catalog, ctx.region, size);
  if (hourly) return fixedComponent(name, "hour", hourly, hours);
  if (!ctx.catalog.hasMachineSize(catalog, size)) {
    return unknownComponent(name, "hour", `${size} is not in the ${label.cloud} price data`, hours);
  }
  const region = catalog === "azure-vm" ? azureRegionKey(ctx.region) : ctx.region;
  const regions = ctx.catalog.regionsOf(catalog);
  const reason = regions.includes(region) ? `no ${label.cloud} price for ${size} in region ${ctx.region}; the price data has other types there but not this one` : `no ${label.cloud} price for ${size} in region ${ctx.region}; the ${label.cloud} price data ${coverage(regions, region)}`;
  return unknownComponent(name, "hour", reason, hours);
}
function publicIpv4(ctx, catalog) {
  const name = "External IPv4 address (in use)";
  const found = catalog === "gcp-compute" ? findRegional(ctx, "gcp-network", "external_ip_in_use_per_hour", "external IP") : `no ${LABEL[catalog].cloud} public IP price in the price data`;
  return fixedComponent(name, "hour", found, HOURS_PER_MONTH);
}

// src/cost/estimators/aws-eks.ts
var awsEksEstimators = {
  aws_eks_cluster: {
    // Priced at standard support; a version past standard support costs more (extended support).
    estimate: (_resource, ctx) => [
      fixedComponent(
        "EKS cluster control plane (standard support)",
        "hour",
        findManaged(
          ctx,
          "aws",
          "eks",
          (p) => p.component === "EKS cluster control plane (standard support)",
          "EKS control plane"
        ),
        HOURS_PER_MONTH
      )
    ]
  },
  aws_eks_node_group: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const instanceType = stringAt2(attrs, "instance_type");
      const nodes = numberAt(attrs, "scaling_config.desired_size");
      if (nodes === void 0) {
        return [
          unknownComponent(
            "Instance usage (Linux, on-demand)",
            "hour",
            "scaling_config.desired_size is not set"
          )
        ];
      }
      if (stringAt2(attrs, "capacity_type") === "SPOT") {
        return [
          unknownComponent(
            `Instance usage (Linux, spot, ${instanceType ?? "?"})`,
            "hour",
            "spot prices are not in the price data",
            HOURS_PER_MONTH * nodes
          )
        ];
      }
      return [machineComponent(ctx, "aws-ec2", instanceType, "instance_type", nodes)];
    }
  }
};

// src/cost/estimators/aws-lambda.ts
var awsLambdaEstimators = {
  aws_lambda_function: {
    usage: ["monthly_requests", "average_duration_ms"],
    estimate: (resource, ctx) => {
      const memoryMb = numberAt(resource.attributes, "memory_size") ?? 128;
      const arch = listAt(resource.attributes, "architectures")?.[0] === "arm64" ? "arm64" : "x86_64";
      const requests = resource.usage.monthly_requests;
      const durationMs = resource.usage.average_duration_ms;
      const gbSeconds = requests !== void 0 && durationMs !== void 0 ? requests * (durationMs / 1e3) * (memoryMb / 1024) : void 0;
      return [
        usageComponent(
          "Requests",
          "1M requests",
          newest(
            findRegional(ctx, "lambda", "requests_per_1m", "Lambda requests"),
            managedFound(
              findManaged(ctx, "aws", "lambda", (p) => p.component === "Requests", "Lambda requests")
            )
          ),
          requests === void 0 ? void 0 : requests / 1e6
        ),
        usageComponent(
          `Duration (${arch})`,
          "GB-second",
          newest(
            findRegional(
              ctx,
              "lambda",
              arch === "arm64" ? "duration_arm_per_gb_second" : "duration_x86_per_gb_second",
              `Lambda ${arch} duration`
            ),
            managedFound(
              findManaged(
                ctx,
                "aws",
                "lambda",
                (p) => p.resourceType.includes(`architectures ${arch}`) && p.component.startsWith("Duration"),
                `Lambda ${arch} duration`
              )
            )
          ),
          gbSeconds
        )
      ];
    }
  }
};

// src/cost/estimators/aws-network.ts
var awsNetworkEstimators = {
  aws_eip: {
    // AWS bills every public IPv4 address by the hour, but the price data has no such price.
    estimate: () => [
      unknownComponent(
        "Public IPv4 address",
        "hour",
        "no Elastic IP / public IPv4 price in the price data",
        HOURS_PER_MONTH
      )
    ]
  },
  aws_nat_gateway: {
    usage: ["monthly_data_processed_gb"],
    estimate: (resource, ctx) => [
      fixedComponent(
        "NAT gateway",
        "hour",
        findManaged(ctx, "aws", "vpc", (p) => p.component === "NAT gateway", "NAT gateway"),
        HOURS_PER_MONTH
      ),
      usageComponent(
        "Data processed",
        "GB",
        findManaged(
          ctx,
          "aws",
          "vpc",
          (p) => p.component === "NAT gateway data processed",
          "NAT data processed"
        ),
        resource.usage.monthly_data_processed_gb
      )
    ]
  },
  aws_lb: {
    /** Average load balancer capacity units (LCU or NLCU) used per hour. */
    usage: ["average_lcus"],
    estimate: (resource, ctx) => {
      const type = stringAt2(resource.attributes, "load_balancer_type") ?? "application";
      const label = type === "network" ? "Network load balancer" : `${capitalise(type)} load balancer`;
      const ofType = `load_balancer_type=${type}`;
      const lcus = numberAt(resource.usage, "average_lcus");
      return [
        fixedComponent(
          label,
          "hour",
          findManaged(ctx, "aws", "elb", (p) => p.resourceType.includes(ofType) && p.unit === "hour", label),
          HOURS_PER_MONTH
        ),
        usageComponent(
          "Load balancer capacity units",
          "LCU-hour",
          findManaged(
            ctx,
            "aws",
            "elb",
            (p) => p.resourceType.includes(ofType) && p.unit === "LCU-hour",
            `${label} capacity unit`
          ),
          lcus === void 0 ? void 0 : lcus * HOURS_PER_MONTH
        )
      ];
    }
  }
};
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/cost/estimators/aws-rds.ts
var PRICED_ENGINES = /* @__PURE__ */ new Set(["postgres", "mysql", "mariadb"]);
var STORAGE_KEY = {
  gp2: "gp2",
  gp3: "gp3",
  io1: "io1",
  io2: "io2",
  standard: "magnetic"
};
var awsRdsEstimators = {
  aws_db_instance: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const engine = stringAt2(attrs, "engine");
      const instanceClass = stringAt2(attrs, "instance_class");
      const multiAz = booleanAt(attrs, "multi_az") ?? false;
      const deployment = multiAz ? "Multi-AZ" : "Single-AZ";
      const deploymentKey = multiAz ? "multi_az" : "single_az";
      const components = [];
      const instanceName = `Database instance (on-demand, ${deployment}, ${engine ?? "?"}, ${instanceClass ?? "?"})`;
      if (engine === void 0 || instanceClass === void 0) {
        components.push(unknownComponent(instanceName, "hour", "engine and instance_class must both be set"));
      } else if (!PRICED_ENGINES.has(engine)) {
        components.push(
          unknownComponent(
            instanceName,
            "hour",
            `RDS ${engine} prices are not in the price data (it has postgres, mysql and mariadb)`,
            HOURS_PER_MONTH
          )
        );
      } else {
        const what = `RDS ${engine} ${instanceClass} ${deployment}`;
        const regional = findRegional(
          ctx,
          "rds-instance",
          `${engine}/${instanceClass}/${deploymentKey}`,
          what
        );
        const classPattern = new RegExp(`Single-AZ, ${escapeRegExp(instanceClass)}\\)`);
        const managed = multiAz ? regional : managedFound(
          findManaged(
            ctx,
            "aws",
            "rds",
            (p) => p.resourceType === `aws_db_instance (engine=${engine})` && classPattern.test(p.component),
            what
          )
        );
        components.push(fixedComponent(instanceName, "hour", newest(regional, managed), HOURS_PER_MONTH));
      }
      const storageType = stringAt2(attrs, "storage_type") ?? "gp2";
      const storageName = `Storage (${storageType}, ${deployment})`;
      const allocated = numberAt(attrs, "allocated_storage");
      const storageKey = Object.hasOwn(STORAGE_KEY, storageType) ? STORAGE_KEY[storageType] : void 0;
      if (allocated === void 0) {
        components.push(unknownComponent(storageName, "GB-month", "allocated_storage is not set"));
      } else if (storageKey === void 0) {
        components.push(
          unknownComponent(
            storageName,
            "GB-month",
            `no RDS ${storageType} storage price in the price data`,
            allocated
          )
        );
      } else {
        const what = `RDS ${storageType} ${deployment} storage`;
        const variant = `aws_db_instance (storage_type=${storageType}${multiAz ? ", multi_az=true" : ""})`;
        const found = newest(
          findRegional(ctx, "rds-storage", `${storageKey}_${deploymentKey}`, what),
          managedFound(
            findManaged(ctx, "aws", "rds", (p) => p.resourceType === variant && p.unit === "GB-month", what)
          )
        );
        components.push(fixedComponent(storageName, "GB-month", found, allocated));
      }
      return components;
    }
  }
};

// src/cost/estimators/azure-aks.ts
var azureAksEstimators = {
  azurerm_kubernetes_cluster: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const tier = stringAt2(attrs, "sku_tier") ?? "Free";
      const nodes = numberAt(attrs, "default_node_pool.node_count") ?? 1;
      return [
        fixedComponent(
          `Cluster management (${tier} tier)`,
          "hour",
          findManaged(
            ctx,
            "azure",
            "aks",
            (p) => p.resourceType.includes(`(sku_tier=${tier}`),
            `AKS ${tier} tier`
          ),
          HOURS_PER_MONTH
        ),
        machineComponent(
          ctx,
          "azure-vm",
          stringAt2(attrs, "default_node_pool.vm_size"),
          "default_node_pool.vm_size",
          nodes
        )
      ];
    }
  }
};

// src/cost/estimators/azure-disk.ts
var azureDiskEstimators = {
  azurerm_managed_disk: {
    estimate: (resource, ctx) => [
      azureManagedDisk(
        ctx,
        numberAt(resource.attributes, "disk_size_gb"),
        stringAt2(resource.attributes, "storage_account_type")
      )
    ]
  }
};

// src/cost/estimators/azure-functions.ts
var MEMORY_STEP_MB = 128;
var MIN_DURATION_MS = 100;
var azureFunctionsEstimators = {
  azurerm_service_plan: {
    estimate: (resource) => {
      const sku = stringAt2(resource.attributes, "sku_name");
      if (sku === "Y1") return [];
      return [
        unknownComponent(
          `App Service plan (${sku ?? "?"})`,
          "hour",
          "only the Consumption plan (Y1) is priced; other plan prices are not in the price data",
          HOURS_PER_MONTH
        )
      ];
    }
  },
  azurerm_linux_function_app: {
    usage: ["monthly_requests", "average_duration_ms", "average_memory_mb"],
    estimate: (resource, ctx) => {
      const {
        monthly_requests: requests,
        average_duration_ms: durationMs,
        average_memory_mb: memoryMb
      } = resource.usage;
      const gbSeconds = requests !== void 0 && durationMs !== void 0 && memoryMb !== void 0 ? requests * (Math.max(durationMs, MIN_DURATION_MS) / 1e3) * (Math.ceil(memoryMb / MEMORY_STEP_MB) * MEMORY_STEP_MB / 1024) : void 0;
      const fn = (component, what) => findManaged(ctx, "azure", "functions", (p) => p.component === component, what);
      return [
        usageComponent(
          "Execution time",
          "GB-second",
          fn("Execution time", "Functions execution time"),
          gbSeconds
        ),
        usageComponent(
          "Executions",
          "1M executions",
          fn("Executions", "Functions executions"),
          requests === void 0 ? void 0 : requests / 1e6
        )
      ];
    }
  }
};

// src/cost/estimators/azure-network.ts
var azureNetworkEstimators = {
  azurerm_public_ip: {
    // Azure bills public IPs by the hour, but the price data has no such price.
    estimate: (resource) => [
      unknownComponent(
        `Public IP address (${stringAt2(resource.attributes, "sku") ?? "Standard"})`,
        "hour",
        "no Azure public IP price in the price data",
        HOURS_PER_MONTH
      )
    ]
  }
};

// src/cost/estimators/azure-sql.ts
var VCORE_SKU = /^(GP|BC|HS)_(?:S_)?Gen5_(\d+)$/;
var DTU_INCLUDED_GB = 250;
var azureSqlEstimators = {
  azurerm_mssql_database: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const sku = stringAt2(attrs, "sku_name");
      if (sku === void 0)
        return [unknownComponent("Compute", "hour", "sku_name is not set", HOURS_PER_MONTH)];
      const sql = (matches, what) => findManaged(ctx, "azure", "sql_database", (p) => matches(p.component, p.resourceType), what);
      const computeName = new RegExp(`^Compute \\((?:provisioned, )?${escapeRegExp(sku)}[,)]`);
      const zoneRedundant = booleanAt(attrs, "zone_redundant") === true;
      const maxSize = numberAt(attrs, "max_size_gb");
      const components = [];
      const vcore = VCORE_SKU.exec(sku);
      if (zoneRedundant) {
        components.push(
          unknownComponent(
            `Compute (${sku}, zone redundant)`,
            "hour",
            "zone-redundant prices are not in the price data"
          )
        );
      } else {
        components.push(
          fixedComponent(
            `Compute (${sku})`,
            "hour",
            sql((c) => computeName.test(c), `Azure SQL ${sku}`),
            HOURS_PER_MONTH
          )
        );
      }
      if (!vcore) {
        if (maxSize !== void 0 && maxSize > DTU_INCLUDED_GB) {
          components.push(
            unknownComponent(
              `Extra storage (${maxSize - DTU_INCLUDED_GB} GB)`,
              "GB-month",
              "extra DTU storage prices are not in the price data"
            )
          );
        }
        return components;
      }
      const vcores = Number(vcore[2]);
      if (stringAt2(attrs, "license_type") !== "BasePrice") {
        components.push(
          fixedComponent(
            `SQL license (${vcores} vCores)`,
            "vCore-hour",
            sql((c) => c === "SQL license", "SQL license"),
            vcores * HOURS_PER_MONTH
          )
        );
      }
      const storageName = vcore[1] === "GP" ? "Storage (General Purpose, LRS)" : `Storage (${vcore[1]})`;
      if (maxSize === void 0) {
        components.push(unknownComponent(storageName, "GB-month", "max_size_gb is not set"));
      } else if (vcore[1] !== "GP") {
        components.push(
          unknownComponent(
            storageName,
            "GB-month",
            `${storageName} prices are not in the price data`,
            maxSize
          )
        );
      } else {
        components.push(
          fixedComponent(
            storageName,
            "GB-month",
            sql((c) => c === storageName, "General Purpose storage"),
            maxSize
          )
        );
      }
      return components;
    }
  }
};

// src/cost/estimators/gcp-disk.ts
var gcpDiskEstimators = {
  google_compute_disk: {
    estimate: (resource, ctx) => [
      persistentDiskStorage(
        ctx,
        numberAt(resource.attributes, "size"),
        stringAt2(resource.attributes, "type") ?? "pd-standard"
      )
    ]
  }
};

// src/cost/estimators/gcp-functions.ts
var CPU_GHZ_BY_MEMORY_MB = /* @__PURE__ */ new Map([
  [128, 0.2],
  [256, 0.4],
  [512, 0.8],
  [1024, 1.4],
  [2048, 2.4],
  [4096, 4.8],
  [8192, 4.8]
]);
var gcpFunctionsEstimators = {
  google_cloudfunctions_function: {
    usage: ["monthly_requests", "average_duration_ms", "monthly_outbound_data_gb"],
    estimate: (resource, ctx) => {
      const memoryMb = numberAt(resource.attributes, "available_memory_mb") ?? 256;
      const ghz = CPU_GHZ_BY_MEMORY_MB.get(memoryMb);
      const requests = resource.usage.monthly_requests;
      const durationMs = resource.usage.average_duration_ms;
      const seconds = requests !== void 0 && durationMs !== void 0 ? requests * (Math.ceil(durationMs / 100) * 100) / 1e3 : void 0;
      const fn = (component, what) => findManaged(ctx, "gcp", "cloud_functions", (p) => p.component === component, what);
      const invocations = fn("Invocations", "Cloud Functions invocations");
      return [
        usageComponent(
          "Invocations",
          "1M invocations",
          typeof invocations === "string" ? invocations : { price: invocations.per1m ?? invocations.price * 1e6, source: invocations.source },
          requests === void 0 ? void 0 : requests / 1e6
        ),
        usageComponent(
          "CPU",
          "GHz-second",
          ghz === void 0 ? `no CPU allocation known for ${memoryMb} MB` : fn("CPU", "Cloud Functions CPU"),
          seconds === void 0 || ghz === void 0 ? void 0 : seconds * ghz
        ),
        usageComponent(
          "Memory",
          "GB-second",
          fn("Memory", "Cloud Functions memory"),
          seconds === void 0 ? void 0 : seconds * (memoryMb / 1024)
        ),
        usageComponent(
          "Outbound data transfer",
          "GB",
          fn("Outbound data transfer", "Cloud Functions outbound data"),
          resource.usage.monthly_outbound_data_gb
        )
      ];
    }
  }
};

// src/cost/estimators/gcp-gke.ts
var gcpGkeEstimators = {
  google_container_cluster: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const components = [
        fixedComponent(
          "Cluster management fee",
          "hour",
          findManaged(ctx, "gcp", "gke", (p) => p.component === "Cluster management fee", "GKE cluster fee"),
          HOURS_PER_MONTH
        )
      ];
      if (booleanAt(attrs, "enable_autopilot") === true) {
        components.push(
          usageComponent(
            "Autopilot pod resources",
            "vCPU-hour",
            "Autopilot pod prices are not in the price data",
            void 0
          )
        );
      } else if (booleanAt(attrs, "remove_default_node_pool") === false) {
        components.push(
          unknownComponent(
            "Default node pool",
            "hour",
            "the default node pool is not priced; set remove_default_node_pool and use google_container_node_pool"
          )
        );
      }
      return components;
    }
  },
  google_container_node_pool: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const machineType = stringAt2(attrs, "machine_type");
      const perZone = numberAt(attrs, "node_count") ?? 1;
      const zones = listAt(attrs, "node_locations")?.length || 1;
      const nodes = perZone * zones;
      const components = [];
      if (booleanAt(attrs, "spot") === true) {
        components.push(
          unknownComponent(
            `Instance usage (spot, ${machineType ?? "?"})`,
            "hour",
            "spot prices are not in the price data",
            HOURS_PER_MONTH * nodes
          )
        );
      } else {
        components.push(machineComponent(ctx, "gcp-compute", machineType, "machine_type", nodes));
      }
      const diskSize = numberAt(attrs, "disk_size_gb");
      if (diskSize !== void 0) {
        const disk = persistentDiskStorage(ctx, diskSize * nodes, stringAt2(attrs, "disk_type"));
        components.push({ ...disk, name: `Node boot disks (${nodes} \xD7 ${diskSize} GB)` });
      }
      return components;
    }
  }
};

// src/cost/estimators/gcp-sql.ts
var CUSTOM_TIER = /^db-custom-(\d+)-(\d+)$/;
var gcpSqlEstimators = {
  google_sql_database_instance: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const tier = stringAt2(attrs, "tier");
      const regional = stringAt2(attrs, "availability_type") === "REGIONAL";
      const availability = regional ? "regional" : "zonal";
      const sql = (component, what) => findManaged(ctx, "gcp", "cloud_sql", (p) => p.component === component, what);
      const components = [];
      const custom = tier ? CUSTOM_TIER.exec(tier) : null;
      if (!custom) {
        components.push(
          unknownComponent(
            `Instance (${tier ?? "?"})`,
            "hour",
            tier ? `only db-custom-<vCPUs>-<memory MB> tiers are priced` : "tier is not set",
            HOURS_PER_MONTH
          )
        );
      } else if (regional) {
        components.push(
          unknownComponent(
            `Instance (${tier}, regional)`,
            "hour",
            "regional (HA) prices are not in the price data"
          )
        );
      } else {
        const vcpus = Number(custom[1]);
        const memoryGb = Number(custom[2]) / 1024;
        components.push(
          fixedComponent(
            `vCPUs (${vcpus}, zonal)`,
            "vCPU-hour",
            sql("vCPUs (zonal)", "Cloud SQL vCPU"),
            vcpus * HOURS_PER_MONTH
          ),
          fixedComponent(
            `Memory (${memoryGb} GB, zonal)`,
            "GB-hour",
            sql("Memory (zonal)", "Cloud SQL memory"),
            memoryGb * HOURS_PER_MONTH
          )
        );
      }
      const diskType = stringAt2(attrs, "disk_type") ?? "PD_SSD";
      const diskSize = numberAt(attrs, "disk_size") ?? 10;
      const storageName = `Storage (${diskType === "PD_HDD" ? "HDD" : "SSD"}, ${availability})`;
      if (diskType !== "PD_SSD" || regional) {
        components.push(
          unknownComponent(
            storageName,
            "GB-month",
            `${storageName} prices are not in the price data`,
            diskSize
          )
        );
      } else {
        components.push(
          fixedComponent(storageName, "GB-month", sql("Storage (SSD, zonal)", "Cloud SQL storage"), diskSize)
        );
      }
      return components;
    }
  }
};

// src/cost/estimator-registry.ts
var families = [
  awsNetworkEstimators,
  awsEbsEstimators,
  awsEksEstimators,
  awsRdsEstimators,
  awsLambdaEstimators,
  gcpDiskEstimators,
  gcpGkeEstimators,
  gcpSqlEstimators,
  gcpFunctionsEstimators,
  azureNetworkEstimators,
  azureDiskEstimators,
  azureAksEstimators,
  azureSqlEstimators,
  azureFunctionsEstimators
];
var estimators = /* @__PURE__ */ new Map();
for (const family of families) {
  for (const [name, estimator] of Object.entries(family)) {
    if (estimators.has(name)) throw new Error(`estimator ${name} is registered twice`);
    estimators.set(name, estimator);
  }
}
function getEstimator(name) {
  return estimators.get(name);
}

// src/cost/range.ts
function open(c) {
  return c.usageBased === true && c.monthly === null && c.unitPrice !== null;
}
function estimateUsageRange(resource, components, region, catalog, table) {
  if (!components.some((c) => c.usageBased === true && c.monthly === null)) return void 0;
  const rule = getResourceType(resource.type)?.pricing;
  const estimator = rule?.kind === "estimator" ? getEstimator(rule.name) : void 0;
  if (!estimator) return void 0;
  const assumptions = [];
  for (const key of estimator.usage ?? []) {
    if (Object.hasOwn(resource.usage, key)) continue;
    const typical = typicalUsage(table, key);
    if (typical) assumptions.push({ key, low: typical.low, high: typical.high, unit: typical.unit });
  }
  if (assumptions.length === 0) return void 0;
  const at = (end) => {
    const usage2 = { ...resource.usage };
    for (const a of assumptions) usage2[a.key] = a[end];
    return estimator.estimate({ ...resource, usage: usage2 }, { region, catalog });
  };
  const low = at("low");
  const high = at("high");
  const aligned = (run) => run.length === components.length && run.every((c, i) => c.name === components[i].name);
  if (!aligned(low) || !aligned(high)) return void 0;
  let lowTotal = 0;
  let highTotal = 0;
  const priced2 = [];
  const leavesOut = [];
  components.forEach((c, i) => {
    if (!(c.usageBased === true && c.monthly === null)) return;
    const l = low[i].monthly;
    const h = high[i].monthly;
    if (!open(c) || l === null || h === null) {
      leavesOut.push(c.name);
      return;
    }
    lowTotal += Math.min(l, h);
    highTotal += Math.max(l, h);
    priced2.push(c.name);
  });
  if (priced2.length === 0) return void 0;
  return {
    low: roundMoney(lowTotal),
    high: roundMoney(highTotal),
    assumptions,
    components: priced2,
    ...leavesOut.length > 0 && { leavesOut }
  };
}

// src/cost/estimate.ts
function estimateResource(resource, region, catalog) {
  const components = componentsOf(resource, { region, catalog });
  return { monthly: monthlyOf(components), components };
}
function componentsOf(resource, ctx) {
  const def = getResourceType(resource.type);
  if (!def)
    return [unknownComponent("Resource", "month", `resource type ${resource.type} is not registered`)];
  const rule = def.pricing;
  switch (rule.kind) {
    case "free":
      return [];
    case "compute": {
      const components = [
        machineComponent(
          ctx,
          rule.catalog,
          stringAt2(resource.attributes, rule.sizeProperty),
          rule.sizeProperty
        )
      ];
      const disk = rule.diskProperty ? objectAt2(resource.attributes, rule.diskProperty) : void 0;
      if (disk) components.push(computeDisk(ctx, rule.catalog, disk));
      if (rule.publicIpProperty && booleanAt(resource.attributes, rule.publicIpProperty) === true) {
        components.push(publicIpv4(ctx, rule.catalog));
      }
      return components;
    }
    case "estimator": {
      const estimator = getEstimator(rule.name);
      if (!estimator) return [unknownComponent("Resource", "month", `no estimator named ${rule.name}`)];
      return estimator.estimate(resource, ctx);
    }
  }
}
function monthlyOf(components) {
  let total = 0;
  for (const c of components) {
    if (c.usageBased) continue;
    if (c.monthly === null) return null;
    total += c.monthly;
  }
  return roundMoney(total);
}
function estimateCost(input, catalog) {
  const before = byAddress(input.before);
  const after = byAddress(input.after);
  const addresses = [...before.keys()];
  for (const address of after.keys()) if (!before.has(address)) addresses.push(address);
  sortAddresses(addresses);
  const resources = [];
  const unknown = [];
  const unknownSeen = /* @__PURE__ */ new Set();
  const usageBased = [];
  const sources = /* @__PURE__ */ new Map();
  const sourceKeys = /* @__PURE__ */ new Map();
  const sourceKey = (source) => {
    let key = sourceKeys.get(source);
    if (key === void 0) {
      key = `${source.source}\0${source.asOf}`;
      sourceKeys.set(source, key);
    }
    return key;
  };
  let monthlyBefore = 0;
  let monthlyAfter = 0;
  let monthlyDelta = 0;
  const table = input.usageRanges ?? DEFAULT_USAGE_RANGES;
  let ranged = false;
  let usageLow = 0;
  let usageHigh = 0;
  for (const address of addresses) {
    const was = before.get(address);
    const will = after.get(address);
    const estBefore = was && estimateResource(was, input.region, catalog);
    const estAfter = will && estimateResource(will, input.region, catalog);
    const costBefore = estBefore ? estBefore.monthly : 0;
    const costAfter = estAfter ? estAfter.monthly : 0;
    const delta = costBefore !== null && costAfter !== null ? roundMoney(costAfter - costBefore) : null;
    const shown2 = (estAfter ?? estBefore)?.components ?? [];
    const range = will && estAfter && estimateUsageRange(will, estAfter.components, input.region, catalog, table);
    resources.push({
      address,
      type: (will ?? was)?.type ?? "",
      monthlyBefore: costBefore,
      monthlyAfter: costAfter,
      monthlyDelta: delta,
      components: shown2,
      ...range && { usageRange: range }
    });
    if (range) {
      ranged = true;
      usageLow += range.low;
      usageHigh += range.high;
    }
    if (costBefore !== null) monthlyBefore += costBefore;
    if (costAfter !== null) monthlyAfter += costAfter;
    if (delta !== null) monthlyDelta += delta;
    const note = (c) => {
      if (c.priceSource) sources.set(sourceKey(c.priceSource), c.priceSource);
      if (c.unitPrice === null || c.monthly === null && !c.usageBased) {
        const reason = c.unknownReason ?? "price not known";
        const key = `${address}\0${c.name}\0${reason}`;
        if (!unknownSeen.has(key)) {
          unknownSeen.add(key);
          unknown.push({ address, component: c.name, reason });
        }
      }
    };
    if (estAfter) estAfter.components.forEach(note);
    if (estBefore) estBefore.components.forEach(note);
    const inRange = new Set(range?.components);
    for (const c of shown2) {
      if (!c.usageBased) continue;
      const entry = {
        address,
        component: c.name,
        unit: c.unit,
        unitPrice: c.unitPrice
      };
      if (inRange.has(c.name)) entry.inRange = true;
      usageBased.push(entry);
    }
  }
  const usageRange = ranged ? { low: roundMoney(usageLow), high: roundMoney(usageHigh) } : void 0;
  return {
    currency: "USD",
    hoursPerMonth: HOURS_PER_MONTH,
    monthlyBefore: roundMoney(monthlyBefore),
    monthlyAfter: roundMoney(monthlyAfter),
    monthlyDelta: roundMoney(monthlyDelta),
    resources,
    unknown,
    usageBased,
    catalogVersion: catalog.version,
    ...usageRange && {
      usageRange,
      monthlyAfterRange: {
        low: roundMoney(monthlyAfter + usageRange.low),
        high: roundMoney(monthlyAfter + usageRange.high)
      }
    },
    sources: [...sources.values()].sort(
      (a, b) => compareText(a.source, b.source) || compareText(a.asOf, b.asOf)
    )
  };
}
function byAddress(resources) {
  const map = /* @__PURE__ */ new Map();
  for (const r of resources) {
    if (map.has(r.address)) throw new Error(`resource address ${r.address} appears twice`);
    map.set(r.address, r);
  }
  return map;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var INDEXED = /^(.*)\[(\d+)\]$/;
function addressKey(address) {
  const m = INDEXED.exec(address);
  return m ? { base: m[1], index: Number(m[2]) } : { base: address, index: -1 };
}
function compareKeys(a, b) {
  if (a.base !== b.base) return compareText(a.base, b.base);
  return a.index - b.index;
}
function sortAddresses(addresses) {
  const keyed = addresses.map((address) => ({ address, key: addressKey(address) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  for (let i = 0; i < keyed.length; i++) addresses[i] = keyed[i].address;
}

// src/providers/registry.ts
var factories = {
  sandbox: async (deps) => {
    const { createSandboxProvider } = await import("./sandbox-provider-T3TBHPVB.js");
    const delay = deps.settings.sandbox?.operationDelayMs;
    return createSandboxProvider({
      store: deps.store(),
      catalog: deps.catalog,
      ...delay !== void 0 && { operationDelayMs: delay }
    });
  },
  aws: async (deps) => (await importOptional("aws", () => import("./aws-E5K3YFNX.js"))).createAwsProvider(deps),
  gcp: async (deps) => (await importOptional("gcp", () => import("./gcp-6PQJO2ID.js"))).createGcpProvider(deps),
  azure: async (deps) => (await importOptional("azure", () => import("./azure-B73R456O.js"))).createAzureProvider(deps)
};
var PROVIDER_NAMES = Object.keys(factories);
async function loadProvider(name, deps) {
  const factory = factories[name];
  if (!factory) throw new NotFoundError("provider", name, PROVIDER_NAMES);
  return factory(deps);
}

// src/spec/disk-files.ts
import { constants } from "node:fs";
import { open as open2, realpath } from "node:fs/promises";
import { join as join3, sep as sep2 } from "node:path";
var CHUNK = 1 << 20;
function diskRepositoryFiles(root) {
  return {
    async read(path, maxBytes) {
      const clean = checkRepositoryPath(path);
      const realRoot = await realpath(root);
      let real;
      try {
        real = await realpath(join3(realRoot, clean));
      } catch (e) {
        const code2 = e.code;
        if (code2 === "ENOENT" || code2 === "ENOTDIR")
          throw new RepositoryFileError("missing", path, "does not exist in the repository");
        throw e;
      }
      if (!real.startsWith(realRoot + sep2))
        throw new RepositoryFileError("escapes", path, "is a symlink to a file outside the repository");
      const handle = await open2(real, constants.O_RDONLY | constants.O_NOFOLLOW);
      try {
        const stats = await handle.stat();
        if (!stats.isFile()) throw new RepositoryFileError("not-a-file", path, "is not a regular file");
        if (stats.size > maxBytes) throw tooLarge(path, stats.size, maxBytes);
        const chunks = [];
        let total = 0;
        for (; ; ) {
          const chunk = Buffer.alloc(CHUNK);
          const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
          if (bytesRead === 0) break;
          total += bytesRead;
          if (total > maxBytes) throw tooLarge(path, total, maxBytes);
          chunks.push(chunk.subarray(0, bytesRead));
        }
        return Buffer.concat(chunks, total);
      } finally {
        await handle.close();
      }
    }
  };
}

// src/store/audit.ts
function recordApply(store, result, meta) {
  const { db } = store;
  const insertApply = db.prepare(
    `INSERT INTO applies (environment, plan_hash, ok, started_at, finished_at, actor)
     VALUES (?, ?, ?, ?, ?, ?)`
  );
  const insertResult = db.prepare(
    `INSERT INTO apply_results (apply_id, position, address, action, status, resource_id, error)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  );
  return db.transaction(() => {
    const info = insertApply.run(
      result.environment,
      result.planHash,
      result.ok ? 1 : 0,
      meta.startedAt,
      meta.finishedAt,
      meta.actor ?? null
    );
    const applyId = Number(info.lastInsertRowid);
    result.results.forEach((r, position) => {
      insertResult.run(applyId, position, r.address, r.action, r.status, r.id ?? null, r.error ?? null);
    });
    return applyId;
  }).immediate();
}

// src/store/store.ts
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/store/driver.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
function openDatabase(path, timeoutMs) {
  let Better;
  try {
    Better = require2("better-sqlite3");
  } catch (e) {
    if (e.code !== "MODULE_NOT_FOUND") throw e;
  }
  if (Better) {
    try {
      return new Better(path, { timeout: timeoutMs });
    } catch (e) {
      if (e.code !== "ERR_DLOPEN_FAILED") throw e;
      warnRebuild();
    }
  }
  return openNodeSqlite(path, timeoutMs);
}
var warned = false;
function warnRebuild() {
  if (warned) return;
  warned = true;
  process.emitWarning(
    `better-sqlite3 was built for another Node.js than ${process.version}; using the built-in node:sqlite. Run \`npm rebuild better-sqlite3\` to use it again.`
  );
}
function openNodeSqlite(path, timeoutMs) {
  let sqlite;
  try {
    sqlite = require2("node:sqlite");
  } catch {
    throw new PlagenticError(
      "the local store needs better-sqlite3 (run npm ci) or Node.js 22.5 or later, which has node:sqlite built in"
    );
  }
  return adaptSyncDatabase(new sqlite.DatabaseSync(path, { timeout: timeoutMs }));
}
function adaptSyncDatabase(db) {
  let open4 = true;
  let depth = 0;
  const transaction = (fn) => {
    const run = (begin) => (...args) => {
      if (depth > 0) return fn(...args);
      db.exec(begin);
      depth++;
      try {
        const result = fn(...args);
        db.exec("COMMIT");
        return result;
      } catch (e) {
        db.exec("ROLLBACK");
        throw e;
      } finally {
        depth--;
      }
    };
    return Object.assign(run("BEGIN"), {
      deferred: run("BEGIN DEFERRED"),
      immediate: run("BEGIN IMMEDIATE"),
      exclusive: run("BEGIN EXCLUSIVE")
    });
  };
  const adapter = {
    prepare: (sql) => db.prepare(sql),
    exec: (sql) => {
      db.exec(sql);
      return adapter;
    },
    // Settings are statements; reads return rows, as better-sqlite3's pragma() does.
    pragma: (text) => {
      if (text.includes("=")) {
        db.exec(`PRAGMA ${text}`);
        return [];
      }
      return db.prepare(`PRAGMA ${text}`).all();
    },
    transaction,
    close: () => {
      if (open4) db.close();
      open4 = false;
      return adapter;
    },
    get open() {
      return open4;
    }
  };
  return adapter;
}

// src/store/migrations.ts
var migrations = [
  {
    version: 1,
    name: "audit of applies",
    up(db) {
      db.exec(`
        CREATE TABLE applies (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          environment TEXT NOT NULL,
          plan_hash TEXT NOT NULL,
          ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
          started_at TEXT NOT NULL,
          finished_at TEXT NOT NULL,
          actor TEXT
        );
        CREATE INDEX applies_by_environment ON applies (environment, id);
        CREATE TABLE apply_results (
          apply_id INTEGER NOT NULL REFERENCES applies (id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          address TEXT NOT NULL,
          action TEXT NOT NULL,
          status TEXT NOT NULL,
          resource_id TEXT,
          error TEXT,
          PRIMARY KEY (apply_id, position)
        );
      `);
    }
  },
  {
    version: 2,
    name: "sandbox cloud resources and create tokens",
    up(db) {
      db.exec(`
        CREATE TABLE sandbox_resources (
          id TEXT PRIMARY KEY,
          type TEXT NOT NULL,
          region TEXT NOT NULL,
          attributes TEXT NOT NULL CHECK (json_valid(attributes)),
          tags TEXT NOT NULL CHECK (json_valid(tags)),
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          environment TEXT GENERATED ALWAYS AS (json_extract(tags, '$."plagentic:environment"')) VIRTUAL,
          address TEXT GENERATED ALWAYS AS (json_extract(tags, '$."plagentic:address"')) VIRTUAL
        );
        CREATE INDEX sandbox_resources_by_environment ON sandbox_resources (environment, address);
        CREATE TABLE sandbox_tokens (
          token TEXT PRIMARY KEY,
          resource_id TEXT NOT NULL,
          environment TEXT NOT NULL,
          address TEXT NOT NULL,
          type TEXT NOT NULL
        );
        -- Logical clock for created_at/updated_at, so results never depend on wall time.
        CREATE TABLE sandbox_clock (
          only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
          tick INTEGER NOT NULL
        );
        INSERT INTO sandbox_clock (only_row, tick) VALUES (1, 0);
      `);
    }
  },
  {
    version: 3,
    name: "github webhook deliveries",
    up(db) {
      db.exec(`
        CREATE TABLE github_deliveries (
          id TEXT PRIMARY KEY,
          event TEXT NOT NULL,
          received_at TEXT NOT NULL
        );
        CREATE INDEX github_deliveries_by_received_at ON github_deliveries (received_at);
      `);
    }
  },
  {
    version: 4,
    name: "sandbox resources by owning repository",
    up(db) {
      db.exec(`
        ALTER TABLE sandbox_resources ADD COLUMN repository TEXT
          GENERATED ALWAYS AS (json_extract(tags, '$."plagentic:repository"')) VIRTUAL;
        CREATE INDEX sandbox_resources_by_owner ON sandbox_resources (environment, repository, address);
      `);
    }
  },
  {
    version: 5,
    name: "app audit events and approved changes",
    up(db) {
      db.exec(`
        CREATE TABLE audit_events (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          at TEXT NOT NULL,
          delivery_id TEXT NOT NULL,
          event TEXT NOT NULL,
          repository TEXT,
          kind TEXT NOT NULL CHECK (kind IN ('queued', 'duplicate', 'started', 'finished', 'failed')),
          replica TEXT NOT NULL,
          attempt INTEGER NOT NULL CHECK (attempt >= 0)
        );
        CREATE INDEX audit_events_by_delivery ON audit_events (delivery_id, id);
        CREATE TABLE approved_changes (
          repository TEXT NOT NULL,
          environment TEXT NOT NULL,
          plan_hash TEXT NOT NULL,
          fingerprints TEXT NOT NULL CHECK (json_valid(fingerprints)),
          PRIMARY KEY (repository, environment, plan_hash)
        );
      `);
    }
  }
];

// src/store/store.ts
var BUSY_TIMEOUT_MS = 5e3;
function openStore(path, options = {}) {
  const inMemory = path === ":memory:" || path === "";
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = (options.open ?? openDatabase)(path, BUSY_TIMEOUT_MS);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    migrate(db, options.migrations ?? migrations);
  } catch (err) {
    db.close();
    throw err;
  }
  return {
    db,
    path,
    close() {
      if (db.open) db.close();
    }
  };
}
function migrate(db, steps) {
  steps.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
  });
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL
  )`);
  const applied = () => new Map(
    db.prepare("SELECT version, name FROM schema_migrations").all().map((r) => [r.version, r.name])
  );
  const known = applied();
  const newest2 = Math.max(0, ...known.keys());
  if (newest2 > steps.length) {
    throw new Error(
      `the store is at schema version ${newest2} but this plagentic knows only ${steps.length}; upgrade plagentic`
    );
  }
  for (const m of steps) {
    db.transaction(() => {
      const name = applied().get(m.version);
      if (name !== void 0) {
        if (name !== m.name) {
          throw new Error(
            `store migration ${m.version} is "${name}" in the file but "${m.name}" in the code`
          );
        }
        return;
      }
      m.up(db);
      db.prepare("INSERT INTO schema_migrations (version, name) VALUES (?, ?)").run(m.version, m.name);
    }).immediate();
  }
}

// src/plan/apply.ts
import { randomUUID } from "node:crypto";

// src/plan/adopt.ts
async function findAdoptable(provider, target, desired, owned) {
  const ownedAddresses = new Set(owned.map((r) => r.address));
  const ownedIds = new Map(owned.map((r) => [r.id, r.address]));
  const wanted = desired.filter((d) => d.importId !== void 0 && !ownedAddresses.has(d.address));
  if (wanted.length === 0) return [];
  const seen = /* @__PURE__ */ new Map();
  for (const d of wanted) {
    const id = d.importId;
    const twice = seen.get(id);
    if (twice) throw new PlagenticError(`${d.address} and ${twice} both name import_id ${id}`);
    seen.set(id, d.address);
    const at = ownedIds.get(id);
    if (at) throw new PlagenticError(`${d.address}: import_id ${id} is already managed here as ${at}`);
  }
  if (!provider.readById) {
    throw new PlagenticError(
      `the ${provider.name} provider cannot adopt existing resources yet (${wanted.map((d) => d.type).join(", ")}); remove import_id to create new ones`
    );
  }
  const found = [];
  for (const d of wanted) {
    const id = d.importId;
    let read;
    try {
      read = await provider.readById(target, { id, address: d.address, type: d.type });
    } catch (e) {
      if (e instanceof ProviderOperationError && e.code === "UnsupportedResourceType")
        throw new PlagenticError(`${d.address}: the ${provider.name} provider cannot adopt ${d.type} yet`);
      throw e;
    }
    if (!read)
      throw new PlagenticError(`${d.address}: import_id ${id} names no ${d.type} in ${target.region}`);
    const owner = otherOwner(read.tags, target);
    if (owner) {
      throw new RefusedError(
        `${d.address}: ${id} belongs to ${scrubControls(owner)}; Plagentic never takes over another owner's resource`
      );
    }
    found.push({ ...read.live, address: d.address });
  }
  return found;
}
function adoptChange(want, have, change2) {
  if (change2?.action === "replace") {
    throw new PlagenticError(
      `${want.address}: adopting ${have.id} would replace it (${(change2.replaceReasons ?? []).join(", ")} differ from the live resource); make the spec match it, or remove import_id to create a new one`
    );
  }
  return {
    address: want.address,
    type: want.type,
    action: "adopt",
    before: { attributes: have.attributes, tags: have.tags },
    after: { attributes: want.attributes, tags: want.tags },
    id: have.id,
    changedAttributes: change2?.changedAttributes ?? [],
    dependsOn: want.dependsOn,
    ...want.protected && { protected: true }
  };
}
async function applyAdopt(provider, op, change2) {
  if (!provider.adopt) throw new PlagenticError(`the ${provider.name} provider cannot adopt ${op.type}`);
  await provider.adopt(op.target, { id: op.id, address: op.address, type: op.type });
  if (change2.changedAttributes.length > 0) await provider.update(op);
  return { id: op.id };
}

// src/plan/canonical.ts
import { createHash as createHash2 } from "node:crypto";
function canonicalJson(value) {
  const chunks = [];
  writeCanonical(value, (chunk) => chunks.push(chunk));
  return chunks.join("");
}
function canonicalSha256(value) {
  const hash = createHash2("sha256");
  writeCanonical(value, (chunk) => hash.update(chunk));
  return hash.digest("hex");
}
var PIECES = 4096;
var NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function quote(text) {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}
function isPlainString(v) {
  return typeof v === "string" && !NEEDS_ESCAPE.test(v);
}
function writeCanonical(value, emit) {
  const pieces = [];
  let count2 = 0;
  const write = (text) => {
    pieces[count2++] = text;
    if (count2 === PIECES) {
      emit(pieces.join(""));
      count2 = 0;
    }
  };
  const keyTexts = /* @__PURE__ */ new Map();
  const textsOf = (key) => {
    let texts = keyTexts.get(key);
    if (texts === void 0) {
      const q = quote(key);
      texts = { first: `{${q}:`, next: `,${q}:`, firstQuoted: `{${q}:"`, nextQuoted: `,${q}:"` };
      keyTexts.set(key, texts);
    }
    return texts;
  };
  const visit = (v) => {
    if (isPlainString(v)) {
      write('"');
      write(v);
      write('"');
      return;
    }
    if (v === null || typeof v !== "object") {
      write(scalarText(v));
      return;
    }
    if (Array.isArray(v)) {
      write("[");
      for (let i = 0; i < v.length; i++) {
        if (i > 0) write(",");
        visit(v[i]);
      }
      write("]");
      return;
    }
    const source = v;
    let first = true;
    for (const key of sortStrings(Object.keys(source))) {
      const item = source[key];
      if (item === void 0) continue;
      const texts = textsOf(key);
      if (isPlainString(item)) {
        write(first ? texts.firstQuoted : texts.nextQuoted);
        write(item);
        write('"');
      } else {
        write(first ? texts.first : texts.next);
        visit(item);
      }
      first = false;
    }
    write(first ? "{}" : "}");
  };
  visit(value);
  pieces.length = count2;
  if (count2 > 0) emit(pieces.join(""));
}
function scalarText(value) {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "number":
      if (!Number.isFinite(value)) throw new Error("cannot hash a non-finite number");
      return String(value);
    case "boolean":
      return value ? "true" : "false";
    case "undefined":
    case "function":
    case "symbol":
      return "null";
    default:
      return JSON.stringify(value);
  }
}
function sha256Hex2(text) {
  return createHash2("sha256").update(text).digest("hex");
}
function sameValue(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (canonicalEqual(a, b)) return true;
  canonicalJson(a);
  canonicalJson(b);
  return false;
}
function canonicalEqual(a, b) {
  const aNull = writesAsNull(a);
  const bNull = writesAsNull(b);
  if (aNull || bNull) return aNull && bNull;
  if (typeof a !== "object" || typeof b !== "object") {
    if (typeof a === "number" && !Number.isFinite(a)) return false;
    if (typeof a === "bigint") return false;
    return a === b;
  }
  const aArray = Array.isArray(a);
  if (aArray !== Array.isArray(b)) return false;
  if (aArray) {
    const x2 = a;
    const y2 = b;
    if (x2.length !== y2.length) return false;
    for (let i = 0; i < x2.length; i++) if (!canonicalEqual(x2[i], y2[i])) return false;
    return true;
  }
  const x = a;
  const y = b;
  let keys = 0;
  for (const key of Object.keys(x)) {
    const item = x[key];
    if (item === void 0) continue;
    keys++;
    if (!isEnumerableOwn.call(y, key) || !canonicalEqual(item, y[key])) return false;
  }
  for (const key of Object.keys(y)) if (y[key] !== void 0) keys--;
  return keys === 0;
}
var isEnumerableOwn = Object.prototype.propertyIsEnumerable;
function writesAsNull(v) {
  return v === null || v === void 0 || typeof v === "function" || typeof v === "symbol";
}

// src/plan/deposed.ts
var PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
function deposedAddress(address, id) {
  const key = PLAIN_ID.test(id) ? id : `object ${sha256Hex2(id).slice(0, 12)}`;
  return `${address} (deposed ${key})`;
}
function liveRefs(value) {
  const out = [];
  const visit = (v) => {
    const t = refTarget(v) ?? deposedRefTarget(v);
    if (t !== void 0) out.push(t);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === "object") for (const item of Object.values(v)) visit(item);
  };
  visit(value);
  return out;
}

// src/policy/evaluate.ts
function ruleOptions(rule, entry) {
  const options = {};
  for (const [key, value] of Object.entries(entry ?? {})) {
    const owned = key in rule.options.shape;
    if (owned || !COMMON_SETTINGS.includes(key)) options[key] = value;
  }
  return rule.options.parse(options);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function evaluatePolicies(ctx, config = {}) {
  const parsed = policyConfigSchema.parse(config);
  const evaluated = [];
  const findings = [];
  for (const rule of policyRules) {
    const entry = parsed[rule.id];
    const enabled = entry ? entry.enabled !== false : rule.enabledByDefault;
    if (!enabled) continue;
    const filter = "environments" in rule.options.shape ? void 0 : entry?.environments;
    if (filter && !filter.includes(ctx.spec.environment)) continue;
    const level = entry?.level ?? rule.defaultLevel ?? "fail";
    const options = ruleOptions(rule, entry);
    const found = rule.evaluate(ctx, options);
    evaluated.push(rule.id);
    if (found.length === 0) {
      findings.push({ rule: rule.id, level: "pass", message: rule.passMessage(ctx, options) });
      continue;
    }
    for (const f of found) {
      const findingLevel = f.level ?? level;
      findings.push(
        f.address === void 0 ? { rule: rule.id, level: findingLevel, message: f.message } : { rule: rule.id, level: findingLevel, message: f.message, address: f.address }
      );
    }
  }
  evaluated.sort(compare);
  findings.sort((a, b) => compare(a.rule, b.rule) || compare(a.address ?? "", b.address ?? ""));
  return { verdict: verdictOf(findings), evaluated, findings };
}
function verdictOf(findings) {
  if (findings.some((f) => f.level === "fail")) return "fail";
  if (findings.some((f) => f.level === "warn")) return "warn";
  return "pass";
}

// src/plan/diff.ts
function normalizeLive(live, opts = {}) {
  let addressById = new Map(live.map((r) => [r.id, r.address]));
  let unique = live;
  if (addressById.size < live.length) {
    unique = [...new Map(live.map((r) => [r.id, r])).values()];
    addressById = new Map(unique.map((r) => [r.id, r.address]));
  }
  depose(unique, addressById, opts.desired ?? [], opts.writeOnly ?? {});
  return unique.map((r) => {
    const normalized = idsOf(r, addressById);
    const address = addressById.get(r.id);
    return address === r.address ? normalized : { ...normalized, address, liveAddress: r.address };
  });
}
function idsOf(r, addressById) {
  const def = getResourceType(r.type);
  if (!def) return r;
  const attributes = {};
  for (const [key, value] of Object.entries(r.attributes)) {
    const schema = def.properties[key];
    attributes[key] = schema ? idsToRefs(schema, value, addressById) : value;
  }
  return { ...r, attributes };
}
function depose(live, addressById, desired, writeOnly) {
  const seen = /* @__PURE__ */ new Set();
  const repeated = /* @__PURE__ */ new Set();
  for (const r of live) (seen.has(r.address) ? repeated : seen).add(r.address);
  if (repeated.size === 0) return;
  const undecided = /* @__PURE__ */ new Map();
  for (const r of live) {
    if (!repeated.has(r.address)) continue;
    const copies = undecided.get(r.address);
    if (copies) copies.push(r);
    else undecided.set(r.address, [r]);
  }
  const keep = (address, kept) => {
    for (const c of undecided.get(address))
      if (c !== kept) addressById.set(c.id, deposedAddress(address, c.id));
    undecided.delete(address);
  };
  for (const want of desired) {
    const copies = undecided.get(want.address);
    if (!copies) continue;
    const ranked = copies.map((copy) => {
      const change2 = compare2(want, idsOf(copy, addressById), /* @__PURE__ */ new Set(), writeOnly[want.type] ?? []);
      const rank = change2 === void 0 ? 0 : change2.action === "update" ? 1 : 2;
      return { copy, rank, changed: change2?.changedAttributes.length ?? 0 };
    }).sort((a, b) => a.rank - b.rank || a.changed - b.changed || cmp(a.copy.id, b.copy.id));
    keep(want.address, ranked[0].copy);
  }
  for (const [address, copies] of [...undecided])
    keep(address, [...copies].sort((a, b) => cmp(a.id, b.id))[0]);
}
function idsToRefs(schema, value, addressById) {
  if (schema.kind === "ref" && typeof value === "string") {
    const address = addressById.get(value);
    return address === void 0 ? value : `ref(${address})`;
  }
  if (schema.kind === "list" && Array.isArray(value))
    return value.map((v) => idsToRefs(schema.items, v, addressById));
  if (schema.kind === "map" && isObject2(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, idsToRefs(schema.values, v, addressById)])
    );
  }
  if (schema.kind === "object" && isObject2(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        const sub = schema.properties[k];
        return [k, sub ? idsToRefs(sub, v, addressById) : v];
      })
    );
  }
  return value;
}
function diffResources(desired, live, opts = {}) {
  const protectedAddresses = opts.protectedAddresses ?? /* @__PURE__ */ new Set();
  const liveByAddress = new Map(live.map((r) => [r.address, r]));
  const desiredAddresses = new Set(desired.map((r) => r.address));
  const replaced = /* @__PURE__ */ new Set();
  const forward = [];
  for (const want of desired) {
    const have = liveByAddress.get(want.address);
    if (!have) {
      forward.push({
        address: want.address,
        type: want.type,
        action: "create",
        before: null,
        after: { attributes: want.attributes, tags: want.tags },
        changedAttributes: sortStrings(Object.keys(want.attributes)),
        dependsOn: want.dependsOn,
        ...want.protected && { protected: true }
      });
      continue;
    }
    const change2 = compare2(want, have, replaced, opts.writeOnly?.[want.type] ?? []);
    if (opts.adopting?.has(want.address)) {
      forward.push(adoptChange(want, have, change2));
      continue;
    }
    if (change2) {
      if (change2.action === "replace") replaced.add(want.address);
      forward.push(change2);
    }
  }
  const deletes = live.filter((r) => !desiredAddresses.has(r.address)).map((r) => ({
    address: r.address,
    ...r.liveAddress !== void 0 && { liveAddress: r.liveAddress },
    type: r.type,
    action: "delete",
    before: { attributes: r.attributes, tags: r.tags },
    after: null,
    id: r.id,
    changedAttributes: [],
    dependsOn: [...new Set(liveRefs(r.attributes))],
    // A deposed copy of a protected resource is protected too: the mark is on what it was.
    ...(protectedAddresses.has(r.liveAddress ?? r.address) || r.tags[PROTECTED_TAG] === "true") && {
      protected: true
    }
  }));
  return [...forward, ...reverseDependencyOrder(deletes)];
}
function compare2(want, have, replaced, writeOnly) {
  const def = getResourceType(want.type);
  const schema = def?.properties ?? {};
  const keys = /* @__PURE__ */ new Set([
    ...Object.keys(want.attributes),
    ...Object.keys(have.attributes).filter((k) => k in schema)
  ]);
  for (const k of writeOnly) keys.delete(k);
  for (const k of keysNamingFiles(schema)) keys.delete(k);
  const changed = [];
  const reasons = [];
  for (const key of sortStrings([...keys])) {
    const a = want.attributes[key];
    const b = have.attributes[key];
    const prop = schema[key];
    if (!sameValue(comparable(prop, a), comparable(prop, b))) {
      changed.push(key);
      if (prop && forcesNew(prop, a, b)) reasons.push(key);
      continue;
    }
    const movedTo = a === void 0 || replaced.size === 0 ? [] : collectRefs(a).filter((t) => replaced.has(t));
    if (movedTo.length > 0) {
      changed.push(key);
      if (prop?.forceNew) reasons.push(`${key} (${movedTo.join(", ")} is replaced)`);
    }
  }
  if (!sameValue(want.tags, have.tags)) changed.push("tags");
  if (have.state !== void 0) reasons.push(`its state, ${have.state}`);
  if (changed.length === 0 && reasons.length === 0) return void 0;
  return {
    address: want.address,
    type: want.type,
    action: reasons.length > 0 ? "replace" : "update",
    before: { attributes: have.attributes, tags: have.tags },
    after: { attributes: want.attributes, tags: want.tags },
    id: have.id,
    changedAttributes: changed,
    ...reasons.length > 0 && { replaceReasons: reasons },
    dependsOn: want.dependsOn,
    ...want.protected && { protected: true }
  };
}
var fileKeysBySchema = /* @__PURE__ */ new WeakMap();
function keysNamingFiles(schema) {
  let keys = fileKeysBySchema.get(schema);
  if (keys === void 0) {
    keys = Object.keys(schema).filter((k) => schema[k].file !== void 0);
    fileKeysBySchema.set(schema, keys);
  }
  return keys;
}
function forcesNew(prop, a, b) {
  if (prop.forceNew) return true;
  if (prop.kind !== "object") return false;
  const av = isObject2(a) ? a : {};
  const bv = isObject2(b) ? b : {};
  return Object.entries(prop.properties).some(
    ([k, sub]) => sub.forceNew && !sameValue(comparable(sub, av[k]), comparable(sub, bv[k]))
  );
}
function comparable(prop, value) {
  if ((value === void 0 || value === null) && prop?.cloudDefault !== void 0)
    return comparable(prop, prop.cloudDefault);
  if (value === void 0 || value === null || !prop) return value ?? null;
  if (prop.kind === "list" && Array.isArray(value)) {
    const items = value.map((v) => comparable(prop.items, v));
    return prop.unordered ? sortedByCanonicalText(items) : items;
  }
  if (prop.kind === "object" && isObject2(value)) {
    const keys = new Set(Object.keys(value));
    for (const [k, sub] of Object.entries(prop.properties)) if (sub.cloudDefault !== void 0) keys.add(k);
    return Object.fromEntries([...keys].map((k) => [k, comparable(prop.properties[k], value[k])]));
  }
  if (prop.kind === "map" && isObject2(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, comparable(prop.values, v)]));
  }
  return value;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortedByCanonicalText(items) {
  if (items.length < 2) return items;
  return items.map((value) => ({ value, text: canonicalJson(value) })).sort((x, y) => cmp(x.text, y.text)).map((item) => item.value);
}
function reverseDependencyOrder(deletes) {
  const byAddress2 = new Map(deletes.map((c) => [c.address, c]));
  const done2 = /* @__PURE__ */ new Set();
  const forwardOrder = [];
  const visiting = /* @__PURE__ */ new Set();
  const visit = (c) => {
    if (done2.has(c.address) || visiting.has(c.address)) return;
    visiting.add(c.address);
    for (const dep of c.dependsOn) {
      const d = byAddress2.get(dep);
      if (d) visit(d);
    }
    visiting.delete(c.address);
    done2.add(c.address);
    forwardOrder.push(c);
  };
  for (const c of [...deletes].sort((x, y) => x.address < y.address ? -1 : 1)) visit(c);
  return forwardOrder.reverse();
}
function isObject2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

// src/plan/model.ts
var PLAN_FORMAT_VERSION = 1;

// src/plan/engine.ts
async function createPlan(inputs) {
  const target = targetOf(inputs.env.spec, inputs.identity);
  const read = await inputs.provider.readLive(target);
  const adopting = inputs.destroy ? [] : await findAdoptable(inputs.provider, target, inputs.env.resources, read);
  const writeOnly = inputs.provider.capabilities.writeOnly;
  const live = normalizeLive([...read, ...adopting], {
    desired: inputs.destroy ? [] : inputs.env.resources,
    ...writeOnly && { writeOnly }
  });
  return { ...buildPlan(inputs, live, new Set(adopting.map((r) => r.address))), live };
}
function buildPlan(inputs, live, adopting = /* @__PURE__ */ new Set()) {
  const { env, catalog, policies } = inputs;
  const destroy = inputs.destroy ?? false;
  if (!destroy) assertFilesRead(env);
  const desired = destroy ? [] : env.resources;
  const protectedAddresses = new Set(env.resources.filter((r) => r.protected).map((r) => r.address));
  const writeOnly = inputs.provider.capabilities.writeOnly;
  const changes = diffResources(desired, live, {
    protectedAddresses,
    adopting,
    ...writeOnly && { writeOnly }
  });
  const usageByAddress = new Map(env.resources.map((r) => [r.address, r.usage]));
  const before = live.map((r) => ({
    address: r.address,
    type: r.type,
    attributes: r.attributes,
    // A deposed copy is priced with the usage of the resource it was.
    usage: usageByAddress.get(r.liveAddress ?? r.address) ?? {}
  }));
  const after = desired.map((r) => ({
    address: r.address,
    type: r.type,
    attributes: r.attributes,
    usage: r.usage
  }));
  const usageRanges2 = inputs.usageRanges;
  const cost = estimateCost(
    { region: env.spec.region, before, after, ...usageRanges2 && { usageRanges: usageRanges2 } },
    catalog
  );
  const policy = evaluatePolicies({ spec: env.spec, desired, changes, cost }, policies);
  const applies = inputs.provider.capabilities.applies;
  const unsupported = applies === "*" ? [] : [...new Set(changes.map((c) => c.type).filter((t) => !applies.includes(t)))].sort();
  const body = {
    formatVersion: PLAN_FORMAT_VERSION,
    environment: env.spec.environment,
    repository: inputs.identity.repository,
    provider: env.spec.provider,
    region: env.spec.region,
    commit: inputs.commit ?? null,
    specDigest: env.digest,
    destroy,
    changes,
    summary: summarize(changes),
    cost,
    policy,
    unsupported,
    // Only when set, so the hash of a plan without a budget is what it always was.
    ...env.spec.budget && { budget: { monthly: env.spec.budget.monthly } }
  };
  return { plan: { ...body, hash: planHash(body) }, desired };
}
function assertFilesRead(env) {
  const unread = env.unreadFiles?.[0];
  if (unread) {
    throw new PlagenticError(
      `${unread.location.file}: ${unread.field}: ${unread.path} was not read; plan it from its repository`
    );
  }
}
function planHash(body) {
  return canonicalSha256(body);
}
function summarize(changes) {
  const summary = { add: 0, change: 0, destroy: 0 };
  for (const c of changes) {
    if (c.action === "create") summary.add++;
    else if (c.action === "update" || c.action === "adopt") summary.change++;
    else if (c.action === "delete") summary.destroy++;
    else {
      summary.add++;
      summary.destroy++;
    }
  }
  return summary;
}
function hasChanges(plan) {
  return plan.changes.length > 0;
}

// src/plan/fingerprints.ts
function changeFingerprint(change2) {
  return canonicalSha256({
    address: change2.address,
    type: change2.type,
    action: change2.action,
    after: change2.after,
    ...change2.action === "delete" && { id: change2.id ?? null, liveAddress: change2.liveAddress }
  });
}
function changeFingerprints(plan) {
  return plan.changes.map(changeFingerprint);
}

// src/plan/resume.ts
var LISTED = 10;
var ResumeRefusedError = class extends RefusedError {
  constructor(environment, unapproved) {
    const shown2 = unapproved.slice(0, LISTED).join(", ");
    const more = unapproved.length > LISTED ? ` and ${unapproved.length - LISTED} more` : "";
    super(
      `the apply of ${environment} could not be resumed: what is left to do is not what was approved (${shown2}${more}); the spec or the live state changed since. Nothing was applied. Run \`plagentic plan ${environment}\` and review the new plan.`
    );
    this.environment = environment;
    this.unapproved = unapproved;
  }
  environment;
  unapproved;
};
var FULL_HASH = /^[0-9a-f]{64}$/;
function assertResumable(plan, approvedHash, resume) {
  if (!FULL_HASH.test(approvedHash))
    throw new RefusedError(
      `a resumed apply needs the approved plan's full hash, not ${JSON.stringify(approvedHash.slice(0, 80))}`
    );
  const approved = new Set(resume.fingerprints);
  const unapproved = plan.changes.filter((c) => !approved.has(changeFingerprint(c))).map((c) => c.address);
  if (unapproved.length > 0) throw new ResumeRefusedError(plan.environment, unapproved);
}

// src/plan/apply.ts
var DEFAULT_PARALLELISM = 10;
var FORWARD_STATUS = {
  create: "created",
  update: "updated",
  replace: "replaced",
  adopt: "adopted"
};
var StalePlanError = class extends RefusedError {
  constructor(expected, actual, environment) {
    super(
      `the plan for ${environment} is not the one approved (approved ${short(expected)}, now ${short(actual)}): the spec or the live state changed since. Nothing was applied. Run \`plagentic plan ${environment}\` and review the new plan.`
    );
    this.expected = expected;
    this.actual = actual;
  }
  expected;
  actual;
};
async function applyPlan(inputs) {
  if (inputs.resume && inputs.attempt === void 0)
    throw new Error("a resumed apply needs the attempt of the apply it resumes");
  const { plan, live } = await createPlan(inputs);
  if (inputs.resume) assertResumable(plan, inputs.expectedHash, inputs.resume);
  else if (!hashMatches(plan.hash, inputs.expectedHash)) {
    throw new StalePlanError(inputs.expectedHash, plan.hash, plan.environment);
  }
  assertApplicable(plan);
  const ids = new Map(live.map((r) => [r.address, r.id]));
  const result = await execute(
    plan,
    // A resume applies what is left of the approved plan: its tokens and its record are that plan's.
    inputs.resume ? inputs.expectedHash : plan.hash,
    inputs.provider,
    targetOf(inputs.env.spec, inputs.identity),
    inputs.env.files,
    ids,
    inputs.attempt ?? randomUUID(),
    inputs.onProgress,
    inputs.parallelism ?? DEFAULT_PARALLELISM
  );
  return { plan, result };
}
function hashMatches(actual, expected) {
  const e = expected.trim().toLowerCase();
  return e === actual || e.length >= 12 && actual.startsWith(e);
}
function assertApplicable(plan) {
  if (plan.policy.verdict === "fail") {
    const reasons = plan.policy.findings.filter((f) => f.level === "fail").map((f) => f.message);
    throw new RefusedError(`policy check failed, so the plan cannot be applied: ${reasons.join("; ")}`);
  }
  if (plan.unsupported.length > 0) {
    throw new RefusedError(
      `the ${plan.provider} provider cannot apply ${plan.unsupported.join(", ")} yet; nothing was applied`
    );
  }
}
function idempotencyToken(planHash2, address, action, attempt) {
  const h = sha256Hex2(`${planHash2}
${address}
${action}
${attempt}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${(parseInt(h[16], 16) & 3 | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
async function execute(plan, planHash2, provider, target, files, ids, attempt, onProgress, parallelism) {
  const forward = plan.changes.filter((c) => c.action !== "delete");
  const removals = removalOrder([
    ...plan.changes.filter((c) => c.action === "delete"),
    ...forward.filter((c) => c.action === "replace").reverse()
  ]);
  const total = forward.length + removals.length;
  const results = /* @__PURE__ */ new Map();
  const broken = /* @__PURE__ */ new Set();
  const stillNeeded = /* @__PURE__ */ new Set();
  const slot = limiter(parallelism);
  const report = (c, step, r) => {
    const previous = results.get(c.address);
    const merged = { ...previous, address: c.address, action: c.action, ...r };
    results.set(c.address, merged);
    onProgress?.({
      address: c.address,
      action: c.action,
      step,
      total,
      status: r.status,
      ...r.error && { error: r.error }
    });
  };
  const fail = (c, step, error2, status = "failed") => {
    broken.add(c.address);
    for (const dep of dependenciesOf(c)) stillNeeded.add(dep);
    if (c.action === "replace") stillNeeded.add(c.address);
    report(c, step, { status, error: error2 });
  };
  const forwardDone = /* @__PURE__ */ new Map();
  forward.forEach((c, k) => {
    const step = k + 1;
    const before = c.dependsOn.flatMap((d) => forwardDone.get(d) ?? []);
    const run = async () => {
      await Promise.all(before);
      const blocker = c.dependsOn.find((d) => broken.has(d));
      if (blocker) return fail(c, step, `skipped because ${blocker} did not apply`, "skipped");
      await slot(async () => {
        onProgress?.({ address: c.address, action: c.action, step, total, status: "started" });
        try {
          const op = {
            target,
            address: c.address,
            type: c.type,
            attributes: resolveRefs(c.after.attributes, ids),
            tags: c.after.tags,
            token: idempotencyToken(planHash2, c.address, c.action, attempt),
            ...files && { files }
          };
          const created = c.action === "update" ? await provider.update({ ...op, id: c.id }) : c.action === "adopt" ? await applyAdopt(provider, { ...op, id: c.id }, c) : await provider.create(op);
          ids.set(c.address, created.id);
          report(c, step, {
            status: FORWARD_STATUS[c.action],
            id: created.id
          });
        } catch (e) {
          fail(c, step, errorText(e));
        }
      });
    };
    forwardDone.set(c.address, run());
  });
  await Promise.all(forwardDone.values());
  const removalDone = /* @__PURE__ */ new Map();
  removals.forEach((c, k) => {
    const step = forward.length + k + 1;
    const users = removals.slice(0, k).filter((u) => dependenciesOf(u).includes(c.address));
    const before = users.flatMap((u) => removalDone.get(u.address) ?? []);
    const run = async () => {
      await Promise.all(before);
      if (c.action === "replace" && broken.has(c.address)) return;
      if (stillNeeded.has(c.address)) {
        const status = c.action === "replace" ? "failed" : "skipped";
        return fail(c, step, `kept because a resource that uses it did not apply`, status);
      }
      await slot(async () => {
        onProgress?.({ address: c.address, action: c.action, step, total, status: "started" });
        try {
          await provider.delete(target, { id: c.id, address: c.liveAddress ?? c.address, type: c.type });
          if (c.action === "delete") report(c, step, { status: "deleted", id: c.id });
          else report(c, step, { status: "replaced" });
        } catch (e) {
          const message = errorText(e);
          fail(
            c,
            step,
            c.action === "replace" ? `created the replacement but could not delete ${c.id}: ${message}` : message
          );
        }
      });
    };
    removalDone.set(c.address, run());
  });
  await Promise.all(removalDone.values());
  const ordered = plan.changes.map((c) => results.get(c.address)).filter(Boolean);
  return {
    environment: plan.environment,
    planHash: planHash2,
    ok: ordered.every((r) => r.status !== "failed" && r.status !== "skipped"),
    results: ordered
  };
}
function removalOrder(removals) {
  const at = new Set(removals.map((c) => c.address));
  const users = /* @__PURE__ */ new Map();
  for (const c of removals)
    for (const dep of dependenciesOf(c))
      if (at.has(dep) && dep !== c.address) users.set(dep, [...users.get(dep) ?? [], c]);
  const done2 = /* @__PURE__ */ new Set();
  const ordered = [];
  const visit = (c) => {
    if (done2.has(c.address)) return;
    done2.add(c.address);
    for (const user of users.get(c.address) ?? []) visit(user);
    ordered.push(c);
  };
  for (const c of removals) visit(c);
  return ordered;
}
function dependenciesOf(c) {
  if (c.action === "delete") return c.dependsOn;
  return c.before ? [...new Set(liveRefs(c.before.attributes))] : [];
}
function resolveRefs(attrs, ids) {
  const resolve4 = (v) => {
    const t = refTarget(v);
    if (t !== void 0) {
      const id = ids.get(t);
      if (id === void 0) throw new Error(`${t} has no id yet`);
      return id;
    }
    if (Array.isArray(v)) return v.map(resolve4);
    if (v !== null && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve4(x)]));
    return v;
  };
  return Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, resolve4(v)]));
}
function limiter(max) {
  let active = 0;
  const queue = [];
  return async (task) => {
    if (active >= Math.max(1, max)) await new Promise((r) => queue.push(r));
    else active++;
    try {
      await task();
    } finally {
      const next = queue.shift();
      if (next) next();
      else active--;
    }
  };
}
function errorText(e) {
  if (e instanceof Error)
    return "code" in e && typeof e.code === "string" ? `${e.code}: ${e.message}` : e.message;
  return String(e);
}
function short(hash) {
  return hash.slice(0, 12);
}

// src/plan/drift.ts
async function detectDrift(env, provider, identity) {
  assertFilesRead(env);
  const writeOnly = provider.capabilities.writeOnly;
  const live = normalizeLive(await provider.readLive(targetOf(env.spec, identity)), {
    desired: env.resources,
    ...writeOnly && { writeOnly }
  });
  const stateOf = new Map(live.flatMap((r) => r.state === void 0 ? [] : [[r.address, r.state]]));
  const items = diffResources(env.resources, live, writeOnly && { writeOnly }).map((c) => {
    if (c.action === "create") return { address: c.address, type: c.type, kind: "missing", differences: [] };
    if (c.action === "delete")
      return { address: c.address, type: c.type, kind: "unmanaged", id: c.id, differences: [] };
    const differences = c.changedAttributes.map(
      (attribute) => attribute === "tags" ? { attribute, expected: c.after.tags, actual: c.before.tags } : {
        attribute,
        expected: c.after.attributes[attribute] ?? null,
        actual: c.before.attributes[attribute] ?? null
      }
    );
    const state = stateOf.get(c.address);
    if (state !== void 0) differences.unshift({ attribute: "state", expected: "ready", actual: state });
    return { address: c.address, type: c.type, kind: "changed", id: c.id, differences };
  });
  return { environment: env.spec.environment, provider: env.spec.provider, checked: live.length, items };
}

// src/plan/workspace.ts
var Workspace = class _Workspace {
  constructor(config, catalog, statePath, now, cwd, env, progress, repository) {
    this.config = config;
    this.catalog = catalog;
    this.statePath = statePath;
    this.now = now;
    this.cwd = cwd;
    this.env = env;
    this.progress = progress;
    this.repository = repository;
  }
  config;
  catalog;
  statePath;
  now;
  cwd;
  env;
  progress;
  repository;
  storeHandle;
  providers = /* @__PURE__ */ new Map();
  static async open(opts = {}) {
    const cwd = opts.cwd ?? process.cwd();
    const config = opts.config ?? await loadConfig({
      ...opts.configPath && { path: opts.configPath },
      cwd,
      env: opts.env ?? process.env
    });
    const env = opts.env ?? process.env;
    const repository = normalizeRepository(opts.repository ?? LOCAL_REPOSITORY);
    const cacheDir = opts.priceCacheDir !== void 0 ? opts.priceCacheDir : defaultPriceCacheDir(env, repository === LOCAL_REPOSITORY ? config : void 0);
    const catalog = loadPriceCatalog([bundledPriceDir(), ...cacheDir ? [cacheDir] : []], {
      warn: (message) => opts.progress ? opts.progress(`warning: ${message}`) : process.emitWarning(message, "PlagenticPrices")
    });
    return new _Workspace(
      config,
      catalog,
      opts.statePath ?? config.state.path,
      opts.now ?? (() => /* @__PURE__ */ new Date()),
      cwd,
      opts.env ?? process.env,
      opts.progress,
      repository
    );
  }
  /** Whose environment `name` is here: this repository's, shared as the config's `sharing:` says. */
  identity(name) {
    return { repository: this.repository, sharedWith: this.config.sharing[name] ?? [] };
  }
  /** The SQLite store, opened on first use. */
  store() {
    this.storeHandle ??= openStore(this.statePath);
    return this.storeHandle;
  }
  environmentNames() {
    return listEnvironmentNames(this.config.environmentsDir);
  }
  /**
   * Reads and parses a spec from disk, within config's `limits:`; the files it names are read
   * from the repository root, the directory that holds config.yaml.
   */
  loadEnvironment(name) {
    return loadEnvironment(
      this.config.environmentsDir,
      name,
      this.cwd,
      this.config.limits,
      diskRepositoryFiles(this.config.baseDir)
    );
  }
  async provider(name) {
    let p = this.providers.get(name);
    if (!p) {
      p = await loadProvider(name, {
        store: () => this.store(),
        catalog: this.catalog,
        settings: this.config.providers,
        env: this.env,
        ...this.progress && { progress: this.progress }
      });
      this.providers.set(name, p);
    }
    return p;
  }
  get policies() {
    return this.config.policies ?? {};
  }
  /**
   * The environment with the files it names read, when it came as text (a team's proposal):
   * from the working tree in a local run; a repository's run must read them at its commit
   * (the plan refuses an environment whose files are unread), never from this machine's disk.
   */
  async withFiles(env) {
    if (!env.unreadFiles?.length || this.repository !== LOCAL_REPOSITORY) return env;
    return resolveRepositoryFiles(env, diskRepositoryFiles(this.config.baseDir));
  }
  /** Everything a plan is a function of, besides live state. */
  async planInputs(env, opts) {
    return {
      env: await this.withFiles(env),
      provider: await this.provider(env.spec.provider),
      catalog: this.catalog,
      policies: this.policies,
      usageRanges: usageRanges(this.config.cost?.usageRanges),
      commit: opts.commit ?? null,
      destroy: opts.destroy ?? false,
      identity: this.identity(env.spec.environment)
    };
  }
  async plan(env, opts = {}) {
    return createPlan(await this.planInputs(env, opts));
  }
  async apply(env, opts) {
    const startedAt = this.now().toISOString();
    const out = await applyPlan({
      ...await this.planInputs(env, opts),
      expectedHash: opts.expectedHash,
      ...opts.onProgress && { onProgress: opts.onProgress },
      ...opts.attempt !== void 0 && { attempt: opts.attempt },
      ...opts.resume && { resume: opts.resume }
    });
    recordApply(this.store(), out.result, {
      startedAt,
      finishedAt: this.now().toISOString(),
      ...opts.actor && { actor: opts.actor }
    });
    return out;
  }
  async drift(env) {
    return detectDrift(
      await this.withFiles(env),
      await this.provider(env.spec.provider),
      this.identity(env.spec.environment)
    );
  }
  /** The live resources the environment owns, as its provider reads them (nothing is planned). */
  async liveResources(env) {
    const provider = await this.provider(env.spec.provider);
    return provider.readLive(targetOf(env.spec, this.identity(env.spec.environment)));
  }
  async close() {
    for (const p of this.providers.values()) await p.close?.();
    this.providers.clear();
    this.storeHandle?.close();
    this.storeHandle = void 0;
  }
};

// src/github/neutralize.ts
var ZWSP = "\u200B";
var COMMENT_OPEN = /<!--/g;
var COMMAND_AT_LINE_START = /^([\s>]*)\/(plagentic)/gim;
function neutralize(text) {
  return text.replace(COMMENT_OPEN, `<!${ZWSP}--`).replace(COMMAND_AT_LINE_START, `$1/${ZWSP}$2`);
}

// src/github/replies.ts
async function reply(ctx, number, markdown) {
  await ctx.gh.createIssueComment(ctx.repo, number, neutralize(markdown));
}

// src/github/repo-config.ts
import { posix, relative } from "node:path";

// src/team/loader.ts
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join as join4 } from "node:path";

// src/team/model.ts
var MODEL_PROVIDERS = ["openai", "claude", "anthropic", "deepseek"];
var WORKFLOWS = ["sequential", "parallel", "hierarchical"];
var STAGES = ["planner", "reviewer", "cost", "security", "supervisor", "worker"];
var teamModelSchema = external_exports.strictObject({
  provider: external_exports.enum(MODEL_PROVIDERS),
  name: external_exports.string().min(1),
  temperature: external_exports.number().min(0).max(2).optional(),
  max_tokens: external_exports.number().int().min(1).optional()
});
var agentSchema = external_exports.strictObject({
  name: external_exports.string().min(1),
  role: external_exports.string().min(1),
  description: external_exports.string().default(""),
  system_prompt: external_exports.string().min(1),
  // Names are checked against the tool catalog after parsing, to give a located explanation.
  tools: external_exports.array(external_exports.string()).nullish(),
  model: teamModelSchema.optional(),
  stage: external_exports.enum(STAGES).default("worker")
});
var teamFileSchema = external_exports.strictObject({
  name: external_exports.string().min(1),
  description: external_exports.string().default(""),
  // `version: 1.0` unquoted is a number in YAML; the original always meant a label.
  version: external_exports.union([external_exports.string(), external_exports.number()]).transform(String).default("1.0"),
  max_steps: external_exports.number().int().min(1).default(10),
  model: teamModelSchema.optional(),
  /** The original's free-form team settings (`enable_logging`...). */
  config: external_exports.record(external_exports.string(), external_exports.unknown()).nullish(),
  workflow: external_exports.enum(WORKFLOWS).default("sequential"),
  agents: external_exports.array(agentSchema).min(1),
  /** Checked entry by entry by mcp/parse.ts, which knows the agents. */
  mcp_servers: mcpServersSchema.nullish()
});

// src/team/loader.ts
var TEAM_EXTENSIONS = [".yaml", ".yml"];
var TEAM_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function parseTeam(text, file) {
  const source = parseYamlSource(text, file);
  const result = teamFileSchema.safeParse(source.data, { error: userIssueMessage });
  if (!result.success) throw zodIssueToError(source, result.error);
  const raw = result.data;
  const seen = /* @__PURE__ */ new Set();
  const agents = raw.agents.map((agent, i) => {
    if (seen.has(agent.name)) {
      throw source.error(["agents", i, "name"], `duplicate agent name "${agent.name}"`);
    }
    seen.add(agent.name);
    const tools = (agent.tools ?? []).map((tool, j) => {
      if (isToolName(tool)) return tool;
      const legacy = LEGACY_TOOLS[tool];
      const valid = `valid tools: ${TOOL_NAMES.join(", ")}`;
      throw source.error(
        ["agents", i, "tools", j],
        legacy ? `tool "${tool}" (${legacy}) is not offered: an agent with a shell, browser or file access could change infrastructure outside the reviewed plan, so agents only propose spec edits (plan mode); ${valid}` : `unknown tool "${tool}"; ${valid}`
      );
    });
    return {
      name: agent.name,
      role: agent.role,
      description: agent.description,
      system_prompt: agent.system_prompt,
      tools: [...new Set(tools)],
      ...agent.model && { model: agent.model },
      stage: agent.stage
    };
  });
  return {
    id: teamIdOf(file),
    name: raw.name,
    description: raw.description,
    version: raw.version,
    max_steps: raw.max_steps,
    ...raw.model && { model: raw.model },
    config: raw.config ?? {},
    workflow: raw.workflow,
    agents,
    mcpServers: parseMcpServers(source, raw.mcp_servers, agents),
    file
  };
}
async function loadTeam(name, teamsDir) {
  const files = await teamFiles(teamsDir);
  const id = teamIdOf(name);
  const file = TEAM_ID.test(id) ? files.get(id) : void 0;
  if (!file) throw new NotFoundError("team", name, [...files.keys()]);
  return parseTeam(await readFile(file, "utf8"), file);
}
async function teamFiles(teamsDir) {
  let entries;
  try {
    entries = await readdir(teamsDir);
  } catch (e) {
    if (isFsError(e) && (e.code === "ENOENT" || e.code === "ENOTDIR")) return /* @__PURE__ */ new Map();
    throw e;
  }
  const files = /* @__PURE__ */ new Map();
  for (const ext of TEAM_EXTENSIONS) {
    for (const entry of entries.sort()) {
      if (extname(entry) !== ext) continue;
      const id = basename(entry, ext);
      if (TEAM_ID.test(id) && !files.has(id)) files.set(id, join4(teamsDir, entry));
    }
  }
  return new Map([...files].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function teamIdOf(file) {
  const ext = extname(file);
  return basename(file, TEAM_EXTENSIONS.includes(ext) ? ext : void 0);
}
function isFsError(e) {
  return e instanceof Error && typeof e.code === "string";
}

// src/config/approval-rules.ts
var MAX_FACT_TYPES = 40;
function matchApprovalRule(config, environment, facts) {
  const base = fallbackRequirement(config, environment);
  for (const rule of config.approvals.rules) {
    const reasons = ruleReasons(rule, environment, facts);
    if (reasons === null) continue;
    const r = rule.require;
    return {
      requirement: {
        required: r.required ?? base.required,
        permission: r.permission ?? base.permission,
        teams: r.teams ?? base.teams
      },
      rule: rule.name,
      why: `rule \`${rule.name}\`: ${reasons.length > 0 ? reasons.join(" and ") : "it has no conditions"}`
    };
  }
  const own = config.approvals.environments[environment];
  return {
    requirement: base,
    rule: null,
    why: own !== void 0 ? `no rule matches; \`approvals.environments.${environment}\` applies` : "no rule matches; `approvals.required` applies"
  };
}
function fallbackRequirement(config, environment) {
  const own = config.approvals.environments[environment];
  return {
    required: own?.required ?? config.approvals.required,
    permission: own?.permission ?? "write",
    teams: own?.teams ?? []
  };
}
function rulesFor(config, environment) {
  return config.approvals.rules.filter((r) => r.when.environments?.includes(environment) ?? true);
}
function ruleReasons(rule, environment, facts) {
  const when = rule.when;
  const reasons = [];
  if (when.environments !== void 0) {
    if (!when.environments.includes(environment)) return null;
    reasons.push(`the environment is \`${environment}\``);
  }
  if (when.monthlyCostDeltaOver !== void 0) {
    const over = formatUsd(when.monthlyCostDeltaOver);
    if (facts.monthlyDelta > when.monthlyCostDeltaOver)
      reasons.push(`the plan adds ${formatUsd(facts.monthlyDelta)} a month, over ${over}`);
    else if (facts.pricesUnknown)
      reasons.push(
        `the plan adds ${formatUsd(facts.monthlyDelta)} a month plus prices nobody knows, maybe over ${over}`
      );
    else return null;
  }
  if (when.destroyOrReplace !== void 0) {
    if (when.destroyOrReplace !== facts.destroys) return null;
    reasons.push(facts.destroys ? "the plan destroys or replaces a resource" : "the plan destroys nothing");
  }
  if (when.resourceTypes !== void 0) {
    const hit = facts.types.filter((t) => when.resourceTypes.includes(t));
    if (hit.length > 0)
      reasons.push(
        `the plan changes ${hit.slice(0, 3).map((t) => `\`${t}\``).join(", ")}`
      );
    else if (facts.typesCut) reasons.push("the plan changes more resource types than were recorded");
    else return null;
  }
  if (when.overBudget !== void 0) {
    const over = facts.budget === "over" || facts.budget === "unknown";
    if (when.overBudget !== over) return null;
    reasons.push(BUDGET_REASON[facts.budget]);
  }
  return reasons;
}
var BUDGET_REASON = {
  over: "the environment goes over its budget",
  unknown: "the environment may go over its budget (some prices are unknown)",
  within: "the environment stays within its budget",
  none: "the environment has no budget"
};
function describeRequirement(req) {
  if (req.required === 0) return "no approval";
  const n = `${req.required} ${req.required === 1 ? "approval" : "approvals"}`;
  const access = `${req.permission} access`;
  if (req.teams.length === 0) return `${n} from someone with ${access}`;
  return `${n} from members of ${teamNames(req.teams)} with ${access}`;
}
function teamNames(teams) {
  return teams.map((t) => `\`${t.replace(/[^A-Za-z0-9_.-]/g, "")}\``).join(" or ");
}

// src/plan/facts.ts
var FACT_TYPE_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
function planFacts(plan) {
  const all = [...new Set(plan.changes.map((c) => c.type))].sort();
  const named = all.filter((t) => FACT_TYPE_PATTERN.test(t));
  const after = new Set(plan.changes.filter((c) => c.action !== "delete").map((c) => c.address));
  return {
    monthlyDelta: plan.cost.monthlyDelta,
    pricesUnknown: plan.cost.unknown.some((u) => after.has(u.address)),
    destroys: plan.changes.some((c) => c.action === "delete" || c.action === "replace"),
    types: named.slice(0, MAX_FACT_TYPES),
    typesCut: named.length !== all.length || named.length > MAX_FACT_TYPES,
    budget: budgetFact(plan)
  };
}
function budgetFact(plan) {
  if (plan.budget === void 0) return "none";
  if (Math.round(plan.cost.monthlyAfter * 100) > Math.round(plan.budget.monthly * 100)) return "over";
  const deleted = new Set(plan.changes.filter((c) => c.action === "delete").map((c) => c.address));
  return plan.cost.unknown.some((u) => !deleted.has(u.address)) ? "unknown" : "within";
}

// src/plan/jobs.ts
var RepositoryFilesNeeded = class extends PlagenticError {
  constructor(files) {
    super(
      `the spec names repository files that were not read with it: ${files.map((f) => f.path).join(", ")}`
    );
    this.files = files;
  }
  files;
};
async function jobEnvironment(job) {
  const env = checkedEnvironment(job.spec.text, job.spec.file, job.spec.name, job.config.limits);
  const unread = env.unreadFiles ?? [];
  if (unread.length === 0) return env;
  if (!job.spec.files) {
    const wanted = new Map(unread.map((f) => [f.path, { path: f.path, maxBytes: f.maxBytes }]));
    throw new RepositoryFilesNeeded([...wanted.values()]);
  }
  return resolveRepositoryFiles(env, filesFromBytes(job.spec.files));
}
function digestOf(plan) {
  return {
    hash: plan.hash,
    environment: plan.environment,
    provider: plan.provider,
    summary: { ...plan.summary },
    policy: { verdict: plan.policy.verdict },
    cost: {
      monthlyDelta: plan.cost.monthlyDelta,
      monthlyAfter: plan.cost.monthlyAfter,
      unknownPrices: plan.cost.unknown.length
    },
    facts: planFacts(plan),
    hasChanges: hasChanges(plan),
    unsupported: [...plan.unsupported],
    fingerprints: changeFingerprints(plan)
  };
}
function chooseNextStep(plan, steps, config) {
  if (steps === void 0 || typeof steps === "string") return steps;
  if (plan.policy.verdict === "fail") return steps.policyFailed;
  if (!hasChanges(plan)) return steps.noChanges;
  if (plan.unsupported.length > 0) {
    return steps.unsupported?.replaceAll("{provider}", plan.provider).replaceAll("{types}", plan.unsupported.join(", "));
  }
  if (steps.ready === void 0 || config === void 0) return steps.ready;
  const match = matchApprovalRule(config, plan.environment, planFacts(plan));
  return steps.ready.replaceAll("{approvals}", `${describeRequirement(match.requirement)} (${match.why})`);
}
async function withWorkspace(job, fn) {
  const ws = await Workspace.open({
    config: job.config,
    cwd: job.cwd,
    env: job.env,
    repository: job.repository
  });
  try {
    return await fn(ws);
  } finally {
    await ws.close();
  }
}
async function runPlanJob(job) {
  const env = await jobEnvironment(job);
  return withWorkspace(job, async (ws) => {
    const { plan } = await ws.plan(env, { commit: job.commit, destroy: job.destroy });
    const md = job.markdown;
    const markdown = md === void 0 ? [] : renderPlanMarkdown(plan, {
      ...md.title !== void 0 && { title: md.title },
      ...md.limit !== void 0 && { limit: md.limit },
      ...md.unfolded !== void 0 && { unfolded: md.unfolded },
      ...md.marker !== void 0 && { marker: md.marker },
      ...md.hourly !== void 0 && { hourly: md.hourly },
      nextStep: chooseNextStep(plan, md.nextStep, job.config)
    });
    return { plan: digestOf(plan), markdown };
  });
}
async function runApplyJob(job) {
  const env = await jobEnvironment(job);
  return withWorkspace(job, async (ws) => {
    const { plan, result } = await ws.apply(env, {
      expectedHash: job.expectedHash,
      destroy: job.destroy,
      commit: job.commit,
      ...job.actor !== void 0 && { actor: job.actor },
      ...job.attempt !== void 0 && { attempt: job.attempt },
      ...job.resume !== void 0 && { resume: job.resume }
    });
    return { plan: digestOf(plan), result, markdown: renderApplyMarkdown(result) };
  });
}
function inlineRunner() {
  return { plan: runPlanJob, apply: runApplyJob, close: async () => {
  } };
}

// src/github/repository-files.ts
function gitHubRepositoryFiles(gh, repo, ref) {
  return {
    async read(path, maxBytes) {
      const clean = checkRepositoryPath(path);
      const found = await gh.getRawFile(repo, clean, ref, maxBytes);
      if (found === null)
        throw new RepositoryFileError("missing", path, `does not exist at ${ref.slice(0, 12)}`);
      if (found.type === "symlink")
        throw new RepositoryFileError("escapes", path, "is a symlink to nothing inside the repository");
      if (found.type !== "file") throw new RepositoryFileError("not-a-file", path, "is not a regular file");
      if (!found.bytes) throw tooLarge(path, found.size, maxBytes);
      return found.bytes;
    }
  };
}
async function withRepositoryFiles(gh, repo, ref, job, run) {
  try {
    return await run(job);
  } catch (e) {
    if (!(e instanceof RepositoryFilesNeeded) || job.spec.files) throw e;
    const files = await readAhead(gitHubRepositoryFiles(gh, repo, ref), e.files);
    return run({ ...job, spec: { ...job.spec, files } });
  }
}

// src/github/repo-config.ts
var CONFIG_PATHS = ["config.yaml", ".plagentic/config.yaml"];
async function loadRepoConfig(gh, repo, opts) {
  const defaultBranch = await gh.getDefaultBranch(repo);
  let config;
  for (const path of CONFIG_PATHS) {
    const text = await gh.getFile(repo, path, defaultBranch);
    if (text === null) continue;
    opts.redactor?.add(configTextSecrets(text, opts.env));
    config = parseConfig(text, path, opts.env, { baseDir: opts.workDir, dirExists: () => true });
    opts.redactor?.add(config.secrets);
    break;
  }
  config ??= defaultConfig(opts.workDir);
  return {
    config,
    defaultBranch,
    environmentsPath: repoPath(opts.workDir, config.environmentsDir),
    teamsPath: repoPath(opts.workDir, config.teamsDir)
  };
}
var perEvent = /* @__PURE__ */ new WeakMap();
function repoConfigOf(ctx) {
  let rc = perEvent.get(ctx);
  if (!rc) {
    rc = loadRepoConfig(ctx.gh, ctx.repo, {
      env: ctx.env,
      workDir: ctx.workDir,
      redactor: ctx.redactor
    }).then((loaded) => ctx.mode === "app" ? hostedConfig(loaded, ctx) : loaded);
    rc.catch(() => perEvent.delete(ctx));
    perEvent.set(ctx, rc);
  }
  return rc;
}
var SANDBOX_DELAY_SWITCH = "PLAGENTIC_SANDBOX_DELAY";
function hostedConfig(rc, ctx) {
  const sandbox = rc.config.providers.sandbox;
  if (sandbox?.operationDelayMs === void 0 || ctx.env[SANDBOX_DELAY_SWITCH] === "allow") return rc;
  ctx.log.warn(
    `providers.sandbox.operation_delay_ms is ignored: this App honours it only with ${SANDBOX_DELAY_SWITCH}=allow`
  );
  const { operationDelayMs: _ignored, ...rest } = sandbox;
  return { ...rc, config: { ...rc.config, providers: { ...rc.config.providers, sandbox: rest } } };
}
function repoPath(base, absolute) {
  const rel = relative(base, absolute).split("\\").join("/");
  return rel === "" ? "." : rel;
}
async function listRepoEnvironments(gh, repo, rc, ref) {
  const files = await gh.listDirectory(repo, rc.environmentsPath, ref);
  return files.filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, "")).sort();
}
async function readRepoSpec(gh, repo, rc, name, ref) {
  for (const ext of [".yaml", ".yml"]) {
    const file = posix.join(rc.environmentsPath, name + ext);
    const text = await gh.getFile(repo, file, ref);
    if (text !== null) return { file, text };
  }
  return null;
}
async function loadRepoEnvironment(gh, repo, rc, name, ref) {
  const spec = await readRepoSpec(gh, repo, rc, name, ref);
  if (spec)
    return resolveRepositoryFiles(
      checkedEnvironment(spec.text, spec.file, name, rc.config.limits),
      gitHubRepositoryFiles(gh, repo, ref)
    );
  throw new NotFoundError("environment", name, await listRepoEnvironments(gh, repo, rc, ref));
}
async function loadRepoTeam(gh, repo, rc, name) {
  for (const ext of [".yaml", ".yml"]) {
    const file = posix.join(rc.teamsPath, name + ext);
    const text = await gh.getFile(repo, file, rc.defaultBranch);
    if (text !== null) return parseTeam(text, file);
  }
  try {
    return await loadTeam(name, packagePath("teams"));
  } catch (e) {
    if (e instanceof NotFoundError) return null;
    throw e;
  }
}

// src/github/environment.ts
function isFork(ctx, pr) {
  return pr.headRepoFullName?.toLowerCase() !== `${ctx.repo.owner}/${ctx.repo.repo}`.toLowerCase();
}
function repositoryOf(ctx) {
  return `${ctx.repo.owner}/${ctx.repo.repo}`;
}
function openWorkspace(ctx, rc) {
  return Workspace.open({
    config: rc.config,
    cwd: ctx.workDir,
    env: ctx.env,
    now: ctx.now,
    repository: repositoryOf(ctx)
  });
}
async function resolveEnvironmentName(ctx, rc, ref, named, number, usage2) {
  if (named) return named;
  const names = await listRepoEnvironments(ctx.gh, ctx.repo, rc, ref);
  if (names.length === 1) return names[0];
  await reply(
    ctx,
    number,
    names.length === 0 ? `There are no environment specs in \`${rc.environmentsPath}/\` on this branch.` : `Which environment? Use \`${usage2}\` with one of: ${names.map((n) => `\`${n}\``).join(", ")}.`
  );
  return null;
}

// src/github/record-key.ts
import { createHmac } from "node:crypto";
import { readFileSync as readFileSync3 } from "node:fs";
var LABEL2 = "plagentic plan record key v2";
var MIN_SECRET_LENGTH = 16;
function recordKeyFromEnv(env, repository) {
  const explicit = env["PLAGENTIC_RECORD_KEY"]?.trim();
  if (explicit) {
    if (explicit.length < MIN_SECRET_LENGTH)
      throw new Error(`PLAGENTIC_RECORD_KEY must be at least ${MIN_SECRET_LENGTH} characters long`);
    return { key: derive(explicit), secret: true };
  }
  const privateKey = env["PRIVATE_KEY"] ?? (env["PRIVATE_KEY_PATH"] ? readFileSync3(env["PRIVATE_KEY_PATH"], "utf8") : void 0);
  if (privateKey) return { key: derive(`${privateKey}
${env["WEBHOOK_SECRET"] ?? ""}`), secret: true };
  return { key: derive(`public fallback for ${repository.toLowerCase()}`), secret: false };
}
function derive(material) {
  return createHmac("sha256", LABEL2).update(material).digest();
}

// src/github/redacting-client.ts
function redactingClient(inner, redact) {
  const secretsIn = "secretsIn" in redact ? redact.secretsIn : (text) => redact(text) === text ? [] : [text];
  const refuseNewSecrets = async (repo, input) => {
    const found = secretsIn(input.content);
    if (found.length === 0) return;
    const current = await inner.getFile(repo, input.path, input.branch) ?? "";
    if (found.some((s) => !current.includes(s))) {
      throw new RefusedError(
        `refusing to commit ${input.path}: it would add a secret (a configured credential or one of its encodings) to the repository`
      );
    }
  };
  const check = (input) => ({
    ...input,
    ...input.title !== void 0 && { title: redact(input.title) },
    ...input.summary !== void 0 && { summary: redact(input.summary) },
    ...input.text !== void 0 && { text: redact(input.text) }
  });
  return {
    ...bindAll(inner),
    createIssueComment: (repo, number, body) => inner.createIssueComment(repo, number, redact(body)),
    updateIssueComment: (repo, id, body) => inner.updateIssueComment(repo, id, redact(body)),
    createCheckRun: (repo, input) => inner.createCheckRun(repo, check(input)),
    updateCheckRun: (repo, id, input) => inner.updateCheckRun(repo, id, check(input)),
    createCommitStatus: (repo, input) => inner.createCommitStatus(repo, { ...input, description: redact(input.description) }),
    createDeployment: (repo, input) => inner.createDeployment(repo, { ...input, description: redact(input.description) }),
    createDeploymentStatus: (repo, id, input) => inner.createDeploymentStatus(repo, id, { ...input, description: redact(input.description) }),
    createPullRequest: (repo, input) => inner.createPullRequest(repo, { ...input, title: redact(input.title), body: redact(input.body) }),
    putFile: async (repo, input) => {
      await refuseNewSecrets(repo, input);
      return inner.putFile(repo, { ...input, message: redact(input.message) });
    },
    createIssue: (repo, input) => inner.createIssue(repo, { ...input, title: redact(input.title), body: redact(input.body) }),
    updateIssue: (repo, number, input) => inner.updateIssue(repo, number, {
      ...input,
      ...input.title !== void 0 && { title: redact(input.title) },
      ...input.body !== void 0 && { body: redact(input.body) }
    }),
    createCommit: (repo, input) => inner.createCommit(repo, { ...input, message: redact(input.message) })
  };
}
function bindAll(client) {
  const out = {};
  let proto = client;
  while (proto && proto !== Object.prototype) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const value = client[key];
      if (key !== "constructor" && typeof value === "function" && !(key in out)) {
        out[key] = value.bind(client);
      }
    }
    proto = Object.getPrototypeOf(proto);
  }
  return out;
}

// src/github/messages.ts
var MAX_ITEM = 300;
function commandHint(verb, environment) {
  return code(`${PREFIX} ${verb}${environment === void 0 ? "" : ` ${environment}`}`);
}
function refusal(reason, hint) {
  return `\u{1F6AB} ${reason}

${hint}`;
}
function parseErrorReply(message) {
  return `\u26A0\uFE0F ${message}

Comment ${commandHint("help")} for every command.`;
}
function helpReply(validEnvironments) {
  return helpText(validEnvironments);
}
function lockHeld(environment, holder) {
  const ref = holder.url !== void 0 && isSafeUrl(holder.url) ? `[#${holder.number}](${holder.url})` : `#${holder.number}`;
  return `\u{1F512} ${code(environment)} is locked by ${ref}, which has a plan for it. The lock is released when that plan is applied or that pull request is merged or closed; someone there can also comment ${commandHint("unlock", environment)}.`;
}
function nothingToUnlock(environment) {
  return environment === void 0 ? "This pull request holds no locks." : `This pull request holds no lock on ${code(environment)}.`;
}
function noPlan(environment) {
  return `\u26A0\uFE0F There is no plan for ${code(environment)} on this pull request. Comment ${commandHint("plan", environment)} first.`;
}
function stalePlan(environment, plannedSha, headSha) {
  return `\u26A0\uFE0F The plan for ${code(environment)} was made on ${shortSha(plannedSha)}, and this pull request is now at ${shortSha(headSha)}. Nothing was applied. Comment ${commandHint("plan", environment)} to plan again, then approve the new plan.`;
}
function staleBanner(headSha) {
  return `> [!WARNING]
> This plan is stale: commits were pushed after it was made (now at ${shortSha(headSha)}). Plans are marked stale after every push, and a stale plan is never applied.`;
}
function planChanged(environment) {
  return `\u26A0\uFE0F The plan for ${code(environment)} is not the one that was approved: planning it again now gives a different result (the live cloud or the prices changed). Nothing was applied. Review the new plan, then approve it or comment ${commandHint("apply", environment)}.`;
}
function applyCrashed(environment) {
  return `\u274C Applying ${code(environment)} failed on an unexpected error, and its lock was released. Nothing further was applied; the log has the details. Comment ${commandHint("plan", environment)} to see what is left.`;
}
function planCrashed(environment, detail) {
  return `\u274C Planning ${code(environment)} failed${detail === null ? " on an unexpected error (the log has the details)" : `: ${detail}`}. Its lock was released, and no plan was posted.`;
}
function lockReleased(environment, holder, here) {
  const whose = holder.pr === 0 ? "an unreadable lock" : holder.pr === here ? `this pull request's lock (planned by @${safeLogin(holder.user)})` : `the lock held by #${holder.pr} (planned by @${safeLogin(holder.user)})`;
  return `\u{1F513} Released ${whose} on ${code(environment)}. ${holder.pr === 0 ? "No plan was" : `The plans it covered on #${holder.pr} were`} discarded: they can no longer be applied, so plan again there.`;
}
function policyFailed(environment) {
  return `\u{1F6AB} The plan for ${code(environment)} fails policy, so it cannot be applied. Change the spec and plan again.`;
}
function applyRequirementsNotMet(environment, unmet) {
  const items = unmet.map((u) => `- ${capLine(escapeInline(u), MAX_ITEM)}`);
  return [`\u{1F6AB} ${code(environment)} cannot be applied yet:`, "", ...items].join("\n");
}
function unmetApprovals(verdict, requester, headSha, permission = "write") {
  const out = [];
  if (verdict.missing > 0)
    out.push(
      `${count(verdict.missing, "more approval")} on commit ${headSha.slice(0, 7)} from someone with ${permission} access other than ${requester}, who asked for the plan`
    );
  if (verdict.blockedBy.length > 0)
    out.push(`changes requested by ${verdict.blockedBy.join(", ")} must be resolved or dismissed`);
  for (const i of verdict.ignored)
    out.push(`the approval by ${i.user} does not count: ${i.user} ${i.reason}`);
  return out;
}
function safeLogin(login) {
  return login.replace(/[^A-Za-z0-9\-[\]]/g, "");
}
function shortSha(sha) {
  return code(/^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : "unknown");
}
function isSafeUrl(url) {
  return /^https?:\/\/[^\s()<>"'`\\]+$/.test(url) && url.length <= 2e3;
}
function resumedApply(environment, left) {
  return left === 0 ? `\u21AA\uFE0F The apply of ${code(environment)} was taken over from a replica that stopped answering; that replica had already applied every approved change, so nothing was left to do.` : `\u21AA\uFE0F The apply of ${code(environment)} was taken over from a replica that stopped answering, and resumed from what is live: ${left} approved change(s) were left.`;
}
function cannotResume(environment) {
  return `\u274C The apply of ${code(environment)} was taken over from a replica that stopped answering, but it cannot be resumed: the approved plan's changes were not kept, so what is left cannot be checked against them. Nothing further was applied and this pull request keeps the lock. Comment ${commandHint("plan", environment)} to see what is left.`;
}

// src/github/markers.ts
import { createHash as createHash3, createHmac as createHmac2, timingSafeEqual } from "node:crypto";

// src/github/plan-facts-record.ts
var MAX_CENTS = 1e14;
var recordFactsSchema = external_exports.strictObject({
  /** The plan's monthly cost delta in cents over known prices. */
  monthlyDeltaCents: external_exports.number().int().min(-MAX_CENTS).max(MAX_CENTS),
  pricesUnknown: external_exports.boolean(),
  destroys: external_exports.boolean(),
  types: external_exports.array(external_exports.string().regex(FACT_TYPE_PATTERN)).max(MAX_FACT_TYPES),
  typesCut: external_exports.boolean(),
  budget: external_exports.enum(["over", "within", "unknown", "none"])
});
function toRecordFacts(facts) {
  const cents = Math.round(facts.monthlyDelta * 100);
  const clamped = Math.min(MAX_CENTS, Math.max(-MAX_CENTS, Number.isFinite(cents) ? cents : MAX_CENTS));
  return {
    monthlyDeltaCents: clamped,
    // A delta too large to keep is kept as the bound, and counts as uncertain.
    pricesUnknown: facts.pricesUnknown || clamped !== cents,
    destroys: facts.destroys,
    types: facts.types.filter((t) => FACT_TYPE_PATTERN.test(t)).slice(0, MAX_FACT_TYPES),
    budget: facts.budget,
    typesCut: facts.typesCut || facts.types.some((t) => !FACT_TYPE_PATTERN.test(t)) || facts.types.length > MAX_FACT_TYPES
  };
}
function fromRecordFacts(facts) {
  return {
    monthlyDelta: facts.monthlyDeltaCents / 100,
    pricesUnknown: facts.pricesUnknown,
    destroys: facts.destroys,
    types: facts.types,
    typesCut: facts.typesCut,
    budget: facts.budget
  };
}

// src/github/markers.ts
var PLAN_STATUSES = [
  "planned",
  "stale",
  "applying",
  "applied",
  "failed",
  "blocked",
  "discarded"
];
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
var recordSchema = external_exports.strictObject({
  v: external_exports.literal(2),
  environment: external_exports.string().regex(ENVIRONMENT_PATTERN),
  planHash: external_exports.string().regex(/^[0-9a-f]{64}$/),
  headSha: external_exports.string().regex(SHA),
  baseSha: external_exports.string().regex(SHA).optional(),
  requester: external_exports.string().regex(LOGIN),
  commandCommentId: external_exports.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable(),
  destroy: external_exports.boolean(),
  status: external_exports.enum(PLAN_STATUSES),
  createdAt: external_exports.iso.datetime({ offset: true }),
  policy: external_exports.enum(["pass", "warn", "fail"]),
  hasChanges: external_exports.boolean(),
  pushedBy: external_exports.array(external_exports.string().regex(LOGIN)).max(100).optional(),
  facts: recordFactsSchema.optional()
});
var envelopeSchema = external_exports.strictObject({
  r: recordSchema,
  mac: external_exports.string().regex(/^[0-9a-f]{64}$/)
});
var RECORD_OPEN = "<!-- plagentic:record ";
var RECORD_CLOSE = " -->";
var MAX_RECORD_LENGTH = 8192;
var BASE64URL = /^[A-Za-z0-9_-]+$/;
function planMarker(environment) {
  if (!ENVIRONMENT_PATTERN.test(environment))
    throw new Error(`invalid environment name for a marker: ${environment}`);
  return `<!-- plagentic:plan:${environment} -->`;
}
function partMarker(environment, part) {
  return `<!-- plagentic:plan:${environment}:part:${part} -->`;
}
function terraformReviewMarker(planPath, part = 1) {
  const id = createHash3("sha256").update(planPath).digest("hex").slice(0, 16);
  return part === 1 ? `<!-- plagentic:terraform:${id} -->` : `<!-- plagentic:terraform:${id}:part:${part} -->`;
}
function mac(record, binding) {
  const message = JSON.stringify([
    "plagentic-plan-record",
    binding.repository.toLowerCase(),
    binding.number,
    record
  ]);
  return createHmac2("sha256", binding.key).update(message).digest("hex");
}
function encodeRecord(record, binding) {
  const valid = recordSchema.parse(record);
  const envelope = { r: valid, mac: mac(valid, binding) };
  return `${RECORD_OPEN}${Buffer.from(JSON.stringify(envelope), "utf8").toString("base64url")}${RECORD_CLOSE}`;
}
function stickyHeader(record, binding) {
  return `${planMarker(record.environment)}
${encodeRecord(record, binding)}`;
}
function decodeRecord(body, binding) {
  try {
    const first = body.indexOf("\n");
    if (first === -1) return null;
    const markerLine = body.slice(0, first);
    const second = body.indexOf("\n", first + 1);
    const line = body.slice(first + 1, second === -1 ? body.length : second);
    if (!line.startsWith(RECORD_OPEN) || !line.endsWith(RECORD_CLOSE)) return null;
    const blob = line.slice(RECORD_OPEN.length, line.length - RECORD_CLOSE.length);
    if (blob.length > MAX_RECORD_LENGTH || !BASE64URL.test(blob)) return null;
    const bytes = Buffer.from(blob, "base64url");
    if (bytes.toString("base64url") !== blob) return null;
    const json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    const parsed = envelopeSchema.safeParse(json);
    if (!parsed.success) return null;
    const record = parsed.data.r;
    if (markerLine !== planMarker(record.environment)) return null;
    const expected = Buffer.from(mac(record, binding), "hex");
    const given = Buffer.from(parsed.data.mac, "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return record;
  } catch {
    return null;
  }
}
function findStickyComment(comments, environment, botLogin) {
  const marker = planMarker(environment);
  const bot = botLogin.toLowerCase();
  for (const c of comments) {
    if (c.user.toLowerCase() !== bot) continue;
    if (firstLine(c.body) === marker) return c;
  }
  return null;
}
function firstLine(body) {
  const nl = body.indexOf("\n");
  return nl === -1 ? body : body.slice(0, nl);
}

// src/github/plan-comments.ts
var HEADER_ROOM = 2048;
var PLAN_BODY_LIMIT = GITHUB_COMMENT_LIMIT - HEADER_ROOM;
function bindingOf(ctx, number) {
  return { key: ctx.recordKey, repository: `${ctx.repo.owner}/${ctx.repo.repo}`, number };
}
function compose(binding, record, banner, content) {
  return [stickyHeader(record, binding), ...banner ? [banner, ""] : [], neutralize(content)].join("\n");
}
async function upsertPlanComments(ctx, number, environment, parts, record) {
  const comments = await ctx.gh.listIssueComments(ctx.repo, number);
  const existing = findStickyComment(comments, environment, ctx.botLogin);
  const body = compose(bindingOf(ctx, number), record, null, parts[0] ?? "");
  const main = existing ? await ctx.gh.updateIssueComment(ctx.repo, existing.id, body) : await ctx.gh.createIssueComment(ctx.repo, number, body);
  const ownParts = comments.filter((c) => c.user === ctx.botLogin);
  for (let i = 1; ; i++) {
    const marker = partMarker(environment, i + 1);
    const previous = ownParts.find((c) => c.body.startsWith(`${marker}
`));
    const content = parts[i];
    if (content === void 0 && !previous) break;
    const text = `${marker}
${content === void 0 ? "_This part of an earlier plan is no longer used._" : neutralize(content)}`;
    if (previous) await ctx.gh.updateIssueComment(ctx.repo, previous.id, text);
    else await ctx.gh.createIssueComment(ctx.repo, number, text);
  }
  return main;
}
async function readPlanRecords(ctx, number) {
  const comments = await ctx.gh.listIssueComments(ctx.repo, number);
  const binding = bindingOf(ctx, number);
  const out = [];
  for (const comment of comments) {
    if (comment.user !== ctx.botLogin) continue;
    const record = decodeRecord(comment.body, binding);
    if (!record || out.some((s) => s.record.environment === record.environment)) continue;
    if (findStickyComment(comments, record.environment, ctx.botLogin)?.id === comment.id)
      out.push({ comment, record, number });
  }
  return out;
}
async function updatePlanRecord(ctx, sticky, record, banner) {
  const lines = sticky.comment.body.split("\n");
  let start = 2;
  if (lines[start]?.startsWith("> ") && lines[start + 1] === "") start += 2;
  const content = lines.slice(start).join("\n");
  const comment = await ctx.gh.updateIssueComment(
    ctx.repo,
    sticky.comment.id,
    compose(bindingOf(ctx, sticky.number), record, banner, content)
  );
  return { comment, record, number: sticky.number };
}
async function discardPlans(ctx, number, environment, banner) {
  const live = (await readPlanRecords(ctx, number)).filter(
    (s) => s.record.environment === environment && (s.record.status === "planned" || s.record.status === "blocked")
  );
  for (const sticky of live)
    await updatePlanRecord(ctx, sticky, { ...sticky.record, status: "discarded" }, banner);
  return live.length;
}

// src/github/status.ts
var APPLY_ACTION = "apply";
function statusName(environment) {
  return `plagentic/${environment}`;
}
async function publishStatus(ctx, environment, sha, state, detailsText) {
  const name = statusName(environment);
  const title = TITLES[state.kind];
  if (ctx.mode === "app") {
    const done2 = state.kind !== "applying" && !await blocksMerge(ctx, state);
    await ctx.gh.createCheckRun(ctx.repo, {
      name,
      headSha: sha,
      status: done2 ? "completed" : "in_progress",
      ...done2 && { conclusion: CONCLUSIONS[state.kind] },
      title,
      summary: neutralize(state.summary),
      ...detailsText !== void 0 && { text: neutralize(detailsText) },
      ...state.kind === "awaiting-approval" && state.canApply && {
        actions: [
          {
            label: "Apply",
            description: `Apply the approved plan to ${environment}`.slice(0, 40),
            identifier: APPLY_ACTION
          }
        ]
      },
      externalId: environment
    });
    return;
  }
  await ctx.gh.createCommitStatus(ctx.repo, {
    sha,
    context: name,
    state: STATUS_STATES[state.kind],
    description: `${title}: ${state.summary}`.slice(0, 140)
  });
}
async function blocksMerge(ctx, state) {
  if (state.kind !== "awaiting-approval" && state.kind !== "stale") return false;
  return (await repoConfigOf(ctx)).config.approvals.applyOn === "merge";
}
var TITLES = {
  "awaiting-approval": "Plan ready, awaiting approval",
  approved: "Approved; applies when merged",
  "no-changes": "No changes",
  "policy-failed": "Policy failed",
  stale: "Plan is stale",
  applying: "Applying",
  applied: "Applied",
  "apply-failed": "Apply failed"
};
var CONCLUSIONS = {
  "awaiting-approval": "neutral",
  approved: "success",
  "no-changes": "success",
  "policy-failed": "failure",
  stale: "neutral",
  applying: "neutral",
  applied: "success",
  "apply-failed": "failure"
};
var STATUS_STATES = {
  "awaiting-approval": "pending",
  approved: "success",
  "no-changes": "success",
  "policy-failed": "failure",
  stale: "pending",
  applying: "pending",
  applied: "success",
  "apply-failed": "failure"
};

// src/github/apply-resume.ts
var FINGERPRINT = /^[0-9a-f]{64}$/;
async function keptFingerprints(ctx, record) {
  const kept = await ctx.approvedChanges?.get({
    repository: repositoryOf(ctx),
    environment: record.environment,
    planHash: record.planHash
  });
  if (!Array.isArray(kept)) return null;
  const valid = kept.filter((f) => typeof f === "string" && FINGERPRINT.test(f));
  return valid.length === kept.length ? valid : null;
}
async function refuseResume(ctx, pr, sticky) {
  const env = sticky.record.environment;
  ctx.log.error(`cannot resume the apply of ${env} on #${pr.number}: no approved changes were kept`);
  await updatePlanRecord(ctx, sticky, { ...sticky.record, status: "failed" }, null);
  await publishStatus(ctx, env, pr.headSha, {
    kind: "apply-failed",
    summary: "the apply could not be resumed"
  });
  await reply(ctx, pr.number, cannotResume(env));
}

// src/github/authz.ts
var PERMISSION_RANK = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5
};
var READ_VERBS = /* @__PURE__ */ new Set(["help", "status"]);
var FORK_PLAN_VERBS = /* @__PURE__ */ new Set(["plan", "drift"]);
var FORK_FORBIDDEN_VERBS = /* @__PURE__ */ new Set(["apply", "destroy", "preview"]);
var ENVIRONMENT_GATED_VERBS = /* @__PURE__ */ new Set(["apply", "destroy", "unlock"]);
function atLeast(have, need) {
  return PERMISSION_RANK[have] >= PERMISSION_RANK[need];
}
function isBotUser(user, userType) {
  return userType.toLowerCase() === "bot" || user.toLowerCase().endsWith("[bot]");
}
function authorizeCommand(input) {
  const { verb, environment, user, permission } = input;
  const asked = commandText(verb, environment);
  if (input.isBot || isBotUser(user, input.userType))
    return refuse("Comments from bots are ignored.", "A person has to comment the command.", true);
  const base = READ_VERBS.has(verb) ? "read" : "write";
  if (!atLeast(permission, base))
    return refuse(
      `${asked} needs ${base} access to this repository, and ${user} has ${describe(permission)}.`,
      `Ask someone with ${base} access to comment ${asked}.`
    );
  if (input.pr?.isFork) {
    if (FORK_FORBIDDEN_VERBS.has(verb))
      return refuse(
        `${capitalised(verb)} never runs from a pull request opened from a fork.`,
        "Push the branch to this repository and open the pull request from there."
      );
    if (FORK_PLAN_VERBS.has(verb) && !input.allowForkPlans)
      return refuse(
        `${capitalised(verb)} does not run on pull requests from forks in this repository.`,
        "Push the branch to this repository, or ask a maintainer to set `github.allow_fork_plans` on the default branch."
      );
  }
  const requirement = input.requirement;
  if (requirement !== void 0 && ENVIRONMENT_GATED_VERBS.has(verb)) {
    const where = environment === void 0 ? "this environment" : environment;
    const need = requirement.permission ?? "write";
    if (!atLeast(permission, need))
      return refuse(
        `${asked} on ${where} needs ${need} access, and ${user} has ${describe(permission)}.`,
        `Ask someone with ${need} access to comment ${asked}.`
      );
    const teams = requirement.teams ?? [];
    if (teams.length > 0 && !teams.some((t) => memberOf(input.teamMembership, t)))
      return refuse(
        `${asked} on ${where} needs membership of ${teamList(teams)}, and ${user} is not a member.`,
        `Ask a member of ${teamList(teams)} to comment ${asked}.`
      );
  }
  return { ok: true };
}
function commandText(verb, environment) {
  return `\`/plagentic ${verb}${environment === void 0 ? "" : ` ${environment}`}\``;
}
function memberOf(membership, team) {
  const wanted = team.toLowerCase();
  return Object.entries(membership).some(([slug, member]) => member && slug.toLowerCase() === wanted);
}
function teamList(teams) {
  const named = teams.map((t) => `\`${t}\``);
  if (named.length === 1) return `team ${named[0]}`;
  return `one of the teams ${named.join(", ")}`;
}
function describe(permission) {
  return permission === "none" ? "no access" : `${permission} access`;
}
function capitalised(verb) {
  return verb.charAt(0).toUpperCase() + verb.slice(1);
}
function refuse(reason, hint, ignore = false) {
  return { ok: false, reason, hint, ignore };
}

// src/github/access.ts
async function authorizeActor(ctx, rc, input) {
  const { verb, environment, actor } = input;
  const requirement = environment ? rc.config.approvals.environments[environment] : void 0;
  const permission = await ctx.gh.getPermission(ctx.repo, actor.login);
  const teamMembership = {};
  if (requirement?.teams?.length && ENVIRONMENT_GATED_VERBS.has(verb)) {
    for (const team of requirement.teams)
      teamMembership[team] = await ctx.gh.isTeamMember(ctx.repo.owner, team, actor.login);
  }
  return authorizeCommand({
    verb,
    ...environment && { environment },
    user: actor.login,
    userType: actor.type,
    permission,
    isBot: actor.login === ctx.botLogin,
    ...requirement && {
      requirement: {
        ...requirement.permission && { permission: requirement.permission },
        ...requirement.teams && { teams: requirement.teams }
      }
    },
    teamMembership,
    ...input.pr && { pr: { isFork: isFork(ctx, input.pr) } },
    allowForkPlans: rc.config.github.allowForkPlans
  });
}

// src/github/approvals.ts
function latestDecisions(reviews) {
  const byUser = /* @__PURE__ */ new Map();
  for (const r of reviews) {
    const key = r.user.toLowerCase();
    if (r.state === "DISMISSED") byUser.set(key, null);
    else if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED")
      byUser.set(key, { user: r.user, state: r.state, commitId: r.commitId });
  }
  return [...byUser.values()].filter((d) => d !== null);
}
function neededPermissions(reviews) {
  return latestDecisions(reviews).map((d) => d.user);
}
function evaluateApprovals(input) {
  const permissions = lowerKeys(input.permissions);
  const rule = {
    requester: input.requester.toLowerCase(),
    pushers: new Set((input.pushers ?? []).map((p) => p.toLowerCase())),
    headSha: input.headSha.toLowerCase(),
    permission: input.requirement?.permission ?? "write",
    teams: input.requirement?.teams ?? [],
    membership: lowerKeys(input.teamMembership)
  };
  const approvedBy = [];
  const ignored = [];
  const blockedBy = [];
  for (const d of latestDecisions(input.reviews)) {
    const key = d.user.toLowerCase();
    const permission = permissions.get(key);
    if (d.state === "CHANGES_REQUESTED") {
      if (permission === void 0 || atLeast(permission, "write")) blockedBy.push(d.user);
      continue;
    }
    const reason = whyNotCounted(d, permission, rule);
    if (reason === void 0) approvedBy.push(d.user);
    else ignored.push({ user: d.user, reason });
  }
  const required = Math.max(0, input.required);
  const missing = Math.max(0, required - approvedBy.length);
  const satisfied = missing === 0 && blockedBy.length === 0;
  const summary = summaryLine(required, approvedBy.length, blockedBy, ignored.length);
  return { satisfied, approvedBy, ignored, blockedBy, missing, summary };
}
function summaryLine(required, approved, blockedBy, ignored) {
  const parts = [
    required === 0 ? "no approval required" : `${approved} of ${required} ${required === 1 ? "approval" : "approvals"}`
  ];
  if (blockedBy.length > 0) parts.push(`${blockedBy.map(mention).join(", ")} requested changes`);
  if (ignored > 0) parts.push(`${ignored} not counted`);
  return parts.join("; ");
}
function whyNotCounted(d, permission, rule) {
  const key = d.user.toLowerCase();
  if (isBotUser(d.user, "")) return "is a bot, and approvals from bots do not count";
  if (key === rule.requester) return "asked for this plan, and cannot approve it too";
  if (rule.pushers.has(key)) return "pushed a commit this plan covers, and cannot approve it too";
  if (d.commitId.toLowerCase() !== rule.headSha)
    return `approved an older commit (${d.commitId.slice(0, 7)}), not the head (${rule.headSha.slice(0, 7)})`;
  if (permission === void 0) return "could not have their permission checked";
  if (!atLeast(permission, rule.permission))
    return `has ${permission === "none" ? "no" : permission} access; approvals need ${rule.permission}`;
  if (rule.teams.length > 0) {
    const theirs = Object.entries(rule.membership.get(key) ?? {});
    const wanted = new Set(rule.teams.map((t) => t.toLowerCase()));
    if (!theirs.some(([slug, member]) => member && wanted.has(slug.toLowerCase())))
      return `is not a member of ${teamList(rule.teams)}`;
  }
  return void 0;
}
function mention(login) {
  return `@${login.replace(/[^A-Za-z0-9\-[\]]/g, "")}`;
}
function lowerKeys(record) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(record)) out.set(k.toLowerCase(), v);
  return out;
}

// src/github/approval-requirement.ts
function requirementForRecord(config, record) {
  const env = record.environment;
  if (record.facts !== void 0)
    return { ok: true, match: matchApprovalRule(config, env, fromRecordFacts(record.facts)) };
  if (rulesFor(config, env).length > 0)
    return {
      ok: false,
      reason: `it was planned before Plagentic recorded what approval rules look at, and \`approvals.rules\` may apply to \`${env}\`. Comment \`/plagentic plan ${env}\` to plan again`
    };
  return {
    ok: true,
    match: matchApprovalRule(config, env, {
      monthlyDelta: 0,
      pricesUnknown: false,
      destroys: false,
      types: [],
      typesCut: false,
      budget: "none"
    })
  };
}
function approvalStatusSummary(verdict, match) {
  const { required, teams } = match.requirement;
  const parts = [
    required === 0 ? "no approval required" : `${verdict.approvedBy.length} of ${required} ${required === 1 ? "approval" : "approvals"}` + (teams.length > 0 ? ` from ${teamNames(teams)}` : "")
  ];
  if (verdict.blockedBy.length > 0)
    parts.push(`${verdict.blockedBy.map((u) => `@${u}`).join(", ")} requested changes`);
  for (const i of verdict.ignored.slice(0, 3))
    parts.push(`@${i.user}'s approval does not count: ${i.user} ${i.reason}`);
  if (verdict.ignored.length > 3) parts.push(`${verdict.ignored.length - 3} more not counted`);
  return `${parts.join("; ")} (${match.why})`;
}
function plannedStatusSummary(config, environment, changes, facts) {
  const match = matchApprovalRule(config, environment, facts);
  return `${changes}; needs ${describeRequirement(match.requirement)} (${match.why})`;
}
function unmetRuleApprovals(verdict, match, requester, headSha) {
  const rest = unmetApprovals({ ...verdict, missing: 0 }, requester, headSha);
  if (verdict.missing === 0) return rest;
  const needed = `${verdict.approvedBy.length} of ${describeRequirement(match.requirement)} on commit ${headSha.slice(0, 7)} (${match.why}); ${verdict.missing} more needed from someone other than ${requester}, who asked for the plan, and anyone who pushed to this pull request`;
  return [needed, ...rest];
}

// src/github/context.ts
var inline = inlineRunner();
function runnerOf(ctx) {
  return ctx.runner ?? inline;
}
function emptyOutcome(note) {
  return { handled: false, ...note && { note }, plans: [], applies: [], summary: [] };
}

// src/github/console-links.ts
var enc = (id) => encodeURIComponent(id).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
var aws = (service, fragment) => (id, region) => `https://${region}.console.aws.amazon.com/${service}/home?region=${region}#${fragment(enc(id))}`;
var AWS_LINKS = {
  aws_instance: aws("ec2", (id) => `InstanceDetails:instanceId=${id}`),
  aws_security_group: aws("ec2", (id) => `SecurityGroup:groupId=${id}`),
  aws_vpc: aws("vpcconsole", (id) => `VpcDetails:VpcId=${id}`),
  aws_subnet: aws("vpcconsole", (id) => `SubnetDetails:subnetId=${id}`),
  aws_db_instance: aws("rds", (id) => `database:id=${id}`),
  aws_lambda_function: aws("lambda", (id) => `/functions/${id}`)
};
var AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
var AZURE_ID = /^\/subscriptions\/[A-Za-z0-9._\-/]{1,1000}$/;
function consoleLink(provider, type, id, region) {
  if (provider === "aws") {
    const link = AWS_LINKS[type];
    return link && AWS_REGION.test(region) ? link(id, region) : null;
  }
  if (provider === "azure") return AZURE_ID.test(id) ? `https://portal.azure.com/#resource${id}` : null;
  return null;
}

// src/github/drift-issue-body.ts
var DRIFT_LABEL = "plagentic-drift";
var DIFF_BUDGET = 5e4;
var LINKS_SHOWN = 50;
function driftIssueTitle(environment) {
  return `Drift in ${environment}`;
}
function driftMarker(environment) {
  if (!ENVIRONMENT_PATTERN.test(environment)) throw new Error(`"${environment}" cannot name a drift issue`);
  return `<!-- plagentic:drift:${environment} -->`;
}
function driftDiffLines(report) {
  const out = [];
  for (const item of scrubControls(report.items)) {
    const address = capLine(oneLine(item.address), 300);
    const id = item.id !== void 0 ? ` (${formatScalar(oneLine(item.id))})` : "";
    if (item.kind === "missing") out.push(`+ ${address}  # deleted outside Plagentic: revert re-creates it`);
    else if (item.kind === "unmanaged")
      out.push(`- ${address}${id}  # unmanaged: carries this environment's tags, not in the spec`);
    else {
      out.push(`~ ${address}${id}`);
      for (const d of item.differences)
        out.push(
          capLine(
            `    ~ ${oneLine(d.attribute)} = ${formatInline(d.expected)} -> ${formatInline(d.actual)}`,
            1e3
          )
        );
    }
  }
  return out;
}
function resourceLines(text, file) {
  const lines = /* @__PURE__ */ new Map();
  const source = parseYamlSource(text, file);
  const resources = source.data?.resources;
  if (!Array.isArray(resources)) return lines;
  resources.forEach((r, i) => {
    const { type, name } = r ?? {};
    if (typeof type !== "string" || typeof name !== "string") return;
    const line = source.locate(["resources", i]).line;
    if (line !== void 0) lines.set(`${type}.${name}`, line);
  });
  return lines;
}
function baseAddress(address) {
  return address.replace(/\[\d+\]$/, "");
}
function linkLines(items, spec, provider) {
  const lines = resourceLines(spec.text, spec.file);
  const out = [];
  for (const item of items.slice(0, LINKS_SHOWN)) {
    const line = lines.get(baseAddress(item.address));
    const where = item.kind === "unmanaged" ? `not in ${code(spec.file)}` : spec.htmlBase !== null ? `[${spec.file}${line !== void 0 ? `#L${line}` : ""}](${spec.htmlBase}/blob/${spec.sha}/${spec.file}${line !== void 0 ? `#L${line}` : ""})` : `${code(spec.file)}${line !== void 0 ? ` line ${line}` : ""}`;
    const id = item.id !== void 0 ? ` (${code(capLine(oneLine(scrubControls(item.id)), 300))})` : "";
    const consoleUrl = item.id !== void 0 && spec.region !== void 0 ? consoleLink(provider, item.type, item.id, spec.region) : null;
    out.push(
      `- ${code(capLine(oneLine(scrubControls(item.address)), 300))}${id}: ${where}${consoleUrl ? ` ([console](${consoleUrl}))` : ""}`
    );
  }
  if (items.length > LINKS_SHOWN) out.push(`- _\u2026 and ${count(items.length - LINKS_SHOWN, "more resource")}_`);
  return out;
}
function renderDriftIssueBody(report, spec) {
  const env = report.environment;
  const diff = driftDiffLines(report);
  const { kept, left } = takeWithin(diff, DIFF_BUDGET);
  if (left > 0) kept.push(`# \u2026 and ${count(left, "more line")}`);
  const fence = fenceFor(kept);
  const rest = [
    `Live resources of ${code(env)} (${report.provider}) no longer match ${code(spec.file)} on the default branch (commit ${code(spec.sha.slice(0, 7))}): ${count(report.items.length, "resource")} drifted, ${count(report.checked, "resource")} checked.`,
    "",
    "Spec on the left, live on the right:",
    "",
    `${fence}diff`,
    ...kept,
    fence,
    "",
    "### Resources",
    "",
    ...linkLines(report.items, spec, report.provider),
    "",
    "### How to fix",
    "",
    `Comment ${code("/plagentic fix")} on this issue. Plagentic opens two pull requests, each planned and approved like any other: **revert** applies the spec again so the cloud matches the repository (a deleted resource is re-created), and **accept** edits the spec to match the cloud. Merge or apply one and close the other; the next check closes this issue.`,
    "",
    "_Plagentic keeps this issue up to date; edits to it are overwritten._"
  ];
  return [driftMarker(env), neutralize(rest.join("\n"))].join("\n");
}
function oneLine(text) {
  return text.replace(/\s+/g, " ");
}

// src/github/drift-issues.ts
async function checkDrift(ctx, rc, environment) {
  const sha = await ctx.gh.getRef(ctx.repo, `heads/${rc.defaultBranch}`);
  if (!sha) throw new Error(`the default branch ${rc.defaultBranch} has no head`);
  const spec = await readRepoSpec(ctx.gh, ctx.repo, rc, environment, sha);
  if (!spec) return null;
  const env = await loadRepoEnvironment(ctx.gh, ctx.repo, rc, environment, sha);
  const ws = await openWorkspace(ctx, rc);
  try {
    return {
      report: await ws.drift(env),
      spec: { ...spec, sha, htmlBase: serverBase(ctx), region: env.spec.region }
    };
  } finally {
    await ws.close();
  }
}
async function driftEnvironments(ctx, rc) {
  const names = (await listRepoEnvironments(ctx.gh, ctx.repo, rc, rc.defaultBranch)).filter(
    (n) => ENVIRONMENT_PATTERN.test(n)
  );
  const only = rc.config.drift.environments;
  return only ? names.filter((n) => only.includes(n)) : names;
}
async function findDriftIssue(ctx, environment) {
  const issues = await ctx.gh.listIssues(ctx.repo, { state: "open", labels: [DRIFT_LABEL] });
  return issues.find((i) => isDriftIssue(ctx, i, environment)) ?? null;
}
function driftIssueEnvironment(ctx, issue) {
  if (issue.user.toLowerCase() !== ctx.botLogin.toLowerCase()) return null;
  const match = /^<!-- plagentic:drift:([a-z0-9][a-z0-9_-]{0,62}) -->$/.exec(issue.body.split("\n")[0] ?? "");
  const env = match?.[1];
  if (env === void 0 || !ENVIRONMENT_PATTERN.test(env) || issue.title !== driftIssueTitle(env))
    return null;
  return env;
}
function isDriftIssue(ctx, issue, environment) {
  return driftIssueEnvironment(ctx, issue) === environment;
}
async function syncDriftIssue(ctx, check) {
  const env = check.report.environment;
  driftMarker(env);
  const existing = await findDriftIssue(ctx, env);
  if (check.report.items.length === 0) {
    if (!existing) return { outcome: "none" };
    await ctx.gh.createIssueComment(
      ctx.repo,
      existing.number,
      `\u2705 No drift in \`${env}\` any more: ${check.report.checked} live resource(s) match the spec on the default branch (commit \`${check.spec.sha.slice(0, 7)}\`). Closing.`
    );
    await ctx.gh.updateIssue(ctx.repo, existing.number, { state: "closed" });
    return { outcome: "closed", number: existing.number };
  }
  if (existing) {
    const body = renderDriftIssueBody(check.report, withBase(check.spec, existing.htmlUrl));
    if (body === existing.body) return { outcome: "unchanged", number: existing.number };
    await ctx.gh.updateIssue(ctx.repo, existing.number, { body });
    return { outcome: "updated", number: existing.number };
  }
  const created = await ctx.gh.createIssue(ctx.repo, {
    title: driftIssueTitle(env),
    body: renderDriftIssueBody(check.report, check.spec),
    labels: [DRIFT_LABEL]
  });
  if (check.spec.htmlBase === null) {
    const spec = withBase(check.spec, created.htmlUrl);
    if (spec.htmlBase !== null)
      await ctx.gh.updateIssue(ctx.repo, created.number, { body: renderDriftIssueBody(check.report, spec) });
  }
  return { outcome: "opened", number: created.number };
}
async function recheckDriftAfterApply(ctx, rc, environment) {
  try {
    if (!ENVIRONMENT_PATTERN.test(environment) || !await findDriftIssue(ctx, environment)) return;
    const check = await checkDrift(ctx, rc, environment);
    if (check) await syncDriftIssue(ctx, check);
  } catch (e) {
    ctx.log.error(
      `could not check drift in ${environment} after the apply: ${e instanceof Error ? e.message : String(e)}`
    );
  }
}
function serverBase(ctx) {
  const raw = ctx.env["GITHUB_SERVER_URL"];
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== "https:" && url.protocol !== "http:" || url.username || url.password) return null;
    return `${url.origin}/${ctx.repo.owner}/${ctx.repo.repo}`;
  } catch {
    return null;
  }
}
function withBase(spec, htmlUrl) {
  if (spec.htmlBase !== null) return spec;
  const match = /^(https?:\/\/[^\s/?#]+\/[^\s/?#]+\/[^\s/?#]+)\/(?:issues|pull)\/\d+$/.exec(htmlUrl);
  return { ...spec, htmlBase: match?.[1] ?? null };
}

// src/github/failures.ts
var reported = /* @__PURE__ */ new WeakSet();
function markReported(e) {
  if (typeof e === "object" && e !== null) reported.add(e);
}
function wasReported(e) {
  return typeof e === "object" && e !== null && reported.has(e);
}
async function everyStep(steps, onError) {
  for (const step of steps) {
    try {
      await step();
    } catch (err) {
      onError(err);
    }
  }
}

// src/github/merge-messages.ts
function appliesOnMerge(environment) {
  const which = environment === void 0 ? "" : ` ${code(environment)}`;
  return `\u{1F6AB} This repository applies when the pull request merges (\`approvals.apply_on: merge\`), so nothing was applied${which ? ` to${which}` : ""}. Get the plan approved on the head commit, then merge.`;
}
function notAppliedOnMerge(environment, reason) {
  return `\u{1F6AB} Merged, but the plan for ${code(environment)} was **not applied**: ${capLine(escapeInline(reason), 600)}. Nothing was changed. To apply it, open a new pull request, plan it, get it approved and merge it.`;
}
function notAppliedBanner(reason) {
  return `> \u{1F6AB} Not applied on merge: ${capLine(escapeInline(reason), 300)}.`;
}
function appliedOnMergeBanner(mergeCommitSha) {
  return `> \u2705 **Applied** when this pull request merged (${shortSha2(mergeCommitSha)}).`;
}
function failedOnMergeBanner(issueNumber) {
  return issueNumber === null ? "> \u274C **Apply failed** after merging; the environment stays locked." : `> \u274C **Apply failed** after merging; see #${issueNumber}. The environment stays locked.`;
}
function failedOnMergeReply(environment, issueNumber) {
  return `\u274C Applying ${code(environment)} after this merge failed, and ${code(environment)} stays locked by this pull request` + (issueNumber === null ? "." : `: follow up in #${issueNumber}.`);
}
function failedIssueTitle(environment, pr) {
  return `Apply of \`${environment}\` failed after merging #${pr}`;
}
function failedIssueBody(input) {
  const env = code(input.environment);
  return [
    `Plagentic applied the approved plan ${code(input.planHash.slice(0, 12))} for ${env} when #${input.pr} was merged (${shortSha2(input.mergeCommitSha)}), and part of it failed. ${env} is **still locked** by #${input.pr}, so that no other pull request plans or applies on top of a half-applied environment before someone has looked.`,
    "",
    input.result,
    "",
    "### How to go on",
    "",
    `1. Look at what failed above, and at what is live: comment ${commandHint("drift", input.environment)} here.`,
    `2. Release the lock: comment ${commandHint("unlock", input.environment)} here (write access, or the environment's own permission).`,
    `3. Fix the cause in a new pull request that changes ${code(`${input.environment}`)}'s spec (or nothing, if the failure was passing), plan it, get it approved and merge it: its plan shows what is left, and it applies on merge.`
  ].join("\n");
}
function shortSha2(sha) {
  return code(/^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : "unknown");
}

// src/github/preview-spec.ts
var import_yaml = __toESM(require_dist(), 1);
var PREVIEW_OF_TAG = "plagentic-preview-of";
var PREVIEW_PR_TAG = "plagentic-pull-request";
var NAME_PROPERTIES = ["name", "bucket", "identifier", "function_name", "node_group_name"];
var DELETION_GUARDS = ["deletion_protection", "enable_deletion_protection"];
var ADDRESS_SPACES = {
  aws_vpc: ["cidr_block"],
  aws_subnet: ["cidr_block"],
  google_compute_subnetwork: ["ip_cidr_range"],
  azurerm_virtual_network: ["address_space"],
  azurerm_subnet: ["address_prefixes"]
};
var PREVIEW_BASE = 100n << 24n | 64n << 16n;
var PREVIEW_BLOCKS = 64n;
function previewName(parent, pr) {
  const name = `${parent}-pr-${pr}`;
  if (!ENVIRONMENT_PATTERN.test(name) || !Number.isSafeInteger(pr) || pr <= 0)
    throw new PlagenticError(
      `a preview of \`${parent.slice(0, 63)}\` for #${pr} would be named \`${name.slice(0, 80)}\`, which is not a valid environment name (lower-case letters, digits, \`-\` and \`_\`, at most 63 characters); use a shorter environment name`
    );
  return name;
}
function parsePreviewName(name) {
  const m = /^(.+)-pr-([1-9][0-9]{0,9})$/.exec(name);
  if (!m || !ENVIRONMENT_PATTERN.test(name)) return null;
  return { parent: m[1], pr: Number(m[2]) };
}
function derivePreviewSpec(parent, pr, limits = {}) {
  const name = previewName(parent.name, pr);
  checkedEnvironment(parent.text, parent.file, parent.name, limits);
  const source = parseYamlSource(parent.text, parent.file);
  const doc = (0, import_yaml.parseDocument)(parent.text, { uniqueKeys: true });
  const suffix = `-pr-${pr}`;
  doc.set("environment", name);
  doc.delete("protected");
  const specTags = doc.get("tags")?.toJSON();
  if (isTagText(specTags?.["Name"])) doc.setIn(["tags", "Name"], `${specTags["Name"]}${suffix}`);
  doc.setIn(["tags", PREVIEW_OF_TAG], parent.name);
  doc.setIn(["tags", PREVIEW_PR_TAG], String(pr));
  const raw = source.data.resources ?? [];
  const spaces = parentAddressSpaces(raw, source.error);
  raw.forEach((r, i) => {
    const resource = r;
    const def = getResourceType(resource.type);
    const at = (...path) => ["resources", i, ...path];
    doc.deleteIn(at("import_id"));
    doc.deleteIn(at("protected"));
    if (isTagText(resource.tags?.["Name"]))
      doc.setIn(at("tags", "Name"), `${resource.tags["Name"]}${suffix}`);
    const props = resource.properties ?? {};
    for (const key of NAME_PROPERTIES) {
      const value = props[key];
      const prop = def?.properties[key];
      if (typeof value !== "string" || prop === void 0) continue;
      const named = `${value}${suffix}`;
      if (prop.kind === "string" && prop.pattern !== void 0 && !new RegExp(prop.pattern).test(named))
        throw source.error(
          at("properties", key),
          `a preview needs a name of its own, and this one with "${suffix}" added does not match the pattern ${prop.pattern}`
        );
      doc.setIn(at("properties", key), named);
    }
    for (const key of DELETION_GUARDS)
      if (props[key] === true && def?.properties[key] !== void 0) doc.setIn(at("properties", key), false);
    const allocations = new Set(ADDRESS_SPACES[resource.type] ?? []);
    for (const [key, value] of Object.entries(props)) {
      const moved = moveAddresses(
        value,
        allocations.has(key),
        spaces,
        BigInt(pr),
        (reason) => source.error(at("properties", key), reason)
      );
      if (moved.changed) doc.setIn(at("properties", key), doc.createNode(moved.value));
    }
  });
  const text = doc.toString();
  const file = `${parent.file} (preview ${name})`;
  const derived = checkedEnvironment(text, file, name, limits);
  for (const r of derived.spec.resources)
    for (const key of ADDRESS_SPACES[r.type] ?? [])
      for (const cidr of cidrsOf(r.properties[key]))
        if (spaces.some((s) => overlaps(s, cidr)))
          throw new PlagenticError(
            `${file}: the preview's range ${cidr.text} overlaps ${parent.name}'s address space`
          );
  return { name, file, text };
}
var isTagText = (v) => typeof v === "string" || typeof v === "number";
function parseCidr(text) {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(text.trim());
  const range = m ? parseAddressRange(text.trim())?.[0] : void 0;
  if (!m || range === void 0 || range.family !== 4) return void 0;
  return { ...range, text, prefix: Number(m[2]) };
}
function cidrsOf(value) {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => typeof v === "string" ? parseCidr(v) ?? [] : []);
}
var overlaps = (a, b) => a.first <= b.last && b.first <= a.last;
function parentAddressSpaces(resources, error2) {
  const out = [];
  resources.forEach((r, i) => {
    const resource = r;
    for (const key of ADDRESS_SPACES[resource.type] ?? []) {
      const value = resource.properties?.[key];
      const list = Array.isArray(value) ? value : value === void 0 ? [] : [value];
      list.forEach((v, j) => {
        const path = ["resources", i, "properties", key, ...Array.isArray(value) ? [j] : []];
        const cidr = typeof v === "string" ? parseCidr(v) : void 0;
        if (cidr === void 0)
          throw error2(
            path,
            "a preview can only move IPv4 ranges written as a.b.c.d/n, so it cannot derive this one"
          );
        if (cidr.prefix < 16)
          throw error2(
            path,
            `a preview keeps the low 16 bits of a range, so it cannot move /${cidr.prefix}; use /16 or longer`
          );
        out.push(cidr);
      });
    }
  });
  return out;
}
function rebase(cidr, pr) {
  const low = cidr.first & 0xffffn;
  const moved = PREVIEW_BASE | pr % PREVIEW_BLOCKS << 16n | low;
  const octets = [24n, 16n, 8n, 0n].map((shift) => String(moved >> shift & 0xffn));
  return `${octets.join(".")}/${cidr.prefix}`;
}
function moveAddresses(value, allocation, spaces, pr, error2) {
  if (typeof value === "string") {
    const cidr = parseCidr(value);
    if (cidr === void 0) return { value, changed: false };
    const inside = spaces.some((s) => s.first <= cidr.first && cidr.last <= s.last);
    if (!allocation && !inside) return { value, changed: false };
    if (cidr.prefix < 16)
      throw error2(`cannot move ${value} into the preview's address space (needs /16 or longer)`);
    return { value: rebase(cidr, pr), changed: true };
  }
  if (Array.isArray(value)) {
    const parts = value.map((v) => moveAddresses(v, allocation, spaces, pr, error2));
    return { value: parts.map((p) => p.value), changed: parts.some((p) => p.changed) };
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([k, v]) => [k, moveAddresses(v, false, spaces, pr, error2)]
    );
    return {
      value: Object.fromEntries(entries.map(([k, p]) => [k, p.value])),
      changed: entries.some(([, p]) => p.changed)
    };
  }
  return { value, changed: false };
}

// src/github/preview-intent.ts
function previewIntent(user, parent, pr, environment) {
  let named;
  try {
    named = parent === void 0 ? void 0 : previewName(parent, pr);
  } catch {
    named = void 0;
  }
  if (named !== environment)
    return { ok: false, reason: "the comment that asked for this plan names another environment" };
  return { ok: true, requester: user, destroy: false };
}

// src/github/intent.ts
async function planIntent(ctx, pr, record) {
  if (record.commandCommentId === null) {
    const requester = pr.author.toLowerCase() === ctx.botLogin.toLowerCase() ? record.requester : pr.author;
    return { ok: true, requester, destroy: false };
  }
  const comment = await ctx.gh.getIssueComment(ctx.repo, record.commandCommentId);
  if (comment.issueNumber !== pr.number)
    return { ok: false, reason: "the comment that asked for this plan is not on this pull request" };
  if (isBotUser(comment.user, comment.userType) || comment.user === ctx.botLogin)
    return { ok: false, reason: "the plan was not asked for by a person" };
  const parsed = parseComment(comment.body);
  if (parsed.kind === "request") return { ok: true, requester: comment.user, destroy: false };
  if (parsed.kind === "command" && parsed.command.verb === "preview")
    return previewIntent(comment.user, parsed.command.environment, pr.number, record.environment);
  if (parsed.kind !== "command" || parsed.command.verb !== "plan" && parsed.command.verb !== "destroy")
    return { ok: false, reason: "the comment that asked for this plan no longer asks for a plan" };
  const named = parsed.command.environment;
  if (named !== void 0 && named !== record.environment)
    return { ok: false, reason: "the comment that asked for this plan names another environment" };
  return { ok: true, requester: comment.user, destroy: parsed.command.verb === "destroy" };
}

// src/github/locks.ts
function holderFor(pr, environment, user, now) {
  return { pr: pr.number, environment, user, headSha: pr.headSha, url: pr.htmlUrl, at: now.toISOString() };
}
var MESSAGE_HEAD = "plagentic lock";
var ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
var ACQUIRE_ATTEMPTS = 3;
var holderSchema = external_exports.object({
  pr: external_exports.number().int().positive(),
  environment: external_exports.string(),
  user: external_exports.string(),
  headSha: external_exports.string(),
  url: external_exports.string(),
  at: external_exports.string()
});
function lockRef(environment) {
  if (!ENVIRONMENT.test(environment)) throw new Error(`"${environment}" cannot name a lock`);
  return `plagentic/locks/${environment}`;
}
function lockMessage(holder) {
  return `${MESSAGE_HEAD}

${JSON.stringify(holder)}`;
}
function parseLockMessage(environment, message) {
  const text = message.trim();
  if (text.startsWith(MESSAGE_HEAD)) {
    try {
      const parsed = holderSchema.safeParse(JSON.parse(text.slice(MESSAGE_HEAD.length).trim()));
      if (parsed.success) return parsed.data;
    } catch {
    }
  }
  return { pr: 0, environment, user: "unknown", headSha: "", url: "", at: "" };
}
function createLocks(client, repo) {
  async function get(environment) {
    const sha = await client.getRef(repo, lockRef(environment));
    if (sha === null) return null;
    const commit = await client.getCommit(repo, sha);
    return parseLockMessage(environment, commit.message);
  }
  async function release(environment, pr) {
    const holder = await get(environment);
    if (holder === null || holder.pr !== pr) return false;
    await client.deleteRef(repo, lockRef(environment));
    return true;
  }
  return {
    get,
    release,
    async acquire(environment, holder) {
      const ref = lockRef(environment);
      if (holder.environment !== environment)
        throw new Error(`lock holder names ${holder.environment}, not ${environment}`);
      let commitSha = null;
      for (let attempt = 0; attempt < ACQUIRE_ATTEMPTS; attempt++) {
        const current = await get(environment);
        if (current !== null) {
          return current.pr === holder.pr ? { acquired: true } : { acquired: false, heldBy: current };
        }
        if (commitSha === null) {
          const { tree } = await client.getCommit(repo, holder.headSha);
          commitSha = await client.createCommit(repo, { message: lockMessage(holder), tree, parents: [] });
        }
        if (await client.createRef(repo, `refs/${ref}`, commitSha)) return { acquired: true };
      }
      throw new Error(`the lock on ${environment} kept changing hands; try again`);
    },
    async forceRelease(environment) {
      await client.deleteRef(repo, lockRef(environment));
    },
    async releaseAllForPr(pr, environments) {
      const unique = [...new Set(environments)];
      const released = await Promise.all(unique.map((env) => release(env, pr)));
      return unique.filter((_, i) => released[i]);
    }
  };
}

// src/github/preview-messages.ts
var previewsOff = () => "Preview environments are off in this repository. To turn them on, add to `config.yaml` on the default branch:\n\n```yaml\npreviews:\n  environments: [staging]   # which environments may be previewed\n  max_monthly_cost: 50      # optional: a preview costing more is not applied\n  ttl_hours: 72             # optional: destroyed after this long\n```";
function notPreviewable(environment, allowed) {
  return `${code(environment)} cannot be previewed. Environments that can: ${allowed.map((e) => code(e)).join(", ")} (\`previews.environments\` in config.yaml on the default branch).`;
}
var previewNeedsPullRequest = () => "`/plagentic preview <environment>` works on pull requests; comment it on the PR whose spec you want to try.";
var previewOnClosedPullRequest = () => "This pull request is closed; it can no longer have a preview.";
function previewNameTaken(name) {
  return `There is an environment spec named ${code(name)} already, so a preview cannot take that name. Rename that environment.`;
}
function previewOverCap(name, monthlyAfter, cap, unknownPrices) {
  return unknownPrices > 0 ? `> \u26D4 **Not applied:** ${code(name)} has ${unknownPrices} resource(s) with unknown prices, so its cost cannot be checked against \`previews.max_monthly_cost\` (${formatUsd(cap)} a month).` : `> \u26D4 **Not applied:** ${code(name)} would cost ${formatUsd(monthlyAfter)} a month, over \`previews.max_monthly_cost\` (${formatUsd(cap)}). Make the preview smaller, or raise the cap in config.yaml on the default branch.`;
}
var previewAppliesNow = (name, parent) => `\`/plagentic preview ${parent}\` applies ${code(name)} right away, as the writer who asks (\`previews.require_approval\` is off).`;
var WHY = {
  closed: "this pull request was closed",
  merged: "this pull request was merged",
  expired: "its time to live (`previews.ttl_hours`) ran out",
  "pr-gone": "this pull request is no longer open"
};
function previewDestroyed(name, end, applyMarkdown) {
  const head = `\u{1F9F9} Preview ${code(name)} was destroyed: ${WHY[end]}.`;
  return applyMarkdown === null ? `${head} It had no resources left.` : `${head}

${applyMarkdown}`;
}
function previewDestroyFailed(name, end, reason) {
  return `\u274C Preview ${code(name)} should be destroyed (${WHY[end]}), but that failed: ${reason}. It stays registered, and the next scheduled run tries again.`;
}

// src/github/preview-registry.ts
var MESSAGE_HEAD2 = "plagentic preview";
var PREFIX2 = "plagentic/previews/";
var entrySchema = external_exports.strictObject({
  pr: external_exports.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  parent: external_exports.string().regex(ENVIRONMENT_PATTERN),
  name: external_exports.string().regex(ENVIRONMENT_PATTERN),
  createdAt: external_exports.iso.datetime({ offset: true }),
  expiresAt: external_exports.iso.datetime({ offset: true }).nullable(),
  headSha: external_exports.string().regex(/^[0-9a-f]{40}$/)
});
function previewRef(name) {
  if (!ENVIRONMENT_PATTERN.test(name)) throw new Error(`"${name}" cannot name a preview`);
  return `${PREFIX2}${name}`;
}
function previewMessage(entry) {
  return `${MESSAGE_HEAD2}

${JSON.stringify(entrySchema.parse(entry))}`;
}
function parsePreviewMessage(refName, message) {
  const text = message.trim();
  if (!text.startsWith(MESSAGE_HEAD2)) return null;
  let json;
  try {
    json = JSON.parse(text.slice(MESSAGE_HEAD2.length).trim());
  } catch {
    return null;
  }
  const parsed = entrySchema.safeParse(json);
  if (!parsed.success) return null;
  const entry = parsed.data;
  const named = parsePreviewName(entry.name);
  if (refName !== `refs/${PREFIX2}${entry.name}` && refName !== `${PREFIX2}${entry.name}`) return null;
  if (named === null || named.parent !== entry.parent || named.pr !== entry.pr) return null;
  return entry;
}
function createPreviewRegistry(client, repo) {
  async function read(ref, sha) {
    return parsePreviewMessage(ref, (await client.getCommit(repo, sha)).message);
  }
  return {
    async list() {
      const listing = { entries: [], malformed: [] };
      for (const ref of await client.listMatchingRefs(repo, PREFIX2)) {
        const entry = await read(ref.ref, ref.sha);
        if (entry) listing.entries.push(entry);
        else listing.malformed.push(ref.ref);
      }
      return listing;
    },
    async get(name) {
      const sha = await client.getRef(repo, previewRef(name));
      return sha === null ? null : read(`refs/${previewRef(name)}`, sha);
    },
    async put(entry, treeOf) {
      const { tree } = await client.getCommit(repo, treeOf);
      const sha = await client.createCommit(repo, { message: previewMessage(entry), tree, parents: [] });
      const ref = previewRef(entry.name);
      if (!await client.createRef(repo, `refs/${ref}`, sha)) {
        await client.deleteRef(repo, ref);
        await client.createRef(repo, `refs/${ref}`, sha);
      }
    },
    async remove(name) {
      await client.deleteRef(repo, previewRef(name));
    }
  };
}

// src/github/preview-hooks.ts
function previewOf(rc, name, pr) {
  const parsed = parsePreviewName(name);
  if (parsed === null || parsed.pr !== pr || !rc.config.previews?.environments.includes(parsed.parent))
    return null;
  return { name, ...parsed };
}
async function readPlanSpec(ctx, rc, name, pr) {
  const preview = previewOf(rc, name, pr.number);
  const own = await readRepoSpec(ctx.gh, ctx.repo, rc, name, pr.headSha);
  if (preview === null || own !== null) return own;
  const parent = await readRepoSpec(ctx.gh, ctx.repo, rc, preview.parent, pr.headSha);
  if (parent === null) return null;
  const derived = derivePreviewSpec({ name: preview.parent, ...parent }, pr.number, rc.config.limits);
  return { file: derived.file, text: derived.text, preview };
}
function previewMarkdown(rc, preview) {
  return {
    title: `Plagentic preview plan for \`${preview.name}\` (preview of \`${preview.parent}\`)`,
    hourly: true,
    ...!rc.config.previews?.requireApproval && {
      nextStep: {
        policyFailed: `**Policy failed**, so this preview is not applied. Fix the spec, push, and comment \`/plagentic preview ${preview.parent}\`.`,
        noChanges: "Nothing to apply.",
        ready: previewAppliesNow(preview.name, preview.parent)
      }
    }
  };
}
function previewHold(rc, preview, plan, destroy) {
  const cap = rc.config.previews?.maxMonthlyCost;
  if (cap === void 0 || destroy || !plan.hasChanges) return null;
  if (plan.cost.unknownPrices === 0 && plan.cost.monthlyAfter <= cap) return null;
  return previewOverCap(preview.name, plan.cost.monthlyAfter, cap, plan.cost.unknownPrices);
}
function approvalWaived(rc, trigger, environment, pr) {
  return trigger === "preview" && previewOf(rc, environment, pr) !== null && !rc.config.previews?.requireApproval;
}
async function registerPreview(ctx, rc, preview, pr) {
  const registry = createPreviewRegistry(ctx.gh, ctx.repo);
  const existing = await registry.get(preview.name);
  const now = ctx.now();
  const ttl = rc.config.previews?.ttlHours;
  const createdAt = existing?.pr === pr.number ? existing.createdAt : now.toISOString();
  const expiresAt = existing?.pr === pr.number ? existing.expiresAt : ttl === void 0 ? null : new Date(now.getTime() + ttl * 36e5).toISOString();
  if (existing?.headSha === pr.headSha && existing.pr === pr.number) return;
  await registry.put(
    { pr: pr.number, parent: preview.parent, name: preview.name, createdAt, expiresAt, headSha: pr.headSha },
    pr.headSha
  );
}

// src/github/apply-flow.ts
var WAIVED = {
  satisfied: true,
  approvedBy: [],
  ignored: [],
  blockedBy: [],
  missing: 0,
  summary: "a preview, applied when planned"
};
async function applyOnPullRequest(ctx, request2) {
  const rc = await repoConfigOf(ctx);
  const pr = await ctx.gh.getPullRequest(ctx.repo, request2.number);
  const speak = request2.trigger !== "approval";
  const say = (text) => speak ? reply(ctx, pr.number, text) : Promise.resolve();
  if (rc.config.approvals.applyOn === "merge" && request2.trigger !== "approval") {
    await say(appliesOnMerge(request2.environment));
    return [];
  }
  if (pr.state !== "open") {
    await say(
      `This pull request is ${pr.merged ? "merged" : "closed"}; plans on it can no longer be applied.`
    );
    return [];
  }
  if (isFork(ctx, pr)) {
    await say("Pull requests from forks never apply. Push the branch to this repository to apply it.");
    return [];
  }
  let stickies = await readPlanRecords(ctx, pr.number);
  if (request2.environment) stickies = stickies.filter((s) => s.record.environment === request2.environment);
  else if (request2.trigger === "approval")
    stickies = stickies.filter(
      (s) => s.record.status === "planned" || ctx.takeover === true && s.record.status === "applying"
    );
  if (stickies.length === 0) {
    await say(
      request2.environment ? noPlan(request2.environment) : "There is no plan on this pull request yet. Comment `/plagentic plan <environment>` first."
    );
    return [];
  }
  if (!request2.environment && request2.trigger !== "approval" && stickies.length > 1) {
    const names = stickies.map((s) => `\`${s.record.environment}\``).join(", ");
    await say(
      `This pull request has plans for ${names}; say which to apply: \`/plagentic apply <environment>\`.`
    );
    return [];
  }
  const outcomes = [];
  for (const sticky of stickies) {
    const outcome = await applyOne(ctx, rc, pr, sticky, request2, say);
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}
async function applyOne(ctx, rc, pr, sticky, request2, say) {
  const { record } = sticky;
  const env = record.environment;
  const resuming = ctx.takeover === true && record.status === "applying" && record.headSha === pr.headSha;
  if (!resuming && (record.status === "applied" || record.status === "applying") && record.headSha === pr.headSha) {
    ctx.log.info(
      `plan ${record.planHash.slice(0, 12)} for ${env} on #${pr.number} is already ${record.status}`
    );
    if (request2.trigger !== "approval")
      await say(
        `The plan for \`${env}\` on this commit was already ${record.status === "applied" ? "applied" : "started"}.`
      );
    return null;
  }
  if (record.headSha !== pr.headSha) {
    await say(stalePlan(env, record.headSha, pr.headSha));
    return null;
  }
  if (record.status !== "planned" && !resuming) {
    await say(
      record.status === "blocked" ? policyFailed(env) : `The plan for \`${env}\` is ${record.status}; comment \`/plagentic plan ${env}\` to plan again.`
    );
    return null;
  }
  if (record.policy === "fail") {
    await say(policyFailed(env));
    return null;
  }
  if (!record.hasChanges) {
    await say(`The plan for \`${env}\` has no changes; there is nothing to apply.`);
    return null;
  }
  const access = await authorizeActor(ctx, rc, { verb: "apply", environment: env, actor: request2.actor, pr });
  if (!access.ok) {
    if (!access.ignore) await say(refusal(access.reason, access.hint));
    return null;
  }
  const intent = await planIntent(ctx, pr, record);
  if (!intent.ok || intent.destroy !== record.destroy) {
    await say(
      `\u{1F6AB} The plan for \`${env}\` cannot be applied: ${intent.ok ? "the command that asked for it changed" : intent.reason}. Comment \`/plagentic plan ${env}\` to plan again.`
    );
    return null;
  }
  const waived = approvalWaived(rc, request2.trigger, env, pr.number);
  let match = null;
  let verdict = WAIVED;
  if (!waived) {
    const needs = requirementForRecord(rc.config, record);
    if (!needs.ok) {
      await say(`\u{1F6AB} The plan for \`${env}\` cannot be applied: ${needs.reason}.`);
      return null;
    }
    match = needs.match;
    ({ verdict } = await checkApprovals(ctx, pr, record, intent.requester, match));
    if (!verdict.satisfied) {
      await publishStatus(ctx, env, pr.headSha, {
        kind: "awaiting-approval",
        summary: approvalStatusSummary(verdict, match),
        canApply: false
      });
      await say(
        applyRequirementsNotMet(env, unmetRuleApprovals(verdict, match, intent.requester, pr.headSha))
      );
      return null;
    }
  }
  if (request2.trigger === "approval" && rc.config.approvals.applyOn === "merge") {
    await publishStatus(ctx, env, pr.headSha, {
      kind: "approved",
      summary: `${verdict.summary}; applies when the pull request merges`
    });
    return null;
  }
  if (request2.trigger === "approval" && rc.config.approvals.applyOn === "command") {
    await publishStatus(ctx, env, pr.headSha, {
      kind: "awaiting-approval",
      summary: `${match ? approvalStatusSummary(verdict, match) : verdict.summary}; comment /plagentic apply ${env} to apply`,
      canApply: true
    });
    return null;
  }
  let resume;
  if (resuming) {
    const fingerprints = await keptFingerprints(ctx, record);
    if (!fingerprints || ctx.deliveryId === void 0) {
      await refuseResume(ctx, pr, sticky);
      return { environment: env, ok: false, planHash: record.planHash };
    }
    resume = { fingerprints };
  }
  const locks = createLocks(ctx.gh, ctx.repo);
  const held = await locks.acquire(env, holderFor(pr, env, record.requester, ctx.now()));
  if (!held.acquired) {
    await say(
      `\`${env}\` is locked by ${held.heldBy.url} (#${held.heldBy.pr}); it cannot be applied from here.`
    );
    return null;
  }
  let current = sticky;
  let deploymentId = null;
  try {
    if (!resume) current = await updatePlanRecord(ctx, sticky, { ...record, status: "applying" }, null);
    await publishStatus(ctx, env, pr.headSha, {
      kind: "applying",
      summary: `applying ${record.planHash.slice(0, 12)}`
    });
    deploymentId = (await ctx.gh.createDeployment(ctx.repo, {
      ref: pr.headSha,
      environment: env,
      description: `Plagentic plan ${record.planHash.slice(0, 12)}`,
      payload: { planHash: record.planHash, pr: pr.number }
    })).id;
    await ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
      state: "in_progress",
      description: "applying"
    });
    const spec = await readPlanSpec(ctx, rc, env, pr);
    if (!spec) throw new PlagenticError(`the spec of ${env} is gone from this pull request's head`);
    if (spec.preview) await registerPreview(ctx, rc, spec.preview, pr);
    const job = {
      config: rc.config,
      cwd: ctx.workDir,
      env: ctx.env,
      repository: repositoryOf(ctx),
      spec: { name: env, file: spec.file, text: spec.text },
      commit: pr.headSha,
      destroy: intent.destroy,
      expectedHash: record.planHash,
      actor: request2.actor.login,
      // The same in the first try and a takeover of it, so that the tokens of creates come back.
      ...ctx.deliveryId !== void 0 && { attempt: `delivery:${ctx.deliveryId}` },
      ...resume && { resume }
    };
    const outcome = await withRepositoryFiles(
      ctx.gh,
      ctx.repo,
      pr.headSha,
      job,
      (j) => runnerOf(ctx).apply(j)
    );
    const { result } = outcome;
    const status = result.ok ? "applied" : "failed";
    await updatePlanRecord(
      ctx,
      current,
      { ...record, status },
      result.ok ? `> \u2705 **Applied** by @${request2.actor.login}.` : `> \u274C **Apply failed**; comment \`/plagentic plan ${env}\` to see what is left.`
    );
    await ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
      state: result.ok ? "success" : "failure",
      description: result.ok ? "applied" : "some resources failed"
    });
    await publishStatus(
      ctx,
      env,
      pr.headSha,
      result.ok ? { kind: "applied", summary: `${result.results.length} resource(s) changed` } : { kind: "apply-failed", summary: "some resources failed" }
    );
    await reply(
      ctx,
      pr.number,
      resume ? `${resumedApply(env, result.results.length)}

${outcome.markdown}` : outcome.markdown
    );
    if (!result.ok || rc.config.github.releaseLockOn === "apply") await locks.release(env, pr.number);
    if (result.ok) await recheckDriftAfterApply(ctx, rc, env);
    return { environment: env, ok: result.ok, planHash: record.planHash };
  } catch (e) {
    await settleFailedApply(ctx, pr, current, deploymentId, e);
    await locks.release(env, pr.number).catch((err) => {
      ctx.log.error(`could not release the lock on ${env} after a failed apply: ${String(err)}`);
    });
    if (e instanceof PlagenticError) return { environment: env, ok: false, planHash: record.planHash };
    markReported(e);
    throw e;
  }
}
async function settleFailedApply(ctx, pr, sticky, deploymentId, e) {
  const env = sticky.record.environment;
  const stale = e instanceof StalePlanError || e instanceof ResumeRefusedError;
  const steps = [
    () => updatePlanRecord(ctx, sticky, { ...sticky.record, status: stale ? "stale" : "failed" }, null),
    () => deploymentId === null ? Promise.resolve() : ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
      state: stale ? "failure" : "error",
      description: stale ? "plan is stale" : "apply did not run"
    }),
    () => publishStatus(
      ctx,
      env,
      pr.headSha,
      stale ? { kind: "stale", summary: "live state or spec changed since the plan" } : { kind: "apply-failed", summary: "apply did not run" }
    ),
    () => reply(
      ctx,
      pr.number,
      stale ? planChanged(env) : e instanceof PlagenticError ? `Not applied: ${e.message}` : applyCrashed(env)
    )
  ];
  await everyStep(steps, (err) => ctx.log.error(`while reporting a failed apply of ${env}: ${String(err)}`));
}
async function checkApprovals(ctx, pr, record, requester, match) {
  const reviews = await ctx.gh.listReviews(ctx.repo, pr.number);
  const commits = await ctx.gh.listPullRequestCommits(ctx.repo, pr.number);
  const pushers = /* @__PURE__ */ new Set([record.requester, ...record.pushedBy ?? []]);
  for (const c of commits) {
    if (c.author) pushers.add(c.author);
    if (c.committer) pushers.add(c.committer);
  }
  const requirement = match.requirement;
  const permissions = {};
  for (const user of neededPermissions(reviews))
    permissions[user] = await ctx.gh.getPermission(ctx.repo, user);
  const teamMembership = {};
  if (requirement.teams.length > 0) {
    for (const user of Object.keys(permissions)) {
      teamMembership[user] = {};
      for (const team of requirement.teams) {
        teamMembership[user][team] = await ctx.gh.isTeamMember(ctx.repo.owner, team, user);
      }
    }
  }
  const verdict = evaluateApprovals({
    reviews,
    headSha: pr.headSha,
    requester,
    pushers: [...pushers],
    required: requirement.required,
    permissions,
    requirement: { permission: requirement.permission, teams: requirement.teams },
    teamMembership
  });
  return { verdict, requester };
}

// src/github/drift-accept.ts
var import_yaml2 = __toESM(require_dist(), 1);
function acceptDrift(specText, report) {
  const doc = (0, import_yaml2.parseDocument)(specText);
  const resources = doc.get("resources");
  const accepted = [];
  const leftOut = [];
  const toRemove = [];
  const indexOf = (address) => {
    if (!(0, import_yaml2.isSeq)(resources)) return -1;
    return resources.items.findIndex((item) => {
      if (!(0, import_yaml2.isMap)(item)) return false;
      return `${String(item.get("type"))}.${String(item.get("name"))}` === address;
    });
  };
  const items = [...report.items].sort(
    (a, b) => a.address < b.address ? -1 : a.address > b.address ? 1 : 0
  );
  for (const item of items) {
    if (item.kind === "unmanaged") {
      leftOut.push(`${item.address}: unmanaged; adopt it with \`import_id\` or delete it in the cloud`);
      continue;
    }
    if (/\[\d+\]$/.test(item.address)) {
      leftOut.push(`${item.address}: one instance of a \`count\` cannot be changed on its own`);
      continue;
    }
    const index = indexOf(item.address);
    if (index < 0) {
      leftOut.push(`${item.address}: not found in the spec file`);
      continue;
    }
    if (item.kind === "missing") {
      if (referencedElsewhere(doc, item.address)) {
        leftOut.push(`${item.address}: removed outside Plagentic, but other resources refer to it`);
        continue;
      }
      toRemove.push(index);
      accepted.push(`${item.address}: removed (deleted outside Plagentic)`);
      continue;
    }
    acceptChanged(doc, index, item, accepted, leftOut);
  }
  for (const index of toRemove.sort((a, b) => b - a)) doc.deleteIn(["resources", index]);
  return { text: accepted.length > 0 ? doc.toString() : specText, accepted, leftOut };
}
function acceptChanged(doc, index, item, accepted, leftOut) {
  const def = getResourceType(item.type);
  for (const d of item.differences) {
    const what = `${item.address}: ${d.attribute}`;
    const property = Object.hasOwn(def?.properties ?? {}, d.attribute) ? def.properties[d.attribute] : void 0;
    if (d.attribute === "state" || d.attribute === "tags") {
      leftOut.push(`${what} is not a property the spec sets here`);
    } else if (!property || property.computed || property.file) {
      leftOut.push(`${what} cannot be written in the spec`);
    } else if (property.kind === "ref" || containsRef(d.expected) || containsRef(d.actual)) {
      leftOut.push(`${what} is a reference to another resource`);
    } else if (d.actual === null || d.actual === void 0) {
      if (property.required || property.default !== void 0) {
        leftOut.push(`${what} is unset in the cloud, which the spec cannot say`);
        continue;
      }
      doc.deleteIn(["resources", index, "properties", d.attribute]);
      accepted.push(`${what} ${plain(d.expected)} -> (unset)`);
    } else {
      const path = ["resources", index, "properties", d.attribute];
      const node = doc.getIn(path, true);
      if ((0, import_yaml2.isScalar)(node) && (typeof d.actual !== "object" || d.actual === null)) node.value = d.actual;
      else doc.setIn(path, doc.createNode(d.actual));
      accepted.push(`${what} ${plain(d.expected)} -> ${plain(d.actual)}`);
    }
  }
}
function containsRef(value) {
  if (isRef(value)) return true;
  if (Array.isArray(value)) return value.some(containsRef);
  if (typeof value === "object" && value !== null) return Object.values(value).some(containsRef);
  return false;
}
function referencedElsewhere(doc, address) {
  const data = doc.toJS();
  const prefix = `ref(${address}`;
  const refers = (v) => typeof v === "string" ? v === `${prefix})` || v.startsWith(`${prefix}[`) && isRef(v) : Array.isArray(v) ? v.some(refers) : typeof v === "object" && v !== null && Object.values(v).some(refers);
  return (data?.resources ?? []).some((r) => refers(r?.properties));
}
function plain(value) {
  return typeof value === "string" && /^[A-Za-z0-9._:/-]{1,100}$/.test(value) ? value : formatInline(value);
}

// src/github/review-gate.ts
async function reviewGate(ctx, rc, pr, record) {
  const intent = await planIntent(ctx, pr, record);
  if (!intent.ok) return { ok: false, reason: intent.reason, summary: `cannot be applied: ${intent.reason}` };
  if (intent.destroy !== record.destroy) {
    const reason = "the command that asked for the plan changed";
    return { ok: false, reason, summary: `cannot be applied: ${reason}` };
  }
  const needs = requirementForRecord(rc.config, record);
  if (!needs.ok) return { ok: false, reason: needs.reason, summary: `cannot be applied: ${needs.reason}` };
  const { verdict } = await checkApprovals(ctx, pr, record, intent.requester, needs.match);
  const summary = approvalStatusSummary(verdict, needs.match);
  if (!verdict.satisfied) {
    const unmet = unmetRuleApprovals(verdict, needs.match, intent.requester, pr.headSha);
    return { ok: false, reason: `it was not approved: ${unmet.join("; ")}`, summary };
  }
  const approvers = verdict.approvedBy.map((login) => ({ login, type: "User" }));
  for (const actor of approvers) {
    const access = await authorizeActor(ctx, rc, {
      verb: "apply",
      environment: record.environment,
      actor,
      pr
    });
    if (!access.ok)
      return { ok: false, reason: access.reason, summary: `cannot be applied: ${access.reason}` };
  }
  return { ok: true, destroy: intent.destroy, approvers, summary };
}

// src/github/merge-checks.ts
var MAX_ENVIRONMENTS = 50;
async function publishUnplannedChecks(ctx, number) {
  const rc = await repoConfigOf(ctx);
  if (rc.config.approvals.applyOn !== "merge") return [];
  const pr = await ctx.gh.getPullRequest(ctx.repo, number);
  if (pr.state !== "open") return [];
  if (ctx.mode === "action" && isFork(ctx, pr)) return [];
  const planned = new Set(
    (await readPlanRecords(ctx, number)).filter((s) => s.record.status !== "discarded").map((s) => s.record.environment)
  );
  const names = /* @__PURE__ */ new Set([
    ...await listRepoEnvironments(ctx.gh, ctx.repo, rc, pr.baseRef),
    ...await listRepoEnvironments(ctx.gh, ctx.repo, rc, pr.headSha)
  ]);
  const unplanned = [...names].filter((n) => ENVIRONMENT_PATTERN.test(n) && !planned.has(n)).sort().slice(0, MAX_ENVIRONMENTS);
  for (const name of unplanned) {
    const head = await readRepoSpec(ctx.gh, ctx.repo, rc, name, pr.headSha);
    const base = await readRepoSpec(ctx.gh, ctx.repo, rc, name, pr.baseRef);
    if (head !== null && head.text !== base?.text)
      await publishStatus(ctx, name, pr.headSha, {
        kind: "awaiting-approval",
        summary: `this pull request changes the spec; comment ${commandHint("plan", name)}, then get the plan approved`,
        canApply: false
      });
    else
      await publishStatus(ctx, name, pr.headSha, {
        kind: "no-changes",
        summary: head === null ? "this pull request removes the spec; merging applies nothing (its resources stay)" : "this pull request does not change the spec"
      });
  }
  return unplanned;
}
async function refreshMergeChecks(ctx, number) {
  const rc = await repoConfigOf(ctx);
  if (rc.config.approvals.applyOn !== "merge") return [];
  const pr = await ctx.gh.getPullRequest(ctx.repo, number);
  if (pr.state !== "open" || ctx.mode === "action" && isFork(ctx, pr)) return [];
  const updated = [];
  for (const { record } of await readPlanRecords(ctx, number)) {
    if (record.status !== "planned" || !record.hasChanges || record.headSha !== pr.headSha) continue;
    const review = await reviewGate(ctx, rc, pr, record);
    await publishStatus(
      ctx,
      record.environment,
      pr.headSha,
      review.ok ? { kind: "approved", summary: `${review.summary}; applies when the pull request merges` } : { kind: "awaiting-approval", summary: review.summary, canApply: false }
    );
    updated.push(record.environment);
  }
  return updated;
}

// src/github/plan-flow.ts
async function planOnPullRequest(ctx, request2) {
  const rc = await repoConfigOf(ctx);
  const pr = await ctx.gh.getPullRequest(ctx.repo, request2.number);
  if (isFork(ctx, pr) && !rc.config.github.allowForkPlans) {
    await reply(
      ctx,
      request2.number,
      "This pull request comes from a fork, and planning fork pull requests is turned off (`github.allow_fork_plans` in config.yaml on the default branch). Fork pull requests never apply."
    );
    return null;
  }
  const verb = request2.destroy ? "destroy" : "plan";
  const name = await resolveEnvironmentName(
    ctx,
    rc,
    pr.headSha,
    request2.environment,
    request2.number,
    `/plagentic ${verb} <environment>`
  );
  if (!name) return null;
  const spec = await readPlanSpec(ctx, rc, name, pr);
  if (!spec)
    throw new NotFoundError(
      "environment",
      name,
      await listRepoEnvironments(ctx.gh, ctx.repo, rc, pr.headSha)
    );
  const locks = createLocks(ctx.gh, ctx.repo);
  const lock = await locks.acquire(name, holderFor(pr, name, request2.requester, ctx.now()));
  if (!lock.acquired) {
    await reply(ctx, request2.number, lockHeld(name, { number: lock.heldBy.pr, url: lock.heldBy.url }));
    return null;
  }
  let plan;
  let parts;
  let comment;
  let held;
  try {
    const job = {
      config: rc.config,
      cwd: ctx.workDir,
      env: ctx.env,
      repository: repositoryOf(ctx),
      spec: { name, file: spec.file, text: spec.text },
      commit: pr.headSha,
      destroy: request2.destroy,
      markdown: {
        title: `Plagentic ${request2.destroy ? "destroy plan" : "plan"} for \`${name}\``,
        nextStep: nextSteps(rc, name),
        limit: PLAN_BODY_LIMIT,
        unfolded: request2.verbose ?? false,
        ...spec.preview && previewMarkdown(rc, spec.preview)
      }
    };
    ({ plan, markdown: parts } = await withRepositoryFiles(
      ctx.gh,
      ctx.repo,
      pr.headSha,
      job,
      (j) => runnerOf(ctx).plan(j)
    ));
    held = spec.preview ? previewHold(rc, spec.preview, plan, request2.destroy) : null;
    if (held !== null) parts = [`${parts[0] ?? ""}

${held}`, ...parts.slice(1)];
    const record = {
      v: 2,
      environment: name,
      planHash: plan.hash,
      headSha: pr.headSha,
      requester: request2.requester,
      commandCommentId: request2.commandCommentId,
      destroy: request2.destroy,
      status: plan.policy.verdict === "fail" || held !== null ? "blocked" : "planned",
      createdAt: ctx.now().toISOString(),
      policy: plan.policy.verdict,
      hasChanges: plan.hasChanges,
      facts: toRecordFacts(plan.facts),
      ...request2.pushedBy?.length && { pushedBy: [...new Set(request2.pushedBy)].slice(-100) }
    };
    comment = await upsertPlanComments(ctx, request2.number, name, parts, record);
    if (plan.hasChanges)
      await ctx.approvedChanges?.put(
        { repository: repositoryOf(ctx), environment: name, planHash: plan.hash },
        plan.fingerprints
      );
  } catch (e) {
    await releaseAfterFailure(ctx, name, request2.number, e);
    markReported(e);
    throw e;
  }
  const summary = `${plan.summary.add} to add, ${plan.summary.change} to change, ${plan.summary.destroy} to destroy`;
  await publishStatus(
    ctx,
    name,
    pr.headSha,
    plan.policy.verdict === "fail" || held !== null ? {
      kind: "policy-failed",
      summary: `${summary}; ${held !== null ? "over the preview cost cap" : "policy failed"}`
    } : !plan.hasChanges ? { kind: "no-changes", summary: "the environment matches the spec" } : {
      kind: "awaiting-approval",
      summary: plannedStatusSummary(rc.config, name, summary, plan.facts),
      canApply: false
    },
    parts[0]
  );
  if (plan.hasChanges && plan.policy.verdict !== "fail") await refreshMergeChecks(ctx, request2.number);
  ctx.log.info(`planned ${name} on #${request2.number}: ${plan.hash.slice(0, 12)}`);
  return {
    environment: name,
    planHash: plan.hash,
    hasChanges: plan.hasChanges,
    monthlyDelta: plan.cost.monthlyDelta,
    verdict: plan.policy.verdict,
    commentUrl: comment.htmlUrl,
    ...held !== null && { held }
  };
}
function nextSteps(rc, environment) {
  const approvals = "{approvals}, none of them from the requester or anyone who pushed to this pull request,";
  return {
    policyFailed: `**Policy failed**, so this plan cannot be applied. Fix the spec, push, and comment \`/plagentic plan ${environment}\`.`,
    noChanges: "Nothing to apply.",
    unsupported: "The {provider} provider cannot apply {types} yet, so this plan cannot be applied.",
    ready: rc.config.approvals.applyOn === "approval" ? `To apply exactly this plan: get ${approvals} on this commit; Plagentic applies when the PR is approved. Or, once approved, comment \`/plagentic apply ${environment}\`.` : rc.config.approvals.applyOn === "merge" ? `To apply exactly this plan: get ${approvals} on this commit, then merge; Plagentic applies it when the PR merges.` : `To apply exactly this plan: get ${approvals} on this commit, then comment \`/plagentic apply ${environment}\`.`
  };
}
async function releaseAfterFailure(ctx, name, number, e) {
  try {
    await createLocks(ctx.gh, ctx.repo).release(name, number);
    await discardPlans(ctx, number, name, "> \u274C Planning again failed, so this plan was discarded.");
  } catch (err) {
    ctx.log.error(`could not release the lock on ${name} after a failed plan: ${String(err)}`);
  }
  try {
    await reply(ctx, number, planCrashed(name, e instanceof PlagenticError ? e.message : null));
  } catch (err) {
    ctx.log.error(`could not report a failed plan of ${name}: ${String(err)}`);
  }
}

// src/github/drift-fix.ts
async function fixDrift(ctx, request2) {
  const say = (text) => reply(ctx, request2.number, text);
  if (request2.isPullRequest) {
    await say("`/plagentic fix` works on a drift issue Plagentic opened; comment it there.");
    return {};
  }
  const env = driftIssueEnvironment(ctx, await ctx.gh.getIssue(ctx.repo, request2.number));
  if (env === null) {
    await say(
      "`/plagentic fix` works only on a drift issue Plagentic opened (titled `Drift in <environment>`)."
    );
    return {};
  }
  if (request2.environment !== void 0 && request2.environment !== env) {
    await say(
      `This issue is about drift in ${code(env)}; comment ${code(`/plagentic fix ${env}`)} or ${code("/plagentic fix")}.`
    );
    return {};
  }
  const rc = await repoConfigOf(ctx);
  if (request2.environment === void 0) {
    const verdict = await authorizeActor(ctx, rc, { verb: "fix", environment: env, actor: request2.actor });
    if (!verdict.ok) {
      if (!verdict.ignore) await say(refusal(verdict.reason, verdict.hint));
      return { note: verdict.reason };
    }
  }
  const check = await checkDrift(ctx, rc, env);
  if (!check || check.report.items.length === 0) {
    if (check) await syncDriftIssue(ctx, check);
    await say(`There is no drift in ${code(env)} now, so there is nothing to fix.`);
    return {};
  }
  await syncDriftIssue(ctx, check);
  const accept = await openAccept(ctx, rc, request2, check);
  if ("plan" in accept && accept.plan && !accept.plan.hasChanges)
    await createLocks(ctx.gh, ctx.repo).release(env, accept.number);
  const revert = await openRevert(ctx, rc, request2, check);
  await say(
    [
      `Two ways to fix the drift in ${code(env)}, each planned on its pull request and applied only after approval by someone other than @${request2.actor.login}:`,
      "",
      `- **Revert** (make the cloud match the spec again): ${describe2(revert)}`,
      `- **Accept** (make the spec match the cloud): ${describe2(accept)}`,
      "",
      "Apply or merge one and close the other; the next drift check closes this issue."
    ].join("\n")
  );
  const plans = [revert, accept].flatMap((o) => "plan" in o && o.plan ? [o.plan] : []);
  return { plans };
}
function describe2(o) {
  if ("exists" in o) return o.exists;
  if ("none" in o) return o.none;
  return o.htmlUrl;
}
function branchName(kind, env, issue) {
  return `plagentic/drift-${kind}-${env}-${issue}`;
}
async function createBranch(ctx, branch, sha) {
  if (await ctx.gh.createRef(ctx.repo, `refs/heads/${branch}`, sha)) return null;
  return `already opened on the branch ${code(branch)}; close its pull request and delete the branch to fix again`;
}
async function openRevert(ctx, rc, request2, check) {
  const env = check.report.environment;
  const base = check.spec.sha;
  const { tree } = await ctx.gh.getCommit(ctx.repo, base);
  const commit = await ctx.gh.createCommit(ctx.repo, {
    message: `Revert drift in ${env}

Re-applies ${check.spec.file} as it is on ${rc.defaultBranch} (#${request2.number}).`,
    tree,
    parents: [base]
  });
  const branch = branchName("revert", env, request2.number);
  const exists = await createBranch(ctx, branch, commit);
  if (exists) return { exists };
  return openAndPlan(ctx, rc, request2, branch, env, {
    title: `Revert drift in ${env}`,
    body: `Reverts the drift reported in #${request2.number}: this branch changes nothing in the repository, so its plan re-applies \`${check.spec.file}\` and brings the cloud back to the spec (a deleted resource is re-created).

Asked for by @${request2.actor.login}; their own approval does not count.`
  });
}
async function openAccept(ctx, rc, request2, check) {
  const env = check.report.environment;
  const result = acceptDrift(check.spec.text, check.report);
  const leftOut = result.leftOut.map((l) => `- ${capLine(l, 300)}`);
  if (result.accepted.length === 0)
    return {
      none: `not opened: nothing here can be written in the spec.
${leftOut.map((l) => `  ${codeLine(l)}`).join("\n")}`
    };
  try {
    checkedEnvironment(result.text, check.spec.file, env, rc.config.limits);
  } catch (e) {
    if (!(e instanceof PlagenticError)) throw e;
    return {
      none: `not opened: the edited spec would not be valid (${code(e.message.replace(/\s+/g, " "))}).`
    };
  }
  const branch = branchName("accept", env, request2.number);
  const exists = await createBranch(ctx, branch, check.spec.sha);
  if (exists) return { exists };
  const accepted = result.accepted.map((l) => `- ${capLine(l, 300)}`);
  const sha = await ctx.gh.getFileSha(ctx.repo, check.spec.file, branch);
  await ctx.gh.putFile(ctx.repo, {
    path: check.spec.file,
    branch,
    content: result.text,
    message: [`Accept drift in ${env}`, "", ...accepted].join("\n"),
    ...sha && { sha }
  });
  const resources = [...new Set(check.report.items.map((i) => baseAddress(i.address)))];
  return openAndPlan(ctx, rc, request2, branch, env, {
    title: `Accept drift in ${env}`,
    body: neutralize(
      [
        `Accepts the drift reported in #${request2.number}: \`${check.spec.file}\` is edited to match what the cloud has (${resources.length} resource(s)), so its plan shows no change for these:`,
        "",
        ...accepted.map(codeLine),
        ...leftOut.length > 0 ? [
          "",
          "Left out, because a spec edit cannot express them (the plan still shows them):",
          "",
          ...leftOut.map(codeLine)
        ] : [],
        "",
        `Asked for by @${request2.actor.login}; their own approval does not count.`
      ].join("\n")
    )
  });
}
function codeLine(line) {
  return `- ${code(line.slice(2).replace(/\s+/g, " "))}`;
}
async function openAndPlan(ctx, rc, request2, branch, env, text) {
  const pr = await ctx.gh.createPullRequest(ctx.repo, { ...text, head: branch, base: rc.defaultBranch });
  const plan = await planOnPullRequest(ctx, {
    number: pr.number,
    environment: env,
    requester: request2.actor.login,
    commandCommentId: null,
    destroy: false
  });
  return { number: pr.number, htmlUrl: pr.htmlUrl, plan };
}

// src/github/issue-request.ts
var import_yaml3 = __toESM(require_dist(), 1);
function parseStructuredRequest(body) {
  const sections = /* @__PURE__ */ new Map();
  let current = null;
  const lines = [];
  const flush = () => {
    if (current !== null) sections.set(current, lines.join("\n").trim());
    lines.length = 0;
  };
  for (const line of body.replace(/\r\n/g, "\n").split("\n")) {
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    if (heading) {
      flush();
      current = heading[1].toLowerCase();
    } else if (current !== null) lines.push(line);
  }
  flush();
  const environment = sections.get("environment")?.trim();
  const resources = sections.get("resources");
  if (!environment || !resources || environment === "_No response_") return null;
  const fenced2 = /```(?:ya?ml)?\n([\s\S]*?)```/.exec(resources);
  const summary = sections.get("summary") ?? sections.get("why");
  return {
    environment: environment.split(/\s+/)[0].toLowerCase(),
    resourcesYaml: (fenced2 ? fenced2[1] : resources).trim() + "\n",
    ...summary && summary !== "_No response_" && { summary }
  };
}
function mergeResources(specText, resourcesYaml) {
  const doc = (0, import_yaml3.parseDocument)(specText);
  const request2 = (0, import_yaml3.parseDocument)(resourcesYaml);
  if (request2.errors.length > 0)
    throw new Error(`the resources are not valid YAML: ${request2.errors[0].message.split("\n")[0]}`);
  if (!(0, import_yaml3.isSeq)(request2.contents))
    throw new Error("the resources must be a YAML list of { type, name, properties }");
  let list = doc.get("resources", true);
  if (!(0, import_yaml3.isSeq)(list)) {
    doc.set("resources", doc.createNode([]));
    list = doc.get("resources", true);
  }
  if (!(0, import_yaml3.isSeq)(list)) throw new Error("the spec's resources are not a list");
  for (const item of request2.contents.items) {
    if (!(0, import_yaml3.isMap)(item)) throw new Error("each resource must be a mapping with type, name and properties");
    const type = String(item.get("type") ?? "");
    const name = String(item.get("name") ?? "");
    const index = list.items.findIndex((r) => (0, import_yaml3.isMap)(r) && r.get("type") === type && r.get("name") === name);
    const node = doc.createNode(item.toJSON());
    if (index >= 0) list.items[index] = node;
    else list.items.push(node);
  }
  return doc.toString();
}

// src/github/issue-flow.ts
async function handleChangeRequest(ctx, request2, proposePlainWords) {
  const rc = await repoConfigOf(ctx);
  const ref = request2.pullRequest ? (await ctx.gh.getPullRequest(ctx.repo, request2.issue)).headSha : rc.defaultBranch;
  request2 = { ...request2, specRef: ref };
  let edit;
  const structured = parseStructuredRequest(request2.text);
  if (structured) {
    const file2 = await specPath(ctx, rc, structured.environment, ref);
    if (!file2) return null;
    const current = await ctx.gh.getFile(ctx.repo, file2, ref) ?? "";
    let after;
    try {
      after = mergeResources(current, structured.resourcesYaml);
    } catch (e) {
      await reply(ctx, request2.issue, `I could not use this request: ${e.message}.`);
      return null;
    }
    edit = { environment: structured.environment, after, explanation: structured.summary ?? request2.title };
  } else if (proposePlainWords) {
    const proposed = await proposePlainWords(ctx, rc, request2);
    if ("refused" in proposed) {
      await reply(ctx, request2.issue, proposed.refused);
      return null;
    }
    edit = proposed;
  } else {
    await reply(
      ctx,
      request2.issue,
      "A request in plain words needs a model, and none is configured (see `models:` in config.yaml, or the Action's `openai-api-key` input). Without a model, use the change-request form: a `### Environment` section naming the environment and a `### Resources` section with a YAML list of resources."
    );
    return null;
  }
  const file = await specPath(ctx, rc, edit.environment, ref);
  if (!file) return null;
  try {
    checkedEnvironment(edit.after, file, edit.environment, rc.config.limits);
  } catch (e) {
    if (!(e instanceof PlagenticError)) throw e;
    await reply(
      ctx,
      request2.issue,
      `The requested change does not make a valid spec:

${fenced(e.message)}`
    );
    return null;
  }
  if (request2.pullRequest) return commitToPullRequest(ctx, rc, request2, edit, file);
  const branch = `plagentic/issue-${request2.issue}-${edit.environment}-${ctx.now().getTime().toString(36)}`;
  const base = await ctx.gh.getRef(ctx.repo, `heads/${rc.defaultBranch}`);
  if (!base) throw new Error(`the default branch ${rc.defaultBranch} has no head`);
  if (!await ctx.gh.createRef(ctx.repo, `refs/heads/${branch}`, base)) {
    await reply(
      ctx,
      request2.issue,
      `The branch \`${branch}\` already exists, and Plagentic only proposes changes on a branch it created itself. Nothing was changed; add the label again to retry.`
    );
    return null;
  }
  const sha = await ctx.gh.getFileSha(ctx.repo, file, branch);
  await ctx.gh.putFile(ctx.repo, {
    path: file,
    branch,
    content: edit.after,
    message: `plagentic: ${request2.title} (#${request2.issue})`,
    ...sha && { sha }
  });
  const pr = await ctx.gh.createPullRequest(ctx.repo, {
    title: neutralize(`plagentic: ${request2.title}`).slice(0, 250),
    body: `Closes #${request2.issue}

Requested by @${request2.author} in #${request2.issue}: ${neutralize(edit.explanation)}

This pull request changes \`${file}\`. Plagentic posts the plan below; it applies once the pull request is approved.`,
    head: branch,
    base: rc.defaultBranch
  });
  const plan = await planOnPullRequest(ctx, {
    number: pr.number,
    environment: edit.environment,
    requester: request2.author,
    commandCommentId: null,
    destroy: false
  });
  await reply(
    ctx,
    request2.issue,
    `Opened ${pr.htmlUrl} with the change to \`${edit.environment}\`; the plan is posted there.`
  );
  return { pr: pr.number, plan };
}
async function commitToPullRequest(ctx, rc, request2, edit, file) {
  const pr = await ctx.gh.getPullRequest(ctx.repo, request2.issue);
  if (isFork(ctx, pr)) {
    await reply(ctx, pr.number, "Plagentic does not push to forks; make this request on an issue instead.");
    return null;
  }
  const sha = await ctx.gh.getFileSha(ctx.repo, file, pr.headRef);
  await ctx.gh.putFile(ctx.repo, {
    path: file,
    branch: pr.headRef,
    content: edit.after,
    message: `plagentic: ${edit.explanation.split("\n")[0].slice(0, 72)}`,
    ...sha && { sha }
  });
  const plan = await planOnPullRequest(ctx, {
    number: pr.number,
    environment: edit.environment,
    requester: request2.author,
    commandCommentId: request2.pullRequest?.commentId ?? null,
    destroy: false
  });
  return { pr: pr.number, plan };
}
async function specPath(ctx, rc, environment, ref) {
  const names = await listRepoEnvironments(ctx.gh, ctx.repo, rc, ref);
  if (!names.includes(environment)) {
    throw new PlagenticError(
      `unknown environment "${environment}"; valid environments: ${names.join(", ") || "(none)"}`
    );
  }
  return (await readRepoSpec(ctx.gh, ctx.repo, rc, environment, ref))?.file ?? null;
}
function fenced(text) {
  const lines = text.split("\n");
  const fence = fenceFor(lines);
  return [fence, ...lines, fence].join("\n");
}

// src/github/merge-apply-run.ts
async function runMergeApply(ctx, rc, input) {
  const { pr, mergeCommitSha, sticky } = input;
  const { record } = sticky;
  const env = record.environment;
  const short2 = record.planHash.slice(0, 12);
  const current = await updatePlanRecord(ctx, sticky, { ...record, status: "applying" }, null);
  let deploymentId = null;
  try {
    await publishStatus(ctx, env, pr.headSha, { kind: "applying", summary: `applying ${short2} after merge` });
    deploymentId = (await ctx.gh.createDeployment(ctx.repo, {
      ref: mergeCommitSha,
      environment: env,
      description: `Plagentic plan ${short2}`,
      payload: { planHash: record.planHash, pr: pr.number }
    })).id;
    await ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
      state: "in_progress",
      description: "applying"
    });
    const spec = await readRepoSpec(ctx.gh, ctx.repo, rc, env, mergeCommitSha);
    if (!spec) throw new PlagenticError(`the spec of ${env} is not in the merge commit`);
    const job = {
      config: rc.config,
      cwd: ctx.workDir,
      env: ctx.env,
      repository: repositoryOf(ctx),
      spec: { name: env, file: spec.file, text: spec.text },
      // The commit the approved plan was made for: see the note at the top of this file.
      commit: record.headSha,
      destroy: input.destroy,
      expectedHash: record.planHash,
      actor: input.actor,
      ...ctx.deliveryId !== void 0 && { attempt: `delivery:${ctx.deliveryId}` }
    };
    const { result, markdown } = await withRepositoryFiles(
      ctx.gh,
      ctx.repo,
      mergeCommitSha,
      job,
      (j) => runnerOf(ctx).apply(j)
    );
    const outcome = { environment: env, ok: result.ok, planHash: record.planHash };
    if (result.ok) {
      await updatePlanRecord(
        ctx,
        current,
        { ...record, status: "applied" },
        appliedOnMergeBanner(mergeCommitSha)
      );
      await ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
        state: "success",
        description: "applied"
      });
      await publishStatus(ctx, env, pr.headSha, {
        kind: "applied",
        summary: `${result.results.length} resource(s) changed`
      });
      await reply(ctx, pr.number, markdown);
      return { outcome, keepLock: false };
    }
    const issue = await openFailureIssue(ctx, input, markdown);
    await updatePlanRecord(ctx, current, { ...record, status: "failed" }, failedOnMergeBanner(issue));
    await ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
      state: "failure",
      description: "some resources failed"
    });
    await publishStatus(ctx, env, pr.headSha, { kind: "apply-failed", summary: "some resources failed" });
    await reply(ctx, pr.number, `${failedOnMergeReply(env, issue)}

${markdown}`);
    return { outcome, keepLock: true };
  } catch (e) {
    const refused = e instanceof PlagenticError;
    const reason = e instanceof StalePlanError ? "the plan made from the merge commit is not the approved one (the spec, its files, the config or the live cloud changed)" : e instanceof PlagenticError ? e.message : "an unexpected error (the log has the details)";
    await settle(ctx, input, current, deploymentId, refused, reason);
    if (refused)
      return { outcome: { environment: env, ok: false, planHash: record.planHash }, keepLock: false };
    markReported(e);
    throw e;
  }
}
async function reportInterrupted(ctx, input) {
  await settle(
    ctx,
    input,
    input.sticky,
    null,
    false,
    "it was interrupted before it finished (the process applying it stopped)"
  );
}
async function openFailureIssue(ctx, input, result) {
  const env = input.sticky.record.environment;
  try {
    const issue = await ctx.gh.createIssue(ctx.repo, {
      title: failedIssueTitle(env, input.pr.number),
      // The result quotes the cloud's error messages: no line of it may read as a marker or command.
      body: neutralize(
        failedIssueBody({
          environment: env,
          pr: input.pr.number,
          planHash: input.sticky.record.planHash,
          mergeCommitSha: input.mergeCommitSha,
          result
        })
      )
    });
    return issue.number;
  } catch (err) {
    ctx.log.error(`could not open an issue for the failed apply of ${env}: ${String(err)}`);
    return null;
  }
}
async function settle(ctx, input, sticky, deploymentId, refused, reason) {
  const env = sticky.record.environment;
  const issue = refused ? null : await openFailureIssue(ctx, input, `Not applied to the end: ${reason}.`);
  const steps = [
    () => updatePlanRecord(
      ctx,
      sticky,
      { ...sticky.record, status: refused ? "stale" : "failed" },
      refused ? notAppliedBanner(reason) : failedOnMergeBanner(issue)
    ),
    () => deploymentId === null ? Promise.resolve() : ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
      state: refused ? "failure" : "error",
      description: refused ? "not applied" : "apply did not finish"
    }),
    () => publishStatus(ctx, env, input.pr.headSha, {
      kind: "apply-failed",
      summary: refused ? `not applied: ${reason}` : "apply did not finish"
    }),
    () => reply(ctx, input.pr.number, refused ? notAppliedOnMerge(env, reason) : failedOnMergeReply(env, issue))
  ];
  await everyStep(
    steps,
    (err) => ctx.log.error(`while reporting the apply of ${env} on merge: ${String(err)}`)
  );
}

// src/github/merge-apply.ts
async function applyOnMerge(ctx, number, merger) {
  const none = { applies: [], keepLocked: [] };
  const rc = await repoConfigOf(ctx);
  if (rc.config.approvals.applyOn !== "merge") return none;
  const pr = await ctx.gh.getPullRequest(ctx.repo, number);
  if (!pr.merged || pr.mergeCommitSha === null) return none;
  const stickies = await readPlanRecords(ctx, number);
  const merged = { pr, mergeCommitSha: pr.mergeCommitSha, merger };
  const out = { applies: [], keepLocked: [] };
  for (const sticky of stickies) {
    const { record } = sticky;
    if (record.status === "applying") {
      await reportInterrupted(ctx, {
        pr,
        mergeCommitSha: merged.mergeCommitSha,
        sticky,
        destroy: record.destroy,
        actor: record.requester
      });
      out.keepLocked.push(record.environment);
      continue;
    }
    if (record.status === "failed") out.keepLocked.push(record.environment);
    if (["applied", "failed", "discarded"].includes(record.status)) {
      ctx.log.info(`plan for ${record.environment} on #${number} is ${record.status}; not applied on merge`);
      continue;
    }
    if (record.status === "planned" && !record.hasChanges && record.headSha === pr.headSha) continue;
    const gate = await gateOf(ctx, rc, merged, sticky);
    if (!gate.ok) {
      await refuse2(ctx, merged, sticky, gate.reason);
      continue;
    }
    const done2 = await runMergeApply(ctx, rc, {
      pr,
      mergeCommitSha: merged.mergeCommitSha,
      sticky,
      destroy: gate.destroy,
      actor: merger?.login ?? record.requester
    });
    out.applies.push(done2.outcome);
    if (done2.keepLock) out.keepLocked.push(record.environment);
  }
  return out;
}
async function gateOf(ctx, rc, m, sticky) {
  const { record } = sticky;
  const env = record.environment;
  const { pr } = m;
  if (pr.baseRef !== rc.defaultBranch)
    return { ok: false, reason: `it was merged into ${pr.baseRef}, not the default branch` };
  if (isFork(ctx, pr)) return { ok: false, reason: "pull requests from forks never apply" };
  if (record.status === "blocked" || record.policy === "fail")
    return { ok: false, reason: "the plan fails policy" };
  if (record.status !== "planned" || record.headSha !== pr.headSha)
    return {
      ok: false,
      reason: `the plan is stale: it was made for ${record.headSha.slice(0, 7)}, and the pull request merged at ${pr.headSha.slice(0, 7)}`
    };
  const review = await reviewGate(ctx, rc, pr, record);
  if (!review.ok) return { ok: false, reason: review.reason };
  if (review.approvers.length === 0) {
    if (!m.merger) return { ok: false, reason: "nobody approved it, and who merged is unknown" };
    const access = await authorizeActor(ctx, rc, { verb: "apply", environment: env, actor: m.merger, pr });
    if (!access.ok) return { ok: false, reason: access.reason };
  }
  const held = await createLocks(ctx.gh, ctx.repo).acquire(
    env,
    holderFor(pr, env, record.requester, ctx.now())
  );
  if (!held.acquired) return { ok: false, reason: `${env} is locked by #${held.heldBy.pr}` };
  return { ok: true, destroy: review.destroy };
}
async function refuse2(ctx, m, sticky, reason) {
  const env = sticky.record.environment;
  ctx.log.info(`not applying ${env} on merge of #${m.pr.number}: ${reason}`);
  await updatePlanRecord(ctx, sticky, { ...sticky.record, status: "discarded" }, notAppliedBanner(reason));
  await publishStatus(ctx, env, m.pr.headSha, { kind: "apply-failed", summary: `not applied: ${reason}` });
  await reply(ctx, m.pr.number, notAppliedOnMerge(env, reason));
}

// src/github/preview-destroy.ts
async function destroyPullRequestPreviews(ctx, number) {
  const { entries } = await createPreviewRegistry(ctx.gh, ctx.repo).list();
  const mine = entries.filter((e) => e.pr === number);
  if (mine.length === 0) return [];
  const rc = await repoConfigOf(ctx);
  const pr = await ctx.gh.getPullRequest(ctx.repo, number);
  const out = [];
  for (const entry of mine)
    out.push((await destroyPreview(ctx, rc, entry, pr, pr.merged ? "merged" : "closed")).line);
  return out;
}
var expiredPreviewsTask = {
  name: "expired previews",
  async run(ctx) {
    const { entries, malformed } = await createPreviewRegistry(ctx.gh, ctx.repo).list();
    for (const ref of malformed) ctx.log.warn(`ignoring ${ref}: not a preview entry Plagentic wrote`);
    const outcome = { summary: [] };
    const failures = [];
    const now = ctx.now().getTime();
    let rc;
    for (const entry of entries) {
      const pr = await ctx.gh.getPullRequest(ctx.repo, entry.pr);
      const expired = entry.expiresAt !== null && Date.parse(entry.expiresAt) <= now;
      const end = pr.state !== "open" ? "pr-gone" : expired ? "expired" : null;
      if (end === null) continue;
      rc ??= await repoConfigOf(ctx);
      const result = await destroyPreview(ctx, rc, entry, pr, end);
      outcome.summary.push(result.line);
      if (!result.ok) failures.push(result.line);
    }
    if (failures.length > 0) outcome.failed = failures.join("; ");
    return outcome;
  }
};
async function destroyPreview(ctx, rc, entry, pr, end) {
  const fail = async (reason) => {
    ctx.log.error(`destroying preview ${entry.name} of #${entry.pr} failed: ${reason}`);
    await reply(ctx, entry.pr, previewDestroyFailed(entry.name, end, reason));
    return { ok: false, line: `Destroying preview \`${entry.name}\` failed: ${reason}` };
  };
  const locks = createLocks(ctx.gh, ctx.repo);
  try {
    if ((await listRepoEnvironments(ctx.gh, ctx.repo, rc, rc.defaultBranch)).includes(entry.name))
      return await fail(
        `an environment spec named \`${entry.name}\` exists, so it is not destroyed as a preview`
      );
    const parent = await readRepoSpec(ctx.gh, ctx.repo, rc, entry.parent, entry.headSha);
    if (parent === null)
      return await fail(`the spec of \`${entry.parent}\` is not at ${entry.headSha.slice(0, 7)}`);
    const spec = derivePreviewSpec({ name: entry.parent, ...parent }, entry.pr, rc.config.limits);
    const lock = await locks.acquire(
      entry.name,
      holderFor({ ...pr, number: entry.pr, headSha: entry.headSha }, entry.name, ctx.botLogin, ctx.now())
    );
    if (!lock.acquired) return await fail(`\`${entry.name}\` is locked by #${lock.heldBy.pr}`);
    const job = {
      config: rc.config,
      cwd: ctx.workDir,
      env: ctx.env,
      repository: repositoryOf(ctx),
      spec: { name: spec.name, file: spec.file, text: spec.text },
      commit: entry.headSha,
      destroy: true
    };
    const run = (fn) => withRepositoryFiles(ctx.gh, ctx.repo, entry.headSha, job, fn);
    const { plan } = await run((j) => runnerOf(ctx).plan(j));
    if (plan.policy.verdict === "fail") return await fail("policy refuses this destroy");
    let markdown = null;
    if (plan.hasChanges) {
      const applied = await run(
        (j) => runnerOf(ctx).apply({ ...j, expectedHash: plan.hash, actor: ctx.botLogin })
      );
      if (!applied.result.ok) return await fail(`some resources were not destroyed

${applied.markdown}`);
      markdown = applied.markdown;
    }
    await createPreviewRegistry(ctx.gh, ctx.repo).remove(entry.name);
    await discardPlans(
      ctx,
      entry.pr,
      entry.name,
      `> \u{1F9F9} Preview \`${entry.name}\` was destroyed; this plan was discarded.`
    );
    await locks.release(entry.name, entry.pr);
    await reply(ctx, entry.pr, previewDestroyed(entry.name, end, markdown));
    return { ok: true, line: `Destroyed preview \`${entry.name}\` of #${entry.pr}.` };
  } catch (e) {
    if (!(e instanceof PlagenticError)) ctx.log.error(`destroying preview ${entry.name}: ${String(e)}`);
    return await fail(e instanceof PlagenticError ? e.message : "an internal error (see the logs)");
  }
}

// src/github/lifecycle.ts
async function onPullRequestPushed(ctx, number, headSha, pusher) {
  const stickies = await readPlanRecords(ctx, number);
  const live = stickies.filter(
    (s) => s.record.headSha !== headSha && (s.record.status === "planned" || s.record.status === "blocked")
  );
  for (const sticky of live) {
    const env = sticky.record.environment;
    await updatePlanRecord(ctx, sticky, { ...sticky.record, status: "stale" }, staleBanner(headSha));
    await publishStatus(ctx, env, headSha, {
      kind: "stale",
      summary: `plan was made for ${sticky.record.headSha.slice(0, 7)}; plan again`
    });
  }
  if (live.length === 0) return [];
  const rc = await repoConfigOf(ctx);
  if (!rc.config.github.autoplan) return [];
  const outcomes = [];
  const pr = await ctx.gh.getPullRequest(ctx.repo, number);
  for (const sticky of live) {
    const intent = await planIntent(ctx, pr, sticky.record);
    if (!intent.ok) continue;
    const outcome = await planOnPullRequest(ctx, {
      number,
      environment: sticky.record.environment,
      requester: sticky.record.requester,
      commandCommentId: sticky.record.commandCommentId,
      destroy: intent.destroy,
      pushedBy: [...sticky.record.pushedBy ?? [], ...pusher ? [pusher] : []]
    });
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}
async function onPullRequestClosed(ctx, number, closedBy = null) {
  const { applies, keepLocked } = await applyOnMerge(ctx, number, closedBy);
  await destroyPullRequestPreviews(ctx, number).catch((e) => {
    ctx.log.error(`destroying the previews of #${number}: ${String(e)}`);
  });
  const stickies = await readPlanRecords(ctx, number);
  const environments = [...new Set(stickies.map((s) => s.record.environment))].filter(
    (e) => !keepLocked.includes(e)
  );
  const released = await createLocks(ctx.gh, ctx.repo).releaseAllForPr(number, environments);
  if (released.length > 0) ctx.log.info(`released locks on ${released.join(", ")} held by #${number}`);
  return { released, applies };
}

// src/github/previews.ts
async function requestPreview(ctx, request2) {
  const say = (text) => reply(ctx, request2.number, text);
  if (!request2.isPullRequest) return void await say(previewNeedsPullRequest()), {};
  const rc = await repoConfigOf(ctx);
  const previews = rc.config.previews;
  if (previews === null) return void await say(previewsOff()), {};
  if (!previews.environments.includes(request2.environment)) {
    const allowed = previews.environments.filter((e) => ENVIRONMENT_PATTERN.test(e));
    return void await say(notPreviewable(request2.environment, allowed)), {};
  }
  const pr = await ctx.gh.getPullRequest(ctx.repo, request2.number);
  if (pr.state !== "open" || isFork(ctx, pr)) return void await say(previewOnClosedPullRequest()), {};
  const name = previewName(request2.environment, pr.number);
  for (const ref of [rc.defaultBranch, pr.headSha])
    if ((await listRepoEnvironments(ctx.gh, ctx.repo, rc, ref)).includes(name))
      return void await say(previewNameTaken(name)), {};
  const plan = await planOnPullRequest(ctx, {
    number: pr.number,
    environment: name,
    requester: request2.actor.login,
    commandCommentId: request2.commentId,
    destroy: false,
    verbose: request2.verbose
  });
  if (plan === null) return {};
  if (plan.verdict === "fail" || plan.held !== void 0 || !plan.hasChanges || previews.requireApproval)
    return { plans: [plan] };
  const applies = await applyOnPullRequest(ctx, {
    number: pr.number,
    environment: name,
    trigger: "preview",
    actor: request2.actor
  });
  return { plans: [plan], applies };
}

// src/github/drift-task.ts
var driftTask = {
  name: "drift",
  async run(ctx, tick) {
    if (!tick.drift) return {};
    const rc = await repoConfigOf(ctx);
    const summary = [];
    const plans = [];
    const failures = [];
    for (const env of await driftEnvironments(ctx, rc)) {
      try {
        const check = await checkDrift(ctx, rc, env);
        if (!check) continue;
        const { outcome, number } = await syncDriftIssue(ctx, check);
        const n = check.report.items.length;
        plans.push({ environment: env, planHash: "", hasChanges: n > 0, monthlyDelta: 0, verdict: "pass" });
        summary.push(
          n === 0 ? `No drift in \`${env}\`${outcome === "closed" ? `; closed #${number}` : ""}.` : `Drift issue #${number} ${outcome}.

${renderDriftMarkdown(check.report)}`
        );
        if (n > 0) ctx.log.warn(`drift in ${env}: ${n} resource(s), issue #${number} ${outcome}`);
      } catch (e) {
        const message = e instanceof PlagenticError ? e.message : e instanceof Error ? e.message : String(e);
        ctx.log.error(`drift check of ${env} failed: ${message}`);
        failures.push(`${env}: ${message}`);
      }
    }
    return { summary, plans, ...failures.length > 0 && { failed: failures.join("; ") } };
  }
};

// src/github/scheduled-tasks.ts
var SCHEDULED_TASKS = [driftTask, expiredPreviewsTask];

// src/github/schedule.ts
var SCHEDULE_EVENT = "schedule";
function tickOf(payload, now, mode) {
  const at = typeof payload?.schedule?.at === "string" ? new Date(payload.schedule.at) : now;
  const drift = mode === "action" ? true : payload?.schedule?.drift === true;
  return { at: Number.isNaN(at.getTime()) ? now : at, drift };
}
async function onSchedule(ctx, tick) {
  const outcome = { ...emptyOutcome(), handled: true };
  const failures = [];
  for (const task of SCHEDULED_TASKS) {
    try {
      const part = await task.run(ctx, tick);
      outcome.plans.push(...part.plans ?? []);
      outcome.applies.push(...part.applies ?? []);
      outcome.summary.push(...part.summary ?? []);
      if (part.failed !== void 0) failures.push(`${task.name}: ${part.failed}`);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      ctx.log.error(`scheduled ${task.name} failed: ${message}`);
      failures.push(`${task.name}: ${message}`);
    }
  }
  if (failures.length > 0) outcome.failed = failures.join("; ");
  return outcome;
}

// src/github/router.ts
var REQUEST_LABEL = "plagentic";
async function handleEvent(ctx, event, opts = {}) {
  const p = event.payload;
  const action = p?.action;
  try {
    switch (event.name) {
      case "issue_comment":
        return action === "created" ? await onComment(ctx, p, opts) : emptyOutcome(`comment ${action}`);
      case "pull_request_review":
        if (action !== "submitted" || String(p.review?.state).toLowerCase() !== "approved") {
          const number = p?.pull_request?.number;
          const updated = (action === "submitted" || action === "dismissed") && typeof number === "number" ? await refreshMergeChecks(ctx, number) : [];
          return updated.length > 0 ? { ...emptyOutcome(), handled: true } : emptyOutcome("not an approval");
        }
        return {
          ...emptyOutcome(),
          handled: true,
          applies: await applyOnPullRequest(ctx, {
            number: p.pull_request.number,
            trigger: "approval",
            actor: { login: String(p.review.user.login), type: String(p.review.user.type ?? "User") }
          })
        };
      case "pull_request":
        return await onPullRequest(ctx, p);
      case "issues":
        return await onIssue(ctx, p, opts);
      case "check_run":
        return await onCheckRun(ctx, p);
      case SCHEDULE_EVENT:
        return await onSchedule(ctx, tickOf(p, ctx.now(), ctx.mode));
      default:
        return emptyOutcome(`event ${event.name} is not handled`);
    }
  } catch (e) {
    if (!(e instanceof PlagenticError)) throw e;
    const number = p?.issue?.number ?? p?.pull_request?.number;
    if (typeof number === "number" && !wasReported(e)) await reply(ctx, number, `**Error:** ${e.message}`);
    return { ...emptyOutcome(e.message), handled: true, failed: e.message };
  }
}
async function onPullRequest(ctx, p) {
  const number = p.pull_request.number;
  if (p.action === "synchronize") {
    const pusher = typeof p.sender?.login === "string" ? p.sender.login : null;
    const plans = await onPullRequestPushed(ctx, number, p.pull_request.head.sha, pusher);
    await publishUnplannedChecks(ctx, number);
    return { ...emptyOutcome(), handled: true, plans };
  }
  if (p.action === "opened" || p.action === "reopened") {
    const checked = await publishUnplannedChecks(ctx, number);
    return checked.length > 0 ? { ...emptyOutcome(), handled: true } : emptyOutcome(`pull_request ${p.action}`);
  }
  if (p.action === "closed") {
    const sender = typeof p.sender?.login === "string" ? p.sender : null;
    const { released, applies } = await onPullRequestClosed(
      ctx,
      number,
      sender && { login: String(sender.login), type: String(sender.type ?? "User") }
    );
    return {
      ...emptyOutcome(),
      handled: true,
      applies,
      summary: released.map((e) => `Released the lock on \`${e}\`.`)
    };
  }
  return emptyOutcome(`pull_request ${p.action}`);
}
async function onIssue(ctx, p, opts) {
  const labels = (p.issue?.labels ?? []).map((l) => l.name);
  const labelled = p.action === "opened" && labels.includes(REQUEST_LABEL) || p.action === "labeled" && p.label?.name === REQUEST_LABEL;
  if (!labelled || p.issue.pull_request) return emptyOutcome("issue is not a change request");
  if (isBotUser(p.sender?.login ?? "", p.sender?.type ?? "")) return emptyOutcome("sent by a bot");
  const permission = await ctx.gh.getPermission(ctx.repo, p.sender.login);
  if (!["write", "maintain", "admin"].includes(permission)) {
    await reply(
      ctx,
      p.issue.number,
      `Change requests need write access to this repository, and @${p.sender.login} has ${permission}. Ask someone with write access to add the \`${REQUEST_LABEL}\` label.`
    );
    return { ...emptyOutcome("not allowed"), handled: true };
  }
  const result = await handleChangeRequest(
    ctx,
    { issue: p.issue.number, title: p.issue.title, author: p.issue.user.login, text: p.issue.body ?? "" },
    opts.proposePlainWords
  );
  return { ...emptyOutcome(), handled: true, plans: result?.plan ? [result.plan] : [] };
}
async function onCheckRun(ctx, p) {
  if (p.action !== "requested_action" || p.requested_action?.identifier !== APPLY_ACTION) {
    return emptyOutcome("check_run not for us");
  }
  const pr = p.check_run?.pull_requests?.[0];
  const environment = p.check_run?.external_id;
  if (!pr || !environment) return emptyOutcome("check run without a pull request");
  const actor = { login: String(p.sender?.login ?? ""), type: String(p.sender?.type ?? "User") };
  const applies = await applyOnPullRequest(ctx, { number: pr.number, environment, trigger: "button", actor });
  return { ...emptyOutcome(), handled: true, applies };
}
var done = (extra = {}) => ({
  ...emptyOutcome(),
  handled: true,
  ...extra
});
async function needsPullRequest(ctx, inv) {
  if (inv.isPullRequest) return null;
  await reply(
    ctx,
    inv.number,
    `\`/plagentic ${inv.command.verb}\` works on pull requests; comment it on the PR that changes the spec.`
  );
  return done();
}
function planVerb(destroy) {
  return async (ctx, inv) => {
    const refused = await needsPullRequest(ctx, inv);
    if (refused) return refused;
    const plan = await planOnPullRequest(ctx, {
      number: inv.number,
      ...inv.command.environment && { environment: inv.command.environment },
      requester: inv.user,
      commandCommentId: inv.commentId,
      destroy,
      verbose: inv.command.flags.verbose ?? false
    });
    return done({ plans: plan ? [plan] : [] });
  };
}
var verbs = {
  plan: planVerb(false),
  destroy: planVerb(true),
  apply: async (ctx, inv) => {
    const refused = await needsPullRequest(ctx, inv);
    if (refused) return refused;
    const applies = await applyOnPullRequest(ctx, {
      number: inv.number,
      ...inv.command.environment && { environment: inv.command.environment },
      trigger: "command",
      actor: { login: inv.user, type: inv.userType }
    });
    return done({ applies });
  },
  drift: async (ctx, inv) => {
    const rc = await repoConfigOf(ctx);
    const ref = inv.isPullRequest ? (await ctx.gh.getPullRequest(ctx.repo, inv.number)).headSha : rc.defaultBranch;
    const name = await resolveEnvironmentName(
      ctx,
      rc,
      ref,
      inv.command.environment,
      inv.number,
      "/plagentic drift <environment>"
    );
    if (!name) return done();
    const report = await driftOf(ctx, rc, name, ref);
    await reply(ctx, inv.number, renderDriftMarkdown(report));
    return done({ summary: [renderDriftMarkdown(report)] });
  },
  fix: async (ctx, inv) => done(
    await fixDrift(ctx, {
      number: inv.number,
      isPullRequest: inv.isPullRequest,
      ...inv.command.environment && { environment: inv.command.environment },
      actor: { login: inv.user, type: inv.userType }
    })
  ),
  preview: async (ctx, inv) => done(
    await requestPreview(ctx, {
      number: inv.number,
      isPullRequest: inv.isPullRequest,
      environment: inv.command.environment,
      actor: { login: inv.user, type: inv.userType },
      commentId: inv.commentId,
      verbose: inv.command.flags.verbose ?? false
    })
  ),
  unlock: async (ctx, inv) => {
    const rc = await repoConfigOf(ctx);
    const name = await resolveEnvironmentName(
      ctx,
      rc,
      rc.defaultBranch,
      inv.command.environment,
      inv.number,
      "/plagentic unlock <environment>"
    );
    if (!name) return done();
    if (inv.command.environment === void 0) {
      const pr = inv.isPullRequest ? await ctx.gh.getPullRequest(ctx.repo, inv.number) : void 0;
      const verdict = await authorizeActor(ctx, rc, {
        verb: "unlock",
        environment: name,
        actor: { login: inv.user, type: inv.userType },
        ...pr && { pr }
      });
      if (!verdict.ok) {
        if (!verdict.ignore) await reply(ctx, inv.number, refusal(verdict.reason, verdict.hint));
        return done({ note: verdict.reason });
      }
    }
    const locks = createLocks(ctx.gh, ctx.repo);
    const holder = await locks.get(name);
    if (!holder) {
      await reply(ctx, inv.number, nothingToUnlock(name));
      return done();
    }
    if (holder.pr > 0)
      await discardPlans(
        ctx,
        holder.pr,
        name,
        `> \u{1F513} The lock on \`${name}\` was released from #${inv.number}, so this plan was discarded. Plan again to apply.`
      );
    await locks.forceRelease(name);
    if (holder.pr > 0) await publishUnplannedChecks(ctx, holder.pr);
    await reply(ctx, inv.number, lockReleased(name, holder, inv.number));
    return done();
  },
  status: async (ctx, inv) => {
    const rc = await repoConfigOf(ctx);
    const names = await listRepoEnvironments(ctx.gh, ctx.repo, rc, rc.defaultBranch);
    const locks = createLocks(ctx.gh, ctx.repo);
    const lines = [
      "### Plagentic status",
      "",
      "| environment | lock | plan on this thread |",
      "|---|---|---|"
    ];
    const records = inv.isPullRequest ? await readPlanRecords(ctx, inv.number) : [];
    for (const name of names) {
      const holder = await locks.get(name);
      const record = records.find((r) => r.record.environment === name)?.record;
      lines.push(
        `| \`${name}\` | ${holder ? `#${holder.pr} (@${holder.user})` : "free"} | ${record ? `${record.status}, \`${record.planHash.slice(0, 12)}\` on ${record.headSha.slice(0, 7)}` : "\u2014"} |`
      );
    }
    await reply(ctx, inv.number, lines.join("\n"));
    return done();
  },
  help: async (ctx, inv) => {
    const rc = await repoConfigOf(ctx);
    await reply(
      ctx,
      inv.number,
      helpReply(await listRepoEnvironments(ctx.gh, ctx.repo, rc, rc.defaultBranch))
    );
    return done();
  }
};
async function driftOf(ctx, rc, name, ref) {
  const env = await loadRepoEnvironment(ctx.gh, ctx.repo, rc, name, ref);
  const ws = await openWorkspace(ctx, rc);
  try {
    return await ws.drift(env);
  } finally {
    await ws.close();
  }
}
async function onComment(ctx, p, opts) {
  const user = p.comment.user.login;
  const userType = p.comment.user.type ?? "User";
  if (user === ctx.botLogin || isBotUser(user, userType)) return emptyOutcome("comment by a bot");
  const parsed = parseComment(String(p.comment.body ?? ""));
  if (parsed.kind === "none") return emptyOutcome("not a command");
  const number = p.issue.number;
  const isPullRequest = Boolean(p.issue.pull_request);
  if (parsed.kind === "error") {
    await reply(ctx, number, parseErrorReply(parsed.message));
    return done({ note: "malformed command" });
  }
  const command2 = parsed.kind === "command" ? parsed.command : { verb: "plan", flags: {} };
  const rc = await repoConfigOf(ctx);
  const verdict = await authorizeActor(ctx, rc, {
    verb: command2.verb,
    ...command2.environment && { environment: command2.environment },
    actor: { login: user, type: userType },
    ...isPullRequest && { pr: await ctx.gh.getPullRequest(ctx.repo, number) }
  });
  if (!verdict.ok) {
    if (!verdict.ignore) await reply(ctx, number, refusal(verdict.reason, verdict.hint));
    return done({ note: verdict.reason });
  }
  await ctx.gh.addReaction(ctx.repo, p.comment.id, "eyes");
  if (parsed.kind === "request") {
    const result = await handleChangeRequest(
      ctx,
      {
        issue: number,
        title: parsed.text.split("\n")[0].slice(0, 80),
        author: user,
        text: parsed.text,
        ...isPullRequest && { pullRequest: { commentId: p.comment.id } }
      },
      opts.proposePlainWords
    );
    return done({ plans: result?.plan ? [result.plan] : [] });
  }
  return verbs[command2.verb](ctx, {
    number,
    isPullRequest,
    command: command2,
    commentId: p.comment.id,
    user,
    userType
  });
}

// src/team/chat-models.ts
var PROVIDER_ENV = {
  openai: { key: "OPENAI_API_KEY", base: "OPENAI_BASE_URL", configNames: ["openai"] },
  deepseek: { key: "DEEPSEEK_API_KEY", base: "DEEPSEEK_BASE_URL", configNames: ["deepseek"] },
  claude: { key: "ANTHROPIC_API_KEY", base: "ANTHROPIC_BASE_URL", configNames: ["claude", "anthropic"] },
  anthropic: { key: "ANTHROPIC_API_KEY", base: "ANTHROPIC_BASE_URL", configNames: ["claude", "anthropic"] }
};
var DEFAULT_BASE = {
  openai: "https://api.openai.com/v1",
  deepseek: "https://api.deepseek.com/v1",
  claude: "https://api.anthropic.com",
  anthropic: "https://api.anthropic.com"
};
var DEFAULT_MODEL_SETTINGS = { timeoutMs: 12e4 };
function modelCredentials(provider, config, env) {
  const names = PROVIDER_ENV[provider];
  const fromConfig = names.configNames.map((n) => config.models[n]).find((m) => m !== void 0);
  const apiKey = fromConfig?.apiKey ?? (env[names.key] || void 0);
  if (!apiKey) return void 0;
  const apiBase = fromConfig?.apiBase ?? (env[names.base] || void 0);
  return { apiKey, ...apiBase && { apiBase } };
}
async function createChatModel(spec, config, env, settings = DEFAULT_MODEL_SETTINGS) {
  const creds = modelCredentials(spec.provider, config, env);
  if (!creds) return void 0;
  const common = {
    model: spec.name,
    apiKey: creds.apiKey,
    ...spec.temperature !== void 0 && { temperature: spec.temperature },
    ...spec.max_tokens !== void 0 && { maxTokens: spec.max_tokens },
    // The team runner retries with its own bounded backoff; client retries would multiply it.
    maxRetries: 0,
    // Streaming makes @langchain/openai count tokens with tiktoken, which downloads at run time.
    streaming: false,
    disableStreaming: true
  };
  if (spec.provider === "openai" || spec.provider === "deepseek") {
    const { ChatOpenAI } = await importOptional("team", () => import("./dist-YPEPQIAA.js"));
    const baseURL = creds.apiBase ?? DEFAULT_BASE[spec.provider];
    return {
      model: new ChatOpenAI({ ...common, timeout: settings.timeoutMs, configuration: { baseURL } }),
      name: spec.name,
      endpoint: displayEndpoint(baseURL)
    };
  }
  const { ChatAnthropic } = await importOptional("team", () => import("./dist-JJYF7UOH.js"));
  const apiUrl = creds.apiBase?.replace(/\/v1\/?$/, "") ?? DEFAULT_BASE[spec.provider];
  return {
    model: new ChatAnthropic({
      ...common,
      anthropicApiUrl: apiUrl,
      clientOptions: { timeout: settings.timeoutMs }
    }),
    name: spec.name,
    endpoint: displayEndpoint(apiUrl)
  };
}
function displayEndpoint(url) {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/$/, "")}`;
  } catch {
    return "(an invalid URL)";
  }
}
function modelSetupHint(spec) {
  const provider = spec?.provider ?? "openai";
  const names = PROVIDER_ENV[provider];
  return `To configure a model, set ${names.key} (or another provider's key) and list it under models: in config.yaml, e.g. models: { ${names.configNames[0]}: { api_key: "\${${names.key}}", api_base: <optional endpoint> } }.`;
}

// src/team/intent.ts
var ENV = "([a-z0-9][a-z0-9_-]*)";
var THE = "(?:the\\s+)?";
var ENV_WORD = "(?:\\s+(?:environment|env))?";
var patterns = [
  {
    kind: "drift",
    re: new RegExp(
      `^(?:check|detect|show|report)?\\s*(?:for\\s+)?drift\\s+(?:in|of|for|on)?\\s*${THE}${ENV}${ENV_WORD}$`
    )
  },
  { kind: "drift", re: new RegExp(`^(?:check\\s+)?${THE}${ENV}${ENV_WORD}\\s+(?:for\\s+)?drift$`) },
  {
    kind: "destroy",
    re: new RegExp(`^(?:destroy|tear\\s+down|teardown|decommission|delete)\\s+${THE}${ENV}${ENV_WORD}$`)
  },
  {
    kind: "plan",
    re: new RegExp(
      `^(?:provision|plan|deploy|create|preview|update|converge|apply)\\s+(?:for\\s+)?${THE}${ENV}${ENV_WORD}$`
    )
  }
];
var UNDERSTOOD_EXAMPLES = [
  "Provision staging environment",
  "plan staging",
  "destroy staging",
  "check drift in staging"
];
function parseIntent(task) {
  const text = task.trim().replace(/[.!?]+$/, "").replace(/\s+/g, " ").toLowerCase();
  for (const { kind, re } of patterns) {
    const m = re.exec(text);
    if (m?.[1]) return { kind, environment: m[1] };
  }
  return { kind: "request", text: task.trim() };
}

// src/team/mcp/open.ts
async function openMcpPool(opts) {
  if (!opts.team.mcpServers?.length) return void 0;
  const { McpPool } = await importOptional("teamMcp", () => import("./servers-UDEUVXVC.js"));
  return new McpPool(opts);
}

// src/team/suggestions.ts
var FAMILY_MOVES = [
  {
    types: ["aws_instance"],
    from: /^t3a?\.(\w+)$/,
    to: "t4g.$1",
    note: "Graviton (arm64): needs an arm64 AMI"
  },
  {
    types: ["aws_instance"],
    from: /^m5\.(\w+)$/,
    to: "m6g.$1",
    note: "Graviton (arm64): needs an arm64 AMI"
  },
  {
    types: ["aws_instance"],
    from: /^m6i\.(\w+)$/,
    to: "m7g.$1",
    note: "Graviton (arm64): needs an arm64 AMI"
  },
  {
    types: ["aws_instance"],
    from: /^c5\.(\w+)$/,
    to: "c6g.$1",
    note: "Graviton (arm64): needs an arm64 AMI"
  },
  {
    types: ["aws_instance"],
    from: /^c6i\.(\w+)$/,
    to: "c7g.$1",
    note: "Graviton (arm64): needs an arm64 AMI"
  },
  {
    types: ["aws_instance"],
    from: /^r5\.(\w+)$/,
    to: "r6g.$1",
    note: "Graviton (arm64): needs an arm64 AMI"
  },
  { types: ["aws_db_instance"], from: /^db\.t3\.(\w+)$/, to: "db.t4g.$1", note: "Graviton; same engine" },
  {
    types: ["google_compute_instance"],
    from: /^n[12]-standard-(\d+)$/,
    to: "e2-standard-$1",
    note: "E2 shares cores; fine for most services"
  },
  {
    types: ["azurerm_linux_virtual_machine"],
    from: /^Standard_D(\d+)s_v5$/,
    to: "Standard_D$1as_v5",
    note: "AMD EPYC; same vCPUs and memory"
  }
];
function costSuggestions(plan, catalog) {
  const byResource = /* @__PURE__ */ new Map();
  for (const change2 of plan.changes) {
    if (!change2.after || change2.action === "delete") continue;
    const prop = getResourceType(change2.type)?.sizeProperty;
    if (!prop || prop.includes(".")) continue;
    const size = change2.after.attributes[prop];
    if (typeof size !== "string") continue;
    const move = FAMILY_MOVES.find((m) => m.types.includes(change2.type) && m.from.test(size));
    if (!move) continue;
    const alternative = size.replace(move.from, move.to);
    const saving = savingOf(
      change2.type,
      change2.address,
      change2.after.attributes,
      prop,
      alternative,
      plan.region,
      catalog
    );
    if (saving === null || saving <= 0) continue;
    const base = change2.address.replace(/\[\d+\]$/, "");
    const entry = byResource.get(base) ?? { from: size, to: alternative, note: move.note, savings: 0 };
    entry.savings += saving;
    byResource.set(base, entry);
  }
  return [...byResource].map(([address, s]) => {
    const monthlySavings = Math.round(s.savings * 100) / 100;
    return {
      address,
      monthlySavings,
      message: `${address}: ${s.to} instead of ${s.from} would save $${monthlySavings.toFixed(2)}/month (${s.note})`
    };
  });
}
function savingOf(type, address, attributes, prop, alternative, region, catalog) {
  const now = estimateResource({ address, type, attributes, usage: {} }, region, catalog).components;
  const alt = estimateResource(
    { address, type, attributes: { ...attributes, [prop]: alternative }, usage: {} },
    region,
    catalog
  ).components;
  if (now.length !== alt.length) return null;
  let saving = 0;
  for (let i = 0; i < now.length; i++) {
    const a = now[i];
    const b = alt[i];
    if (a.usageBased || b.usageBased) continue;
    if (a.monthly === null && b.monthly === null) continue;
    if (a.monthly === null || b.monthly === null) return null;
    saving += a.monthly - b.monthly;
  }
  return saving;
}

// src/team/spec-files.ts
import { existsSync as existsSync2 } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { join as join5, relative as relative2 } from "node:path";
function specFile(workspace, name) {
  assertEnvironmentName(name);
  const dir = workspace.config.environmentsDir;
  const ext = !existsSync2(join5(dir, `${name}.yaml`)) && existsSync2(join5(dir, `${name}.yml`)) ? ".yml" : ".yaml";
  return relative2(workspace.config.baseDir, join5(dir, name + ext)) || `${name}${ext}`;
}
async function readSpecText(workspace, name) {
  assertEnvironmentName(name);
  for (const ext of [".yaml", ".yml"]) {
    try {
      return await readFile2(join5(workspace.config.environmentsDir, name + ext), "utf8");
    } catch (e) {
      if (e.code !== "ENOENT") throw e;
    }
  }
  return null;
}

// src/team/usage.ts
var PRICES_PER_MILLION = [
  // Longer prefixes first: "gpt-4o-mini" must not match "gpt-4o".
  { prefix: "gpt-4o-mini", input: 0.15, output: 0.6 },
  { prefix: "gpt-4o", input: 2.5, output: 10 },
  { prefix: "gpt-4.1-nano", input: 0.1, output: 0.4 },
  { prefix: "gpt-4.1-mini", input: 0.4, output: 1.6 },
  { prefix: "gpt-4.1", input: 2, output: 8 },
  { prefix: "gpt-4-turbo", input: 10, output: 30 },
  { prefix: "claude-3-5-haiku", input: 0.8, output: 4 },
  { prefix: "claude-3-5-sonnet", input: 3, output: 15 },
  { prefix: "claude-3-opus", input: 15, output: 75 },
  { prefix: "deepseek-chat", input: 0.27, output: 1.1 }
];
function modelPrice(model) {
  const name = model.toLowerCase();
  return PRICES_PER_MILLION.find((p) => name.startsWith(p.prefix));
}
var UsageMeter = class {
  calls = 0;
  input = 0;
  output = 0;
  cost = 0;
  record(model, usage2) {
    this.calls++;
    const input = usage2?.input_tokens;
    const output = usage2?.output_tokens;
    this.input += input ?? 0;
    this.output += output ?? 0;
    const price = modelPrice(model);
    if (this.cost === null || !price || input === void 0 || output === void 0) {
      this.cost = null;
      return;
    }
    this.cost += (input * price.input + output * price.output) / 1e6;
  }
  snapshot() {
    return {
      modelCalls: this.calls,
      inputTokens: this.input,
      outputTokens: this.output,
      estimatedCostUsd: this.calls === 0 ? 0 : this.cost === null ? null : Math.round(this.cost * 1e6) / 1e6
    };
  }
};

// src/team/run.ts
var NO_USAGE = { modelCalls: 0, inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 };
async function runTeam(input) {
  const intent = parseIntent(input.task);
  if (intent.kind !== "request") return runDeterministic(input, intent);
  const models = await resolveModels(input);
  if (!models) {
    return {
      kind: "needs_model",
      message: `"${intent.text}" is a plain-words request, and the team needs a model for those; none is configured. Without a model the team understands: ${UNDERSTOOD_EXAMPLES.map((e) => `"${e}"`).join(", ")}. ` + modelSetupHint(input.team.model),
      findings: [],
      suggestions: [],
      usage: NO_USAGE
    };
  }
  return runWithModel(input, models);
}
async function resolveModels(input) {
  const injected = input.model;
  if (injected) return () => ({ model: injected, name: input.team.model?.name ?? "injected" });
  const env = input.env ?? process.env;
  const config = input.workspace.config;
  const byAgent = /* @__PURE__ */ new Map();
  for (const agent of input.team.agents) {
    const spec = agent.model ?? input.team.model;
    if (!spec) return void 0;
    const choice = await createChatModel(spec, config, env);
    if (!choice) return void 0;
    byAgent.set(agent.name, choice);
  }
  return (agent) => byAgent.get(agent.name);
}
async function runWithModel(input, modelFor) {
  const { team, workspace } = input;
  const usage2 = new UsageMeter();
  const specText = input.specText ?? ((name) => readSpecText(workspace, name));
  const redactor = createRedactor([...workspace.config.secrets, ...secretValuesFromEnv(input.env ?? {})]);
  const emit = (e) => input.onEvent?.(e);
  const mcp = await openMcpPool({
    team,
    env: input.env ?? process.env,
    hosted: input.mcp?.hosted ?? false,
    allowlist: workspace.config.mcp.allowedTools,
    baseDir: workspace.config.baseDir,
    emit,
    redactor
  });
  const ctx = {
    team,
    workspace,
    mode: input.mode,
    specText,
    environmentNames: input.environmentNames ?? (() => workspace.environmentNames()),
    fileOf: (name) => specFile(workspace, name),
    modelFor,
    proposal: void 0,
    proposedThisRun: false,
    proposalsAccepted: 0,
    proposalAttempts: 0,
    maxProposalAttempts: input.maxProposalAttempts ?? 3,
    plan: void 0,
    applied: void 0,
    steps: { used: 0, max: team.max_steps },
    usage: usage2,
    retry: { ...DEFAULT_RETRY, ...input.retry },
    emit,
    redact: redactor,
    ...mcp && { mcp },
    confirmApply: input.confirmApply ?? (async () => true)
  };
  let memory = {};
  if (input.threadId) {
    if (input.checkpointer) memory = { checkpointer: input.checkpointer, threadId: input.threadId };
    else if (input.checkpointer !== null) {
      const { openThreadMemory } = await importOptional("teamMemory", () => import("./memory-6V5HM5BL.js"));
      const opened = await openThreadMemory(workspace.config);
      memory = { checkpointer: opened.checkpointer, threadId: input.threadId, close: opened.close };
    }
  }
  const { runTeamGraph } = await importOptional("team", () => import("./graph-7OLC5WT3.js"));
  let state;
  try {
    state = await runTeamGraph(
      ctx,
      { task: input.task, ...input.history && { history: input.history } },
      memory
    );
  } catch (e) {
    if (e instanceof TeamStopped) {
      return { kind: "refused", message: e.message, findings: [], suggestions: [], usage: usage2.snapshot() };
    }
    throw e;
  } finally {
    memory.close?.();
    await mcp?.close();
  }
  const findings = state.findings ?? [];
  const base = { findings, usage: usage2.snapshot() };
  const draft = state.proposal ?? void 0;
  if (state.outcome || !draft) {
    return {
      kind: "no_change",
      message: state.outcome?.message ?? "The team made no proposal.",
      ...draft && { environment: draft.environment, proposal: withDiff(draft) },
      ...base,
      suggestions: []
    };
  }
  const plan = state.plan;
  const proposal = withDiff(draft);
  const result = {
    kind: "proposal",
    message: proposal.explanation,
    environment: proposal.environment,
    proposal,
    plan,
    ...base,
    suggestions: costSuggestions(plan, workspace.catalog)
  };
  if (input.mode === "plan") return result;
  let applied = ctx.applied;
  if (!applied) {
    if (plan.policy.verdict === "fail") {
      return {
        ...result,
        kind: "refused",
        message: `Not applied: the proposal fails policy. ${policyFailures(plan)}`
      };
    }
    if (plan.unsupported.length > 0) {
      return {
        ...result,
        kind: "refused",
        message: `Not applied: the ${plan.provider} provider cannot apply ${plan.unsupported.join(", ")} yet.`
      };
    }
    if (!await ctx.confirmApply(plan, proposal)) {
      return { ...result, kind: "refused", message: "Apply cancelled; nothing was written or changed." };
    }
    applied = await applyProposal(workspace, draft, plan.hash, input.onApplyProgress);
  }
  return { ...result, applyResult: applied, usage: usage2.snapshot() };
}
async function runDeterministic(input, intent) {
  const { workspace } = input;
  const env = await loadForRun(input, intent.environment);
  const base = { environment: env.spec.environment, usage: NO_USAGE, suggestions: [] };
  if (intent.kind === "drift") {
    const drift = await workspace.drift(env);
    const n = drift.items.length;
    return {
      kind: "drift",
      message: n === 0 ? `No drift in ${drift.environment}.` : `${n} drifted resource(s) in ${drift.environment}.`,
      drift,
      findings: [],
      ...base
    };
  }
  const destroy = intent.kind === "destroy";
  input.onEvent?.({
    kind: "plan",
    message: `Planning ${destroy ? "the destruction of " : ""}${env.spec.environment} (deterministic path: spec-driven, no model)...`
  });
  const { plan } = await workspace.plan(env, { destroy });
  const result = {
    kind: intent.kind,
    message: `${destroy ? "Destroy plan" : "Plan"} for ${env.spec.environment}.`,
    plan,
    findings: plan.policy.findings.filter((f) => f.level !== "pass").map((f) => ({
      severity: f.level === "fail" ? "error" : "warning",
      message: `${f.rule}: ${f.message}`,
      agent: "policy"
    })),
    ...base,
    suggestions: destroy ? [] : costSuggestions(plan, workspace.catalog)
  };
  if (input.mode === "plan" || !hasChanges(plan)) return result;
  if (input.confirmApply && !await input.confirmApply(plan)) {
    return { ...result, kind: "refused", message: "Apply cancelled; nothing was changed." };
  }
  const { result: applyResult } = await workspace.apply(env, {
    expectedHash: plan.hash,
    destroy,
    ...input.onApplyProgress && { onProgress: input.onApplyProgress }
  });
  return { ...result, applyResult };
}
async function loadForRun(input, name) {
  if (!input.specText) return input.workspace.loadEnvironment(name);
  assertEnvironmentName(name);
  const text = await input.specText(name);
  if (text === null) {
    const names = await (input.environmentNames ?? (() => input.workspace.environmentNames()))();
    throw new NotFoundError("environment", name, names);
  }
  return checkedEnvironment(text, specFile(input.workspace, name), name, input.workspace.config.limits);
}
function policyFailures(plan) {
  return plan.policy.findings.filter((f) => f.level === "fail").map((f) => f.message).join("; ");
}

// src/github/team-proposer.ts
var DEFAULT_TEAM = "infrastructure-team";
function teamProposer(teamName = DEFAULT_TEAM, opts = { mcp: { hosted: false } }) {
  return async (ctx, rc, request2) => {
    const team = await loadRepoTeam(ctx.gh, ctx.repo, rc, teamName);
    if (!team)
      return { refused: `There is no team \`${teamName}\` in \`${rc.teamsPath}/\` on the default branch.` };
    const ws = await openWorkspace(ctx, rc);
    try {
      const result = await runTeam({
        team,
        task: request2.text,
        workspace: ws,
        mode: "plan",
        env: ctx.env,
        threadId: `${ctx.repo.owner}/${ctx.repo.repo}#${request2.issue}`,
        history: await threadHistory(ctx, request2),
        // The team edits the specs of the PR it was asked on, else of the default branch.
        specText: async (environment) => (await readRepoSpec(ctx.gh, ctx.repo, rc, environment, request2.specRef ?? rc.defaultBranch))?.text ?? null,
        environmentNames: () => listRepoEnvironments(ctx.gh, ctx.repo, rc, request2.specRef ?? rc.defaultBranch),
        checkpointer: null,
        mcp: opts.mcp
      });
      if (result.kind === "proposal" && result.proposal) {
        return {
          environment: result.proposal.environment,
          after: result.proposal.after,
          explanation: result.proposal.explanation
        };
      }
      return { refused: result.message };
    } finally {
      await ws.close();
    }
  };
}
async function threadHistory(ctx, request2) {
  const comments = await ctx.gh.listIssueComments(ctx.repo, request2.issue);
  return comments.filter((c) => c.body.trim() !== request2.text.trim()).slice(-20).map((c) => ({
    role: c.user === ctx.botLogin ? "assistant" : "user",
    content: c.body.slice(0, 4e3)
  }));
}

// src/action/terraform-review.ts
import { realpath as realpath2 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, relative as relative3, resolve as resolve2 } from "node:path";

// src/render/terraform-review.ts
var DIFF_ACTIONS = /* @__PURE__ */ new Set(["create", "update", "replace", "delete"]);
var LISTED2 = 20;
function asChange(c) {
  const side = (attributes) => attributes ? { attributes, tags: {} } : null;
  const before = side(c.before);
  const after = c.action === "delete" ? null : side(c.after);
  const names = /* @__PURE__ */ new Set([...Object.keys(c.before ?? {}), ...Object.keys(c.after ?? {})]);
  const change2 = {
    address: c.address,
    type: c.type,
    action: c.action,
    before,
    after,
    changedAttributes: [...names],
    dependsOn: []
  };
  if (c.replacePaths) change2.replaceReasons = c.replacePaths.map((p) => p.split(".")[0]);
  return change2;
}
function reviewAsPlan(review) {
  return {
    formatVersion: review.formatVersion,
    environment: review.environment,
    repository: "terraform",
    provider: "aws",
    region: review.region,
    commit: null,
    specDigest: review.planFileHash,
    // `terraform plan -destroy`: every resource goes, which the renderers say up front.
    destroy: review.changes.length > 0 && review.unchanged === 0 && review.changes.every((c) => c.action === "delete"),
    changes: review.changes.filter((c) => DIFF_ACTIONS.has(c.action)).map(asChange),
    summary: { add: review.summary.add, change: review.summary.change, destroy: review.summary.destroy },
    cost: review.cost,
    policy: review.policy,
    unsupported: [],
    hash: review.planFileHash
  };
}
function listed(addresses, show) {
  const shown2 = addresses.slice(0, LISTED2).map(show).join(", ");
  return addresses.length > LISTED2 ? `${shown2} and ${count(addresses.length - LISTED2, "more")}` : shown2;
}
function notes(review, show) {
  const out = [];
  const of = (action) => review.changes.filter((c) => c.action === action).map((c) => c.address);
  const reads = of("read");
  if (reads.length > 0) out.push(`Read during apply (data sources, not priced): ${listed(reads, show)}.`);
  const forgets = of("forget");
  if (forgets.length > 0) {
    out.push(`No longer managed by Terraform, left running: ${listed(forgets, show)}.`);
  }
  for (const u of review.unknownTypes) {
    out.push(
      `Not priced or policy-checked: Plagentic does not know the type ${show(u.type)} (${listed(u.addresses, show)}).`
    );
  }
  return out;
}
function hashLine(review) {
  return `Plan file sha256 ${review.planFileHash}: apply only the saved plan whose \`terraform show -json\` output has this hash. Plagentic never applies a Terraform plan.`;
}
function renderTerraformReviewMarkdown(input, opts = {}) {
  const review = scrubControls(input);
  const bullet = notes(review, (a) => code(a.replace(/\s*[\r\n]+\s*/g, " "))).map((n) => `- ${n}`);
  const after = [
    ...bullet.length > 0 ? [bullet.join("\n"), ""] : [],
    `<sub>${escapeInline(hashLine(review)).replace(review.planFileHash, code(review.planFileHash))}</sub>`,
    ...opts.nextStep ? ["", opts.nextStep] : []
  ].join("\n");
  return renderPlanMarkdown(reviewAsPlan(review), {
    ...opts.marker !== void 0 && { marker: opts.marker },
    ...opts.limit !== void 0 && { limit: opts.limit },
    ...opts.maxParts !== void 0 && { maxParts: opts.maxParts },
    title: `Plagentic review of the Terraform plan ${code(review.planFile)}`,
    nextStep: after
  });
}

// src/github/terraform-review.ts
var TERRAFORM_STATUS = "plagentic/terraform";
var SHOWN_HASH = 12;
function terraformStatusDescription(review) {
  const s = review.summary;
  const outcome = review.changes.length === 0 ? "no changes" : `+${s.add} ~${s.change} -${s.destroy}`;
  return `plan ${review.planFileHash.slice(0, SHOWN_HASH)} \xB7 ${outcome} \xB7 ${formatUsdDelta(review.cost.monthlyDelta)}/month \xB7 policy ${review.policy.verdict}`.slice(0, 140);
}
async function upsertTerraformReview(ctx, number, planPath, review) {
  const parts = renderTerraformReviewMarkdown(review, { limit: PLAN_BODY_LIMIT });
  const own = (await ctx.gh.listIssueComments(ctx.repo, number)).filter((c) => c.user === ctx.botLogin);
  let first;
  for (let i = 0; ; i++) {
    const marker = terraformReviewMarker(planPath, i + 1);
    const previous = own.find((c) => c.body.startsWith(`${marker}
`));
    const content = parts[i];
    if (content === void 0 && !previous) break;
    const body = `${marker}
${content === void 0 ? "_This part of an earlier review is no longer used._" : neutralize(content)}`;
    const posted = previous ? await ctx.gh.updateIssueComment(ctx.repo, previous.id, body) : await ctx.gh.createIssueComment(ctx.repo, number, body);
    first ??= posted;
  }
  return first;
}
async function publishTerraformStatus(ctx, sha, review) {
  await ctx.gh.createCommitStatus(ctx.repo, {
    sha,
    context: TERRAFORM_STATUS,
    state: review.policy.verdict === "fail" ? "failure" : "success",
    description: terraformStatusDescription(review)
  });
}

// src/terraform/plan-json.ts
var MAX_PLAN_BYTES = 50 * 1024 * 1024;
var MAX_PLAN_DEPTH = 200;
var jsonValue = external_exports.unknown();
var change = external_exports.object({
  actions: external_exports.array(external_exports.enum(["no-op", "create", "read", "update", "delete", "forget"])).min(1).max(2),
  before: jsonValue.optional(),
  after: jsonValue.optional(),
  after_unknown: jsonValue.optional(),
  before_sensitive: jsonValue.optional(),
  after_sensitive: jsonValue.optional(),
  replace_paths: external_exports.array(external_exports.array(external_exports.union([external_exports.string(), external_exports.number()]))).optional()
});
var resourceChange = external_exports.object({
  address: external_exports.string().min(1).max(4096),
  module_address: external_exports.string().max(4096).optional(),
  mode: external_exports.enum(["managed", "data"]),
  type: external_exports.string().min(1).max(256),
  name: external_exports.string().min(1).max(1024),
  index: external_exports.union([external_exports.string(), external_exports.number()]).optional(),
  deposed: external_exports.string().max(256).optional(),
  change,
  action_reason: external_exports.string().max(256).optional()
});
var planJson = external_exports.object({
  format_version: external_exports.string().max(32),
  terraform_version: external_exports.string().max(64).optional(),
  resource_changes: external_exports.array(resourceChange).default([]),
  prior_state: jsonValue.optional(),
  configuration: jsonValue.optional()
});
function jsonPath(path) {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}
function nestingDepth(text, max) {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > max) return deepest;
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}
function parseTerraformPlan(bytes, file) {
  const size = typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.byteLength;
  if (size > MAX_PLAN_BYTES) {
    throw new PlagenticError(
      `${file}: the plan JSON is ${formatNumber(size)} bytes, over the limit of ${formatNumber(MAX_PLAN_BYTES)} bytes`
    );
  }
  const text = typeof bytes === "string" ? bytes : Buffer.from(bytes).toString("utf8");
  if (nestingDepth(text, MAX_PLAN_DEPTH) > MAX_PLAN_DEPTH) {
    throw new PlagenticError(`${file}: the plan JSON nests deeper than ${MAX_PLAN_DEPTH} levels`);
  }
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new SpecError(
      { file },
      void 0,
      `not valid JSON (${reason}); give the output of \`terraform show -json <planfile>\``
    );
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new SpecError(
      { file },
      void 0,
      "expected a JSON object, the output of `terraform show -json <planfile>`"
    );
  }
  const version = raw["format_version"];
  if (typeof version !== "string") {
    throw new SpecError(
      { file },
      "format_version",
      "missing; is this the output of `terraform show -json <planfile>`?"
    );
  }
  if (version.split(".")[0] !== "1") {
    throw new SpecError(
      { file },
      "format_version",
      `${JSON.stringify(version.slice(0, 32))} is not supported: Plagentic reads format 1.x (Terraform 1.x)`
    );
  }
  if (raw["resource_changes"] === void 0 && "values" in raw) {
    throw new SpecError(
      { file },
      void 0,
      "this is state, not a plan: run `terraform show -json <planfile>` on a saved plan"
    );
  }
  const parsed = planJson.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SpecError({ file }, jsonPath(issue.path) || void 0, issue.message);
  }
  return parsed.data;
}

// src/terraform/read.ts
import { open as open3 } from "node:fs/promises";
async function readTerraformPlanFile(path) {
  let handle;
  try {
    handle = await open3(path, "r");
  } catch (e) {
    const code2 = e.code;
    throw new PlagenticError(
      `${path}: cannot read the Terraform plan JSON (${code2 ?? String(e)}); give the output of \`terraform show -json <planfile>\``
    );
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new PlagenticError(`${path}: not a regular file`);
    if (stat.size > MAX_PLAN_BYTES) {
      throw new PlagenticError(
        `${path}: the plan JSON is ${formatNumber(stat.size)} bytes, over the limit of ${formatNumber(MAX_PLAN_BYTES)} bytes`
      );
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

// src/terraform/review.ts
import { createHash as createHash4 } from "node:crypto";

// src/terraform/model.ts
var REVIEW_FORMAT_VERSION = 1;
var UNKNOWN_VALUE = "(known after apply)";
var SENSITIVE_VALUE = "(sensitive value)";

// src/terraform/values.ts
function child(marks, key) {
  if (marks === null || typeof marks !== "object") return void 0;
  return marks[key];
}
function define(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function markValue(value, unknown, sensitive) {
  if (sensitive === true) return SENSITIVE_VALUE;
  if (unknown === true) return UNKNOWN_VALUE;
  if (Array.isArray(value) || Array.isArray(unknown)) {
    const items = Array.isArray(value) ? value : [];
    const length = Math.max(items.length, Array.isArray(unknown) ? unknown.length : 0);
    const out = [];
    for (let i = 0; i < length; i++) out.push(markValue(items[i], child(unknown, i), child(sensitive, i)));
    return out;
  }
  const isObject3 = (v) => typeof v === "object" && v !== null;
  if (isObject3(value) || value == null && isObject3(unknown) && Object.keys(unknown).length > 0) {
    const source = isObject3(value) ? value : {};
    const out = {};
    const keys = new Set(Object.keys(source));
    if (isObject3(unknown)) {
      for (const [k, mark] of Object.entries(unknown)) if (mark === true) keys.add(k);
    }
    for (const k of keys) define(out, k, markValue(source[k], child(unknown, k), child(sensitive, k)));
    return out;
  }
  if (value === void 0) return null;
  return value;
}
function markedAttributes(value, unknown, sensitive) {
  if (value === null || value === void 0 || typeof value !== "object" || Array.isArray(value)) {
    return null;
  }
  return markValue(value, unknown, sensitive);
}
function isUnknown(value) {
  return value === UNKNOWN_VALUE;
}

// src/terraform/plan-attributes.ts
function singular(name) {
  return name.endsWith("s") ? name.slice(0, -1) : name;
}
function terraformNames(name, def) {
  if (def.kind === "ref") return [`${name}_id`, `${name}_name`, name];
  if (def.kind === "list" && def.items.kind === "ref") {
    return [`vpc_${singular(name)}_ids`, `${singular(name)}_ids`, name];
  }
  return [name];
}
function isPresent(value) {
  if (value === void 0 || value === null) return false;
  return !(Array.isArray(value) && value.length === 0);
}
function convertValue(value, def) {
  if (def.kind === "object") {
    const block = Array.isArray(value) ? value[0] : value;
    if (block === void 0 || block === null || typeof block !== "object" || Array.isArray(block)) {
      return void 0;
    }
    return convertObject(block, def.properties);
  }
  if (def.kind === "list" && def.items.kind === "object" && Array.isArray(value)) {
    const items = def.items;
    return value.map((item) => convertValue(item, items) ?? null);
  }
  return value;
}
function convertObject(source, properties, previous) {
  const out = {};
  for (const [name, def] of Object.entries(properties)) {
    const candidates = terraformNames(name, def).filter((n) => Object.hasOwn(source, n));
    const from = candidates.find((n) => isPresent(source[n])) ?? candidates[0];
    if (from === void 0) continue;
    const value = source[from];
    if (isUnknown(value) && def.kind === "object" && isPresent(previous?.[from])) {
      out[name] = {};
      continue;
    }
    if (value === null || isUnknown(value) && (def.kind === "object" || def.kind === "list")) continue;
    const converted = convertValue(value, def);
    if (converted !== void 0) out[name] = converted;
  }
  return out;
}
function plagenticAttributes(def, values, previous) {
  return convertObject(values, def.properties, previous);
}
function plagenticTags(values) {
  for (const key of ["tags_all", "tags", "labels"]) {
    const v = values[key];
    if (v === null || v === void 0 || typeof v !== "object" || Array.isArray(v)) continue;
    const tags = {};
    for (const [k, tag] of Object.entries(v)) if (typeof tag === "string") tags[k] = tag;
    return tags;
  }
  return {};
}

// src/terraform/changes.ts
var ACTIONS = {
  create: "create",
  update: "update",
  replace: "replace",
  delete: "delete"
};
function changedAttributes(before, after) {
  const a = before?.attributes ?? {};
  const b = after?.attributes ?? {};
  const names = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !deepEqual(a[k], b[k]));
  if (!deepEqual(before?.tags ?? {}, after?.tags ?? {})) names.push("tags");
  return names.sort();
}
function policyChanges(changes, before, after) {
  const was = new Map(before.map((r) => [r.address, r]));
  const will = new Map(after.map((r) => [r.address, r]));
  const out = [];
  for (const c of changes) {
    const action = ACTIONS[c.action];
    const from = was.get(c.address);
    const to = will.get(c.address);
    if (action === void 0 || from === void 0 && to === void 0) continue;
    const change2 = {
      address: c.address,
      type: c.type,
      action,
      before: from ? { attributes: from.attributes, tags: from.tags } : null,
      after: to && action !== "delete" ? { attributes: to.attributes, tags: to.tags } : null,
      changedAttributes: changedAttributes(from, to),
      dependsOn: []
    };
    if (c.replacePaths) change2.replaceReasons = c.replacePaths;
    out.push(change2);
  }
  return out;
}

// src/terraform/review.ts
var DEFAULT_REVIEW_ENVIRONMENT = "terraform";
function actionOf(actions) {
  if (actions.length === 2) return "replace";
  return actions[0];
}
function addressOf(rc) {
  return rc.deposed === void 0 ? rc.address : `${rc.address} (deposed object ${rc.deposed})`;
}
function toChange(rc) {
  const c = rc.change;
  const change2 = {
    address: addressOf(rc),
    mode: rc.mode,
    type: rc.type,
    name: rc.name,
    action: actionOf(c.actions),
    before: markedAttributes(c.before, void 0, c.before_sensitive),
    after: markedAttributes(c.after, c.after_unknown, c.after_sensitive)
  };
  if (rc.module_address !== void 0) change2.moduleAddress = rc.module_address;
  if (c.replace_paths && c.replace_paths.length > 0) {
    change2.replacePaths = c.replace_paths.map((p) => p.map(String).join("."));
  }
  if (rc.action_reason !== void 0) change2.actionReason = rc.action_reason;
  return change2;
}
function summarize2(changes) {
  const s = { add: 0, change: 0, destroy: 0, replace: 0, read: 0, forget: 0 };
  for (const c of changes) {
    if (c.action === "create") s.add++;
    else if (c.action === "update") s.change++;
    else if (c.action === "delete") s.destroy++;
    else if (c.action === "read") s.read++;
    else if (c.action === "forget") s.forget++;
    else if (c.action === "replace") {
      s.add++;
      s.destroy++;
      s.replace++;
    }
  }
  return s;
}
function unknownTypesOf(changes) {
  const byType = /* @__PURE__ */ new Map();
  for (const c of changes) {
    if (c.mode !== "managed" || getResourceType(c.type)) continue;
    const list = byType.get(c.type) ?? [];
    list.push(c.address);
    byType.set(c.type, list);
  }
  return [...byType].map(([type, addresses]) => ({ type, addresses }));
}
function configuredRegion(plan) {
  const config = plan.configuration;
  const region = config?.provider_config?.["aws"]?.expressions?.region?.constant_value;
  return typeof region === "string" && /^[a-z0-9-]{1,32}$/.test(region) ? region : void 0;
}
function refuseDuplicates(changes, file) {
  const seen = /* @__PURE__ */ new Set();
  changes.forEach((c, i) => {
    if (seen.has(c.address)) {
      throw new SpecError(
        { file },
        `resource_changes[${i}].address`,
        `${JSON.stringify(c.address)} appears twice`
      );
    }
    seen.add(c.address);
  });
}
function pricedSide(c, side) {
  const def = c.mode === "managed" ? getResourceType(c.type) : void 0;
  const values = c[side];
  if (!def || values === null) return void 0;
  const resource = {
    address: c.address,
    type: c.type,
    name: c.name,
    protected: false,
    attributes: plagenticAttributes(def, values, side === "after" ? c.before ?? void 0 : void 0),
    tags: def.taggable ? plagenticTags(values) : {},
    usage: {},
    dependsOn: []
  };
  return resource;
}
function priced(r) {
  return { address: r.address, type: r.type, attributes: r.attributes, usage: r.usage };
}
function sha256OfBytes(bytes) {
  return createHash4("sha256").update(bytes).digest("hex");
}
function reviewTerraformPlanBytes(bytes, opts) {
  const plan = parseTerraformPlan(bytes, opts.file);
  const all = plan.resource_changes.map(toChange);
  refuseDuplicates(all, opts.file);
  const changes = all.filter((c) => c.action !== "no-op");
  const region = opts.region ?? configuredRegion(plan) ?? "unknown";
  const before = all.flatMap((c) => pricedSide(c, "before") ?? []);
  const desired = all.flatMap((c) => pricedSide(c, "after") ?? []);
  const usageRanges2 = opts.usageRanges;
  const cost = estimateCost(
    { region, before: before.map(priced), after: desired.map(priced), ...usageRanges2 && { usageRanges: usageRanges2 } },
    opts.catalog
  );
  const environment = opts.environment ?? DEFAULT_REVIEW_ENVIRONMENT;
  const provider = getResourceType(desired[0]?.type ?? before[0]?.type ?? "")?.cloud ?? "aws";
  const spec = { environment, provider, region, tags: {}, resources: [] };
  const policy = evaluatePolicies(
    { spec, desired, changes: policyChanges(changes, before, desired), cost },
    opts.policies ?? {}
  );
  const body = {
    source: "terraform",
    formatVersion: REVIEW_FORMAT_VERSION,
    planFileHash: sha256OfBytes(bytes),
    planFile: opts.file,
    terraformVersion: plan.terraform_version ?? null,
    terraformFormatVersion: plan.format_version,
    environment,
    region,
    changes,
    unchanged: all.length - changes.length,
    summary: summarize2(changes),
    unknownTypes: unknownTypesOf(all),
    cost,
    policy
  };
  return { ...body, hash: canonicalSha256(body) };
}

// src/action/terraform-review.ts
async function planFileIn(workspace, planPath) {
  const refuse3 = () => new PlagenticError(
    `the terraform-plan input ${JSON.stringify(planPath.slice(0, 200))} is not a file in the workspace`
  );
  const root = await realpath2(workspace).catch(() => resolve2(workspace));
  const full = await realpath2(resolve2(workspace, planPath)).catch(() => resolve2(workspace, planPath));
  const rel = relative3(root, full);
  if (rel === "" || rel.startsWith("..") || isAbsolute2(rel)) throw refuse3();
  return full;
}
async function runTerraformReview(ctx, input) {
  const workspace = ctx.env["GITHUB_WORKSPACE"] ?? ctx.workDir;
  const bytes = await readTerraformPlanFile(await planFileIn(workspace, input.planPath));
  const rc = await repoConfigOf(ctx);
  const ws = await openWorkspace(ctx, rc);
  let review;
  try {
    const label = input.environment.trim();
    review = reviewTerraformPlanBytes(bytes, {
      file: input.planPath,
      catalog: ws.catalog,
      policies: ws.config.policies,
      usageRanges: usageRanges(ws.config.cost?.usageRanges),
      .../^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(label) && { environment: label }
    });
  } finally {
    await ws.close();
  }
  const pr = input.payload?.pull_request;
  const number = typeof pr?.number === "number" ? pr.number : void 0;
  const sha = typeof pr?.head?.sha === "string" ? pr.head.sha : ctx.env["GITHUB_SHA"];
  const comment = number !== void 0 ? await upsertTerraformReview(ctx, number, input.planPath, review) : void 0;
  if (sha) await publishTerraformStatus(ctx, sha, review);
  ctx.log.info(`Reviewed ${input.planPath}: sha256 ${review.planFileHash}, policy ${review.policy.verdict}`);
  const outcome = {
    handled: true,
    plans: [
      {
        environment: review.environment,
        planHash: review.planFileHash,
        hasChanges: review.changes.length > 0,
        monthlyDelta: review.cost.monthlyDelta,
        verdict: review.policy.verdict,
        ...comment?.htmlUrl !== void 0 && { commentUrl: comment.htmlUrl }
      }
    ],
    applies: [],
    summary: [renderTerraformReviewMarkdown(review)[0] ?? ""]
  };
  return { outcome, review };
}

// src/action/run-event.ts
async function runActionEvent(core, input) {
  const env = { ...input.env };
  const token = core.getInput("github-token") || env["GITHUB_TOKEN"] || "";
  if (!token)
    throw new PlagenticError("the github-token input is empty; pass `github-token: ${{ github.token }}`");
  const openaiKey = core.getInput("openai-api-key");
  if (openaiKey) env["OPENAI_API_KEY"] = openaiKey;
  const configInput = core.getInput("config");
  if (configInput) env["PLAGENTIC_CONFIG"] = configInput;
  const recordKeyInput = core.getInput("record-key");
  if (recordKeyInput) env["PLAGENTIC_RECORD_KEY"] = recordKeyInput;
  const redact = createRedactor([token, ...secretValuesFromEnv(env)], { onSecret: (s) => core.setSecret(s) });
  try {
    await runRedacted(core, input, env, token, redact);
  } catch (e) {
    throw redactError(e, redact);
  }
}
async function runRedacted(core, input, env, token, redact) {
  const [owner = "", repo = ""] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  const recordKey = recordKeyFromEnv(env, `${owner}/${repo}`);
  if (!recordKey.secret)
    core.info(
      "No record-key input: plan records are protected by placement and neutralization only; set record-key from a repository secret to authenticate them."
    );
  const octokit = getOctokit(token, { baseUrl: env["GITHUB_API_URL"] ?? "https://api.github.com" });
  const workDir = resolve3(core.getInput("working-directory") || env["GITHUB_WORKSPACE"] || process.cwd());
  const ctx = {
    gh: redactingClient(octokitClient(octokit), redact),
    redactor: redact,
    repo: { owner, repo },
    mode: "action",
    botLogin: core.getInput("bot-login") || "github-actions[bot]",
    env,
    workDir,
    log: {
      info: (m) => core.info(redact(m)),
      warn: (m) => core.warning(redact(m)),
      error: (m) => core.error(redact(m))
    },
    now: () => /* @__PURE__ */ new Date(),
    recordKey: recordKey.key
  };
  if (input.terraformPlan !== void 0) {
    const { outcome: outcome2, review } = await runTerraformReview(ctx, {
      planPath: input.terraformPlan,
      environment: core.getInput("environment"),
      payload: input.payload
    });
    setOutputs(core, {
      planHash: review.planFileHash,
      hasChanges: review.changes.length > 0,
      monthlyCostDelta: review.cost.monthlyDelta,
      applied: false
    });
    core.setOutput("terraform-plan-hash", review.planFileHash);
    await writeSummary(core, outcome2, redact);
    return;
  }
  const outcome = input.eventName === "workflow_dispatch" || input.eventName === "schedule" && input.command.trim() ? await runCommandInput(ctx, input.command || "drift", core.getInput("environment")) : await handleEvent(
    ctx,
    { name: input.eventName, payload: input.payload },
    {
      proposePlainWords: teamProposer(core.getInput("team") || DEFAULT_TEAM, {
        mcp: { hosted: false }
      })
    }
  );
  const plan = outcome.plans[0];
  setOutputs(core, {
    ...plan && {
      planHash: plan.planHash,
      hasChanges: plan.hasChanges,
      monthlyCostDelta: plan.monthlyDelta
    },
    applied: outcome.applies.some((a) => a.ok)
  });
  await writeSummary(core, outcome, redact);
  if (outcome.failed !== void 0) core.setFailed(redact(`Plagentic failed: ${outcome.failed}`));
  else if (outcome.applies.some((a) => !a.ok))
    core.setFailed("Plagentic could not apply every resource; see the PR comment.");
}
async function runCommandInput(ctx, command2, environmentInput) {
  const parsed = parseComment(`/plagentic ${command2}`);
  if (parsed.kind !== "command" || !["drift", "plan"].includes(parsed.command.verb)) {
    throw new PlagenticError(
      `the command input "${command2}" is not valid for scheduled or dispatched runs; use "drift [environment]" or "plan [environment]" (applies happen on approved pull requests)`
    );
  }
  const rc = await repoConfigOf(ctx);
  const valid = await listRepoEnvironments(ctx.gh, ctx.repo, rc, rc.defaultBranch);
  const wanted = parsed.command.environment ?? (environmentInput.trim() || void 0);
  if (wanted !== void 0 && (!isValidEnvironmentName(wanted) || !valid.includes(wanted)))
    throw new PlagenticError(
      `the environment input ${JSON.stringify(wanted.slice(0, 80))} is not an environment of this repository; valid environments: ${valid.join(", ") || "(none)"}`
    );
  const names = wanted ? [wanted] : valid;
  const outcome = { handled: true, plans: [], applies: [], summary: [] };
  const ws = await openWorkspace(ctx, rc);
  try {
    for (const name of names) {
      const env = await loadRepoEnvironment(ctx.gh, ctx.repo, rc, name, rc.defaultBranch);
      if (parsed.command.verb === "drift") {
        const report = await ws.drift(env);
        outcome.summary.push(renderDriftMarkdown(report));
        if (report.items.length > 0)
          ctx.log.warn(`drift in ${name}: ${report.items.length} resource(s) differ from the spec`);
        outcome.plans.push({
          environment: name,
          planHash: "",
          hasChanges: report.items.length > 0,
          monthlyDelta: 0,
          verdict: "pass"
        });
      } else {
        const { plan } = await ws.plan(env, { commit: null });
        outcome.summary.push(renderPlanMarkdown(plan, {})[0] ?? "");
        outcome.plans.push({
          environment: name,
          planHash: plan.hash,
          hasChanges: plan.changes.length > 0,
          monthlyDelta: plan.cost.monthlyDelta,
          verdict: plan.policy.verdict
        });
      }
    }
  } finally {
    await ws.close();
  }
  return outcome;
}
async function writeSummary(core, outcome, redact) {
  if (!process.env["GITHUB_STEP_SUMMARY"]) return;
  const lines = ["## Plagentic", ""];
  if (!outcome.handled) lines.push(`Nothing to do: ${outcome.note ?? "the event is not for Plagentic"}.`);
  for (const p of outcome.plans) {
    lines.push(
      p.planHash ? `- **${p.environment}**: plan \`${p.planHash.slice(0, 12)}\`, ${p.hasChanges ? "changes" : "no changes"}, ${p.monthlyDelta >= 0 ? "+" : "-"}$${Math.abs(p.monthlyDelta).toFixed(2)}/month, policy ${p.verdict}` + (p.commentUrl ? ` ([comment](${p.commentUrl}))` : "") : `- **${p.environment}**: ${p.hasChanges ? "drift found" : "no drift"}`
    );
  }
  for (const a of outcome.applies)
    lines.push(`- **${a.environment}**: ${a.ok ? "applied" : "apply failed"} \`${a.planHash.slice(0, 12)}\``);
  if (outcome.summary.length > 0) lines.push("", ...outcome.summary);
  await core.summary.addRaw(redact(lines.join("\n"))).write();
}
export {
  runActionEvent
};
