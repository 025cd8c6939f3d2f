import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  client_exports as client_exports2,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs11 as require_dist_cjs2,
  require_dist_cjs4 as require_dist_cjs,
  retry_exports
} from "./chunk-VRTSVF6D.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-KKXFBV5K.js";
import {
  __commonJS,
  __toCommonJS
} from "./chunk-TXMSPRBW.js";

// node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultResourceGroupsTaggingAPIHttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "tagging",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    var defaultResourceGroupsTaggingAPIHttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "tagging"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1141.0";
    var packageInfo = {
      version
    };
    var k = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [k]: "Endpoint" };
    var h = { [k]: d };
    var i = {};
    var j = [{ [k]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://tagging-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://tagging-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://tagging.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://tagging.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      12,
      3,
      1,
      4,
      r + 11,
      2,
      5,
      r + 11,
      3,
      8,
      6,
      4,
      7,
      r + 10,
      5,
      r + 8,
      r + 9,
      4,
      10,
      9,
      6,
      r + 6,
      r + 7,
      5,
      11,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      13,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var ResourceGroupsTaggingAPIServiceException = class _ResourceGroupsTaggingAPIServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _ResourceGroupsTaggingAPIServiceException.prototype);
      }
    };
    var ConcurrentModificationException = class _ConcurrentModificationException extends ResourceGroupsTaggingAPIServiceException {
      name = "ConcurrentModificationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConcurrentModificationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConstraintViolationException = class _ConstraintViolationException extends ResourceGroupsTaggingAPIServiceException {
      name = "ConstraintViolationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConstraintViolationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConstraintViolationException.prototype);
        this.Message = opts.Message;
      }
    };
    var InternalServiceException = class _InternalServiceException extends ResourceGroupsTaggingAPIServiceException {
      name = "InternalServiceException";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServiceException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServiceException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidParameterException = class _InvalidParameterException extends ResourceGroupsTaggingAPIServiceException {
      name = "InvalidParameterException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidParameterException.prototype);
        this.Message = opts.Message;
      }
    };
    var ThrottledException = class _ThrottledException extends ResourceGroupsTaggingAPIServiceException {
      name = "ThrottledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ThrottledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ThrottledException.prototype);
        this.Message = opts.Message;
      }
    };
    var PaginationTokenExpiredException = class _PaginationTokenExpiredException extends ResourceGroupsTaggingAPIServiceException {
      name = "PaginationTokenExpiredException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PaginationTokenExpiredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PaginationTokenExpiredException.prototype);
        this.Message = opts.Message;
      }
    };
    var _CD = "ComplianceDetails";
    var _CFRT = "CloudFormationResourceTypes";
    var _CME = "ConcurrentModificationException";
    var _CS = "ComplianceStatus";
    var _CVE = "ConstraintViolationException";
    var _DRC = "DescribeReportCreation";
    var _DRCI = "DescribeReportCreationInput";
    var _DRCO = "DescribeReportCreationOutput";
    var _EC = "ErrorCode";
    var _ECR = "ExcludeCompliantResources";
    var _EM = "ErrorMessage";
    var _FI = "FailureInfo";
    var _FRM = "FailedResourcesMap";
    var _GB = "GroupBy";
    var _GCS = "GetComplianceSummary";
    var _GCSI = "GetComplianceSummaryInput";
    var _GCSO = "GetComplianceSummaryOutput";
    var _GR = "GetResources";
    var _GRI = "GetResourcesInput";
    var _GRO = "GetResourcesOutput";
    var _GTK = "GetTagKeys";
    var _GTKI = "GetTagKeysInput";
    var _GTKO = "GetTagKeysOutput";
    var _GTV = "GetTagValues";
    var _GTVI = "GetTagValuesInput";
    var _GTVO = "GetTagValuesOutput";
    var _ICD = "IncludeComplianceDetails";
    var _IPE = "InvalidParameterException";
    var _ISE = "InternalServiceException";
    var _K = "Key";
    var _KWNV = "KeysWithNoncompliantValues";
    var _LRT = "ListRequiredTags";
    var _LRTI = "ListRequiredTagsInput";
    var _LRTO = "ListRequiredTagsOutput";
    var _LU = "LastUpdated";
    var _M = "Message";
    var _MR = "MaxResults";
    var _MTK = "MissingTagKeys";
    var _NCR = "NonCompliantResources";
    var _NK = "NoncompliantKeys";
    var _NT = "NextToken";
    var _PT = "PaginationToken";
    var _PTEE = "PaginationTokenExpiredException";
    var _R = "Region";
    var _RARN = "ResourceARN";
    var _RARNL = "ResourceARNList";
    var _RF = "RegionFilters";
    var _RPP = "ResourcesPerPage";
    var _RT = "RequiredTags";
    var _RTF = "ResourceTypeFilters";
    var _RTFLRT = "RequiredTagsForListRequiredTags";
    var _RTK = "ReportingTagKeys";
    var _RTM = "ResourceTagMapping";
    var _RTML = "ResourceTagMappingList";
    var _RTe = "RequiredTag";
    var _RTes = "ResourceType";
    var _S = "Status";
    var _SB = "S3Bucket";
    var _SC = "StatusCode";
    var _SD = "StartDate";
    var _SL = "S3Location";
    var _SLu = "SummaryList";
    var _SRC = "StartReportCreation";
    var _SRCI = "StartReportCreationInput";
    var _SRCO = "StartReportCreationOutput";
    var _Su = "Summary";
    var _T = "Tags";
    var _TE = "ThrottledException";
    var _TF = "TagFilters";
    var _TFL = "TagFilterList";
    var _TFa = "TagFilter";
    var _TI = "TargetId";
    var _TIF = "TargetIdFilters";
    var _TIT = "TargetIdType";
    var _TK = "TagKeys";
    var _TKF = "TagKeyFilters";
    var _TL = "TagList";
    var _TPP = "TagsPerPage";
    var _TR = "TagResources";
    var _TRI = "TagResourcesInput";
    var _TRO = "TagResourcesOutput";
    var _TV = "TagValues";
    var _Ta = "Tag";
    var _UR = "UntagResources";
    var _URI = "UntagResourcesInput";
    var _URO = "UntagResourcesOutput";
    var _V = "Value";
    var _Va = "Values";
    var _c = "client";
    var _e = "error";
    var _h = "http";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.resourcegroupstaggingapi";
    var _se = "server";
    var n0 = "com.amazonaws.resourcegroupstaggingapi";
    var _s_registry = new TypeRegistry(_s);
    var ResourceGroupsTaggingAPIServiceException$ = [-3, _s, "ResourceGroupsTaggingAPIServiceException", 0, [], []];
    _s_registry.registerError(ResourceGroupsTaggingAPIServiceException$, ResourceGroupsTaggingAPIServiceException);
    var n0_registry = new TypeRegistry(n0);
    var ConcurrentModificationException$ = [
      -3,
      n0,
      _CME,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
    var ConstraintViolationException$ = [
      -3,
      n0,
      _CVE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConstraintViolationException$, ConstraintViolationException);
    var InternalServiceException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se },
      [_M],
      [0]
    ];
    n0_registry.registerError(InternalServiceException$, InternalServiceException);
    var InvalidParameterException$ = [
      -3,
      n0,
      _IPE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var PaginationTokenExpiredException$ = [
      -3,
      n0,
      _PTEE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(PaginationTokenExpiredException$, PaginationTokenExpiredException);
    var ThrottledException$ = [
      -3,
      n0,
      _TE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ThrottledException$, ThrottledException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var ComplianceDetails$ = [
      3,
      n0,
      _CD,
      0,
      [_NK, _KWNV, _MTK, _CS],
      [64 | 0, 64 | 0, 64 | 0, 2]
    ];
    var DescribeReportCreationInput$ = [
      3,
      n0,
      _DRCI,
      0,
      [],
      []
    ];
    var DescribeReportCreationOutput$ = [
      3,
      n0,
      _DRCO,
      0,
      [_S, _SL, _SD, _EM],
      [0, 0, 0, 0]
    ];
    var FailureInfo$ = [
      3,
      n0,
      _FI,
      0,
      [_SC, _EC, _EM],
      [1, 0, 0]
    ];
    var GetComplianceSummaryInput$ = [
      3,
      n0,
      _GCSI,
      0,
      [_TIF, _RF, _RTF, _TKF, _GB, _MR, _PT],
      [64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 1, 0]
    ];
    var GetComplianceSummaryOutput$ = [
      3,
      n0,
      _GCSO,
      0,
      [_SLu, _PT],
      [() => SummaryList, 0]
    ];
    var GetResourcesInput$ = [
      3,
      n0,
      _GRI,
      0,
      [_PT, _TF, _RPP, _TPP, _RTF, _ICD, _ECR, _RARNL],
      [0, () => TagFilterList, 1, 1, 64 | 0, 2, 2, 64 | 0]
    ];
    var GetResourcesOutput$ = [
      3,
      n0,
      _GRO,
      0,
      [_PT, _RTML],
      [0, () => ResourceTagMappingList]
    ];
    var GetTagKeysInput$ = [
      3,
      n0,
      _GTKI,
      0,
      [_PT],
      [0]
    ];
    var GetTagKeysOutput$ = [
      3,
      n0,
      _GTKO,
      0,
      [_PT, _TK],
      [0, 64 | 0]
    ];
    var GetTagValuesInput$ = [
      3,
      n0,
      _GTVI,
      0,
      [_K, _PT],
      [0, 0],
      1
    ];
    var GetTagValuesOutput$ = [
      3,
      n0,
      _GTVO,
      0,
      [_PT, _TV],
      [0, 64 | 0]
    ];
    var ListRequiredTagsInput$ = [
      3,
      n0,
      _LRTI,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListRequiredTagsOutput$ = [
      3,
      n0,
      _LRTO,
      0,
      [_RT, _NT],
      [() => RequiredTagsForListRequiredTags, 0]
    ];
    var RequiredTag$ = [
      3,
      n0,
      _RTe,
      0,
      [_RTes, _CFRT, _RTK],
      [0, 64 | 0, 64 | 0]
    ];
    var ResourceTagMapping$ = [
      3,
      n0,
      _RTM,
      0,
      [_RARN, _T, _CD],
      [0, () => TagList, () => ComplianceDetails$]
    ];
    var StartReportCreationInput$ = [
      3,
      n0,
      _SRCI,
      0,
      [_SB],
      [0],
      1
    ];
    var StartReportCreationOutput$ = [
      3,
      n0,
      _SRCO,
      0,
      [],
      []
    ];
    var Summary$ = [
      3,
      n0,
      _Su,
      0,
      [_LU, _TI, _TIT, _R, _RTes, _NCR],
      [0, 0, 0, 0, 0, 1]
    ];
    var Tag$ = [
      3,
      n0,
      _Ta,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    var TagFilter$ = [
      3,
      n0,
      _TFa,
      0,
      [_K, _Va],
      [0, 64 | 0]
    ];
    var TagResourcesInput$ = [
      3,
      n0,
      _TRI,
      0,
      [_RARNL, _T],
      [64 | 0, 128 | 0],
      2
    ];
    var TagResourcesOutput$ = [
      3,
      n0,
      _TRO,
      0,
      [_FRM],
      [() => FailedResourcesMap]
    ];
    var UntagResourcesInput$ = [
      3,
      n0,
      _URI,
      0,
      [_RARNL, _TK],
      [64 | 0, 64 | 0],
      2
    ];
    var UntagResourcesOutput$ = [
      3,
      n0,
      _URO,
      0,
      [_FRM],
      [() => FailedResourcesMap]
    ];
    var RequiredTagsForListRequiredTags = [
      1,
      n0,
      _RTFLRT,
      0,
      () => RequiredTag$
    ];
    var ResourceTagMappingList = [
      1,
      n0,
      _RTML,
      0,
      () => ResourceTagMapping$
    ];
    var SummaryList = [
      1,
      n0,
      _SLu,
      0,
      () => Summary$
    ];
    var TagFilterList = [
      1,
      n0,
      _TFL,
      0,
      () => TagFilter$
    ];
    var TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    var FailedResourcesMap = [
      2,
      n0,
      _FRM,
      0,
      0,
      () => FailureInfo$
    ];
    var DescribeReportCreation$ = [
      9,
      n0,
      _DRC,
      { [_h]: ["POST", "/DescribeReportCreation", 200] },
      () => DescribeReportCreationInput$,
      () => DescribeReportCreationOutput$
    ];
    var GetComplianceSummary$ = [
      9,
      n0,
      _GCS,
      { [_h]: ["POST", "/GetComplianceSummary", 200] },
      () => GetComplianceSummaryInput$,
      () => GetComplianceSummaryOutput$
    ];
    var GetResources$ = [
      9,
      n0,
      _GR,
      { [_h]: ["POST", "/GetResources", 200] },
      () => GetResourcesInput$,
      () => GetResourcesOutput$
    ];
    var GetTagKeys$ = [
      9,
      n0,
      _GTK,
      { [_h]: ["POST", "/GetTagKeys", 200] },
      () => GetTagKeysInput$,
      () => GetTagKeysOutput$
    ];
    var GetTagValues$ = [
      9,
      n0,
      _GTV,
      { [_h]: ["POST", "/GetTagValues", 200] },
      () => GetTagValuesInput$,
      () => GetTagValuesOutput$
    ];
    var ListRequiredTags$ = [
      9,
      n0,
      _LRT,
      { [_h]: ["POST", "/ListRequiredTags", 200] },
      () => ListRequiredTagsInput$,
      () => ListRequiredTagsOutput$
    ];
    var StartReportCreation$ = [
      9,
      n0,
      _SRC,
      { [_h]: ["POST", "/StartReportCreation", 200] },
      () => StartReportCreationInput$,
      () => StartReportCreationOutput$
    ];
    var TagResources$ = [
      9,
      n0,
      _TR,
      { [_h]: ["POST", "/TagResources", 200] },
      () => TagResourcesInput$,
      () => TagResourcesOutput$
    ];
    var UntagResources$ = [
      9,
      n0,
      _UR,
      { [_h]: ["POST", "/UntagResources", 200] },
      () => UntagResourcesInput$,
      () => UntagResourcesOutput$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2017-01-26",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultResourceGroupsTaggingAPIHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.resourcegroupstaggingapi",
          errorTypeRegistries,
          version: "2017-01-26",
          serviceTarget: "ResourceGroupsTaggingAPI_20170126"
        },
        serviceId: config?.serviceId ?? "Resource Groups Tagging API",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var ResourceGroupsTaggingAPIClient = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultResourceGroupsTaggingAPIHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "ResourceGroupsTaggingAPI_20170126", "ResourceGroupsTaggingAPIClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var DescribeReportCreationCommand = class extends command(_ep0, _mw0, "DescribeReportCreation", DescribeReportCreation$) {
    };
    var GetComplianceSummaryCommand = class extends command(_ep0, _mw0, "GetComplianceSummary", GetComplianceSummary$) {
    };
    var GetResourcesCommand = class extends command(_ep0, _mw0, "GetResources", GetResources$) {
    };
    var GetTagKeysCommand = class extends command(_ep0, _mw0, "GetTagKeys", GetTagKeys$) {
    };
    var GetTagValuesCommand = class extends command(_ep0, _mw0, "GetTagValues", GetTagValues$) {
    };
    var ListRequiredTagsCommand = class extends command(_ep0, _mw0, "ListRequiredTags", ListRequiredTags$) {
    };
    var StartReportCreationCommand = class extends command(_ep0, _mw0, "StartReportCreation", StartReportCreation$) {
    };
    var TagResourcesCommand = class extends command(_ep0, _mw0, "TagResources", TagResources$) {
    };
    var UntagResourcesCommand = class extends command(_ep0, _mw0, "UntagResources", UntagResources$) {
    };
    var paginateGetComplianceSummary = createPaginator(ResourceGroupsTaggingAPIClient, GetComplianceSummaryCommand, "PaginationToken", "PaginationToken", "MaxResults");
    var paginateGetResources = createPaginator(ResourceGroupsTaggingAPIClient, GetResourcesCommand, "PaginationToken", "PaginationToken", "ResourcesPerPage");
    var paginateGetTagKeys = createPaginator(ResourceGroupsTaggingAPIClient, GetTagKeysCommand, "PaginationToken", "PaginationToken", "");
    var paginateGetTagValues = createPaginator(ResourceGroupsTaggingAPIClient, GetTagValuesCommand, "PaginationToken", "PaginationToken", "");
    var paginateListRequiredTags = createPaginator(ResourceGroupsTaggingAPIClient, ListRequiredTagsCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      DescribeReportCreationCommand,
      GetComplianceSummaryCommand,
      GetResourcesCommand,
      GetTagKeysCommand,
      GetTagValuesCommand,
      ListRequiredTagsCommand,
      StartReportCreationCommand,
      TagResourcesCommand,
      UntagResourcesCommand
    };
    var paginators = {
      paginateGetComplianceSummary,
      paginateGetResources,
      paginateGetTagKeys,
      paginateGetTagValues,
      paginateListRequiredTags
    };
    var ResourceGroupsTaggingAPI = class extends ResourceGroupsTaggingAPIClient {
    };
    createAggregatedClient(commands, ResourceGroupsTaggingAPI, { paginators });
    var ErrorCode = {
      INTERNAL_SERVICE_EXCEPTION: "InternalServiceException",
      INVALID_PARAMETER_EXCEPTION: "InvalidParameterException"
    };
    var GroupByAttribute = {
      REGION: "REGION",
      RESOURCE_TYPE: "RESOURCE_TYPE",
      TARGET_ID: "TARGET_ID"
    };
    var TargetIdType = {
      ACCOUNT: "ACCOUNT",
      OU: "OU",
      ROOT: "ROOT"
    };
    exports.ComplianceDetails$ = ComplianceDetails$;
    exports.ConcurrentModificationException = ConcurrentModificationException;
    exports.ConcurrentModificationException$ = ConcurrentModificationException$;
    exports.ConstraintViolationException = ConstraintViolationException;
    exports.ConstraintViolationException$ = ConstraintViolationException$;
    exports.DescribeReportCreation$ = DescribeReportCreation$;
    exports.DescribeReportCreationCommand = DescribeReportCreationCommand;
    exports.DescribeReportCreationInput$ = DescribeReportCreationInput$;
    exports.DescribeReportCreationOutput$ = DescribeReportCreationOutput$;
    exports.ErrorCode = ErrorCode;
    exports.FailureInfo$ = FailureInfo$;
    exports.GetComplianceSummary$ = GetComplianceSummary$;
    exports.GetComplianceSummaryCommand = GetComplianceSummaryCommand;
    exports.GetComplianceSummaryInput$ = GetComplianceSummaryInput$;
    exports.GetComplianceSummaryOutput$ = GetComplianceSummaryOutput$;
    exports.GetResources$ = GetResources$;
    exports.GetResourcesCommand = GetResourcesCommand;
    exports.GetResourcesInput$ = GetResourcesInput$;
    exports.GetResourcesOutput$ = GetResourcesOutput$;
    exports.GetTagKeys$ = GetTagKeys$;
    exports.GetTagKeysCommand = GetTagKeysCommand;
    exports.GetTagKeysInput$ = GetTagKeysInput$;
    exports.GetTagKeysOutput$ = GetTagKeysOutput$;
    exports.GetTagValues$ = GetTagValues$;
    exports.GetTagValuesCommand = GetTagValuesCommand;
    exports.GetTagValuesInput$ = GetTagValuesInput$;
    exports.GetTagValuesOutput$ = GetTagValuesOutput$;
    exports.GroupByAttribute = GroupByAttribute;
    exports.InternalServiceException = InternalServiceException;
    exports.InternalServiceException$ = InternalServiceException$;
    exports.InvalidParameterException = InvalidParameterException;
    exports.InvalidParameterException$ = InvalidParameterException$;
    exports.ListRequiredTags$ = ListRequiredTags$;
    exports.ListRequiredTagsCommand = ListRequiredTagsCommand;
    exports.ListRequiredTagsInput$ = ListRequiredTagsInput$;
    exports.ListRequiredTagsOutput$ = ListRequiredTagsOutput$;
    exports.PaginationTokenExpiredException = PaginationTokenExpiredException;
    exports.PaginationTokenExpiredException$ = PaginationTokenExpiredException$;
    exports.RequiredTag$ = RequiredTag$;
    exports.ResourceGroupsTaggingAPI = ResourceGroupsTaggingAPI;
    exports.ResourceGroupsTaggingAPIClient = ResourceGroupsTaggingAPIClient;
    exports.ResourceGroupsTaggingAPIServiceException = ResourceGroupsTaggingAPIServiceException;
    exports.ResourceGroupsTaggingAPIServiceException$ = ResourceGroupsTaggingAPIServiceException$;
    exports.ResourceTagMapping$ = ResourceTagMapping$;
    exports.StartReportCreation$ = StartReportCreation$;
    exports.StartReportCreationCommand = StartReportCreationCommand;
    exports.StartReportCreationInput$ = StartReportCreationInput$;
    exports.StartReportCreationOutput$ = StartReportCreationOutput$;
    exports.Summary$ = Summary$;
    exports.Tag$ = Tag$;
    exports.TagFilter$ = TagFilter$;
    exports.TagResources$ = TagResources$;
    exports.TagResourcesCommand = TagResourcesCommand;
    exports.TagResourcesInput$ = TagResourcesInput$;
    exports.TagResourcesOutput$ = TagResourcesOutput$;
    exports.TargetIdType = TargetIdType;
    exports.ThrottledException = ThrottledException;
    exports.ThrottledException$ = ThrottledException$;
    exports.UntagResources$ = UntagResources$;
    exports.UntagResourcesCommand = UntagResourcesCommand;
    exports.UntagResourcesInput$ = UntagResourcesInput$;
    exports.UntagResourcesOutput$ = UntagResourcesOutput$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateGetComplianceSummary = paginateGetComplianceSummary;
    exports.paginateGetResources = paginateGetResources;
    exports.paginateGetTagKeys = paginateGetTagKeys;
    exports.paginateGetTagValues = paginateGetTagValues;
    exports.paginateListRequiredTags = paginateListRequiredTags;
  }
});
export default require_dist_cjs3();
