import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  createHttpPoller,
  createRestError,
  deserializeState,
  getClient,
  operationOptionsToRequestParameters
} from "./chunk-D4RMRU3Q.js";
import {
  RestError,
  createClientLogger,
  isRestError,
  stringToUint8Array,
  uint8ArrayToString
} from "./chunk-C7P3RFH2.js";
import "./chunk-HQCZTVS6.js";
import "./chunk-TXMSPRBW.js";

// node_modules/@azure/arm-containerservice/dist/esm/static-helpers/cloudSettingHelpers.js
var AzureClouds;
(function(AzureClouds2) {
  AzureClouds2["AZURE_PUBLIC_CLOUD"] = "AZURE_PUBLIC_CLOUD";
  AzureClouds2["AZURE_CHINA_CLOUD"] = "AZURE_CHINA_CLOUD";
  AzureClouds2["AZURE_US_GOVERNMENT"] = "AZURE_US_GOVERNMENT";
})(AzureClouds || (AzureClouds = {}));
function getArmEndpoint(cloudSetting) {
  if (cloudSetting === void 0) {
    return void 0;
  }
  const cloudEndpoints = {
    AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
    AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
    AZURE_PUBLIC_CLOUD: "https://management.azure.com/"
  };
  if (cloudSetting in cloudEndpoints) {
    return cloudEndpoints[cloudSetting];
  } else {
    throw new Error(`Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`);
  }
}

// node_modules/@azure/arm-containerservice/dist/esm/logger.js
var logger = createClientLogger("arm-containerservice");

// node_modules/@azure/arm-containerservice/package.json
var package_default = {
  name: "@azure/arm-containerservice",
  version: "25.5.0",
  description: "A generated SDK for ContainerServiceClient.",
  engines: {
    node: ">=22.0.0"
  },
  sideEffects: false,
  autoPublish: false,
  type: "module",
  main: "./dist/commonjs/index.js",
  module: "./dist/esm/index.js",
  types: "./dist/commonjs/index.d.ts",
  browser: "./dist/browser/index.js",
  exports: {
    "./package.json": "./package.json",
    ".": {
      browser: {
        types: "./dist/browser/index.d.ts",
        default: "./dist/browser/index.js"
      },
      import: {
        types: "./dist/esm/index.d.ts",
        default: "./dist/esm/index.js"
      },
      require: {
        types: "./dist/commonjs/index.d.ts",
        default: "./dist/commonjs/index.js"
      }
    },
    "./api": {
      browser: {
        types: "./dist/browser/api/index.d.ts",
        default: "./dist/browser/api/index.js"
      },
      import: {
        types: "./dist/esm/api/index.d.ts",
        default: "./dist/esm/api/index.js"
      },
      require: {
        types: "./dist/commonjs/api/index.d.ts",
        default: "./dist/commonjs/api/index.js"
      }
    },
    "./api/trustedAccessRoles": {
      browser: {
        types: "./dist/browser/api/trustedAccessRoles/index.d.ts",
        default: "./dist/browser/api/trustedAccessRoles/index.js"
      },
      import: {
        types: "./dist/esm/api/trustedAccessRoles/index.d.ts",
        default: "./dist/esm/api/trustedAccessRoles/index.js"
      },
      require: {
        types: "./dist/commonjs/api/trustedAccessRoles/index.d.ts",
        default: "./dist/commonjs/api/trustedAccessRoles/index.js"
      }
    },
    "./api/resolvePrivateLinkServiceId": {
      browser: {
        types: "./dist/browser/api/resolvePrivateLinkServiceId/index.d.ts",
        default: "./dist/browser/api/resolvePrivateLinkServiceId/index.js"
      },
      import: {
        types: "./dist/esm/api/resolvePrivateLinkServiceId/index.d.ts",
        default: "./dist/esm/api/resolvePrivateLinkServiceId/index.js"
      },
      require: {
        types: "./dist/commonjs/api/resolvePrivateLinkServiceId/index.d.ts",
        default: "./dist/commonjs/api/resolvePrivateLinkServiceId/index.js"
      }
    },
    "./api/privateLinkResources": {
      browser: {
        types: "./dist/browser/api/privateLinkResources/index.d.ts",
        default: "./dist/browser/api/privateLinkResources/index.js"
      },
      import: {
        types: "./dist/esm/api/privateLinkResources/index.d.ts",
        default: "./dist/esm/api/privateLinkResources/index.js"
      },
      require: {
        types: "./dist/commonjs/api/privateLinkResources/index.d.ts",
        default: "./dist/commonjs/api/privateLinkResources/index.js"
      }
    },
    "./api/operations": {
      browser: {
        types: "./dist/browser/api/operations/index.d.ts",
        default: "./dist/browser/api/operations/index.js"
      },
      import: {
        types: "./dist/esm/api/operations/index.d.ts",
        default: "./dist/esm/api/operations/index.js"
      },
      require: {
        types: "./dist/commonjs/api/operations/index.d.ts",
        default: "./dist/commonjs/api/operations/index.js"
      }
    },
    "./api/identityBindings": {
      browser: {
        types: "./dist/browser/api/identityBindings/index.d.ts",
        default: "./dist/browser/api/identityBindings/index.js"
      },
      import: {
        types: "./dist/esm/api/identityBindings/index.d.ts",
        default: "./dist/esm/api/identityBindings/index.js"
      },
      require: {
        types: "./dist/commonjs/api/identityBindings/index.d.ts",
        default: "./dist/commonjs/api/identityBindings/index.js"
      }
    },
    "./api/trustedAccessRoleBindings": {
      browser: {
        types: "./dist/browser/api/trustedAccessRoleBindings/index.d.ts",
        default: "./dist/browser/api/trustedAccessRoleBindings/index.js"
      },
      import: {
        types: "./dist/esm/api/trustedAccessRoleBindings/index.d.ts",
        default: "./dist/esm/api/trustedAccessRoleBindings/index.js"
      },
      require: {
        types: "./dist/commonjs/api/trustedAccessRoleBindings/index.d.ts",
        default: "./dist/commonjs/api/trustedAccessRoleBindings/index.js"
      }
    },
    "./api/snapshots": {
      browser: {
        types: "./dist/browser/api/snapshots/index.d.ts",
        default: "./dist/browser/api/snapshots/index.js"
      },
      import: {
        types: "./dist/esm/api/snapshots/index.d.ts",
        default: "./dist/esm/api/snapshots/index.js"
      },
      require: {
        types: "./dist/commonjs/api/snapshots/index.d.ts",
        default: "./dist/commonjs/api/snapshots/index.js"
      }
    },
    "./api/privateEndpointConnections": {
      browser: {
        types: "./dist/browser/api/privateEndpointConnections/index.d.ts",
        default: "./dist/browser/api/privateEndpointConnections/index.js"
      },
      import: {
        types: "./dist/esm/api/privateEndpointConnections/index.d.ts",
        default: "./dist/esm/api/privateEndpointConnections/index.js"
      },
      require: {
        types: "./dist/commonjs/api/privateEndpointConnections/index.d.ts",
        default: "./dist/commonjs/api/privateEndpointConnections/index.js"
      }
    },
    "./api/machines": {
      browser: {
        types: "./dist/browser/api/machines/index.d.ts",
        default: "./dist/browser/api/machines/index.js"
      },
      import: {
        types: "./dist/esm/api/machines/index.d.ts",
        default: "./dist/esm/api/machines/index.js"
      },
      require: {
        types: "./dist/commonjs/api/machines/index.d.ts",
        default: "./dist/commonjs/api/machines/index.js"
      }
    },
    "./api/managedNamespaces": {
      browser: {
        types: "./dist/browser/api/managedNamespaces/index.d.ts",
        default: "./dist/browser/api/managedNamespaces/index.js"
      },
      import: {
        types: "./dist/esm/api/managedNamespaces/index.d.ts",
        default: "./dist/esm/api/managedNamespaces/index.js"
      },
      require: {
        types: "./dist/commonjs/api/managedNamespaces/index.d.ts",
        default: "./dist/commonjs/api/managedNamespaces/index.js"
      }
    },
    "./api/maintenanceConfigurations": {
      browser: {
        types: "./dist/browser/api/maintenanceConfigurations/index.d.ts",
        default: "./dist/browser/api/maintenanceConfigurations/index.js"
      },
      import: {
        types: "./dist/esm/api/maintenanceConfigurations/index.d.ts",
        default: "./dist/esm/api/maintenanceConfigurations/index.js"
      },
      require: {
        types: "./dist/commonjs/api/maintenanceConfigurations/index.d.ts",
        default: "./dist/commonjs/api/maintenanceConfigurations/index.js"
      }
    },
    "./api/managedClusters": {
      browser: {
        types: "./dist/browser/api/managedClusters/index.d.ts",
        default: "./dist/browser/api/managedClusters/index.js"
      },
      import: {
        types: "./dist/esm/api/managedClusters/index.d.ts",
        default: "./dist/esm/api/managedClusters/index.js"
      },
      require: {
        types: "./dist/commonjs/api/managedClusters/index.d.ts",
        default: "./dist/commonjs/api/managedClusters/index.js"
      }
    },
    "./api/agentPools": {
      browser: {
        types: "./dist/browser/api/agentPools/index.d.ts",
        default: "./dist/browser/api/agentPools/index.js"
      },
      import: {
        types: "./dist/esm/api/agentPools/index.d.ts",
        default: "./dist/esm/api/agentPools/index.js"
      },
      require: {
        types: "./dist/commonjs/api/agentPools/index.d.ts",
        default: "./dist/commonjs/api/agentPools/index.js"
      }
    },
    "./models": {
      browser: {
        types: "./dist/browser/models/index.d.ts",
        default: "./dist/browser/models/index.js"
      },
      import: {
        types: "./dist/esm/models/index.d.ts",
        default: "./dist/esm/models/index.js"
      },
      require: {
        types: "./dist/commonjs/models/index.d.ts",
        default: "./dist/commonjs/models/index.js"
      }
    }
  },
  keywords: [
    "node",
    "azure",
    "cloud",
    "typescript",
    "browser",
    "isomorphic"
  ],
  author: "Microsoft Corporation",
  license: "MIT",
  files: [
    "dist/",
    "!dist/**/*.d.*ts.map",
    "README.md",
    "LICENSE"
  ],
  "sdk-type": "mgmt",
  repository: {
    type: "git",
    url: "git+https://github.com/Azure/azure-sdk-for-js",
    directory: "sdk/containerservice/arm-containerservice"
  },
  bugs: {
    url: "https://github.com/Azure/azure-sdk-for-js/issues"
  },
  homepage: "https://github.com/Azure/azure-sdk-for-js/tree/main/sdk/containerservice/arm-containerservice/README.md",
  prettier: "@azure/eslint-plugin-azure-sdk/prettier.json",
  "//metadata": {
    constantPaths: [
      {
        path: "src/api/containerServiceContext.ts",
        prefix: "userAgentInfo"
      }
    ]
  },
  dependencies: {
    "@azure/core-util": "^1.12.0",
    "@azure-rest/core-client": "^2.7.0",
    "@azure/abort-controller": "^2.1.2",
    "@azure/core-auth": "^1.9.0",
    "@azure/core-lro": "^3.1.0",
    "@azure/core-rest-pipeline": "^1.24.0",
    "@azure/logger": "^1.2.0",
    tslib: "^2.8.1"
  },
  devDependencies: {
    "@azure/identity": "4.13.0",
    "@types/node": "^22.0.0",
    "@vitest/browser-playwright": "^4.1.2",
    "@vitest/coverage-istanbul": "^4.1.2",
    "cross-env": "^10.1.0",
    dotenv: "^16.6.1",
    eslint: "^10.8.0",
    playwright: "^1.60.0",
    prettier: "^3.9.1",
    rimraf: "^6.1.0",
    typescript: "~6.0.2",
    vitest: "^4.1.2",
    "@azure-tools/test-credential": "^2.1.2",
    "@azure-tools/test-utils-vitest": "^2.0.1",
    "@azure/dev-tool": "^1.0.0",
    "@azure/eslint-plugin-azure-sdk": "^3.0.0",
    "@azure-tools/test-recorder": "^4.1.1"
  },
  "//sampleConfiguration": {
    productName: "@azure/arm-containerservice",
    productSlugs: [
      "azure"
    ],
    disableDocsMs: true,
    apiRefLink: "https://learn.microsoft.com/javascript/api/@azure/arm-containerservice"
  },
  imports: {
    "#platform/*": {
      browser: "./src/*-browser.mts",
      default: "./src/*.ts"
    }
  },
  scripts: {
    clean: "rimraf --glob dist dist-browser dist-esm test-dist temp types *.tgz *.log",
    "extract-api": "rimraf review && dev-tool run extract-api",
    pack: "pnpm pack 2>&1",
    lint: "echo skipped",
    "lint:fix": "echo skipped",
    "build:samples": "tsc -p config/tsconfig.samples.json && dev-tool samples publish -f",
    "check-format": 'prettier --list-different --config ../../../.prettierrc.json --ignore-path ../../../.prettierignore "src/**/*.{ts,cts,mts}" "test/**/*.{ts,cts,mts}" "*.{js,cjs,mjs,json}" "samples-dev/*.ts"',
    "execute:samples": "dev-tool samples run samples-dev",
    format: 'prettier --write --config ../../../.prettierrc.json --ignore-path ../../../.prettierignore "src/**/*.{ts,cts,mts}" "test/**/*.{ts,cts,mts}" "*.{js,cjs,mjs,json}" "samples-dev/*.ts"',
    "generate:client": "echo skipped",
    "test:browser": "echo skipped",
    build: "npm run clean && dev-tool run build-package && dev-tool run extract-api",
    "test:node": "dev-tool run test:vitest",
    test: "tsc -b --noEmit && npm run test:node && npm run test:browser",
    "update-snippets": "dev-tool run update-snippets"
  }
};

// node_modules/@azure/arm-containerservice/dist/esm/api/containerServiceContext.js
function createContainerService(credential, subscriptionId, options = {}) {
  const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
  const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
  const userAgentInfo = `azsdk-js-arm-containerservice/${package_default.version}`;
  const userAgentPrefix = prefixFromOptions ? `${prefixFromOptions} ${userAgentInfo}` : `${userAgentInfo}`;
  const { apiVersion: _, ...updatedOptions } = {
    ...options,
    userAgentOptions: { userAgentPrefix },
    loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
    credentials: {
      scopes: options.credentials?.scopes ?? ["https://management.azure.com/.default"]
    }
  };
  const clientContext = getClient(endpointUrl, credential, updatedOptions);
  const apiVersion = options.apiVersion;
  return { ...clientContext, apiVersion, subscriptionId };
}

// node_modules/@azure/arm-containerservice/dist/esm/static-helpers/serialization/check-prop-undefined.js
function areAllPropsUndefined(item, properties) {
  for (const property of properties) {
    if (item[property] !== void 0) {
      return false;
    }
  }
  return true;
}

// node_modules/@azure/arm-containerservice/dist/esm/models/models.js
function agentPoolSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, [
      "count",
      "vmSize",
      "osDiskSizeGB",
      "osDiskType",
      "kubeletDiskType",
      "workloadRuntime",
      "messageOfTheDay",
      "vnetSubnetID",
      "podSubnetID",
      "podIPAllocationMode",
      "maxPods",
      "osType",
      "osSKU",
      "maxCount",
      "minCount",
      "enableAutoScaling",
      "scaleDownMode",
      "type",
      "mode",
      "orchestratorVersion",
      "nodeImageVersion",
      "upgradeSettings",
      "powerState",
      "availabilityZones",
      "enableNodePublicIP",
      "nodePublicIPPrefixID",
      "scaleSetPriority",
      "scaleSetEvictionPolicy",
      "spotMaxPrice",
      "tags",
      "nodeLabels",
      "nodeTaints",
      "proximityPlacementGroupID",
      "kubeletConfig",
      "linuxOSConfig",
      "enableEncryptionAtHost",
      "enableUltraSSD",
      "enableFips",
      "gpuInstanceProfile",
      "creationData",
      "capacityReservationGroupID",
      "hostGroupID",
      "networkProfile",
      "windowsProfile",
      "securityProfile",
      "gpuProfile",
      "gatewayProfile",
      "artifactStreamingProfile",
      "virtualMachinesProfile",
      "virtualMachineNodesStatus",
      "status",
      "localDNSProfile"
    ]) ? void 0 : _agentPoolPropertiesSerializer(item)
  };
}
function agentPoolDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _agentPoolPropertiesDeserializer(item["properties"])
  };
}
var KnownOSDiskType;
(function(KnownOSDiskType2) {
  KnownOSDiskType2["Managed"] = "Managed";
  KnownOSDiskType2["Ephemeral"] = "Ephemeral";
})(KnownOSDiskType || (KnownOSDiskType = {}));
var KnownKubeletDiskType;
(function(KnownKubeletDiskType2) {
  KnownKubeletDiskType2["OS"] = "OS";
  KnownKubeletDiskType2["Temporary"] = "Temporary";
})(KnownKubeletDiskType || (KnownKubeletDiskType = {}));
var KnownWorkloadRuntime;
(function(KnownWorkloadRuntime2) {
  KnownWorkloadRuntime2["OCIContainer"] = "OCIContainer";
  KnownWorkloadRuntime2["WasmWasi"] = "WasmWasi";
  KnownWorkloadRuntime2["KataVmIsolation"] = "KataVmIsolation";
})(KnownWorkloadRuntime || (KnownWorkloadRuntime = {}));
var KnownPodIPAllocationMode;
(function(KnownPodIPAllocationMode2) {
  KnownPodIPAllocationMode2["DynamicIndividual"] = "DynamicIndividual";
  KnownPodIPAllocationMode2["StaticBlock"] = "StaticBlock";
})(KnownPodIPAllocationMode || (KnownPodIPAllocationMode = {}));
var KnownOSType;
(function(KnownOSType2) {
  KnownOSType2["Linux"] = "Linux";
  KnownOSType2["Windows"] = "Windows";
})(KnownOSType || (KnownOSType = {}));
var KnownOssku;
(function(KnownOssku2) {
  KnownOssku2["Ubuntu"] = "Ubuntu";
  KnownOssku2["AzureLinux"] = "AzureLinux";
  KnownOssku2["AzureLinux3"] = "AzureLinux3";
  KnownOssku2["CBLMariner"] = "CBLMariner";
  KnownOssku2["Windows2019"] = "Windows2019";
  KnownOssku2["Windows2022"] = "Windows2022";
  KnownOssku2["Ubuntu2204"] = "Ubuntu2204";
  KnownOssku2["Windows2025"] = "Windows2025";
  KnownOssku2["Ubuntu2404"] = "Ubuntu2404";
  KnownOssku2["AzureContainerLinux"] = "AzureContainerLinux";
})(KnownOssku || (KnownOssku = {}));
var KnownScaleDownMode;
(function(KnownScaleDownMode2) {
  KnownScaleDownMode2["Delete"] = "Delete";
  KnownScaleDownMode2["Deallocate"] = "Deallocate";
})(KnownScaleDownMode || (KnownScaleDownMode = {}));
var KnownAgentPoolType;
(function(KnownAgentPoolType2) {
  KnownAgentPoolType2["VirtualMachineScaleSets"] = "VirtualMachineScaleSets";
  KnownAgentPoolType2["AvailabilitySet"] = "AvailabilitySet";
  KnownAgentPoolType2["VirtualMachines"] = "VirtualMachines";
})(KnownAgentPoolType || (KnownAgentPoolType = {}));
var KnownAgentPoolMode;
(function(KnownAgentPoolMode2) {
  KnownAgentPoolMode2["System"] = "System";
  KnownAgentPoolMode2["User"] = "User";
  KnownAgentPoolMode2["Gateway"] = "Gateway";
})(KnownAgentPoolMode || (KnownAgentPoolMode = {}));
function agentPoolUpgradeSettingsSerializer(item) {
  return {
    maxSurge: item["maxSurge"],
    maxUnavailable: item["maxUnavailable"],
    drainTimeoutInMinutes: item["drainTimeoutInMinutes"],
    nodeSoakDurationInMinutes: item["nodeSoakDurationInMinutes"],
    undrainableNodeBehavior: item["undrainableNodeBehavior"]
  };
}
function agentPoolUpgradeSettingsDeserializer(item) {
  return {
    maxSurge: item["maxSurge"],
    maxUnavailable: item["maxUnavailable"],
    drainTimeoutInMinutes: item["drainTimeoutInMinutes"],
    nodeSoakDurationInMinutes: item["nodeSoakDurationInMinutes"],
    undrainableNodeBehavior: item["undrainableNodeBehavior"]
  };
}
var KnownUndrainableNodeBehavior;
(function(KnownUndrainableNodeBehavior2) {
  KnownUndrainableNodeBehavior2["Cordon"] = "Cordon";
  KnownUndrainableNodeBehavior2["Schedule"] = "Schedule";
})(KnownUndrainableNodeBehavior || (KnownUndrainableNodeBehavior = {}));
function powerStateSerializer(item) {
  return { code: item["code"] };
}
function powerStateDeserializer(item) {
  return {
    code: item["code"]
  };
}
var KnownCode;
(function(KnownCode2) {
  KnownCode2["Running"] = "Running";
  KnownCode2["Stopped"] = "Stopped";
})(KnownCode || (KnownCode = {}));
var KnownScaleSetPriority;
(function(KnownScaleSetPriority2) {
  KnownScaleSetPriority2["Spot"] = "Spot";
  KnownScaleSetPriority2["Regular"] = "Regular";
})(KnownScaleSetPriority || (KnownScaleSetPriority = {}));
var KnownScaleSetEvictionPolicy;
(function(KnownScaleSetEvictionPolicy2) {
  KnownScaleSetEvictionPolicy2["Delete"] = "Delete";
  KnownScaleSetEvictionPolicy2["Deallocate"] = "Deallocate";
})(KnownScaleSetEvictionPolicy || (KnownScaleSetEvictionPolicy = {}));
function kubeletConfigSerializer(item) {
  return {
    cpuManagerPolicy: item["cpuManagerPolicy"],
    cpuCfsQuota: item["cpuCfsQuota"],
    cpuCfsQuotaPeriod: item["cpuCfsQuotaPeriod"],
    imageGcHighThreshold: item["imageGcHighThreshold"],
    imageGcLowThreshold: item["imageGcLowThreshold"],
    topologyManagerPolicy: item["topologyManagerPolicy"],
    allowedUnsafeSysctls: !item["allowedUnsafeSysctls"] ? item["allowedUnsafeSysctls"] : item["allowedUnsafeSysctls"].map((p) => {
      return p;
    }),
    failSwapOn: item["failSwapOn"],
    containerLogMaxSizeMB: item["containerLogMaxSizeMB"],
    containerLogMaxFiles: item["containerLogMaxFiles"],
    podMaxPids: item["podMaxPids"]
  };
}
function kubeletConfigDeserializer(item) {
  return {
    cpuManagerPolicy: item["cpuManagerPolicy"],
    cpuCfsQuota: item["cpuCfsQuota"],
    cpuCfsQuotaPeriod: item["cpuCfsQuotaPeriod"],
    imageGcHighThreshold: item["imageGcHighThreshold"],
    imageGcLowThreshold: item["imageGcLowThreshold"],
    topologyManagerPolicy: item["topologyManagerPolicy"],
    allowedUnsafeSysctls: !item["allowedUnsafeSysctls"] ? item["allowedUnsafeSysctls"] : item["allowedUnsafeSysctls"].map((p) => {
      return p;
    }),
    failSwapOn: item["failSwapOn"],
    containerLogMaxSizeMB: item["containerLogMaxSizeMB"],
    containerLogMaxFiles: item["containerLogMaxFiles"],
    podMaxPids: item["podMaxPids"]
  };
}
function linuxOSConfigSerializer(item) {
  return {
    sysctls: !item["sysctls"] ? item["sysctls"] : sysctlConfigSerializer(item["sysctls"]),
    transparentHugePageEnabled: item["transparentHugePageEnabled"],
    transparentHugePageDefrag: item["transparentHugePageDefrag"],
    swapFileSizeMB: item["swapFileSizeMB"]
  };
}
function linuxOSConfigDeserializer(item) {
  return {
    sysctls: !item["sysctls"] ? item["sysctls"] : sysctlConfigDeserializer(item["sysctls"]),
    transparentHugePageEnabled: item["transparentHugePageEnabled"],
    transparentHugePageDefrag: item["transparentHugePageDefrag"],
    swapFileSizeMB: item["swapFileSizeMB"]
  };
}
function sysctlConfigSerializer(item) {
  return {
    netCoreSomaxconn: item["netCoreSomaxconn"],
    netCoreNetdevMaxBacklog: item["netCoreNetdevMaxBacklog"],
    netCoreRmemDefault: item["netCoreRmemDefault"],
    netCoreRmemMax: item["netCoreRmemMax"],
    netCoreWmemDefault: item["netCoreWmemDefault"],
    netCoreWmemMax: item["netCoreWmemMax"],
    netCoreOptmemMax: item["netCoreOptmemMax"],
    netIpv4TcpMaxSynBacklog: item["netIpv4TcpMaxSynBacklog"],
    netIpv4TcpMaxTwBuckets: item["netIpv4TcpMaxTwBuckets"],
    netIpv4TcpFinTimeout: item["netIpv4TcpFinTimeout"],
    netIpv4TcpKeepaliveTime: item["netIpv4TcpKeepaliveTime"],
    netIpv4TcpKeepaliveProbes: item["netIpv4TcpKeepaliveProbes"],
    netIpv4TcpkeepaliveIntvl: item["netIpv4TcpkeepaliveIntvl"],
    netIpv4TcpTwReuse: item["netIpv4TcpTwReuse"],
    netIpv4IpLocalPortRange: item["netIpv4IpLocalPortRange"],
    netIpv4NeighDefaultGcThresh1: item["netIpv4NeighDefaultGcThresh1"],
    netIpv4NeighDefaultGcThresh2: item["netIpv4NeighDefaultGcThresh2"],
    netIpv4NeighDefaultGcThresh3: item["netIpv4NeighDefaultGcThresh3"],
    netNetfilterNfConntrackMax: item["netNetfilterNfConntrackMax"],
    netNetfilterNfConntrackBuckets: item["netNetfilterNfConntrackBuckets"],
    fsInotifyMaxUserWatches: item["fsInotifyMaxUserWatches"],
    fsFileMax: item["fsFileMax"],
    fsAioMaxNr: item["fsAioMaxNr"],
    fsNrOpen: item["fsNrOpen"],
    kernelThreadsMax: item["kernelThreadsMax"],
    vmMaxMapCount: item["vmMaxMapCount"],
    vmSwappiness: item["vmSwappiness"],
    vmVfsCachePressure: item["vmVfsCachePressure"]
  };
}
function sysctlConfigDeserializer(item) {
  return {
    netCoreSomaxconn: item["netCoreSomaxconn"],
    netCoreNetdevMaxBacklog: item["netCoreNetdevMaxBacklog"],
    netCoreRmemDefault: item["netCoreRmemDefault"],
    netCoreRmemMax: item["netCoreRmemMax"],
    netCoreWmemDefault: item["netCoreWmemDefault"],
    netCoreWmemMax: item["netCoreWmemMax"],
    netCoreOptmemMax: item["netCoreOptmemMax"],
    netIpv4TcpMaxSynBacklog: item["netIpv4TcpMaxSynBacklog"],
    netIpv4TcpMaxTwBuckets: item["netIpv4TcpMaxTwBuckets"],
    netIpv4TcpFinTimeout: item["netIpv4TcpFinTimeout"],
    netIpv4TcpKeepaliveTime: item["netIpv4TcpKeepaliveTime"],
    netIpv4TcpKeepaliveProbes: item["netIpv4TcpKeepaliveProbes"],
    netIpv4TcpkeepaliveIntvl: item["netIpv4TcpkeepaliveIntvl"],
    netIpv4TcpTwReuse: item["netIpv4TcpTwReuse"],
    netIpv4IpLocalPortRange: item["netIpv4IpLocalPortRange"],
    netIpv4NeighDefaultGcThresh1: item["netIpv4NeighDefaultGcThresh1"],
    netIpv4NeighDefaultGcThresh2: item["netIpv4NeighDefaultGcThresh2"],
    netIpv4NeighDefaultGcThresh3: item["netIpv4NeighDefaultGcThresh3"],
    netNetfilterNfConntrackMax: item["netNetfilterNfConntrackMax"],
    netNetfilterNfConntrackBuckets: item["netNetfilterNfConntrackBuckets"],
    fsInotifyMaxUserWatches: item["fsInotifyMaxUserWatches"],
    fsFileMax: item["fsFileMax"],
    fsAioMaxNr: item["fsAioMaxNr"],
    fsNrOpen: item["fsNrOpen"],
    kernelThreadsMax: item["kernelThreadsMax"],
    vmMaxMapCount: item["vmMaxMapCount"],
    vmSwappiness: item["vmSwappiness"],
    vmVfsCachePressure: item["vmVfsCachePressure"]
  };
}
var KnownGPUInstanceProfile;
(function(KnownGPUInstanceProfile2) {
  KnownGPUInstanceProfile2["MIG1G"] = "MIG1g";
  KnownGPUInstanceProfile2["MIG2G"] = "MIG2g";
  KnownGPUInstanceProfile2["MIG3G"] = "MIG3g";
  KnownGPUInstanceProfile2["MIG4G"] = "MIG4g";
  KnownGPUInstanceProfile2["MIG7G"] = "MIG7g";
})(KnownGPUInstanceProfile || (KnownGPUInstanceProfile = {}));
function creationDataSerializer(item) {
  return { sourceResourceId: item["sourceResourceId"] };
}
function creationDataDeserializer(item) {
  return {
    sourceResourceId: item["sourceResourceId"]
  };
}
function agentPoolNetworkProfileSerializer(item) {
  return {
    nodePublicIPTags: !item["nodePublicIPTags"] ? item["nodePublicIPTags"] : ipTagArraySerializer(item["nodePublicIPTags"]),
    allowedHostPorts: !item["allowedHostPorts"] ? item["allowedHostPorts"] : portRangeArraySerializer(item["allowedHostPorts"]),
    applicationSecurityGroups: !item["applicationSecurityGroups"] ? item["applicationSecurityGroups"] : item["applicationSecurityGroups"].map((p) => {
      return p;
    }),
    dranet: !item["dranet"] ? item["dranet"] : dranetProfileSerializer(item["dranet"])
  };
}
function agentPoolNetworkProfileDeserializer(item) {
  return {
    nodePublicIPTags: !item["nodePublicIPTags"] ? item["nodePublicIPTags"] : ipTagArrayDeserializer(item["nodePublicIPTags"]),
    allowedHostPorts: !item["allowedHostPorts"] ? item["allowedHostPorts"] : portRangeArrayDeserializer(item["allowedHostPorts"]),
    applicationSecurityGroups: !item["applicationSecurityGroups"] ? item["applicationSecurityGroups"] : item["applicationSecurityGroups"].map((p) => {
      return p;
    }),
    dranet: !item["dranet"] ? item["dranet"] : dranetProfileDeserializer(item["dranet"])
  };
}
function ipTagArraySerializer(result) {
  return result.map((item) => {
    return ipTagSerializer(item);
  });
}
function ipTagArrayDeserializer(result) {
  return result.map((item) => {
    return ipTagDeserializer(item);
  });
}
function ipTagSerializer(item) {
  return { ipTagType: item["ipTagType"], tag: item["tag"] };
}
function ipTagDeserializer(item) {
  return {
    ipTagType: item["ipTagType"],
    tag: item["tag"]
  };
}
function portRangeArraySerializer(result) {
  return result.map((item) => {
    return portRangeSerializer(item);
  });
}
function portRangeArrayDeserializer(result) {
  return result.map((item) => {
    return portRangeDeserializer(item);
  });
}
function portRangeSerializer(item) {
  return { portStart: item["portStart"], portEnd: item["portEnd"], protocol: item["protocol"] };
}
function portRangeDeserializer(item) {
  return {
    portStart: item["portStart"],
    portEnd: item["portEnd"],
    protocol: item["protocol"]
  };
}
var KnownProtocol;
(function(KnownProtocol2) {
  KnownProtocol2["TCP"] = "TCP";
  KnownProtocol2["UDP"] = "UDP";
})(KnownProtocol || (KnownProtocol = {}));
function dranetProfileSerializer(item) {
  return { mode: item["mode"] };
}
function dranetProfileDeserializer(item) {
  return {
    mode: item["mode"]
  };
}
var KnownDranetMode;
(function(KnownDranetMode2) {
  KnownDranetMode2["Unmanaged"] = "Unmanaged";
  KnownDranetMode2["Managed"] = "Managed";
})(KnownDranetMode || (KnownDranetMode = {}));
function agentPoolWindowsProfileSerializer(item) {
  return { disableOutboundNat: item["disableOutboundNat"] };
}
function agentPoolWindowsProfileDeserializer(item) {
  return {
    disableOutboundNat: item["disableOutboundNat"]
  };
}
function agentPoolSecurityProfileSerializer(item) {
  return {
    enableVTPM: item["enableVtpm"],
    enableSecureBoot: item["enableSecureBoot"],
    sshAccess: item["sshAccess"]
  };
}
function agentPoolSecurityProfileDeserializer(item) {
  return {
    enableVtpm: item["enableVTPM"],
    enableSecureBoot: item["enableSecureBoot"],
    sshAccess: item["sshAccess"]
  };
}
var KnownAgentPoolSSHAccess;
(function(KnownAgentPoolSSHAccess2) {
  KnownAgentPoolSSHAccess2["LocalUser"] = "LocalUser";
  KnownAgentPoolSSHAccess2["Disabled"] = "Disabled";
  KnownAgentPoolSSHAccess2["EntraId"] = "EntraId";
})(KnownAgentPoolSSHAccess || (KnownAgentPoolSSHAccess = {}));
function gpuProfileSerializer(item) {
  return { driver: item["driver"] };
}
function gpuProfileDeserializer(item) {
  return {
    driver: item["driver"]
  };
}
var KnownGPUDriver;
(function(KnownGPUDriver2) {
  KnownGPUDriver2["Install"] = "Install";
  KnownGPUDriver2["None"] = "None";
})(KnownGPUDriver || (KnownGPUDriver = {}));
function agentPoolGatewayProfileSerializer(item) {
  return { publicIPPrefixSize: item["publicIPPrefixSize"] };
}
function agentPoolGatewayProfileDeserializer(item) {
  return {
    publicIPPrefixSize: item["publicIPPrefixSize"]
  };
}
function agentPoolArtifactStreamingProfileSerializer(item) {
  return { enabled: item["enabled"] };
}
function agentPoolArtifactStreamingProfileDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function virtualMachinesProfileSerializer(item) {
  return { scale: !item["scale"] ? item["scale"] : scaleProfileSerializer(item["scale"]) };
}
function virtualMachinesProfileDeserializer(item) {
  return {
    scale: !item["scale"] ? item["scale"] : scaleProfileDeserializer(item["scale"])
  };
}
function scaleProfileSerializer(item) {
  return {
    manual: !item["manual"] ? item["manual"] : manualScaleProfileArraySerializer(item["manual"]),
    autoscale: !item["autoscale"] ? item["autoscale"] : autoScaleProfileArraySerializer(item["autoscale"])
  };
}
function scaleProfileDeserializer(item) {
  return {
    manual: !item["manual"] ? item["manual"] : manualScaleProfileArrayDeserializer(item["manual"]),
    autoscale: !item["autoscale"] ? item["autoscale"] : autoScaleProfileArrayDeserializer(item["autoscale"])
  };
}
function manualScaleProfileArraySerializer(result) {
  return result.map((item) => {
    return manualScaleProfileSerializer(item);
  });
}
function manualScaleProfileArrayDeserializer(result) {
  return result.map((item) => {
    return manualScaleProfileDeserializer(item);
  });
}
function manualScaleProfileSerializer(item) {
  return { size: item["size"], count: item["count"] };
}
function manualScaleProfileDeserializer(item) {
  return {
    size: item["size"],
    count: item["count"]
  };
}
function autoScaleProfileArraySerializer(result) {
  return result.map((item) => {
    return autoScaleProfileSerializer(item);
  });
}
function autoScaleProfileArrayDeserializer(result) {
  return result.map((item) => {
    return autoScaleProfileDeserializer(item);
  });
}
function autoScaleProfileSerializer(item) {
  return { size: item["size"], minCount: item["minCount"], maxCount: item["maxCount"] };
}
function autoScaleProfileDeserializer(item) {
  return {
    size: item["size"],
    minCount: item["minCount"],
    maxCount: item["maxCount"]
  };
}
function virtualMachineNodesArraySerializer(result) {
  return result.map((item) => {
    return virtualMachineNodesSerializer(item);
  });
}
function virtualMachineNodesArrayDeserializer(result) {
  return result.map((item) => {
    return virtualMachineNodesDeserializer(item);
  });
}
function virtualMachineNodesSerializer(item) {
  return { size: item["size"], count: item["count"] };
}
function virtualMachineNodesDeserializer(item) {
  return {
    size: item["size"],
    count: item["count"]
  };
}
function agentPoolStatusSerializer(_item) {
  return {};
}
function agentPoolStatusDeserializer(item) {
  return {
    provisioningError: !item["provisioningError"] ? item["provisioningError"] : errorDetailDeserializer(item["provisioningError"])
  };
}
function errorDetailDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    target: item["target"],
    details: !item["details"] ? item["details"] : errorDetailArrayDeserializer(item["details"]),
    additionalInfo: !item["additionalInfo"] ? item["additionalInfo"] : errorAdditionalInfoArrayDeserializer(item["additionalInfo"])
  };
}
function errorDetailArrayDeserializer(result) {
  return result.map((item) => {
    return errorDetailDeserializer(item);
  });
}
function errorAdditionalInfoArrayDeserializer(result) {
  return result.map((item) => {
    return errorAdditionalInfoDeserializer(item);
  });
}
function errorAdditionalInfoDeserializer(item) {
  return {
    type: item["type"],
    info: item["info"]
  };
}
function localDNSProfileSerializer(item) {
  return {
    mode: item["mode"],
    vnetDNSOverrides: !item["vnetDNSOverrides"] ? item["vnetDNSOverrides"] : localDNSOverrideRecordSerializer(item["vnetDNSOverrides"]),
    kubeDNSOverrides: !item["kubeDNSOverrides"] ? item["kubeDNSOverrides"] : localDNSOverrideRecordSerializer(item["kubeDNSOverrides"])
  };
}
function localDNSProfileDeserializer(item) {
  return {
    mode: item["mode"],
    state: item["state"],
    vnetDNSOverrides: !item["vnetDNSOverrides"] ? item["vnetDNSOverrides"] : localDNSOverrideRecordDeserializer(item["vnetDNSOverrides"]),
    kubeDNSOverrides: !item["kubeDNSOverrides"] ? item["kubeDNSOverrides"] : localDNSOverrideRecordDeserializer(item["kubeDNSOverrides"])
  };
}
var KnownLocalDNSMode;
(function(KnownLocalDNSMode2) {
  KnownLocalDNSMode2["Preferred"] = "Preferred";
  KnownLocalDNSMode2["Required"] = "Required";
  KnownLocalDNSMode2["Disabled"] = "Disabled";
})(KnownLocalDNSMode || (KnownLocalDNSMode = {}));
var KnownLocalDNSState;
(function(KnownLocalDNSState2) {
  KnownLocalDNSState2["Enabled"] = "Enabled";
  KnownLocalDNSState2["Disabled"] = "Disabled";
})(KnownLocalDNSState || (KnownLocalDNSState = {}));
function localDNSOverrideRecordSerializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : localDNSOverrideSerializer(item[key]);
  });
  return result;
}
function localDNSOverrideRecordDeserializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : localDNSOverrideDeserializer(item[key]);
  });
  return result;
}
function localDNSOverrideSerializer(item) {
  return {
    queryLogging: item["queryLogging"],
    protocol: item["protocol"],
    forwardDestination: item["forwardDestination"],
    forwardPolicy: item["forwardPolicy"],
    maxConcurrent: item["maxConcurrent"],
    cacheDurationInSeconds: item["cacheDurationInSeconds"],
    serveStaleDurationInSeconds: item["serveStaleDurationInSeconds"],
    serveStale: item["serveStale"]
  };
}
function localDNSOverrideDeserializer(item) {
  return {
    queryLogging: item["queryLogging"],
    protocol: item["protocol"],
    forwardDestination: item["forwardDestination"],
    forwardPolicy: item["forwardPolicy"],
    maxConcurrent: item["maxConcurrent"],
    cacheDurationInSeconds: item["cacheDurationInSeconds"],
    serveStaleDurationInSeconds: item["serveStaleDurationInSeconds"],
    serveStale: item["serveStale"]
  };
}
var KnownLocalDNSQueryLogging;
(function(KnownLocalDNSQueryLogging2) {
  KnownLocalDNSQueryLogging2["Error"] = "Error";
  KnownLocalDNSQueryLogging2["Log"] = "Log";
})(KnownLocalDNSQueryLogging || (KnownLocalDNSQueryLogging = {}));
var KnownLocalDNSProtocol;
(function(KnownLocalDNSProtocol2) {
  KnownLocalDNSProtocol2["PreferUDP"] = "PreferUDP";
  KnownLocalDNSProtocol2["ForceTCP"] = "ForceTCP";
})(KnownLocalDNSProtocol || (KnownLocalDNSProtocol = {}));
var KnownLocalDNSForwardDestination;
(function(KnownLocalDNSForwardDestination2) {
  KnownLocalDNSForwardDestination2["ClusterCoreDNS"] = "ClusterCoreDNS";
  KnownLocalDNSForwardDestination2["VnetDNS"] = "VnetDNS";
})(KnownLocalDNSForwardDestination || (KnownLocalDNSForwardDestination = {}));
var KnownLocalDNSForwardPolicy;
(function(KnownLocalDNSForwardPolicy2) {
  KnownLocalDNSForwardPolicy2["Sequential"] = "Sequential";
  KnownLocalDNSForwardPolicy2["RoundRobin"] = "RoundRobin";
  KnownLocalDNSForwardPolicy2["Random"] = "Random";
})(KnownLocalDNSForwardPolicy || (KnownLocalDNSForwardPolicy = {}));
var KnownLocalDNSServeStale;
(function(KnownLocalDNSServeStale2) {
  KnownLocalDNSServeStale2["Verify"] = "Verify";
  KnownLocalDNSServeStale2["Immediate"] = "Immediate";
  KnownLocalDNSServeStale2["Disable"] = "Disable";
})(KnownLocalDNSServeStale || (KnownLocalDNSServeStale = {}));
function systemDataDeserializer(item) {
  return {
    createdBy: item["createdBy"],
    createdByType: item["createdByType"],
    createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
    lastModifiedBy: item["lastModifiedBy"],
    lastModifiedByType: item["lastModifiedByType"],
    lastModifiedAt: !item["lastModifiedAt"] ? item["lastModifiedAt"] : new Date(item["lastModifiedAt"])
  };
}
var KnownCreatedByType;
(function(KnownCreatedByType2) {
  KnownCreatedByType2["User"] = "User";
  KnownCreatedByType2["Application"] = "Application";
  KnownCreatedByType2["ManagedIdentity"] = "ManagedIdentity";
  KnownCreatedByType2["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
function errorResponseDeserializer(item) {
  return {
    error: !item["error"] ? item["error"] : errorDetailDeserializer(item["error"])
  };
}
function _agentPoolListResultDeserializer(item) {
  return {
    value: agentPoolArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function agentPoolArrayDeserializer(result) {
  return result.map((item) => {
    return agentPoolDeserializer(item);
  });
}
function agentPoolDeleteMachinesParameterSerializer(item) {
  return {
    machineNames: item["machineNames"].map((p) => {
      return p;
    })
  };
}
function agentPoolAvailableVersionsDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    ..._agentPoolAvailableVersionsPropertiesDeserializer(item["properties"])
  };
}
function agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemArrayDeserializer(result) {
  return result.map((item) => {
    return agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemDeserializer(item);
  });
}
function agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemDeserializer(item) {
  return {
    default: item["default"],
    kubernetesVersion: item["kubernetesVersion"],
    isPreview: item["isPreview"]
  };
}
function agentPoolUpgradeProfileDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ..._agentPoolUpgradeProfilePropertiesDeserializer(item["properties"])
  };
}
function agentPoolUpgradeProfilePropertiesUpgradesItemArrayDeserializer(result) {
  return result.map((item) => {
    return agentPoolUpgradeProfilePropertiesUpgradesItemDeserializer(item);
  });
}
function agentPoolUpgradeProfilePropertiesUpgradesItemDeserializer(item) {
  return {
    kubernetesVersion: item["kubernetesVersion"],
    isPreview: item["isPreview"]
  };
}
function agentPoolRecentlyUsedVersionArrayDeserializer(result) {
  return result.map((item) => {
    return agentPoolRecentlyUsedVersionDeserializer(item);
  });
}
function agentPoolRecentlyUsedVersionDeserializer(item) {
  return {
    orchestratorVersion: item["orchestratorVersion"],
    nodeImageVersion: item["nodeImageVersion"],
    timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"])
  };
}
function managedClusterSerializer(item) {
  return {
    tags: item["tags"],
    location: item["location"],
    properties: areAllPropsUndefined(item, [
      "kubernetesVersion",
      "dnsPrefix",
      "fqdnSubdomain",
      "agentPoolProfiles",
      "linuxProfile",
      "windowsProfile",
      "servicePrincipalProfile",
      "addonProfiles",
      "podIdentityProfile",
      "oidcIssuerProfile",
      "nodeResourceGroup",
      "nodeResourceGroupProfile",
      "enableRbac",
      "supportPlan",
      "networkProfile",
      "aadProfile",
      "autoUpgradeProfile",
      "upgradeSettings",
      "autoScalerProfile",
      "apiServerAccessProfile",
      "diskEncryptionSetID",
      "identityProfile",
      "privateLinkResources",
      "disableLocalAccounts",
      "httpProxyConfig",
      "securityProfile",
      "storageProfile",
      "ingressProfile",
      "publicNetworkAccess",
      "workloadAutoScalerProfile",
      "azureMonitorProfile",
      "serviceMeshProfile",
      "metricsProfile",
      "nodeProvisioningProfile",
      "bootstrapProfile",
      "aiToolchainOperatorProfile",
      "schedulerProfile",
      "hostedSystemProfile",
      "status"
    ]) ? void 0 : _managedClusterPropertiesSerializer(item),
    sku: !item["sku"] ? item["sku"] : managedClusterSKUSerializer(item["sku"]),
    extendedLocation: !item["extendedLocation"] ? item["extendedLocation"] : extendedLocationSerializer(item["extendedLocation"]),
    identity: !item["identity"] ? item["identity"] : managedClusterIdentitySerializer(item["identity"]),
    kind: item["kind"]
  };
}
function managedClusterDeserializer(item) {
  return {
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _managedClusterPropertiesDeserializer(item["properties"]),
    eTag: item["eTag"],
    sku: !item["sku"] ? item["sku"] : managedClusterSKUDeserializer(item["sku"]),
    extendedLocation: !item["extendedLocation"] ? item["extendedLocation"] : extendedLocationDeserializer(item["extendedLocation"]),
    identity: !item["identity"] ? item["identity"] : managedClusterIdentityDeserializer(item["identity"]),
    kind: item["kind"]
  };
}
function managedClusterAgentPoolProfileArraySerializer(result) {
  return result.map((item) => {
    return managedClusterAgentPoolProfileSerializer(item);
  });
}
function managedClusterAgentPoolProfileArrayDeserializer(result) {
  return result.map((item) => {
    return managedClusterAgentPoolProfileDeserializer(item);
  });
}
function managedClusterAgentPoolProfileSerializer(item) {
  return {
    count: item["count"],
    vmSize: item["vmSize"],
    osDiskSizeGB: item["osDiskSizeGB"],
    osDiskType: item["osDiskType"],
    kubeletDiskType: item["kubeletDiskType"],
    workloadRuntime: item["workloadRuntime"],
    messageOfTheDay: item["messageOfTheDay"],
    vnetSubnetID: item["vnetSubnetID"],
    podSubnetID: item["podSubnetID"],
    podIPAllocationMode: item["podIPAllocationMode"],
    maxPods: item["maxPods"],
    osType: item["osType"],
    osSKU: item["osSKU"],
    maxCount: item["maxCount"],
    minCount: item["minCount"],
    enableAutoScaling: item["enableAutoScaling"],
    scaleDownMode: item["scaleDownMode"],
    type: item["type"],
    mode: item["mode"],
    orchestratorVersion: item["orchestratorVersion"],
    nodeImageVersion: item["nodeImageVersion"],
    upgradeSettings: !item["upgradeSettings"] ? item["upgradeSettings"] : agentPoolUpgradeSettingsSerializer(item["upgradeSettings"]),
    powerState: !item["powerState"] ? item["powerState"] : powerStateSerializer(item["powerState"]),
    availabilityZones: !item["availabilityZones"] ? item["availabilityZones"] : item["availabilityZones"].map((p) => {
      return p;
    }),
    enableNodePublicIP: item["enableNodePublicIP"],
    nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
    scaleSetPriority: item["scaleSetPriority"],
    scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
    spotMaxPrice: item["spotMaxPrice"],
    tags: item["tags"],
    nodeLabels: item["nodeLabels"],
    nodeTaints: !item["nodeTaints"] ? item["nodeTaints"] : item["nodeTaints"].map((p) => {
      return p;
    }),
    proximityPlacementGroupID: item["proximityPlacementGroupID"],
    kubeletConfig: !item["kubeletConfig"] ? item["kubeletConfig"] : kubeletConfigSerializer(item["kubeletConfig"]),
    linuxOSConfig: !item["linuxOSConfig"] ? item["linuxOSConfig"] : linuxOSConfigSerializer(item["linuxOSConfig"]),
    enableEncryptionAtHost: item["enableEncryptionAtHost"],
    enableUltraSSD: item["enableUltraSSD"],
    enableFIPS: item["enableFips"],
    gpuInstanceProfile: item["gpuInstanceProfile"],
    creationData: !item["creationData"] ? item["creationData"] : creationDataSerializer(item["creationData"]),
    capacityReservationGroupID: item["capacityReservationGroupID"],
    hostGroupID: item["hostGroupID"],
    networkProfile: !item["networkProfile"] ? item["networkProfile"] : agentPoolNetworkProfileSerializer(item["networkProfile"]),
    windowsProfile: !item["windowsProfile"] ? item["windowsProfile"] : agentPoolWindowsProfileSerializer(item["windowsProfile"]),
    securityProfile: !item["securityProfile"] ? item["securityProfile"] : agentPoolSecurityProfileSerializer(item["securityProfile"]),
    gpuProfile: !item["gpuProfile"] ? item["gpuProfile"] : gpuProfileSerializer(item["gpuProfile"]),
    gatewayProfile: !item["gatewayProfile"] ? item["gatewayProfile"] : agentPoolGatewayProfileSerializer(item["gatewayProfile"]),
    artifactStreamingProfile: !item["artifactStreamingProfile"] ? item["artifactStreamingProfile"] : agentPoolArtifactStreamingProfileSerializer(item["artifactStreamingProfile"]),
    virtualMachinesProfile: !item["virtualMachinesProfile"] ? item["virtualMachinesProfile"] : virtualMachinesProfileSerializer(item["virtualMachinesProfile"]),
    virtualMachineNodesStatus: !item["virtualMachineNodesStatus"] ? item["virtualMachineNodesStatus"] : virtualMachineNodesArraySerializer(item["virtualMachineNodesStatus"]),
    status: !item["status"] ? item["status"] : agentPoolStatusSerializer(item["status"]),
    localDNSProfile: !item["localDNSProfile"] ? item["localDNSProfile"] : localDNSProfileSerializer(item["localDNSProfile"]),
    name: item["name"]
  };
}
function managedClusterAgentPoolProfileDeserializer(item) {
  return {
    eTag: item["eTag"],
    count: item["count"],
    vmSize: item["vmSize"],
    osDiskSizeGB: item["osDiskSizeGB"],
    osDiskType: item["osDiskType"],
    kubeletDiskType: item["kubeletDiskType"],
    workloadRuntime: item["workloadRuntime"],
    messageOfTheDay: item["messageOfTheDay"],
    vnetSubnetID: item["vnetSubnetID"],
    podSubnetID: item["podSubnetID"],
    podIPAllocationMode: item["podIPAllocationMode"],
    maxPods: item["maxPods"],
    osType: item["osType"],
    osSKU: item["osSKU"],
    maxCount: item["maxCount"],
    minCount: item["minCount"],
    enableAutoScaling: item["enableAutoScaling"],
    scaleDownMode: item["scaleDownMode"],
    type: item["type"],
    mode: item["mode"],
    orchestratorVersion: item["orchestratorVersion"],
    currentOrchestratorVersion: item["currentOrchestratorVersion"],
    nodeImageVersion: item["nodeImageVersion"],
    upgradeSettings: !item["upgradeSettings"] ? item["upgradeSettings"] : agentPoolUpgradeSettingsDeserializer(item["upgradeSettings"]),
    provisioningState: item["provisioningState"],
    powerState: !item["powerState"] ? item["powerState"] : powerStateDeserializer(item["powerState"]),
    availabilityZones: !item["availabilityZones"] ? item["availabilityZones"] : item["availabilityZones"].map((p) => {
      return p;
    }),
    enableNodePublicIP: item["enableNodePublicIP"],
    nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
    scaleSetPriority: item["scaleSetPriority"],
    scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
    spotMaxPrice: item["spotMaxPrice"],
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    nodeLabels: !item["nodeLabels"] ? item["nodeLabels"] : Object.fromEntries(Object.entries(item["nodeLabels"]).map(([k, p]) => [k, p])),
    nodeTaints: !item["nodeTaints"] ? item["nodeTaints"] : item["nodeTaints"].map((p) => {
      return p;
    }),
    proximityPlacementGroupID: item["proximityPlacementGroupID"],
    kubeletConfig: !item["kubeletConfig"] ? item["kubeletConfig"] : kubeletConfigDeserializer(item["kubeletConfig"]),
    linuxOSConfig: !item["linuxOSConfig"] ? item["linuxOSConfig"] : linuxOSConfigDeserializer(item["linuxOSConfig"]),
    enableEncryptionAtHost: item["enableEncryptionAtHost"],
    enableUltraSSD: item["enableUltraSSD"],
    enableFips: item["enableFIPS"],
    gpuInstanceProfile: item["gpuInstanceProfile"],
    creationData: !item["creationData"] ? item["creationData"] : creationDataDeserializer(item["creationData"]),
    capacityReservationGroupID: item["capacityReservationGroupID"],
    hostGroupID: item["hostGroupID"],
    networkProfile: !item["networkProfile"] ? item["networkProfile"] : agentPoolNetworkProfileDeserializer(item["networkProfile"]),
    windowsProfile: !item["windowsProfile"] ? item["windowsProfile"] : agentPoolWindowsProfileDeserializer(item["windowsProfile"]),
    securityProfile: !item["securityProfile"] ? item["securityProfile"] : agentPoolSecurityProfileDeserializer(item["securityProfile"]),
    gpuProfile: !item["gpuProfile"] ? item["gpuProfile"] : gpuProfileDeserializer(item["gpuProfile"]),
    gatewayProfile: !item["gatewayProfile"] ? item["gatewayProfile"] : agentPoolGatewayProfileDeserializer(item["gatewayProfile"]),
    artifactStreamingProfile: !item["artifactStreamingProfile"] ? item["artifactStreamingProfile"] : agentPoolArtifactStreamingProfileDeserializer(item["artifactStreamingProfile"]),
    virtualMachinesProfile: !item["virtualMachinesProfile"] ? item["virtualMachinesProfile"] : virtualMachinesProfileDeserializer(item["virtualMachinesProfile"]),
    virtualMachineNodesStatus: !item["virtualMachineNodesStatus"] ? item["virtualMachineNodesStatus"] : virtualMachineNodesArrayDeserializer(item["virtualMachineNodesStatus"]),
    status: !item["status"] ? item["status"] : agentPoolStatusDeserializer(item["status"]),
    localDNSProfile: !item["localDNSProfile"] ? item["localDNSProfile"] : localDNSProfileDeserializer(item["localDNSProfile"]),
    name: item["name"]
  };
}
function containerServiceLinuxProfileSerializer(item) {
  return {
    adminUsername: item["adminUsername"],
    ssh: containerServiceSshConfigurationSerializer(item["ssh"])
  };
}
function containerServiceLinuxProfileDeserializer(item) {
  return {
    adminUsername: item["adminUsername"],
    ssh: containerServiceSshConfigurationDeserializer(item["ssh"])
  };
}
function containerServiceSshConfigurationSerializer(item) {
  return { publicKeys: containerServiceSshPublicKeyArraySerializer(item["publicKeys"]) };
}
function containerServiceSshConfigurationDeserializer(item) {
  return {
    publicKeys: containerServiceSshPublicKeyArrayDeserializer(item["publicKeys"])
  };
}
function containerServiceSshPublicKeyArraySerializer(result) {
  return result.map((item) => {
    return containerServiceSshPublicKeySerializer(item);
  });
}
function containerServiceSshPublicKeyArrayDeserializer(result) {
  return result.map((item) => {
    return containerServiceSshPublicKeyDeserializer(item);
  });
}
function containerServiceSshPublicKeySerializer(item) {
  return { keyData: item["keyData"] };
}
function containerServiceSshPublicKeyDeserializer(item) {
  return {
    keyData: item["keyData"]
  };
}
function managedClusterWindowsProfileSerializer(item) {
  return {
    adminUsername: item["adminUsername"],
    adminPassword: item["adminPassword"],
    licenseType: item["licenseType"],
    enableCSIProxy: item["enableCSIProxy"],
    gmsaProfile: !item["gmsaProfile"] ? item["gmsaProfile"] : windowsGmsaProfileSerializer(item["gmsaProfile"])
  };
}
function managedClusterWindowsProfileDeserializer(item) {
  return {
    adminUsername: item["adminUsername"],
    adminPassword: item["adminPassword"],
    licenseType: item["licenseType"],
    enableCSIProxy: item["enableCSIProxy"],
    gmsaProfile: !item["gmsaProfile"] ? item["gmsaProfile"] : windowsGmsaProfileDeserializer(item["gmsaProfile"])
  };
}
var KnownLicenseType;
(function(KnownLicenseType2) {
  KnownLicenseType2["None"] = "None";
  KnownLicenseType2["WindowsServer"] = "Windows_Server";
})(KnownLicenseType || (KnownLicenseType = {}));
function windowsGmsaProfileSerializer(item) {
  return {
    enabled: item["enabled"],
    dnsServer: item["dnsServer"],
    rootDomainName: item["rootDomainName"]
  };
}
function windowsGmsaProfileDeserializer(item) {
  return {
    enabled: item["enabled"],
    dnsServer: item["dnsServer"],
    rootDomainName: item["rootDomainName"]
  };
}
function managedClusterServicePrincipalProfileSerializer(item) {
  return { clientId: item["clientId"], secret: item["secret"] };
}
function managedClusterServicePrincipalProfileDeserializer(item) {
  return {
    clientId: item["clientId"],
    secret: item["secret"]
  };
}
function managedClusterAddonProfileRecordSerializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : managedClusterAddonProfileSerializer(item[key]);
  });
  return result;
}
function managedClusterAddonProfileRecordDeserializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : managedClusterAddonProfileDeserializer(item[key]);
  });
  return result;
}
function managedClusterAddonProfileSerializer(item) {
  return { enabled: item["enabled"], config: item["config"] };
}
function managedClusterAddonProfileDeserializer(item) {
  return {
    enabled: item["enabled"],
    config: !item["config"] ? item["config"] : Object.fromEntries(Object.entries(item["config"]).map(([k, p]) => [k, p])),
    identity: !item["identity"] ? item["identity"] : managedClusterAddonProfileIdentityDeserializer(item["identity"])
  };
}
function managedClusterAddonProfileIdentityDeserializer(item) {
  return {
    resourceId: item["resourceId"],
    clientId: item["clientId"],
    objectId: item["objectId"]
  };
}
function managedClusterPodIdentityProfileSerializer(item) {
  return {
    enabled: item["enabled"],
    allowNetworkPluginKubenet: item["allowNetworkPluginKubenet"],
    userAssignedIdentities: !item["userAssignedIdentities"] ? item["userAssignedIdentities"] : managedClusterPodIdentityArraySerializer(item["userAssignedIdentities"]),
    userAssignedIdentityExceptions: !item["userAssignedIdentityExceptions"] ? item["userAssignedIdentityExceptions"] : managedClusterPodIdentityExceptionArraySerializer(item["userAssignedIdentityExceptions"])
  };
}
function managedClusterPodIdentityProfileDeserializer(item) {
  return {
    enabled: item["enabled"],
    allowNetworkPluginKubenet: item["allowNetworkPluginKubenet"],
    userAssignedIdentities: !item["userAssignedIdentities"] ? item["userAssignedIdentities"] : managedClusterPodIdentityArrayDeserializer(item["userAssignedIdentities"]),
    userAssignedIdentityExceptions: !item["userAssignedIdentityExceptions"] ? item["userAssignedIdentityExceptions"] : managedClusterPodIdentityExceptionArrayDeserializer(item["userAssignedIdentityExceptions"])
  };
}
function managedClusterPodIdentityArraySerializer(result) {
  return result.map((item) => {
    return managedClusterPodIdentitySerializer(item);
  });
}
function managedClusterPodIdentityArrayDeserializer(result) {
  return result.map((item) => {
    return managedClusterPodIdentityDeserializer(item);
  });
}
function managedClusterPodIdentitySerializer(item) {
  return {
    name: item["name"],
    namespace: item["namespace"],
    bindingSelector: item["bindingSelector"],
    identity: userAssignedIdentitySerializer(item["identity"])
  };
}
function managedClusterPodIdentityDeserializer(item) {
  return {
    name: item["name"],
    namespace: item["namespace"],
    bindingSelector: item["bindingSelector"],
    identity: userAssignedIdentityDeserializer(item["identity"]),
    provisioningState: item["provisioningState"],
    provisioningInfo: !item["provisioningInfo"] ? item["provisioningInfo"] : managedClusterPodIdentityProvisioningInfoDeserializer(item["provisioningInfo"])
  };
}
function userAssignedIdentitySerializer(item) {
  return { resourceId: item["resourceId"], clientId: item["clientId"], objectId: item["objectId"] };
}
function userAssignedIdentityDeserializer(item) {
  return {
    resourceId: item["resourceId"],
    clientId: item["clientId"],
    objectId: item["objectId"]
  };
}
var KnownManagedClusterPodIdentityProvisioningState;
(function(KnownManagedClusterPodIdentityProvisioningState2) {
  KnownManagedClusterPodIdentityProvisioningState2["Assigned"] = "Assigned";
  KnownManagedClusterPodIdentityProvisioningState2["Canceled"] = "Canceled";
  KnownManagedClusterPodIdentityProvisioningState2["Deleting"] = "Deleting";
  KnownManagedClusterPodIdentityProvisioningState2["Failed"] = "Failed";
  KnownManagedClusterPodIdentityProvisioningState2["Succeeded"] = "Succeeded";
  KnownManagedClusterPodIdentityProvisioningState2["Updating"] = "Updating";
})(KnownManagedClusterPodIdentityProvisioningState || (KnownManagedClusterPodIdentityProvisioningState = {}));
function managedClusterPodIdentityProvisioningInfoDeserializer(item) {
  return {
    error: !item["error"] ? item["error"] : managedClusterPodIdentityProvisioningErrorDeserializer(item["error"])
  };
}
function managedClusterPodIdentityProvisioningErrorDeserializer(item) {
  return {
    error: !item["error"] ? item["error"] : managedClusterPodIdentityProvisioningErrorBodyDeserializer(item["error"])
  };
}
function managedClusterPodIdentityProvisioningErrorBodyDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    target: item["target"],
    details: !item["details"] ? item["details"] : managedClusterPodIdentityProvisioningErrorBodyArrayDeserializer(item["details"])
  };
}
function managedClusterPodIdentityProvisioningErrorBodyArrayDeserializer(result) {
  return result.map((item) => {
    return managedClusterPodIdentityProvisioningErrorBodyDeserializer(item);
  });
}
function managedClusterPodIdentityExceptionArraySerializer(result) {
  return result.map((item) => {
    return managedClusterPodIdentityExceptionSerializer(item);
  });
}
function managedClusterPodIdentityExceptionArrayDeserializer(result) {
  return result.map((item) => {
    return managedClusterPodIdentityExceptionDeserializer(item);
  });
}
function managedClusterPodIdentityExceptionSerializer(item) {
  return { name: item["name"], namespace: item["namespace"], podLabels: item["podLabels"] };
}
function managedClusterPodIdentityExceptionDeserializer(item) {
  return {
    name: item["name"],
    namespace: item["namespace"],
    podLabels: Object.fromEntries(Object.entries(item["podLabels"]).map(([k, p]) => [k, p]))
  };
}
function managedClusterOidcIssuerProfileSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterOidcIssuerProfileDeserializer(item) {
  return {
    issuerURL: item["issuerURL"],
    enabled: item["enabled"]
  };
}
function managedClusterNodeResourceGroupProfileSerializer(item) {
  return { restrictionLevel: item["restrictionLevel"] };
}
function managedClusterNodeResourceGroupProfileDeserializer(item) {
  return {
    restrictionLevel: item["restrictionLevel"]
  };
}
var KnownRestrictionLevel;
(function(KnownRestrictionLevel2) {
  KnownRestrictionLevel2["Unrestricted"] = "Unrestricted";
  KnownRestrictionLevel2["ReadOnly"] = "ReadOnly";
})(KnownRestrictionLevel || (KnownRestrictionLevel = {}));
var KnownKubernetesSupportPlan;
(function(KnownKubernetesSupportPlan2) {
  KnownKubernetesSupportPlan2["KubernetesOfficial"] = "KubernetesOfficial";
  KnownKubernetesSupportPlan2["AKSLongTermSupport"] = "AKSLongTermSupport";
})(KnownKubernetesSupportPlan || (KnownKubernetesSupportPlan = {}));
function containerServiceNetworkProfileSerializer(item) {
  return {
    networkPlugin: item["networkPlugin"],
    networkPluginMode: item["networkPluginMode"],
    networkPolicy: item["networkPolicy"],
    networkMode: item["networkMode"],
    networkDataplane: item["networkDataplane"],
    advancedNetworking: !item["advancedNetworking"] ? item["advancedNetworking"] : advancedNetworkingSerializer(item["advancedNetworking"]),
    podCidr: item["podCidr"],
    serviceCidr: item["serviceCidr"],
    dnsServiceIP: item["dnsServiceIP"],
    outboundType: item["outboundType"],
    loadBalancerSku: item["loadBalancerSku"],
    loadBalancerProfile: !item["loadBalancerProfile"] ? item["loadBalancerProfile"] : managedClusterLoadBalancerProfileSerializer(item["loadBalancerProfile"]),
    natGatewayProfile: !item["natGatewayProfile"] ? item["natGatewayProfile"] : managedClusterNATGatewayProfileSerializer(item["natGatewayProfile"]),
    staticEgressGatewayProfile: !item["staticEgressGatewayProfile"] ? item["staticEgressGatewayProfile"] : managedClusterStaticEgressGatewayProfileSerializer(item["staticEgressGatewayProfile"]),
    podCidrs: !item["podCidrs"] ? item["podCidrs"] : item["podCidrs"].map((p) => {
      return p;
    }),
    serviceCidrs: !item["serviceCidrs"] ? item["serviceCidrs"] : item["serviceCidrs"].map((p) => {
      return p;
    }),
    ipFamilies: !item["ipFamilies"] ? item["ipFamilies"] : item["ipFamilies"].map((p) => {
      return p;
    })
  };
}
function containerServiceNetworkProfileDeserializer(item) {
  return {
    networkPlugin: item["networkPlugin"],
    networkPluginMode: item["networkPluginMode"],
    networkPolicy: item["networkPolicy"],
    networkMode: item["networkMode"],
    networkDataplane: item["networkDataplane"],
    advancedNetworking: !item["advancedNetworking"] ? item["advancedNetworking"] : advancedNetworkingDeserializer(item["advancedNetworking"]),
    podCidr: item["podCidr"],
    serviceCidr: item["serviceCidr"],
    dnsServiceIP: item["dnsServiceIP"],
    outboundType: item["outboundType"],
    loadBalancerSku: item["loadBalancerSku"],
    loadBalancerProfile: !item["loadBalancerProfile"] ? item["loadBalancerProfile"] : managedClusterLoadBalancerProfileDeserializer(item["loadBalancerProfile"]),
    natGatewayProfile: !item["natGatewayProfile"] ? item["natGatewayProfile"] : managedClusterNATGatewayProfileDeserializer(item["natGatewayProfile"]),
    staticEgressGatewayProfile: !item["staticEgressGatewayProfile"] ? item["staticEgressGatewayProfile"] : managedClusterStaticEgressGatewayProfileDeserializer(item["staticEgressGatewayProfile"]),
    podCidrs: !item["podCidrs"] ? item["podCidrs"] : item["podCidrs"].map((p) => {
      return p;
    }),
    serviceCidrs: !item["serviceCidrs"] ? item["serviceCidrs"] : item["serviceCidrs"].map((p) => {
      return p;
    }),
    ipFamilies: !item["ipFamilies"] ? item["ipFamilies"] : item["ipFamilies"].map((p) => {
      return p;
    })
  };
}
var KnownNetworkPlugin;
(function(KnownNetworkPlugin2) {
  KnownNetworkPlugin2["Azure"] = "azure";
  KnownNetworkPlugin2["Kubenet"] = "kubenet";
  KnownNetworkPlugin2["None"] = "none";
})(KnownNetworkPlugin || (KnownNetworkPlugin = {}));
var KnownNetworkPluginMode;
(function(KnownNetworkPluginMode2) {
  KnownNetworkPluginMode2["Overlay"] = "overlay";
})(KnownNetworkPluginMode || (KnownNetworkPluginMode = {}));
var KnownNetworkPolicy;
(function(KnownNetworkPolicy2) {
  KnownNetworkPolicy2["None"] = "none";
  KnownNetworkPolicy2["Calico"] = "calico";
  KnownNetworkPolicy2["Azure"] = "azure";
  KnownNetworkPolicy2["Cilium"] = "cilium";
})(KnownNetworkPolicy || (KnownNetworkPolicy = {}));
var KnownNetworkMode;
(function(KnownNetworkMode2) {
  KnownNetworkMode2["Transparent"] = "transparent";
  KnownNetworkMode2["Bridge"] = "bridge";
})(KnownNetworkMode || (KnownNetworkMode = {}));
var KnownNetworkDataplane;
(function(KnownNetworkDataplane2) {
  KnownNetworkDataplane2["Azure"] = "azure";
  KnownNetworkDataplane2["Cilium"] = "cilium";
})(KnownNetworkDataplane || (KnownNetworkDataplane = {}));
function advancedNetworkingSerializer(item) {
  return {
    enabled: item["enabled"],
    observability: !item["observability"] ? item["observability"] : advancedNetworkingObservabilitySerializer(item["observability"]),
    security: !item["security"] ? item["security"] : advancedNetworkingSecuritySerializer(item["security"]),
    performance: !item["performance"] ? item["performance"] : advancedNetworkingPerformanceSerializer(item["performance"])
  };
}
function advancedNetworkingDeserializer(item) {
  return {
    enabled: item["enabled"],
    observability: !item["observability"] ? item["observability"] : advancedNetworkingObservabilityDeserializer(item["observability"]),
    security: !item["security"] ? item["security"] : advancedNetworkingSecurityDeserializer(item["security"]),
    performance: !item["performance"] ? item["performance"] : advancedNetworkingPerformanceDeserializer(item["performance"])
  };
}
function advancedNetworkingObservabilitySerializer(item) {
  return { enabled: item["enabled"] };
}
function advancedNetworkingObservabilityDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function advancedNetworkingSecuritySerializer(item) {
  return {
    enabled: item["enabled"],
    advancedNetworkPolicies: item["advancedNetworkPolicies"],
    transitEncryption: !item["transitEncryption"] ? item["transitEncryption"] : advancedNetworkingSecurityTransitEncryptionSerializer(item["transitEncryption"])
  };
}
function advancedNetworkingSecurityDeserializer(item) {
  return {
    enabled: item["enabled"],
    advancedNetworkPolicies: item["advancedNetworkPolicies"],
    transitEncryption: !item["transitEncryption"] ? item["transitEncryption"] : advancedNetworkingSecurityTransitEncryptionDeserializer(item["transitEncryption"])
  };
}
var KnownAdvancedNetworkPolicies;
(function(KnownAdvancedNetworkPolicies2) {
  KnownAdvancedNetworkPolicies2["L7"] = "L7";
  KnownAdvancedNetworkPolicies2["Fqdn"] = "FQDN";
  KnownAdvancedNetworkPolicies2["None"] = "None";
})(KnownAdvancedNetworkPolicies || (KnownAdvancedNetworkPolicies = {}));
function advancedNetworkingSecurityTransitEncryptionSerializer(item) {
  return { type: item["type"] };
}
function advancedNetworkingSecurityTransitEncryptionDeserializer(item) {
  return {
    type: item["type"]
  };
}
var KnownTransitEncryptionType;
(function(KnownTransitEncryptionType2) {
  KnownTransitEncryptionType2["WireGuard"] = "WireGuard";
  KnownTransitEncryptionType2["None"] = "None";
})(KnownTransitEncryptionType || (KnownTransitEncryptionType = {}));
function advancedNetworkingPerformanceSerializer(item) {
  return { accelerationMode: item["accelerationMode"] };
}
function advancedNetworkingPerformanceDeserializer(item) {
  return {
    accelerationMode: item["accelerationMode"]
  };
}
var KnownAccelerationMode;
(function(KnownAccelerationMode2) {
  KnownAccelerationMode2["BpfVeth"] = "BpfVeth";
  KnownAccelerationMode2["None"] = "None";
})(KnownAccelerationMode || (KnownAccelerationMode = {}));
var KnownOutboundType;
(function(KnownOutboundType2) {
  KnownOutboundType2["LoadBalancer"] = "loadBalancer";
  KnownOutboundType2["UserDefinedRouting"] = "userDefinedRouting";
  KnownOutboundType2["ManagedNATGateway"] = "managedNATGateway";
  KnownOutboundType2["UserAssignedNATGateway"] = "userAssignedNATGateway";
  KnownOutboundType2["None"] = "none";
})(KnownOutboundType || (KnownOutboundType = {}));
var KnownLoadBalancerSku;
(function(KnownLoadBalancerSku2) {
  KnownLoadBalancerSku2["Standard"] = "standard";
  KnownLoadBalancerSku2["Basic"] = "basic";
})(KnownLoadBalancerSku || (KnownLoadBalancerSku = {}));
function managedClusterLoadBalancerProfileSerializer(item) {
  return {
    managedOutboundIPs: !item["managedOutboundIPs"] ? item["managedOutboundIPs"] : managedClusterLoadBalancerProfileManagedOutboundIPsSerializer(item["managedOutboundIPs"]),
    outboundIPPrefixes: !item["outboundIPPrefixes"] ? item["outboundIPPrefixes"] : managedClusterLoadBalancerProfileOutboundIPPrefixesSerializer(item["outboundIPPrefixes"]),
    outboundIPs: !item["outboundIPs"] ? item["outboundIPs"] : managedClusterLoadBalancerProfileOutboundIPsSerializer(item["outboundIPs"]),
    allocatedOutboundPorts: item["allocatedOutboundPorts"],
    idleTimeoutInMinutes: item["idleTimeoutInMinutes"],
    enableMultipleStandardLoadBalancers: item["enableMultipleStandardLoadBalancers"],
    backendPoolType: item["backendPoolType"]
  };
}
function managedClusterLoadBalancerProfileDeserializer(item) {
  return {
    managedOutboundIPs: !item["managedOutboundIPs"] ? item["managedOutboundIPs"] : managedClusterLoadBalancerProfileManagedOutboundIPsDeserializer(item["managedOutboundIPs"]),
    outboundIPPrefixes: !item["outboundIPPrefixes"] ? item["outboundIPPrefixes"] : managedClusterLoadBalancerProfileOutboundIPPrefixesDeserializer(item["outboundIPPrefixes"]),
    outboundIPs: !item["outboundIPs"] ? item["outboundIPs"] : managedClusterLoadBalancerProfileOutboundIPsDeserializer(item["outboundIPs"]),
    effectiveOutboundIPs: !item["effectiveOutboundIPs"] ? item["effectiveOutboundIPs"] : resourceReferenceArrayDeserializer(item["effectiveOutboundIPs"]),
    allocatedOutboundPorts: item["allocatedOutboundPorts"],
    idleTimeoutInMinutes: item["idleTimeoutInMinutes"],
    enableMultipleStandardLoadBalancers: item["enableMultipleStandardLoadBalancers"],
    backendPoolType: item["backendPoolType"]
  };
}
function managedClusterLoadBalancerProfileManagedOutboundIPsSerializer(item) {
  return { count: item["count"], countIPv6: item["countIPv6"] };
}
function managedClusterLoadBalancerProfileManagedOutboundIPsDeserializer(item) {
  return {
    count: item["count"],
    countIPv6: item["countIPv6"]
  };
}
function managedClusterLoadBalancerProfileOutboundIPPrefixesSerializer(item) {
  return {
    publicIPPrefixes: !item["publicIPPrefixes"] ? item["publicIPPrefixes"] : resourceReferenceArraySerializer(item["publicIPPrefixes"])
  };
}
function managedClusterLoadBalancerProfileOutboundIPPrefixesDeserializer(item) {
  return {
    publicIPPrefixes: !item["publicIPPrefixes"] ? item["publicIPPrefixes"] : resourceReferenceArrayDeserializer(item["publicIPPrefixes"])
  };
}
function resourceReferenceArraySerializer(result) {
  return result.map((item) => {
    return resourceReferenceSerializer(item);
  });
}
function resourceReferenceArrayDeserializer(result) {
  return result.map((item) => {
    return resourceReferenceDeserializer(item);
  });
}
function resourceReferenceSerializer(item) {
  return { id: item["id"] };
}
function resourceReferenceDeserializer(item) {
  return {
    id: item["id"]
  };
}
function managedClusterLoadBalancerProfileOutboundIPsSerializer(item) {
  return {
    publicIPs: !item["publicIPs"] ? item["publicIPs"] : resourceReferenceArraySerializer(item["publicIPs"])
  };
}
function managedClusterLoadBalancerProfileOutboundIPsDeserializer(item) {
  return {
    publicIPs: !item["publicIPs"] ? item["publicIPs"] : resourceReferenceArrayDeserializer(item["publicIPs"])
  };
}
var KnownBackendPoolType;
(function(KnownBackendPoolType2) {
  KnownBackendPoolType2["NodeIPConfiguration"] = "NodeIPConfiguration";
  KnownBackendPoolType2["NodeIP"] = "NodeIP";
})(KnownBackendPoolType || (KnownBackendPoolType = {}));
function managedClusterNATGatewayProfileSerializer(item) {
  return {
    sku: item["sku"],
    managedOutboundIPProfile: !item["managedOutboundIPProfile"] ? item["managedOutboundIPProfile"] : managedClusterManagedOutboundIPProfileSerializer(item["managedOutboundIPProfile"]),
    outboundIPPrefixes: !item["outboundIPPrefixes"] ? item["outboundIPPrefixes"] : _managedClusterNATGatewayProfileOutboundIpPrefixesSerializer(item["outboundIPPrefixes"]),
    outboundIPs: !item["outboundIPs"] ? item["outboundIPs"] : _managedClusterNATGatewayProfileOutboundIPsSerializer(item["outboundIPs"]),
    idleTimeoutInMinutes: item["idleTimeoutInMinutes"]
  };
}
function managedClusterNATGatewayProfileDeserializer(item) {
  return {
    sku: item["sku"],
    managedOutboundIPProfile: !item["managedOutboundIPProfile"] ? item["managedOutboundIPProfile"] : managedClusterManagedOutboundIPProfileDeserializer(item["managedOutboundIPProfile"]),
    effectiveOutboundIPs: !item["effectiveOutboundIPs"] ? item["effectiveOutboundIPs"] : resourceReferenceArrayDeserializer(item["effectiveOutboundIPs"]),
    outboundIPPrefixes: !item["outboundIPPrefixes"] ? item["outboundIPPrefixes"] : _managedClusterNATGatewayProfileOutboundIpPrefixesDeserializer(item["outboundIPPrefixes"]),
    outboundIPs: !item["outboundIPs"] ? item["outboundIPs"] : _managedClusterNATGatewayProfileOutboundIPsDeserializer(item["outboundIPs"]),
    idleTimeoutInMinutes: item["idleTimeoutInMinutes"]
  };
}
var KnownManagedClusterNATGatewaySku;
(function(KnownManagedClusterNATGatewaySku2) {
  KnownManagedClusterNATGatewaySku2["Standard"] = "Standard";
  KnownManagedClusterNATGatewaySku2["StandardV2"] = "StandardV2";
})(KnownManagedClusterNATGatewaySku || (KnownManagedClusterNATGatewaySku = {}));
function managedClusterManagedOutboundIPProfileSerializer(item) {
  return { count: item["count"], countIPv6: item["countIPv6"] };
}
function managedClusterManagedOutboundIPProfileDeserializer(item) {
  return {
    count: item["count"],
    countIPv6: item["countIPv6"]
  };
}
function _managedClusterNATGatewayProfileOutboundIpPrefixesSerializer(item) {
  return {
    publicIPPrefixes: !item["publicIPPrefixes"] ? item["publicIPPrefixes"] : item["publicIPPrefixes"].map((p) => {
      return p;
    })
  };
}
function _managedClusterNATGatewayProfileOutboundIpPrefixesDeserializer(item) {
  return {
    publicIPPrefixes: !item["publicIPPrefixes"] ? item["publicIPPrefixes"] : item["publicIPPrefixes"].map((p) => {
      return p;
    })
  };
}
function _managedClusterNATGatewayProfileOutboundIPsSerializer(item) {
  return {
    publicIPs: !item["publicIPs"] ? item["publicIPs"] : item["publicIPs"].map((p) => {
      return p;
    })
  };
}
function _managedClusterNATGatewayProfileOutboundIPsDeserializer(item) {
  return {
    publicIPs: !item["publicIPs"] ? item["publicIPs"] : item["publicIPs"].map((p) => {
      return p;
    })
  };
}
function managedClusterStaticEgressGatewayProfileSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterStaticEgressGatewayProfileDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
var KnownIpFamily;
(function(KnownIpFamily2) {
  KnownIpFamily2["IPv4"] = "IPv4";
  KnownIpFamily2["IPv6"] = "IPv6";
})(KnownIpFamily || (KnownIpFamily = {}));
function managedClusterAADProfileSerializer(item) {
  return {
    managed: item["managed"],
    enableAzureRBAC: item["enableAzureRbac"],
    adminGroupObjectIDs: !item["adminGroupObjectIDs"] ? item["adminGroupObjectIDs"] : item["adminGroupObjectIDs"].map((p) => {
      return p;
    }),
    clientAppID: item["clientAppID"],
    serverAppID: item["serverAppID"],
    serverAppSecret: item["serverAppSecret"],
    tenantID: item["tenantID"]
  };
}
function managedClusterAADProfileDeserializer(item) {
  return {
    managed: item["managed"],
    enableAzureRbac: item["enableAzureRBAC"],
    adminGroupObjectIDs: !item["adminGroupObjectIDs"] ? item["adminGroupObjectIDs"] : item["adminGroupObjectIDs"].map((p) => {
      return p;
    }),
    clientAppID: item["clientAppID"],
    serverAppID: item["serverAppID"],
    serverAppSecret: item["serverAppSecret"],
    tenantID: item["tenantID"]
  };
}
function managedClusterAutoUpgradeProfileSerializer(item) {
  return {
    upgradeChannel: item["upgradeChannel"],
    nodeOSUpgradeChannel: item["nodeOSUpgradeChannel"]
  };
}
function managedClusterAutoUpgradeProfileDeserializer(item) {
  return {
    upgradeChannel: item["upgradeChannel"],
    nodeOSUpgradeChannel: item["nodeOSUpgradeChannel"]
  };
}
var KnownUpgradeChannel;
(function(KnownUpgradeChannel2) {
  KnownUpgradeChannel2["Rapid"] = "rapid";
  KnownUpgradeChannel2["Stable"] = "stable";
  KnownUpgradeChannel2["Patch"] = "patch";
  KnownUpgradeChannel2["NodeImage"] = "node-image";
  KnownUpgradeChannel2["None"] = "none";
})(KnownUpgradeChannel || (KnownUpgradeChannel = {}));
var KnownNodeOSUpgradeChannel;
(function(KnownNodeOSUpgradeChannel2) {
  KnownNodeOSUpgradeChannel2["None"] = "None";
  KnownNodeOSUpgradeChannel2["Unmanaged"] = "Unmanaged";
  KnownNodeOSUpgradeChannel2["NodeImage"] = "NodeImage";
  KnownNodeOSUpgradeChannel2["SecurityPatch"] = "SecurityPatch";
})(KnownNodeOSUpgradeChannel || (KnownNodeOSUpgradeChannel = {}));
function clusterUpgradeSettingsSerializer(item) {
  return {
    overrideSettings: !item["overrideSettings"] ? item["overrideSettings"] : upgradeOverrideSettingsSerializer(item["overrideSettings"])
  };
}
function clusterUpgradeSettingsDeserializer(item) {
  return {
    overrideSettings: !item["overrideSettings"] ? item["overrideSettings"] : upgradeOverrideSettingsDeserializer(item["overrideSettings"])
  };
}
function upgradeOverrideSettingsSerializer(item) {
  return {
    forceUpgrade: item["forceUpgrade"],
    until: !item["until"] ? item["until"] : item["until"].toISOString()
  };
}
function upgradeOverrideSettingsDeserializer(item) {
  return {
    forceUpgrade: item["forceUpgrade"],
    until: !item["until"] ? item["until"] : new Date(item["until"])
  };
}
function managedClusterPropertiesAutoScalerProfileSerializer(item) {
  return {
    "balance-similar-node-groups": item["balanceSimilarNodeGroups"],
    "daemonset-eviction-for-empty-nodes": item["daemonsetEvictionForEmptyNodes"],
    "daemonset-eviction-for-occupied-nodes": item["daemonsetEvictionForOccupiedNodes"],
    "ignore-daemonsets-utilization": item["ignoreDaemonsetsUtilization"],
    expander: item["expander"],
    "max-empty-bulk-delete": item["maxEmptyBulkDelete"],
    "max-graceful-termination-sec": item["maxGracefulTerminationSec"],
    "max-node-provision-time": item["maxNodeProvisionTime"],
    "max-total-unready-percentage": item["maxTotalUnreadyPercentage"],
    "new-pod-scale-up-delay": item["newPodScaleUpDelay"],
    "ok-total-unready-count": item["okTotalUnreadyCount"],
    "scan-interval": item["scanInterval"],
    "scale-down-delay-after-add": item["scaleDownDelayAfterAdd"],
    "scale-down-delay-after-delete": item["scaleDownDelayAfterDelete"],
    "scale-down-delay-after-failure": item["scaleDownDelayAfterFailure"],
    "scale-down-unneeded-time": item["scaleDownUnneededTime"],
    "scale-down-unready-time": item["scaleDownUnreadyTime"],
    "scale-down-utilization-threshold": item["scaleDownUtilizationThreshold"],
    "skip-nodes-with-local-storage": item["skipNodesWithLocalStorage"],
    "skip-nodes-with-system-pods": item["skipNodesWithSystemPods"]
  };
}
function managedClusterPropertiesAutoScalerProfileDeserializer(item) {
  return {
    balanceSimilarNodeGroups: item["balance-similar-node-groups"],
    daemonsetEvictionForEmptyNodes: item["daemonset-eviction-for-empty-nodes"],
    daemonsetEvictionForOccupiedNodes: item["daemonset-eviction-for-occupied-nodes"],
    ignoreDaemonsetsUtilization: item["ignore-daemonsets-utilization"],
    expander: item["expander"],
    maxEmptyBulkDelete: item["max-empty-bulk-delete"],
    maxGracefulTerminationSec: item["max-graceful-termination-sec"],
    maxNodeProvisionTime: item["max-node-provision-time"],
    maxTotalUnreadyPercentage: item["max-total-unready-percentage"],
    newPodScaleUpDelay: item["new-pod-scale-up-delay"],
    okTotalUnreadyCount: item["ok-total-unready-count"],
    scanInterval: item["scan-interval"],
    scaleDownDelayAfterAdd: item["scale-down-delay-after-add"],
    scaleDownDelayAfterDelete: item["scale-down-delay-after-delete"],
    scaleDownDelayAfterFailure: item["scale-down-delay-after-failure"],
    scaleDownUnneededTime: item["scale-down-unneeded-time"],
    scaleDownUnreadyTime: item["scale-down-unready-time"],
    scaleDownUtilizationThreshold: item["scale-down-utilization-threshold"],
    skipNodesWithLocalStorage: item["skip-nodes-with-local-storage"],
    skipNodesWithSystemPods: item["skip-nodes-with-system-pods"]
  };
}
var KnownExpander;
(function(KnownExpander2) {
  KnownExpander2["LeastWaste"] = "least-waste";
  KnownExpander2["MostPods"] = "most-pods";
  KnownExpander2["Priority"] = "priority";
  KnownExpander2["Random"] = "random";
})(KnownExpander || (KnownExpander = {}));
function managedClusterAPIServerAccessProfileSerializer(item) {
  return {
    authorizedIPRanges: !item["authorizedIPRanges"] ? item["authorizedIPRanges"] : item["authorizedIPRanges"].map((p) => {
      return p;
    }),
    enablePrivateCluster: item["enablePrivateCluster"],
    privateDNSZone: item["privateDNSZone"],
    enablePrivateClusterPublicFQDN: item["enablePrivateClusterPublicFqdn"],
    disableRunCommand: item["disableRunCommand"],
    enableVnetIntegration: item["enableVnetIntegration"],
    subnetId: item["subnetId"]
  };
}
function managedClusterAPIServerAccessProfileDeserializer(item) {
  return {
    authorizedIPRanges: !item["authorizedIPRanges"] ? item["authorizedIPRanges"] : item["authorizedIPRanges"].map((p) => {
      return p;
    }),
    enablePrivateCluster: item["enablePrivateCluster"],
    privateDNSZone: item["privateDNSZone"],
    enablePrivateClusterPublicFqdn: item["enablePrivateClusterPublicFQDN"],
    disableRunCommand: item["disableRunCommand"],
    enableVnetIntegration: item["enableVnetIntegration"],
    subnetId: item["subnetId"]
  };
}
function userAssignedIdentityRecordSerializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : userAssignedIdentitySerializer(item[key]);
  });
  return result;
}
function userAssignedIdentityRecordDeserializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : userAssignedIdentityDeserializer(item[key]);
  });
  return result;
}
function privateLinkResourceArraySerializer(result) {
  return result.map((item) => {
    return privateLinkResourceSerializer(item);
  });
}
function privateLinkResourceArrayDeserializer(result) {
  return result.map((item) => {
    return privateLinkResourceDeserializer(item);
  });
}
function privateLinkResourceSerializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    groupId: item["groupId"],
    requiredMembers: !item["requiredMembers"] ? item["requiredMembers"] : item["requiredMembers"].map((p) => {
      return p;
    })
  };
}
function privateLinkResourceDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    groupId: item["groupId"],
    requiredMembers: !item["requiredMembers"] ? item["requiredMembers"] : item["requiredMembers"].map((p) => {
      return p;
    }),
    privateLinkServiceID: item["privateLinkServiceID"]
  };
}
function managedClusterHttpProxyConfigSerializer(item) {
  return {
    httpProxy: item["httpProxy"],
    httpsProxy: item["httpsProxy"],
    noProxy: !item["noProxy"] ? item["noProxy"] : item["noProxy"].map((p) => {
      return p;
    }),
    trustedCa: item["trustedCa"],
    enabled: item["enabled"]
  };
}
function managedClusterHttpProxyConfigDeserializer(item) {
  return {
    httpProxy: item["httpProxy"],
    httpsProxy: item["httpsProxy"],
    noProxy: !item["noProxy"] ? item["noProxy"] : item["noProxy"].map((p) => {
      return p;
    }),
    trustedCa: item["trustedCa"],
    enabled: item["enabled"]
  };
}
function managedClusterSecurityProfileSerializer(item) {
  return {
    defender: !item["defender"] ? item["defender"] : managedClusterSecurityProfileDefenderSerializer(item["defender"]),
    azureKeyVaultKms: !item["azureKeyVaultKms"] ? item["azureKeyVaultKms"] : azureKeyVaultKmsSerializer(item["azureKeyVaultKms"]),
    workloadIdentity: !item["workloadIdentity"] ? item["workloadIdentity"] : managedClusterSecurityProfileWorkloadIdentitySerializer(item["workloadIdentity"]),
    imageCleaner: !item["imageCleaner"] ? item["imageCleaner"] : managedClusterSecurityProfileImageCleanerSerializer(item["imageCleaner"]),
    customCATrustCertificates: !item["customCATrustCertificates"] ? item["customCATrustCertificates"] : item["customCATrustCertificates"].map((p) => {
      return uint8ArrayToString(p, "base64");
    })
  };
}
function managedClusterSecurityProfileDeserializer(item) {
  return {
    defender: !item["defender"] ? item["defender"] : managedClusterSecurityProfileDefenderDeserializer(item["defender"]),
    azureKeyVaultKms: !item["azureKeyVaultKms"] ? item["azureKeyVaultKms"] : azureKeyVaultKmsDeserializer(item["azureKeyVaultKms"]),
    workloadIdentity: !item["workloadIdentity"] ? item["workloadIdentity"] : managedClusterSecurityProfileWorkloadIdentityDeserializer(item["workloadIdentity"]),
    imageCleaner: !item["imageCleaner"] ? item["imageCleaner"] : managedClusterSecurityProfileImageCleanerDeserializer(item["imageCleaner"]),
    customCATrustCertificates: !item["customCATrustCertificates"] ? item["customCATrustCertificates"] : item["customCATrustCertificates"].map((p) => {
      return typeof p === "string" ? stringToUint8Array(p, "base64") : p;
    })
  };
}
function managedClusterSecurityProfileDefenderSerializer(item) {
  return {
    logAnalyticsWorkspaceResourceId: item["logAnalyticsWorkspaceResourceId"],
    securityMonitoring: !item["securityMonitoring"] ? item["securityMonitoring"] : managedClusterSecurityProfileDefenderSecurityMonitoringSerializer(item["securityMonitoring"]),
    securityGating: !item["securityGating"] ? item["securityGating"] : managedClusterSecurityProfileDefenderSecurityGatingSerializer(item["securityGating"])
  };
}
function managedClusterSecurityProfileDefenderDeserializer(item) {
  return {
    logAnalyticsWorkspaceResourceId: item["logAnalyticsWorkspaceResourceId"],
    securityMonitoring: !item["securityMonitoring"] ? item["securityMonitoring"] : managedClusterSecurityProfileDefenderSecurityMonitoringDeserializer(item["securityMonitoring"]),
    securityGating: !item["securityGating"] ? item["securityGating"] : managedClusterSecurityProfileDefenderSecurityGatingDeserializer(item["securityGating"])
  };
}
function managedClusterSecurityProfileDefenderSecurityMonitoringSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterSecurityProfileDefenderSecurityMonitoringDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function managedClusterSecurityProfileDefenderSecurityGatingSerializer(item) {
  return {
    enabled: item["enabled"],
    identities: !item["identities"] ? item["identities"] : managedClusterSecurityProfileDefenderSecurityGatingIdentityArraySerializer(item["identities"]),
    allowSecretAccess: item["allowSecretAccess"]
  };
}
function managedClusterSecurityProfileDefenderSecurityGatingDeserializer(item) {
  return {
    enabled: item["enabled"],
    identities: !item["identities"] ? item["identities"] : managedClusterSecurityProfileDefenderSecurityGatingIdentityArrayDeserializer(item["identities"]),
    allowSecretAccess: item["allowSecretAccess"]
  };
}
function managedClusterSecurityProfileDefenderSecurityGatingIdentityArraySerializer(result) {
  return result.map((item) => {
    return managedClusterSecurityProfileDefenderSecurityGatingIdentitySerializer(item);
  });
}
function managedClusterSecurityProfileDefenderSecurityGatingIdentityArrayDeserializer(result) {
  return result.map((item) => {
    return managedClusterSecurityProfileDefenderSecurityGatingIdentityDeserializer(item);
  });
}
function managedClusterSecurityProfileDefenderSecurityGatingIdentitySerializer(item) {
  return {
    azureContainerRegistry: item["azureContainerRegistry"],
    identity: !item["identity"] ? item["identity"] : userAssignedIdentitySerializer(item["identity"])
  };
}
function managedClusterSecurityProfileDefenderSecurityGatingIdentityDeserializer(item) {
  return {
    azureContainerRegistry: item["azureContainerRegistry"],
    identity: !item["identity"] ? item["identity"] : userAssignedIdentityDeserializer(item["identity"])
  };
}
function azureKeyVaultKmsSerializer(item) {
  return {
    enabled: item["enabled"],
    keyId: item["keyId"],
    keyVaultNetworkAccess: item["keyVaultNetworkAccess"],
    keyVaultResourceId: item["keyVaultResourceId"]
  };
}
function azureKeyVaultKmsDeserializer(item) {
  return {
    enabled: item["enabled"],
    keyId: item["keyId"],
    keyVaultNetworkAccess: item["keyVaultNetworkAccess"],
    keyVaultResourceId: item["keyVaultResourceId"]
  };
}
var KnownKeyVaultNetworkAccessTypes;
(function(KnownKeyVaultNetworkAccessTypes2) {
  KnownKeyVaultNetworkAccessTypes2["Public"] = "Public";
  KnownKeyVaultNetworkAccessTypes2["Private"] = "Private";
})(KnownKeyVaultNetworkAccessTypes || (KnownKeyVaultNetworkAccessTypes = {}));
function managedClusterSecurityProfileWorkloadIdentitySerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterSecurityProfileWorkloadIdentityDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function managedClusterSecurityProfileImageCleanerSerializer(item) {
  return { enabled: item["enabled"], intervalHours: item["intervalHours"] };
}
function managedClusterSecurityProfileImageCleanerDeserializer(item) {
  return {
    enabled: item["enabled"],
    intervalHours: item["intervalHours"]
  };
}
function managedClusterStorageProfileSerializer(item) {
  return {
    diskCSIDriver: !item["diskCSIDriver"] ? item["diskCSIDriver"] : managedClusterStorageProfileDiskCSIDriverSerializer(item["diskCSIDriver"]),
    fileCSIDriver: !item["fileCSIDriver"] ? item["fileCSIDriver"] : managedClusterStorageProfileFileCSIDriverSerializer(item["fileCSIDriver"]),
    snapshotController: !item["snapshotController"] ? item["snapshotController"] : managedClusterStorageProfileSnapshotControllerSerializer(item["snapshotController"]),
    blobCSIDriver: !item["blobCSIDriver"] ? item["blobCSIDriver"] : managedClusterStorageProfileBlobCSIDriverSerializer(item["blobCSIDriver"])
  };
}
function managedClusterStorageProfileDeserializer(item) {
  return {
    diskCSIDriver: !item["diskCSIDriver"] ? item["diskCSIDriver"] : managedClusterStorageProfileDiskCSIDriverDeserializer(item["diskCSIDriver"]),
    fileCSIDriver: !item["fileCSIDriver"] ? item["fileCSIDriver"] : managedClusterStorageProfileFileCSIDriverDeserializer(item["fileCSIDriver"]),
    snapshotController: !item["snapshotController"] ? item["snapshotController"] : managedClusterStorageProfileSnapshotControllerDeserializer(item["snapshotController"]),
    blobCSIDriver: !item["blobCSIDriver"] ? item["blobCSIDriver"] : managedClusterStorageProfileBlobCSIDriverDeserializer(item["blobCSIDriver"])
  };
}
function managedClusterStorageProfileDiskCSIDriverSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterStorageProfileDiskCSIDriverDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function managedClusterStorageProfileFileCSIDriverSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterStorageProfileFileCSIDriverDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function managedClusterStorageProfileSnapshotControllerSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterStorageProfileSnapshotControllerDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function managedClusterStorageProfileBlobCSIDriverSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterStorageProfileBlobCSIDriverDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function managedClusterIngressProfileSerializer(item) {
  return {
    webAppRouting: !item["webAppRouting"] ? item["webAppRouting"] : managedClusterIngressProfileWebAppRoutingSerializer(item["webAppRouting"]),
    gatewayAPI: !item["gatewayAPI"] ? item["gatewayAPI"] : managedClusterIngressProfileGatewayConfigurationSerializer(item["gatewayAPI"])
  };
}
function managedClusterIngressProfileDeserializer(item) {
  return {
    webAppRouting: !item["webAppRouting"] ? item["webAppRouting"] : managedClusterIngressProfileWebAppRoutingDeserializer(item["webAppRouting"]),
    gatewayAPI: !item["gatewayAPI"] ? item["gatewayAPI"] : managedClusterIngressProfileGatewayConfigurationDeserializer(item["gatewayAPI"])
  };
}
function managedClusterIngressProfileWebAppRoutingSerializer(item) {
  return {
    enabled: item["enabled"],
    gatewayAPIImplementations: !item["gatewayAPIImplementations"] ? item["gatewayAPIImplementations"] : managedClusterWebAppRoutingGatewayAPIImplementationsSerializer(item["gatewayAPIImplementations"]),
    dnsZoneResourceIds: !item["dnsZoneResourceIds"] ? item["dnsZoneResourceIds"] : item["dnsZoneResourceIds"].map((p) => {
      return p;
    }),
    nginx: !item["nginx"] ? item["nginx"] : managedClusterIngressProfileNginxSerializer(item["nginx"])
  };
}
function managedClusterIngressProfileWebAppRoutingDeserializer(item) {
  return {
    enabled: item["enabled"],
    gatewayAPIImplementations: !item["gatewayAPIImplementations"] ? item["gatewayAPIImplementations"] : managedClusterWebAppRoutingGatewayAPIImplementationsDeserializer(item["gatewayAPIImplementations"]),
    dnsZoneResourceIds: !item["dnsZoneResourceIds"] ? item["dnsZoneResourceIds"] : item["dnsZoneResourceIds"].map((p) => {
      return p;
    }),
    nginx: !item["nginx"] ? item["nginx"] : managedClusterIngressProfileNginxDeserializer(item["nginx"]),
    identity: !item["identity"] ? item["identity"] : userAssignedIdentityDeserializer(item["identity"])
  };
}
function managedClusterWebAppRoutingGatewayAPIImplementationsSerializer(item) {
  return {
    appRoutingIstio: !item["appRoutingIstio"] ? item["appRoutingIstio"] : managedClusterAppRoutingIstioSerializer(item["appRoutingIstio"])
  };
}
function managedClusterWebAppRoutingGatewayAPIImplementationsDeserializer(item) {
  return {
    appRoutingIstio: !item["appRoutingIstio"] ? item["appRoutingIstio"] : managedClusterAppRoutingIstioDeserializer(item["appRoutingIstio"])
  };
}
function managedClusterAppRoutingIstioSerializer(item) {
  return { mode: item["mode"] };
}
function managedClusterAppRoutingIstioDeserializer(item) {
  return {
    mode: item["mode"]
  };
}
var KnownGatewayAPIIstioEnabled;
(function(KnownGatewayAPIIstioEnabled2) {
  KnownGatewayAPIIstioEnabled2["Enabled"] = "Enabled";
  KnownGatewayAPIIstioEnabled2["Disabled"] = "Disabled";
})(KnownGatewayAPIIstioEnabled || (KnownGatewayAPIIstioEnabled = {}));
function managedClusterIngressProfileNginxSerializer(item) {
  return { defaultIngressControllerType: item["defaultIngressControllerType"] };
}
function managedClusterIngressProfileNginxDeserializer(item) {
  return {
    defaultIngressControllerType: item["defaultIngressControllerType"]
  };
}
var KnownNginxIngressControllerType;
(function(KnownNginxIngressControllerType2) {
  KnownNginxIngressControllerType2["AnnotationControlled"] = "AnnotationControlled";
  KnownNginxIngressControllerType2["External"] = "External";
  KnownNginxIngressControllerType2["Internal"] = "Internal";
  KnownNginxIngressControllerType2["None"] = "None";
})(KnownNginxIngressControllerType || (KnownNginxIngressControllerType = {}));
function managedClusterIngressProfileGatewayConfigurationSerializer(item) {
  return { installation: item["installation"] };
}
function managedClusterIngressProfileGatewayConfigurationDeserializer(item) {
  return {
    installation: item["installation"]
  };
}
var KnownManagedGatewayType;
(function(KnownManagedGatewayType2) {
  KnownManagedGatewayType2["Disabled"] = "Disabled";
  KnownManagedGatewayType2["Standard"] = "Standard";
})(KnownManagedGatewayType || (KnownManagedGatewayType = {}));
var KnownPublicNetworkAccess;
(function(KnownPublicNetworkAccess2) {
  KnownPublicNetworkAccess2["Enabled"] = "Enabled";
  KnownPublicNetworkAccess2["Disabled"] = "Disabled";
})(KnownPublicNetworkAccess || (KnownPublicNetworkAccess = {}));
function managedClusterWorkloadAutoScalerProfileSerializer(item) {
  return {
    keda: !item["keda"] ? item["keda"] : managedClusterWorkloadAutoScalerProfileKedaSerializer(item["keda"]),
    verticalPodAutoscaler: !item["verticalPodAutoscaler"] ? item["verticalPodAutoscaler"] : managedClusterWorkloadAutoScalerProfileVerticalPodAutoscalerSerializer(item["verticalPodAutoscaler"])
  };
}
function managedClusterWorkloadAutoScalerProfileDeserializer(item) {
  return {
    keda: !item["keda"] ? item["keda"] : managedClusterWorkloadAutoScalerProfileKedaDeserializer(item["keda"]),
    verticalPodAutoscaler: !item["verticalPodAutoscaler"] ? item["verticalPodAutoscaler"] : managedClusterWorkloadAutoScalerProfileVerticalPodAutoscalerDeserializer(item["verticalPodAutoscaler"])
  };
}
function managedClusterWorkloadAutoScalerProfileKedaSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterWorkloadAutoScalerProfileKedaDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function managedClusterWorkloadAutoScalerProfileVerticalPodAutoscalerSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterWorkloadAutoScalerProfileVerticalPodAutoscalerDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function managedClusterAzureMonitorProfileSerializer(item) {
  return {
    metrics: !item["metrics"] ? item["metrics"] : managedClusterAzureMonitorProfileMetricsSerializer(item["metrics"]),
    containerInsights: !item["containerInsights"] ? item["containerInsights"] : managedClusterAzureMonitorProfileContainerInsightsSerializer(item["containerInsights"]),
    appMonitoring: !item["appMonitoring"] ? item["appMonitoring"] : managedClusterAzureMonitorProfileAppMonitoringSerializer(item["appMonitoring"])
  };
}
function managedClusterAzureMonitorProfileDeserializer(item) {
  return {
    metrics: !item["metrics"] ? item["metrics"] : managedClusterAzureMonitorProfileMetricsDeserializer(item["metrics"]),
    containerInsights: !item["containerInsights"] ? item["containerInsights"] : managedClusterAzureMonitorProfileContainerInsightsDeserializer(item["containerInsights"]),
    appMonitoring: !item["appMonitoring"] ? item["appMonitoring"] : managedClusterAzureMonitorProfileAppMonitoringDeserializer(item["appMonitoring"])
  };
}
function managedClusterAzureMonitorProfileMetricsSerializer(item) {
  return {
    enabled: item["enabled"],
    kubeStateMetrics: !item["kubeStateMetrics"] ? item["kubeStateMetrics"] : managedClusterAzureMonitorProfileKubeStateMetricsSerializer(item["kubeStateMetrics"]),
    controlPlane: !item["controlPlane"] ? item["controlPlane"] : managedClusterAzureMonitorProfileMetricsControlPlaneSerializer(item["controlPlane"])
  };
}
function managedClusterAzureMonitorProfileMetricsDeserializer(item) {
  return {
    enabled: item["enabled"],
    kubeStateMetrics: !item["kubeStateMetrics"] ? item["kubeStateMetrics"] : managedClusterAzureMonitorProfileKubeStateMetricsDeserializer(item["kubeStateMetrics"]),
    controlPlane: !item["controlPlane"] ? item["controlPlane"] : managedClusterAzureMonitorProfileMetricsControlPlaneDeserializer(item["controlPlane"])
  };
}
function managedClusterAzureMonitorProfileKubeStateMetricsSerializer(item) {
  return {
    metricLabelsAllowlist: item["metricLabelsAllowlist"],
    metricAnnotationsAllowList: item["metricAnnotationsAllowList"]
  };
}
function managedClusterAzureMonitorProfileKubeStateMetricsDeserializer(item) {
  return {
    metricLabelsAllowlist: item["metricLabelsAllowlist"],
    metricAnnotationsAllowList: item["metricAnnotationsAllowList"]
  };
}
function managedClusterAzureMonitorProfileMetricsControlPlaneSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterAzureMonitorProfileMetricsControlPlaneDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function managedClusterAzureMonitorProfileContainerInsightsSerializer(item) {
  return {
    enabled: item["enabled"],
    logAnalyticsWorkspaceResourceId: item["logAnalyticsWorkspaceResourceId"],
    syslogPort: item["syslogPort"],
    disablePrometheusMetricsScraping: item["disablePrometheusMetricsScraping"],
    containerNetworkLogs: item["containerNetworkLogs"]
  };
}
function managedClusterAzureMonitorProfileContainerInsightsDeserializer(item) {
  return {
    enabled: item["enabled"],
    logAnalyticsWorkspaceResourceId: item["logAnalyticsWorkspaceResourceId"],
    syslogPort: item["syslogPort"],
    disablePrometheusMetricsScraping: item["disablePrometheusMetricsScraping"],
    containerNetworkLogs: item["containerNetworkLogs"]
  };
}
var KnownContainerNetworkLogs;
(function(KnownContainerNetworkLogs2) {
  KnownContainerNetworkLogs2["Disabled"] = "Disabled";
  KnownContainerNetworkLogs2["Enabled"] = "Enabled";
})(KnownContainerNetworkLogs || (KnownContainerNetworkLogs = {}));
function managedClusterAzureMonitorProfileAppMonitoringSerializer(item) {
  return {
    autoInstrumentation: !item["autoInstrumentation"] ? item["autoInstrumentation"] : managedClusterAzureMonitorProfileAppMonitoringAutoInstrumentationSerializer(item["autoInstrumentation"]),
    openTelemetryMetrics: !item["openTelemetryMetrics"] ? item["openTelemetryMetrics"] : managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryMetricsSerializer(item["openTelemetryMetrics"]),
    openTelemetryLogsAndTraces: !item["openTelemetryLogsAndTraces"] ? item["openTelemetryLogsAndTraces"] : managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryLogsAndTracesSerializer(item["openTelemetryLogsAndTraces"])
  };
}
function managedClusterAzureMonitorProfileAppMonitoringDeserializer(item) {
  return {
    autoInstrumentation: !item["autoInstrumentation"] ? item["autoInstrumentation"] : managedClusterAzureMonitorProfileAppMonitoringAutoInstrumentationDeserializer(item["autoInstrumentation"]),
    openTelemetryMetrics: !item["openTelemetryMetrics"] ? item["openTelemetryMetrics"] : managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryMetricsDeserializer(item["openTelemetryMetrics"]),
    openTelemetryLogsAndTraces: !item["openTelemetryLogsAndTraces"] ? item["openTelemetryLogsAndTraces"] : managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryLogsAndTracesDeserializer(item["openTelemetryLogsAndTraces"])
  };
}
function managedClusterAzureMonitorProfileAppMonitoringAutoInstrumentationSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterAzureMonitorProfileAppMonitoringAutoInstrumentationDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryMetricsSerializer(item) {
  return { enabled: item["enabled"], httpPort: item["httpPort"], grpcPort: item["grpcPort"] };
}
function managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryMetricsDeserializer(item) {
  return {
    enabled: item["enabled"],
    httpPort: item["httpPort"],
    grpcPort: item["grpcPort"]
  };
}
function managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryLogsAndTracesSerializer(item) {
  return { enabled: item["enabled"], httpPort: item["httpPort"], grpcPort: item["grpcPort"] };
}
function managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryLogsAndTracesDeserializer(item) {
  return {
    enabled: item["enabled"],
    httpPort: item["httpPort"],
    grpcPort: item["grpcPort"]
  };
}
function serviceMeshProfileSerializer(item) {
  return {
    mode: item["mode"],
    istio: !item["istio"] ? item["istio"] : istioServiceMeshSerializer(item["istio"])
  };
}
function serviceMeshProfileDeserializer(item) {
  return {
    mode: item["mode"],
    istio: !item["istio"] ? item["istio"] : istioServiceMeshDeserializer(item["istio"])
  };
}
var KnownServiceMeshMode;
(function(KnownServiceMeshMode2) {
  KnownServiceMeshMode2["Istio"] = "Istio";
  KnownServiceMeshMode2["Disabled"] = "Disabled";
})(KnownServiceMeshMode || (KnownServiceMeshMode = {}));
function istioServiceMeshSerializer(item) {
  return {
    components: !item["components"] ? item["components"] : istioComponentsSerializer(item["components"]),
    certificateAuthority: !item["certificateAuthority"] ? item["certificateAuthority"] : istioCertificateAuthoritySerializer(item["certificateAuthority"]),
    revisions: !item["revisions"] ? item["revisions"] : item["revisions"].map((p) => {
      return p;
    })
  };
}
function istioServiceMeshDeserializer(item) {
  return {
    components: !item["components"] ? item["components"] : istioComponentsDeserializer(item["components"]),
    certificateAuthority: !item["certificateAuthority"] ? item["certificateAuthority"] : istioCertificateAuthorityDeserializer(item["certificateAuthority"]),
    revisions: !item["revisions"] ? item["revisions"] : item["revisions"].map((p) => {
      return p;
    })
  };
}
function istioComponentsSerializer(item) {
  return {
    ingressGateways: !item["ingressGateways"] ? item["ingressGateways"] : istioIngressGatewayArraySerializer(item["ingressGateways"]),
    egressGateways: !item["egressGateways"] ? item["egressGateways"] : istioEgressGatewayArraySerializer(item["egressGateways"]),
    proxyRedirectionMechanism: item["proxyRedirectionMechanism"]
  };
}
function istioComponentsDeserializer(item) {
  return {
    ingressGateways: !item["ingressGateways"] ? item["ingressGateways"] : istioIngressGatewayArrayDeserializer(item["ingressGateways"]),
    egressGateways: !item["egressGateways"] ? item["egressGateways"] : istioEgressGatewayArrayDeserializer(item["egressGateways"]),
    proxyRedirectionMechanism: item["proxyRedirectionMechanism"]
  };
}
function istioIngressGatewayArraySerializer(result) {
  return result.map((item) => {
    return istioIngressGatewaySerializer(item);
  });
}
function istioIngressGatewayArrayDeserializer(result) {
  return result.map((item) => {
    return istioIngressGatewayDeserializer(item);
  });
}
function istioIngressGatewaySerializer(item) {
  return { mode: item["mode"], enabled: item["enabled"] };
}
function istioIngressGatewayDeserializer(item) {
  return {
    mode: item["mode"],
    enabled: item["enabled"]
  };
}
var KnownIstioIngressGatewayMode;
(function(KnownIstioIngressGatewayMode2) {
  KnownIstioIngressGatewayMode2["External"] = "External";
  KnownIstioIngressGatewayMode2["Internal"] = "Internal";
})(KnownIstioIngressGatewayMode || (KnownIstioIngressGatewayMode = {}));
function istioEgressGatewayArraySerializer(result) {
  return result.map((item) => {
    return istioEgressGatewaySerializer(item);
  });
}
function istioEgressGatewayArrayDeserializer(result) {
  return result.map((item) => {
    return istioEgressGatewayDeserializer(item);
  });
}
function istioEgressGatewaySerializer(item) {
  return {
    enabled: item["enabled"],
    name: item["name"],
    namespace: item["namespace"],
    gatewayConfigurationName: item["gatewayConfigurationName"]
  };
}
function istioEgressGatewayDeserializer(item) {
  return {
    enabled: item["enabled"],
    name: item["name"],
    namespace: item["namespace"],
    gatewayConfigurationName: item["gatewayConfigurationName"]
  };
}
var KnownProxyRedirectionMechanism;
(function(KnownProxyRedirectionMechanism2) {
  KnownProxyRedirectionMechanism2["InitContainers"] = "InitContainers";
  KnownProxyRedirectionMechanism2["CNIChaining"] = "CNIChaining";
})(KnownProxyRedirectionMechanism || (KnownProxyRedirectionMechanism = {}));
function istioCertificateAuthoritySerializer(item) {
  return {
    plugin: !item["plugin"] ? item["plugin"] : istioPluginCertificateAuthoritySerializer(item["plugin"])
  };
}
function istioCertificateAuthorityDeserializer(item) {
  return {
    plugin: !item["plugin"] ? item["plugin"] : istioPluginCertificateAuthorityDeserializer(item["plugin"])
  };
}
function istioPluginCertificateAuthoritySerializer(item) {
  return {
    keyVaultId: item["keyVaultId"],
    certObjectName: item["certObjectName"],
    keyObjectName: item["keyObjectName"],
    rootCertObjectName: item["rootCertObjectName"],
    certChainObjectName: item["certChainObjectName"]
  };
}
function istioPluginCertificateAuthorityDeserializer(item) {
  return {
    keyVaultId: item["keyVaultId"],
    certObjectName: item["certObjectName"],
    keyObjectName: item["keyObjectName"],
    rootCertObjectName: item["rootCertObjectName"],
    certChainObjectName: item["certChainObjectName"]
  };
}
function managedClusterMetricsProfileSerializer(item) {
  return {
    costAnalysis: !item["costAnalysis"] ? item["costAnalysis"] : managedClusterCostAnalysisSerializer(item["costAnalysis"])
  };
}
function managedClusterMetricsProfileDeserializer(item) {
  return {
    costAnalysis: !item["costAnalysis"] ? item["costAnalysis"] : managedClusterCostAnalysisDeserializer(item["costAnalysis"])
  };
}
function managedClusterCostAnalysisSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterCostAnalysisDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function managedClusterNodeProvisioningProfileSerializer(item) {
  return { mode: item["mode"], defaultNodePools: item["defaultNodePools"] };
}
function managedClusterNodeProvisioningProfileDeserializer(item) {
  return {
    mode: item["mode"],
    defaultNodePools: item["defaultNodePools"]
  };
}
var KnownNodeProvisioningMode;
(function(KnownNodeProvisioningMode2) {
  KnownNodeProvisioningMode2["Manual"] = "Manual";
  KnownNodeProvisioningMode2["Auto"] = "Auto";
})(KnownNodeProvisioningMode || (KnownNodeProvisioningMode = {}));
var KnownNodeProvisioningDefaultNodePools;
(function(KnownNodeProvisioningDefaultNodePools2) {
  KnownNodeProvisioningDefaultNodePools2["None"] = "None";
  KnownNodeProvisioningDefaultNodePools2["Auto"] = "Auto";
})(KnownNodeProvisioningDefaultNodePools || (KnownNodeProvisioningDefaultNodePools = {}));
function managedClusterBootstrapProfileSerializer(item) {
  return {
    artifactSource: item["artifactSource"],
    containerRegistryId: item["containerRegistryId"]
  };
}
function managedClusterBootstrapProfileDeserializer(item) {
  return {
    artifactSource: item["artifactSource"],
    containerRegistryId: item["containerRegistryId"]
  };
}
var KnownArtifactSource;
(function(KnownArtifactSource2) {
  KnownArtifactSource2["Cache"] = "Cache";
  KnownArtifactSource2["Direct"] = "Direct";
})(KnownArtifactSource || (KnownArtifactSource = {}));
function managedClusterAIToolchainOperatorProfileSerializer(item) {
  return { enabled: item["enabled"] };
}
function managedClusterAIToolchainOperatorProfileDeserializer(item) {
  return {
    enabled: item["enabled"]
  };
}
function schedulerProfileSerializer(item) {
  return {
    upstream: !item["upstream"] ? item["upstream"] : schedulerInstanceProfileSerializer(item["upstream"])
  };
}
function schedulerProfileDeserializer(item) {
  return {
    upstream: !item["upstream"] ? item["upstream"] : schedulerInstanceProfileDeserializer(item["upstream"])
  };
}
function schedulerInstanceProfileSerializer(item) {
  return { schedulerConfigMode: item["schedulerConfigMode"] };
}
function schedulerInstanceProfileDeserializer(item) {
  return {
    schedulerConfigMode: item["schedulerConfigMode"]
  };
}
var KnownSchedulerConfigMode;
(function(KnownSchedulerConfigMode2) {
  KnownSchedulerConfigMode2["Default"] = "Default";
  KnownSchedulerConfigMode2["ManagedByCRD"] = "ManagedByCRD";
})(KnownSchedulerConfigMode || (KnownSchedulerConfigMode = {}));
function managedClusterHostedSystemProfileSerializer(item) {
  return {
    enabled: item["enabled"],
    systemNodeSubnetID: item["systemNodeSubnetID"],
    nodeSubnetID: item["nodeSubnetID"]
  };
}
function managedClusterHostedSystemProfileDeserializer(item) {
  return {
    enabled: item["enabled"],
    systemNodeSubnetID: item["systemNodeSubnetID"],
    nodeSubnetID: item["nodeSubnetID"]
  };
}
function managedClusterStatusSerializer(_item) {
  return {};
}
function managedClusterStatusDeserializer(item) {
  return {
    provisioningError: !item["provisioningError"] ? item["provisioningError"] : errorDetailDeserializer(item["provisioningError"])
  };
}
function managedClusterSKUSerializer(item) {
  return { name: item["name"], tier: item["tier"] };
}
function managedClusterSKUDeserializer(item) {
  return {
    name: item["name"],
    tier: item["tier"]
  };
}
var KnownManagedClusterSKUName;
(function(KnownManagedClusterSKUName2) {
  KnownManagedClusterSKUName2["Base"] = "Base";
  KnownManagedClusterSKUName2["Automatic"] = "Automatic";
})(KnownManagedClusterSKUName || (KnownManagedClusterSKUName = {}));
var KnownManagedClusterSKUTier;
(function(KnownManagedClusterSKUTier2) {
  KnownManagedClusterSKUTier2["Premium"] = "Premium";
  KnownManagedClusterSKUTier2["Standard"] = "Standard";
  KnownManagedClusterSKUTier2["Free"] = "Free";
})(KnownManagedClusterSKUTier || (KnownManagedClusterSKUTier = {}));
function extendedLocationSerializer(item) {
  return { name: item["name"], type: item["type"] };
}
function extendedLocationDeserializer(item) {
  return {
    name: item["name"],
    type: item["type"]
  };
}
var KnownExtendedLocationTypes;
(function(KnownExtendedLocationTypes2) {
  KnownExtendedLocationTypes2["EdgeZone"] = "EdgeZone";
})(KnownExtendedLocationTypes || (KnownExtendedLocationTypes = {}));
function managedClusterIdentitySerializer(item) {
  return {
    type: item["type"],
    delegatedResources: !item["delegatedResources"] ? item["delegatedResources"] : delegatedResourceRecordSerializer(item["delegatedResources"]),
    userAssignedIdentities: !item["userAssignedIdentities"] ? item["userAssignedIdentities"] : managedServiceIdentityUserAssignedIdentitiesValueRecordSerializer(item["userAssignedIdentities"])
  };
}
function managedClusterIdentityDeserializer(item) {
  return {
    principalId: item["principalId"],
    tenantId: item["tenantId"],
    type: item["type"],
    delegatedResources: !item["delegatedResources"] ? item["delegatedResources"] : delegatedResourceRecordDeserializer(item["delegatedResources"]),
    userAssignedIdentities: !item["userAssignedIdentities"] ? item["userAssignedIdentities"] : managedServiceIdentityUserAssignedIdentitiesValueRecordDeserializer(item["userAssignedIdentities"])
  };
}
var KnownResourceIdentityType;
(function(KnownResourceIdentityType2) {
  KnownResourceIdentityType2["SystemAssigned"] = "SystemAssigned";
  KnownResourceIdentityType2["UserAssigned"] = "UserAssigned";
  KnownResourceIdentityType2["None"] = "None";
})(KnownResourceIdentityType || (KnownResourceIdentityType = {}));
function delegatedResourceRecordSerializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : delegatedResourceSerializer(item[key]);
  });
  return result;
}
function delegatedResourceRecordDeserializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : delegatedResourceDeserializer(item[key]);
  });
  return result;
}
function delegatedResourceSerializer(item) {
  return {
    resourceId: item["resourceId"],
    tenantId: item["tenantId"],
    referralResource: item["referralResource"],
    location: item["location"]
  };
}
function delegatedResourceDeserializer(item) {
  return {
    resourceId: item["resourceId"],
    tenantId: item["tenantId"],
    referralResource: item["referralResource"],
    location: item["location"]
  };
}
function managedServiceIdentityUserAssignedIdentitiesValueRecordSerializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : managedServiceIdentityUserAssignedIdentitiesValueSerializer(item[key]);
  });
  return result;
}
function managedServiceIdentityUserAssignedIdentitiesValueRecordDeserializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : managedServiceIdentityUserAssignedIdentitiesValueDeserializer(item[key]);
  });
  return result;
}
function managedServiceIdentityUserAssignedIdentitiesValueSerializer(_item) {
  return {};
}
function managedServiceIdentityUserAssignedIdentitiesValueDeserializer(item) {
  return {
    principalId: item["principalId"],
    clientId: item["clientId"]
  };
}
function tagsObjectSerializer(item) {
  return { tags: item["tags"] };
}
function _managedClusterListResultDeserializer(item) {
  return {
    value: managedClusterArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function managedClusterArrayDeserializer(result) {
  return result.map((item) => {
    return managedClusterDeserializer(item);
  });
}
function managedClusterAccessProfileDeserializer(item) {
  return {
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _managedClusterAccessProfilePropertiesDeserializer(item["properties"])
  };
}
function credentialResultsDeserializer(item) {
  return {
    kubeconfigs: !item["kubeconfigs"] ? item["kubeconfigs"] : credentialResultArrayDeserializer(item["kubeconfigs"])
  };
}
function credentialResultArrayDeserializer(result) {
  return result.map((item) => {
    return credentialResultDeserializer(item);
  });
}
function credentialResultDeserializer(item) {
  return {
    name: item["name"],
    value: !item["value"] ? item["value"] : typeof item["value"] === "string" ? stringToUint8Array(item["value"], "base64") : item["value"]
  };
}
function runCommandRequestSerializer(item) {
  return { command: item["command"], context: item["context"], clusterToken: item["clusterToken"] };
}
function runCommandResultDeserializer(item) {
  return {
    id: item["id"],
    ...!item["properties"] ? item["properties"] : _runCommandResultPropertiesDeserializer(item["properties"])
  };
}
function _outboundEnvironmentEndpointCollectionDeserializer(item) {
  return {
    value: outboundEnvironmentEndpointArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function outboundEnvironmentEndpointArrayDeserializer(result) {
  return result.map((item) => {
    return outboundEnvironmentEndpointDeserializer(item);
  });
}
function outboundEnvironmentEndpointDeserializer(item) {
  return {
    category: item["category"],
    endpoints: !item["endpoints"] ? item["endpoints"] : endpointDependencyArrayDeserializer(item["endpoints"])
  };
}
function endpointDependencyArrayDeserializer(result) {
  return result.map((item) => {
    return endpointDependencyDeserializer(item);
  });
}
function endpointDependencyDeserializer(item) {
  return {
    domainName: item["domainName"],
    endpointDetails: !item["endpointDetails"] ? item["endpointDetails"] : endpointDetailArrayDeserializer(item["endpointDetails"])
  };
}
function endpointDetailArrayDeserializer(result) {
  return result.map((item) => {
    return endpointDetailDeserializer(item);
  });
}
function endpointDetailDeserializer(item) {
  return {
    ipAddress: item["ipAddress"],
    port: item["port"],
    protocol: item["protocol"],
    description: item["description"]
  };
}
function managedClusterUpgradeProfileDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ..._managedClusterUpgradeProfilePropertiesDeserializer(item["properties"])
  };
}
function managedClusterPoolUpgradeProfileDeserializer(item) {
  return {
    kubernetesVersion: item["kubernetesVersion"],
    name: item["name"],
    osType: item["osType"],
    upgrades: !item["upgrades"] ? item["upgrades"] : managedClusterPoolUpgradeProfileUpgradesItemArrayDeserializer(item["upgrades"])
  };
}
function managedClusterPoolUpgradeProfileUpgradesItemArrayDeserializer(result) {
  return result.map((item) => {
    return managedClusterPoolUpgradeProfileUpgradesItemDeserializer(item);
  });
}
function managedClusterPoolUpgradeProfileUpgradesItemDeserializer(item) {
  return {
    kubernetesVersion: item["kubernetesVersion"],
    isPreview: item["isPreview"]
  };
}
function managedClusterPoolUpgradeProfileArrayDeserializer(result) {
  return result.map((item) => {
    return managedClusterPoolUpgradeProfileDeserializer(item);
  });
}
function meshRevisionProfileDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    properties: !item["properties"] ? item["properties"] : meshRevisionProfilePropertiesDeserializer(item["properties"])
  };
}
function meshRevisionProfilePropertiesDeserializer(item) {
  return {
    meshRevisions: !item["meshRevisions"] ? item["meshRevisions"] : meshRevisionArrayDeserializer(item["meshRevisions"])
  };
}
function meshRevisionArrayDeserializer(result) {
  return result.map((item) => {
    return meshRevisionDeserializer(item);
  });
}
function meshRevisionDeserializer(item) {
  return {
    revision: item["revision"],
    upgrades: !item["upgrades"] ? item["upgrades"] : item["upgrades"].map((p) => {
      return p;
    }),
    compatibleWith: !item["compatibleWith"] ? item["compatibleWith"] : compatibleVersionsArrayDeserializer(item["compatibleWith"])
  };
}
function compatibleVersionsArrayDeserializer(result) {
  return result.map((item) => {
    return compatibleVersionsDeserializer(item);
  });
}
function compatibleVersionsDeserializer(item) {
  return {
    name: item["name"],
    versions: !item["versions"] ? item["versions"] : item["versions"].map((p) => {
      return p;
    })
  };
}
function _meshRevisionProfileListDeserializer(item) {
  return {
    value: meshRevisionProfileArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function meshRevisionProfileArrayDeserializer(result) {
  return result.map((item) => {
    return meshRevisionProfileDeserializer(item);
  });
}
function meshUpgradeProfileDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    properties: !item["properties"] ? item["properties"] : meshUpgradeProfilePropertiesDeserializer(item["properties"])
  };
}
function meshUpgradeProfilePropertiesDeserializer(item) {
  return {
    revision: item["revision"],
    upgrades: !item["upgrades"] ? item["upgrades"] : item["upgrades"].map((p) => {
      return p;
    }),
    compatibleWith: !item["compatibleWith"] ? item["compatibleWith"] : compatibleVersionsArrayDeserializer(item["compatibleWith"])
  };
}
function _meshUpgradeProfileListDeserializer(item) {
  return {
    value: meshUpgradeProfileArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function meshUpgradeProfileArrayDeserializer(result) {
  return result.map((item) => {
    return meshUpgradeProfileDeserializer(item);
  });
}
function kubernetesVersionListResultDeserializer(item) {
  return {
    values: !item["values"] ? item["values"] : kubernetesVersionArrayDeserializer(item["values"])
  };
}
function kubernetesVersionArrayDeserializer(result) {
  return result.map((item) => {
    return kubernetesVersionDeserializer(item);
  });
}
function kubernetesVersionDeserializer(item) {
  return {
    version: item["version"],
    capabilities: !item["capabilities"] ? item["capabilities"] : kubernetesVersionCapabilitiesDeserializer(item["capabilities"]),
    isDefault: item["isDefault"],
    isPreview: item["isPreview"],
    patchVersions: !item["patchVersions"] ? item["patchVersions"] : kubernetesPatchVersionRecordDeserializer(item["patchVersions"])
  };
}
function kubernetesVersionCapabilitiesDeserializer(item) {
  return {
    supportPlan: !item["supportPlan"] ? item["supportPlan"] : item["supportPlan"].map((p) => {
      return p;
    })
  };
}
function kubernetesPatchVersionRecordDeserializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : kubernetesPatchVersionDeserializer(item[key]);
  });
  return result;
}
function kubernetesPatchVersionDeserializer(item) {
  return {
    upgrades: !item["upgrades"] ? item["upgrades"] : item["upgrades"].map((p) => {
      return p;
    })
  };
}
function maintenanceConfigurationSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["timeInWeek", "notAllowedTime", "maintenanceWindow"]) ? void 0 : _maintenanceConfigurationPropertiesSerializer(item)
  };
}
function maintenanceConfigurationDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _maintenanceConfigurationPropertiesDeserializer(item["properties"])
  };
}
function timeInWeekArraySerializer(result) {
  return result.map((item) => {
    return timeInWeekSerializer(item);
  });
}
function timeInWeekArrayDeserializer(result) {
  return result.map((item) => {
    return timeInWeekDeserializer(item);
  });
}
function timeInWeekSerializer(item) {
  return {
    day: item["day"],
    hourSlots: !item["hourSlots"] ? item["hourSlots"] : item["hourSlots"].map((p) => {
      return p;
    })
  };
}
function timeInWeekDeserializer(item) {
  return {
    day: item["day"],
    hourSlots: !item["hourSlots"] ? item["hourSlots"] : item["hourSlots"].map((p) => {
      return p;
    })
  };
}
var KnownWeekDay;
(function(KnownWeekDay2) {
  KnownWeekDay2["Sunday"] = "Sunday";
  KnownWeekDay2["Monday"] = "Monday";
  KnownWeekDay2["Tuesday"] = "Tuesday";
  KnownWeekDay2["Wednesday"] = "Wednesday";
  KnownWeekDay2["Thursday"] = "Thursday";
  KnownWeekDay2["Friday"] = "Friday";
  KnownWeekDay2["Saturday"] = "Saturday";
})(KnownWeekDay || (KnownWeekDay = {}));
function timeSpanArraySerializer(result) {
  return result.map((item) => {
    return timeSpanSerializer(item);
  });
}
function timeSpanArrayDeserializer(result) {
  return result.map((item) => {
    return timeSpanDeserializer(item);
  });
}
function timeSpanSerializer(item) {
  return {
    start: !item["start"] ? item["start"] : item["start"].toISOString(),
    end: !item["end"] ? item["end"] : item["end"].toISOString()
  };
}
function timeSpanDeserializer(item) {
  return {
    start: !item["start"] ? item["start"] : new Date(item["start"]),
    end: !item["end"] ? item["end"] : new Date(item["end"])
  };
}
function maintenanceWindowSerializer(item) {
  return {
    schedule: scheduleSerializer(item["schedule"]),
    durationHours: item["durationHours"],
    utcOffset: item["utcOffset"],
    startDate: !item["startDate"] ? item["startDate"] : item["startDate"].toISOString().split("T")[0],
    startTime: item["startTime"],
    notAllowedDates: !item["notAllowedDates"] ? item["notAllowedDates"] : dateSpanArraySerializer(item["notAllowedDates"])
  };
}
function maintenanceWindowDeserializer(item) {
  return {
    schedule: scheduleDeserializer(item["schedule"]),
    durationHours: item["durationHours"],
    utcOffset: item["utcOffset"],
    startDate: !item["startDate"] ? item["startDate"] : new Date(item["startDate"]),
    startTime: item["startTime"],
    notAllowedDates: !item["notAllowedDates"] ? item["notAllowedDates"] : dateSpanArrayDeserializer(item["notAllowedDates"])
  };
}
function scheduleSerializer(item) {
  return {
    daily: !item["daily"] ? item["daily"] : dailyScheduleSerializer(item["daily"]),
    weekly: !item["weekly"] ? item["weekly"] : weeklyScheduleSerializer(item["weekly"]),
    absoluteMonthly: !item["absoluteMonthly"] ? item["absoluteMonthly"] : absoluteMonthlyScheduleSerializer(item["absoluteMonthly"]),
    relativeMonthly: !item["relativeMonthly"] ? item["relativeMonthly"] : relativeMonthlyScheduleSerializer(item["relativeMonthly"])
  };
}
function scheduleDeserializer(item) {
  return {
    daily: !item["daily"] ? item["daily"] : dailyScheduleDeserializer(item["daily"]),
    weekly: !item["weekly"] ? item["weekly"] : weeklyScheduleDeserializer(item["weekly"]),
    absoluteMonthly: !item["absoluteMonthly"] ? item["absoluteMonthly"] : absoluteMonthlyScheduleDeserializer(item["absoluteMonthly"]),
    relativeMonthly: !item["relativeMonthly"] ? item["relativeMonthly"] : relativeMonthlyScheduleDeserializer(item["relativeMonthly"])
  };
}
function dailyScheduleSerializer(item) {
  return { intervalDays: item["intervalDays"] };
}
function dailyScheduleDeserializer(item) {
  return {
    intervalDays: item["intervalDays"]
  };
}
function weeklyScheduleSerializer(item) {
  return { intervalWeeks: item["intervalWeeks"], dayOfWeek: item["dayOfWeek"] };
}
function weeklyScheduleDeserializer(item) {
  return {
    intervalWeeks: item["intervalWeeks"],
    dayOfWeek: item["dayOfWeek"]
  };
}
function absoluteMonthlyScheduleSerializer(item) {
  return { intervalMonths: item["intervalMonths"], dayOfMonth: item["dayOfMonth"] };
}
function absoluteMonthlyScheduleDeserializer(item) {
  return {
    intervalMonths: item["intervalMonths"],
    dayOfMonth: item["dayOfMonth"]
  };
}
function relativeMonthlyScheduleSerializer(item) {
  return {
    intervalMonths: item["intervalMonths"],
    weekIndex: item["weekIndex"],
    dayOfWeek: item["dayOfWeek"]
  };
}
function relativeMonthlyScheduleDeserializer(item) {
  return {
    intervalMonths: item["intervalMonths"],
    weekIndex: item["weekIndex"],
    dayOfWeek: item["dayOfWeek"]
  };
}
var KnownType;
(function(KnownType2) {
  KnownType2["First"] = "First";
  KnownType2["Second"] = "Second";
  KnownType2["Third"] = "Third";
  KnownType2["Fourth"] = "Fourth";
  KnownType2["Last"] = "Last";
})(KnownType || (KnownType = {}));
function dateSpanArraySerializer(result) {
  return result.map((item) => {
    return dateSpanSerializer(item);
  });
}
function dateSpanArrayDeserializer(result) {
  return result.map((item) => {
    return dateSpanDeserializer(item);
  });
}
function dateSpanSerializer(item) {
  return {
    start: item["start"].toISOString().split("T")[0],
    end: item["end"].toISOString().split("T")[0]
  };
}
function dateSpanDeserializer(item) {
  return {
    start: new Date(item["start"]),
    end: new Date(item["end"])
  };
}
function _maintenanceConfigurationListResultDeserializer(item) {
  return {
    value: maintenanceConfigurationArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function maintenanceConfigurationArrayDeserializer(result) {
  return result.map((item) => {
    return maintenanceConfigurationDeserializer(item);
  });
}
function managedNamespaceSerializer(item) {
  return {
    tags: item["tags"],
    location: item["location"],
    properties: !item["properties"] ? item["properties"] : namespacePropertiesSerializer(item["properties"])
  };
}
function managedNamespaceDeserializer(item) {
  return {
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    properties: !item["properties"] ? item["properties"] : namespacePropertiesDeserializer(item["properties"]),
    eTag: item["eTag"]
  };
}
function namespacePropertiesSerializer(item) {
  return {
    labels: item["labels"],
    annotations: item["annotations"],
    defaultResourceQuota: !item["defaultResourceQuota"] ? item["defaultResourceQuota"] : resourceQuotaSerializer(item["defaultResourceQuota"]),
    defaultNetworkPolicy: !item["defaultNetworkPolicy"] ? item["defaultNetworkPolicy"] : networkPoliciesSerializer(item["defaultNetworkPolicy"]),
    adoptionPolicy: item["adoptionPolicy"],
    deletePolicy: item["deletePolicy"]
  };
}
function namespacePropertiesDeserializer(item) {
  return {
    provisioningState: item["provisioningState"],
    labels: !item["labels"] ? item["labels"] : Object.fromEntries(Object.entries(item["labels"]).map(([k, p]) => [k, p])),
    annotations: !item["annotations"] ? item["annotations"] : Object.fromEntries(Object.entries(item["annotations"]).map(([k, p]) => [k, p])),
    portalFqdn: item["portalFqdn"],
    defaultResourceQuota: !item["defaultResourceQuota"] ? item["defaultResourceQuota"] : resourceQuotaDeserializer(item["defaultResourceQuota"]),
    defaultNetworkPolicy: !item["defaultNetworkPolicy"] ? item["defaultNetworkPolicy"] : networkPoliciesDeserializer(item["defaultNetworkPolicy"]),
    adoptionPolicy: item["adoptionPolicy"],
    deletePolicy: item["deletePolicy"]
  };
}
var KnownNamespaceProvisioningState;
(function(KnownNamespaceProvisioningState2) {
  KnownNamespaceProvisioningState2["Updating"] = "Updating";
  KnownNamespaceProvisioningState2["Deleting"] = "Deleting";
  KnownNamespaceProvisioningState2["Creating"] = "Creating";
  KnownNamespaceProvisioningState2["Succeeded"] = "Succeeded";
  KnownNamespaceProvisioningState2["Failed"] = "Failed";
  KnownNamespaceProvisioningState2["Canceled"] = "Canceled";
})(KnownNamespaceProvisioningState || (KnownNamespaceProvisioningState = {}));
function resourceQuotaSerializer(item) {
  return {
    cpuRequest: item["cpuRequest"],
    cpuLimit: item["cpuLimit"],
    memoryRequest: item["memoryRequest"],
    memoryLimit: item["memoryLimit"]
  };
}
function resourceQuotaDeserializer(item) {
  return {
    cpuRequest: item["cpuRequest"],
    cpuLimit: item["cpuLimit"],
    memoryRequest: item["memoryRequest"],
    memoryLimit: item["memoryLimit"]
  };
}
function networkPoliciesSerializer(item) {
  return { ingress: item["ingress"], egress: item["egress"] };
}
function networkPoliciesDeserializer(item) {
  return {
    ingress: item["ingress"],
    egress: item["egress"]
  };
}
var KnownPolicyRule;
(function(KnownPolicyRule2) {
  KnownPolicyRule2["DenyAll"] = "DenyAll";
  KnownPolicyRule2["AllowAll"] = "AllowAll";
  KnownPolicyRule2["AllowSameNamespace"] = "AllowSameNamespace";
})(KnownPolicyRule || (KnownPolicyRule = {}));
var KnownAdoptionPolicy;
(function(KnownAdoptionPolicy2) {
  KnownAdoptionPolicy2["Never"] = "Never";
  KnownAdoptionPolicy2["IfIdentical"] = "IfIdentical";
  KnownAdoptionPolicy2["Always"] = "Always";
})(KnownAdoptionPolicy || (KnownAdoptionPolicy = {}));
var KnownDeletePolicy;
(function(KnownDeletePolicy2) {
  KnownDeletePolicy2["Keep"] = "Keep";
  KnownDeletePolicy2["Delete"] = "Delete";
})(KnownDeletePolicy || (KnownDeletePolicy = {}));
function _managedNamespaceListResultDeserializer(item) {
  return {
    value: managedNamespaceArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function managedNamespaceArrayDeserializer(result) {
  return result.map((item) => {
    return managedNamespaceDeserializer(item);
  });
}
function machineDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    properties: !item["properties"] ? item["properties"] : machinePropertiesDeserializer(item["properties"]),
    zones: !item["zones"] ? item["zones"] : item["zones"].map((p) => {
      return p;
    })
  };
}
function machinePropertiesDeserializer(item) {
  return {
    network: !item["network"] ? item["network"] : machineNetworkPropertiesDeserializer(item["network"]),
    resourceId: item["resourceId"]
  };
}
function machineNetworkPropertiesDeserializer(item) {
  return {
    ipAddresses: !item["ipAddresses"] ? item["ipAddresses"] : machineIpAddressArrayDeserializer(item["ipAddresses"])
  };
}
function machineIpAddressArrayDeserializer(result) {
  return result.map((item) => {
    return machineIpAddressDeserializer(item);
  });
}
function machineIpAddressDeserializer(item) {
  return {
    family: item["family"],
    ip: item["ip"]
  };
}
function _machineListResultDeserializer(item) {
  return {
    value: machineArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function machineArrayDeserializer(result) {
  return result.map((item) => {
    return machineDeserializer(item);
  });
}
function privateEndpointConnectionSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["privateEndpoint", "privateLinkServiceConnectionState"]) ? void 0 : _privateEndpointConnectionPropertiesSerializer(item)
  };
}
function privateEndpointConnectionDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _privateEndpointConnectionPropertiesDeserializer(item["properties"])
  };
}
var KnownPrivateEndpointConnectionProvisioningState;
(function(KnownPrivateEndpointConnectionProvisioningState2) {
  KnownPrivateEndpointConnectionProvisioningState2["Canceled"] = "Canceled";
  KnownPrivateEndpointConnectionProvisioningState2["Creating"] = "Creating";
  KnownPrivateEndpointConnectionProvisioningState2["Deleting"] = "Deleting";
  KnownPrivateEndpointConnectionProvisioningState2["Failed"] = "Failed";
  KnownPrivateEndpointConnectionProvisioningState2["Succeeded"] = "Succeeded";
})(KnownPrivateEndpointConnectionProvisioningState || (KnownPrivateEndpointConnectionProvisioningState = {}));
function privateEndpointSerializer(item) {
  return { id: item["id"] };
}
function privateEndpointDeserializer(item) {
  return {
    id: item["id"]
  };
}
function privateLinkServiceConnectionStateSerializer(item) {
  return { status: item["status"], description: item["description"] };
}
function privateLinkServiceConnectionStateDeserializer(item) {
  return {
    status: item["status"],
    description: item["description"]
  };
}
var KnownConnectionStatus;
(function(KnownConnectionStatus2) {
  KnownConnectionStatus2["Pending"] = "Pending";
  KnownConnectionStatus2["Approved"] = "Approved";
  KnownConnectionStatus2["Rejected"] = "Rejected";
  KnownConnectionStatus2["Disconnected"] = "Disconnected";
})(KnownConnectionStatus || (KnownConnectionStatus = {}));
function privateEndpointConnectionListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : privateEndpointConnectionArrayDeserializer(item["value"])
  };
}
function privateEndpointConnectionArrayDeserializer(result) {
  return result.map((item) => {
    return privateEndpointConnectionDeserializer(item);
  });
}
function snapshotSerializer(item) {
  return {
    tags: item["tags"],
    location: item["location"],
    properties: areAllPropsUndefined(item, ["creationData", "snapshotType"]) ? void 0 : _snapshotPropertiesSerializer(item)
  };
}
function snapshotDeserializer(item) {
  return {
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _snapshotPropertiesDeserializer(item["properties"])
  };
}
var KnownSnapshotType;
(function(KnownSnapshotType2) {
  KnownSnapshotType2["NodePool"] = "NodePool";
})(KnownSnapshotType || (KnownSnapshotType = {}));
function _snapshotListResultDeserializer(item) {
  return {
    value: snapshotArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function snapshotArrayDeserializer(result) {
  return result.map((item) => {
    return snapshotDeserializer(item);
  });
}
function trustedAccessRoleBindingSerializer(item) {
  return { properties: _trustedAccessRoleBindingPropertiesSerializer(item) };
}
function trustedAccessRoleBindingDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ..._trustedAccessRoleBindingPropertiesDeserializer(item["properties"])
  };
}
var KnownTrustedAccessRoleBindingProvisioningState;
(function(KnownTrustedAccessRoleBindingProvisioningState2) {
  KnownTrustedAccessRoleBindingProvisioningState2["Canceled"] = "Canceled";
  KnownTrustedAccessRoleBindingProvisioningState2["Deleting"] = "Deleting";
  KnownTrustedAccessRoleBindingProvisioningState2["Failed"] = "Failed";
  KnownTrustedAccessRoleBindingProvisioningState2["Succeeded"] = "Succeeded";
  KnownTrustedAccessRoleBindingProvisioningState2["Updating"] = "Updating";
})(KnownTrustedAccessRoleBindingProvisioningState || (KnownTrustedAccessRoleBindingProvisioningState = {}));
function _trustedAccessRoleBindingListResultDeserializer(item) {
  return {
    value: trustedAccessRoleBindingArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function trustedAccessRoleBindingArrayDeserializer(result) {
  return result.map((item) => {
    return trustedAccessRoleBindingDeserializer(item);
  });
}
function identityBindingSerializer(item) {
  return {
    properties: !item["properties"] ? item["properties"] : identityBindingPropertiesSerializer(item["properties"])
  };
}
function identityBindingDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    properties: !item["properties"] ? item["properties"] : identityBindingPropertiesDeserializer(item["properties"]),
    eTag: item["eTag"]
  };
}
function identityBindingPropertiesSerializer(item) {
  return {
    managedIdentity: identityBindingManagedIdentityProfileSerializer(item["managedIdentity"])
  };
}
function identityBindingPropertiesDeserializer(item) {
  return {
    managedIdentity: identityBindingManagedIdentityProfileDeserializer(item["managedIdentity"]),
    oidcIssuer: !item["oidcIssuer"] ? item["oidcIssuer"] : identityBindingOidcIssuerProfileDeserializer(item["oidcIssuer"]),
    provisioningState: item["provisioningState"]
  };
}
function identityBindingManagedIdentityProfileSerializer(item) {
  return { resourceId: item["resourceId"] };
}
function identityBindingManagedIdentityProfileDeserializer(item) {
  return {
    resourceId: item["resourceId"],
    objectId: item["objectId"],
    clientId: item["clientId"],
    tenantId: item["tenantId"]
  };
}
function identityBindingOidcIssuerProfileDeserializer(item) {
  return {
    oidcIssuerUrl: item["oidcIssuerUrl"]
  };
}
var KnownIdentityBindingProvisioningState;
(function(KnownIdentityBindingProvisioningState2) {
  KnownIdentityBindingProvisioningState2["Succeeded"] = "Succeeded";
  KnownIdentityBindingProvisioningState2["Failed"] = "Failed";
  KnownIdentityBindingProvisioningState2["Canceled"] = "Canceled";
  KnownIdentityBindingProvisioningState2["Creating"] = "Creating";
  KnownIdentityBindingProvisioningState2["Updating"] = "Updating";
  KnownIdentityBindingProvisioningState2["Deleting"] = "Deleting";
})(KnownIdentityBindingProvisioningState || (KnownIdentityBindingProvisioningState = {}));
function _identityBindingListResultDeserializer(item) {
  return {
    value: identityBindingArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function identityBindingArrayDeserializer(result) {
  return result.map((item) => {
    return identityBindingDeserializer(item);
  });
}
function _operationListResultDeserializer(item) {
  return {
    value: operationValueArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function operationValueArrayDeserializer(result) {
  return result.map((item) => {
    return operationValueDeserializer(item);
  });
}
function operationValueDeserializer(item) {
  return {
    origin: item["origin"],
    name: item["name"],
    ...!item["display"] ? item["display"] : _operationValueDisplayDeserializer(item["display"])
  };
}
function privateLinkResourcesListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : privateLinkResourceArrayDeserializer(item["value"])
  };
}
function _trustedAccessRoleListResultDeserializer(item) {
  return {
    value: trustedAccessRoleArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function trustedAccessRoleArrayDeserializer(result) {
  return result.map((item) => {
    return trustedAccessRoleDeserializer(item);
  });
}
function trustedAccessRoleDeserializer(item) {
  return {
    sourceResourceType: item["sourceResourceType"],
    name: item["name"],
    rules: !item["rules"] ? item["rules"] : trustedAccessRoleRuleArrayDeserializer(item["rules"])
  };
}
function trustedAccessRoleRuleArrayDeserializer(result) {
  return result.map((item) => {
    return trustedAccessRoleRuleDeserializer(item);
  });
}
function trustedAccessRoleRuleDeserializer(item) {
  return {
    verbs: !item["verbs"] ? item["verbs"] : item["verbs"].map((p) => {
      return p;
    }),
    apiGroups: !item["apiGroups"] ? item["apiGroups"] : item["apiGroups"].map((p) => {
      return p;
    }),
    resources: !item["resources"] ? item["resources"] : item["resources"].map((p) => {
      return p;
    }),
    resourceNames: !item["resourceNames"] ? item["resourceNames"] : item["resourceNames"].map((p) => {
      return p;
    }),
    nonResourceURLs: !item["nonResourceURLs"] ? item["nonResourceURLs"] : item["nonResourceURLs"].map((p) => {
      return p;
    })
  };
}
var KnownFormat;
(function(KnownFormat2) {
  KnownFormat2["Azure"] = "azure";
  KnownFormat2["Exec"] = "exec";
})(KnownFormat || (KnownFormat = {}));
var KnownVersions;
(function(KnownVersions2) {
  KnownVersions2["V20251001"] = "2025-10-01";
  KnownVersions2["V20260101"] = "2026-01-01";
  KnownVersions2["V20260201"] = "2026-02-01";
  KnownVersions2["V20260301"] = "2026-03-01";
  KnownVersions2["V20260401"] = "2026-04-01";
  KnownVersions2["V20260501"] = "2026-05-01";
  KnownVersions2["V20260601"] = "2026-06-01";
})(KnownVersions || (KnownVersions = {}));
function _agentPoolPropertiesSerializer(item) {
  return {
    count: item["count"],
    vmSize: item["vmSize"],
    osDiskSizeGB: item["osDiskSizeGB"],
    osDiskType: item["osDiskType"],
    kubeletDiskType: item["kubeletDiskType"],
    workloadRuntime: item["workloadRuntime"],
    messageOfTheDay: item["messageOfTheDay"],
    vnetSubnetID: item["vnetSubnetID"],
    podSubnetID: item["podSubnetID"],
    podIPAllocationMode: item["podIPAllocationMode"],
    maxPods: item["maxPods"],
    osType: item["osType"],
    osSKU: item["osSKU"],
    maxCount: item["maxCount"],
    minCount: item["minCount"],
    enableAutoScaling: item["enableAutoScaling"],
    scaleDownMode: item["scaleDownMode"],
    type: item["typePropertiesType"],
    mode: item["mode"],
    orchestratorVersion: item["orchestratorVersion"],
    nodeImageVersion: item["nodeImageVersion"],
    upgradeSettings: !item["upgradeSettings"] ? item["upgradeSettings"] : agentPoolUpgradeSettingsSerializer(item["upgradeSettings"]),
    powerState: !item["powerState"] ? item["powerState"] : powerStateSerializer(item["powerState"]),
    availabilityZones: !item["availabilityZones"] ? item["availabilityZones"] : item["availabilityZones"].map((p) => {
      return p;
    }),
    enableNodePublicIP: item["enableNodePublicIP"],
    nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
    scaleSetPriority: item["scaleSetPriority"],
    scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
    spotMaxPrice: item["spotMaxPrice"],
    tags: item["tags"],
    nodeLabels: item["nodeLabels"],
    nodeTaints: !item["nodeTaints"] ? item["nodeTaints"] : item["nodeTaints"].map((p) => {
      return p;
    }),
    proximityPlacementGroupID: item["proximityPlacementGroupID"],
    kubeletConfig: !item["kubeletConfig"] ? item["kubeletConfig"] : kubeletConfigSerializer(item["kubeletConfig"]),
    linuxOSConfig: !item["linuxOSConfig"] ? item["linuxOSConfig"] : linuxOSConfigSerializer(item["linuxOSConfig"]),
    enableEncryptionAtHost: item["enableEncryptionAtHost"],
    enableUltraSSD: item["enableUltraSSD"],
    enableFIPS: item["enableFips"],
    gpuInstanceProfile: item["gpuInstanceProfile"],
    creationData: !item["creationData"] ? item["creationData"] : creationDataSerializer(item["creationData"]),
    capacityReservationGroupID: item["capacityReservationGroupID"],
    hostGroupID: item["hostGroupID"],
    networkProfile: !item["networkProfile"] ? item["networkProfile"] : agentPoolNetworkProfileSerializer(item["networkProfile"]),
    windowsProfile: !item["windowsProfile"] ? item["windowsProfile"] : agentPoolWindowsProfileSerializer(item["windowsProfile"]),
    securityProfile: !item["securityProfile"] ? item["securityProfile"] : agentPoolSecurityProfileSerializer(item["securityProfile"]),
    gpuProfile: !item["gpuProfile"] ? item["gpuProfile"] : gpuProfileSerializer(item["gpuProfile"]),
    gatewayProfile: !item["gatewayProfile"] ? item["gatewayProfile"] : agentPoolGatewayProfileSerializer(item["gatewayProfile"]),
    artifactStreamingProfile: !item["artifactStreamingProfile"] ? item["artifactStreamingProfile"] : agentPoolArtifactStreamingProfileSerializer(item["artifactStreamingProfile"]),
    virtualMachinesProfile: !item["virtualMachinesProfile"] ? item["virtualMachinesProfile"] : virtualMachinesProfileSerializer(item["virtualMachinesProfile"]),
    virtualMachineNodesStatus: !item["virtualMachineNodesStatus"] ? item["virtualMachineNodesStatus"] : virtualMachineNodesArraySerializer(item["virtualMachineNodesStatus"]),
    status: !item["status"] ? item["status"] : agentPoolStatusSerializer(item["status"]),
    localDNSProfile: !item["localDNSProfile"] ? item["localDNSProfile"] : localDNSProfileSerializer(item["localDNSProfile"])
  };
}
function _agentPoolPropertiesDeserializer(item) {
  return {
    eTag: item["eTag"],
    count: item["count"],
    vmSize: item["vmSize"],
    osDiskSizeGB: item["osDiskSizeGB"],
    osDiskType: item["osDiskType"],
    kubeletDiskType: item["kubeletDiskType"],
    workloadRuntime: item["workloadRuntime"],
    messageOfTheDay: item["messageOfTheDay"],
    vnetSubnetID: item["vnetSubnetID"],
    podSubnetID: item["podSubnetID"],
    podIPAllocationMode: item["podIPAllocationMode"],
    maxPods: item["maxPods"],
    osType: item["osType"],
    osSKU: item["osSKU"],
    maxCount: item["maxCount"],
    minCount: item["minCount"],
    enableAutoScaling: item["enableAutoScaling"],
    scaleDownMode: item["scaleDownMode"],
    typePropertiesType: item["type"],
    mode: item["mode"],
    orchestratorVersion: item["orchestratorVersion"],
    currentOrchestratorVersion: item["currentOrchestratorVersion"],
    nodeImageVersion: item["nodeImageVersion"],
    upgradeSettings: !item["upgradeSettings"] ? item["upgradeSettings"] : agentPoolUpgradeSettingsDeserializer(item["upgradeSettings"]),
    provisioningState: item["provisioningState"],
    powerState: !item["powerState"] ? item["powerState"] : powerStateDeserializer(item["powerState"]),
    availabilityZones: !item["availabilityZones"] ? item["availabilityZones"] : item["availabilityZones"].map((p) => {
      return p;
    }),
    enableNodePublicIP: item["enableNodePublicIP"],
    nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
    scaleSetPriority: item["scaleSetPriority"],
    scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
    spotMaxPrice: item["spotMaxPrice"],
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    nodeLabels: !item["nodeLabels"] ? item["nodeLabels"] : Object.fromEntries(Object.entries(item["nodeLabels"]).map(([k, p]) => [k, p])),
    nodeTaints: !item["nodeTaints"] ? item["nodeTaints"] : item["nodeTaints"].map((p) => {
      return p;
    }),
    proximityPlacementGroupID: item["proximityPlacementGroupID"],
    kubeletConfig: !item["kubeletConfig"] ? item["kubeletConfig"] : kubeletConfigDeserializer(item["kubeletConfig"]),
    linuxOSConfig: !item["linuxOSConfig"] ? item["linuxOSConfig"] : linuxOSConfigDeserializer(item["linuxOSConfig"]),
    enableEncryptionAtHost: item["enableEncryptionAtHost"],
    enableUltraSSD: item["enableUltraSSD"],
    enableFips: item["enableFIPS"],
    gpuInstanceProfile: item["gpuInstanceProfile"],
    creationData: !item["creationData"] ? item["creationData"] : creationDataDeserializer(item["creationData"]),
    capacityReservationGroupID: item["capacityReservationGroupID"],
    hostGroupID: item["hostGroupID"],
    networkProfile: !item["networkProfile"] ? item["networkProfile"] : agentPoolNetworkProfileDeserializer(item["networkProfile"]),
    windowsProfile: !item["windowsProfile"] ? item["windowsProfile"] : agentPoolWindowsProfileDeserializer(item["windowsProfile"]),
    securityProfile: !item["securityProfile"] ? item["securityProfile"] : agentPoolSecurityProfileDeserializer(item["securityProfile"]),
    gpuProfile: !item["gpuProfile"] ? item["gpuProfile"] : gpuProfileDeserializer(item["gpuProfile"]),
    gatewayProfile: !item["gatewayProfile"] ? item["gatewayProfile"] : agentPoolGatewayProfileDeserializer(item["gatewayProfile"]),
    artifactStreamingProfile: !item["artifactStreamingProfile"] ? item["artifactStreamingProfile"] : agentPoolArtifactStreamingProfileDeserializer(item["artifactStreamingProfile"]),
    virtualMachinesProfile: !item["virtualMachinesProfile"] ? item["virtualMachinesProfile"] : virtualMachinesProfileDeserializer(item["virtualMachinesProfile"]),
    virtualMachineNodesStatus: !item["virtualMachineNodesStatus"] ? item["virtualMachineNodesStatus"] : virtualMachineNodesArrayDeserializer(item["virtualMachineNodesStatus"]),
    status: !item["status"] ? item["status"] : agentPoolStatusDeserializer(item["status"]),
    localDNSProfile: !item["localDNSProfile"] ? item["localDNSProfile"] : localDNSProfileDeserializer(item["localDNSProfile"])
  };
}
function _agentPoolAvailableVersionsPropertiesDeserializer(item) {
  return {
    agentPoolVersions: !item["agentPoolVersions"] ? item["agentPoolVersions"] : agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemArrayDeserializer(item["agentPoolVersions"])
  };
}
function _agentPoolUpgradeProfilePropertiesDeserializer(item) {
  return {
    kubernetesVersion: item["kubernetesVersion"],
    osType: item["osType"],
    upgrades: !item["upgrades"] ? item["upgrades"] : agentPoolUpgradeProfilePropertiesUpgradesItemArrayDeserializer(item["upgrades"]),
    recentlyUsedVersions: !item["recentlyUsedVersions"] ? item["recentlyUsedVersions"] : agentPoolRecentlyUsedVersionArrayDeserializer(item["recentlyUsedVersions"]),
    latestNodeImageVersion: item["latestNodeImageVersion"]
  };
}
function _managedClusterPropertiesSerializer(item) {
  return {
    kubernetesVersion: item["kubernetesVersion"],
    dnsPrefix: item["dnsPrefix"],
    fqdnSubdomain: item["fqdnSubdomain"],
    agentPoolProfiles: !item["agentPoolProfiles"] ? item["agentPoolProfiles"] : managedClusterAgentPoolProfileArraySerializer(item["agentPoolProfiles"]),
    linuxProfile: !item["linuxProfile"] ? item["linuxProfile"] : containerServiceLinuxProfileSerializer(item["linuxProfile"]),
    windowsProfile: !item["windowsProfile"] ? item["windowsProfile"] : managedClusterWindowsProfileSerializer(item["windowsProfile"]),
    servicePrincipalProfile: !item["servicePrincipalProfile"] ? item["servicePrincipalProfile"] : managedClusterServicePrincipalProfileSerializer(item["servicePrincipalProfile"]),
    addonProfiles: !item["addonProfiles"] ? item["addonProfiles"] : managedClusterAddonProfileRecordSerializer(item["addonProfiles"]),
    podIdentityProfile: !item["podIdentityProfile"] ? item["podIdentityProfile"] : managedClusterPodIdentityProfileSerializer(item["podIdentityProfile"]),
    oidcIssuerProfile: !item["oidcIssuerProfile"] ? item["oidcIssuerProfile"] : managedClusterOidcIssuerProfileSerializer(item["oidcIssuerProfile"]),
    nodeResourceGroup: item["nodeResourceGroup"],
    nodeResourceGroupProfile: !item["nodeResourceGroupProfile"] ? item["nodeResourceGroupProfile"] : managedClusterNodeResourceGroupProfileSerializer(item["nodeResourceGroupProfile"]),
    enableRBAC: item["enableRbac"],
    supportPlan: item["supportPlan"],
    networkProfile: !item["networkProfile"] ? item["networkProfile"] : containerServiceNetworkProfileSerializer(item["networkProfile"]),
    aadProfile: !item["aadProfile"] ? item["aadProfile"] : managedClusterAADProfileSerializer(item["aadProfile"]),
    autoUpgradeProfile: !item["autoUpgradeProfile"] ? item["autoUpgradeProfile"] : managedClusterAutoUpgradeProfileSerializer(item["autoUpgradeProfile"]),
    upgradeSettings: !item["upgradeSettings"] ? item["upgradeSettings"] : clusterUpgradeSettingsSerializer(item["upgradeSettings"]),
    autoScalerProfile: !item["autoScalerProfile"] ? item["autoScalerProfile"] : managedClusterPropertiesAutoScalerProfileSerializer(item["autoScalerProfile"]),
    apiServerAccessProfile: !item["apiServerAccessProfile"] ? item["apiServerAccessProfile"] : managedClusterAPIServerAccessProfileSerializer(item["apiServerAccessProfile"]),
    diskEncryptionSetID: item["diskEncryptionSetID"],
    identityProfile: !item["identityProfile"] ? item["identityProfile"] : userAssignedIdentityRecordSerializer(item["identityProfile"]),
    privateLinkResources: !item["privateLinkResources"] ? item["privateLinkResources"] : privateLinkResourceArraySerializer(item["privateLinkResources"]),
    disableLocalAccounts: item["disableLocalAccounts"],
    httpProxyConfig: !item["httpProxyConfig"] ? item["httpProxyConfig"] : managedClusterHttpProxyConfigSerializer(item["httpProxyConfig"]),
    securityProfile: !item["securityProfile"] ? item["securityProfile"] : managedClusterSecurityProfileSerializer(item["securityProfile"]),
    storageProfile: !item["storageProfile"] ? item["storageProfile"] : managedClusterStorageProfileSerializer(item["storageProfile"]),
    ingressProfile: !item["ingressProfile"] ? item["ingressProfile"] : managedClusterIngressProfileSerializer(item["ingressProfile"]),
    publicNetworkAccess: item["publicNetworkAccess"],
    workloadAutoScalerProfile: !item["workloadAutoScalerProfile"] ? item["workloadAutoScalerProfile"] : managedClusterWorkloadAutoScalerProfileSerializer(item["workloadAutoScalerProfile"]),
    azureMonitorProfile: !item["azureMonitorProfile"] ? item["azureMonitorProfile"] : managedClusterAzureMonitorProfileSerializer(item["azureMonitorProfile"]),
    serviceMeshProfile: !item["serviceMeshProfile"] ? item["serviceMeshProfile"] : serviceMeshProfileSerializer(item["serviceMeshProfile"]),
    metricsProfile: !item["metricsProfile"] ? item["metricsProfile"] : managedClusterMetricsProfileSerializer(item["metricsProfile"]),
    nodeProvisioningProfile: !item["nodeProvisioningProfile"] ? item["nodeProvisioningProfile"] : managedClusterNodeProvisioningProfileSerializer(item["nodeProvisioningProfile"]),
    bootstrapProfile: !item["bootstrapProfile"] ? item["bootstrapProfile"] : managedClusterBootstrapProfileSerializer(item["bootstrapProfile"]),
    aiToolchainOperatorProfile: !item["aiToolchainOperatorProfile"] ? item["aiToolchainOperatorProfile"] : managedClusterAIToolchainOperatorProfileSerializer(item["aiToolchainOperatorProfile"]),
    schedulerProfile: !item["schedulerProfile"] ? item["schedulerProfile"] : schedulerProfileSerializer(item["schedulerProfile"]),
    hostedSystemProfile: !item["hostedSystemProfile"] ? item["hostedSystemProfile"] : managedClusterHostedSystemProfileSerializer(item["hostedSystemProfile"]),
    status: !item["status"] ? item["status"] : managedClusterStatusSerializer(item["status"])
  };
}
function _managedClusterPropertiesDeserializer(item) {
  return {
    provisioningState: item["provisioningState"],
    powerState: !item["powerState"] ? item["powerState"] : powerStateDeserializer(item["powerState"]),
    maxAgentPools: item["maxAgentPools"],
    kubernetesVersion: item["kubernetesVersion"],
    currentKubernetesVersion: item["currentKubernetesVersion"],
    dnsPrefix: item["dnsPrefix"],
    fqdnSubdomain: item["fqdnSubdomain"],
    fqdn: item["fqdn"],
    privateFqdn: item["privateFQDN"],
    azurePortalFqdn: item["azurePortalFQDN"],
    agentPoolProfiles: !item["agentPoolProfiles"] ? item["agentPoolProfiles"] : managedClusterAgentPoolProfileArrayDeserializer(item["agentPoolProfiles"]),
    linuxProfile: !item["linuxProfile"] ? item["linuxProfile"] : containerServiceLinuxProfileDeserializer(item["linuxProfile"]),
    windowsProfile: !item["windowsProfile"] ? item["windowsProfile"] : managedClusterWindowsProfileDeserializer(item["windowsProfile"]),
    servicePrincipalProfile: !item["servicePrincipalProfile"] ? item["servicePrincipalProfile"] : managedClusterServicePrincipalProfileDeserializer(item["servicePrincipalProfile"]),
    addonProfiles: !item["addonProfiles"] ? item["addonProfiles"] : managedClusterAddonProfileRecordDeserializer(item["addonProfiles"]),
    podIdentityProfile: !item["podIdentityProfile"] ? item["podIdentityProfile"] : managedClusterPodIdentityProfileDeserializer(item["podIdentityProfile"]),
    oidcIssuerProfile: !item["oidcIssuerProfile"] ? item["oidcIssuerProfile"] : managedClusterOidcIssuerProfileDeserializer(item["oidcIssuerProfile"]),
    nodeResourceGroup: item["nodeResourceGroup"],
    nodeResourceGroupProfile: !item["nodeResourceGroupProfile"] ? item["nodeResourceGroupProfile"] : managedClusterNodeResourceGroupProfileDeserializer(item["nodeResourceGroupProfile"]),
    enableRbac: item["enableRBAC"],
    supportPlan: item["supportPlan"],
    networkProfile: !item["networkProfile"] ? item["networkProfile"] : containerServiceNetworkProfileDeserializer(item["networkProfile"]),
    aadProfile: !item["aadProfile"] ? item["aadProfile"] : managedClusterAADProfileDeserializer(item["aadProfile"]),
    autoUpgradeProfile: !item["autoUpgradeProfile"] ? item["autoUpgradeProfile"] : managedClusterAutoUpgradeProfileDeserializer(item["autoUpgradeProfile"]),
    upgradeSettings: !item["upgradeSettings"] ? item["upgradeSettings"] : clusterUpgradeSettingsDeserializer(item["upgradeSettings"]),
    autoScalerProfile: !item["autoScalerProfile"] ? item["autoScalerProfile"] : managedClusterPropertiesAutoScalerProfileDeserializer(item["autoScalerProfile"]),
    apiServerAccessProfile: !item["apiServerAccessProfile"] ? item["apiServerAccessProfile"] : managedClusterAPIServerAccessProfileDeserializer(item["apiServerAccessProfile"]),
    diskEncryptionSetID: item["diskEncryptionSetID"],
    identityProfile: !item["identityProfile"] ? item["identityProfile"] : userAssignedIdentityRecordDeserializer(item["identityProfile"]),
    privateLinkResources: !item["privateLinkResources"] ? item["privateLinkResources"] : privateLinkResourceArrayDeserializer(item["privateLinkResources"]),
    disableLocalAccounts: item["disableLocalAccounts"],
    httpProxyConfig: !item["httpProxyConfig"] ? item["httpProxyConfig"] : managedClusterHttpProxyConfigDeserializer(item["httpProxyConfig"]),
    securityProfile: !item["securityProfile"] ? item["securityProfile"] : managedClusterSecurityProfileDeserializer(item["securityProfile"]),
    storageProfile: !item["storageProfile"] ? item["storageProfile"] : managedClusterStorageProfileDeserializer(item["storageProfile"]),
    ingressProfile: !item["ingressProfile"] ? item["ingressProfile"] : managedClusterIngressProfileDeserializer(item["ingressProfile"]),
    publicNetworkAccess: item["publicNetworkAccess"],
    workloadAutoScalerProfile: !item["workloadAutoScalerProfile"] ? item["workloadAutoScalerProfile"] : managedClusterWorkloadAutoScalerProfileDeserializer(item["workloadAutoScalerProfile"]),
    azureMonitorProfile: !item["azureMonitorProfile"] ? item["azureMonitorProfile"] : managedClusterAzureMonitorProfileDeserializer(item["azureMonitorProfile"]),
    serviceMeshProfile: !item["serviceMeshProfile"] ? item["serviceMeshProfile"] : serviceMeshProfileDeserializer(item["serviceMeshProfile"]),
    resourceUID: item["resourceUID"],
    metricsProfile: !item["metricsProfile"] ? item["metricsProfile"] : managedClusterMetricsProfileDeserializer(item["metricsProfile"]),
    nodeProvisioningProfile: !item["nodeProvisioningProfile"] ? item["nodeProvisioningProfile"] : managedClusterNodeProvisioningProfileDeserializer(item["nodeProvisioningProfile"]),
    bootstrapProfile: !item["bootstrapProfile"] ? item["bootstrapProfile"] : managedClusterBootstrapProfileDeserializer(item["bootstrapProfile"]),
    aiToolchainOperatorProfile: !item["aiToolchainOperatorProfile"] ? item["aiToolchainOperatorProfile"] : managedClusterAIToolchainOperatorProfileDeserializer(item["aiToolchainOperatorProfile"]),
    schedulerProfile: !item["schedulerProfile"] ? item["schedulerProfile"] : schedulerProfileDeserializer(item["schedulerProfile"]),
    hostedSystemProfile: !item["hostedSystemProfile"] ? item["hostedSystemProfile"] : managedClusterHostedSystemProfileDeserializer(item["hostedSystemProfile"]),
    status: !item["status"] ? item["status"] : managedClusterStatusDeserializer(item["status"])
  };
}
function _managedClusterAccessProfilePropertiesDeserializer(item) {
  return {
    kubeConfig: !item["kubeConfig"] ? item["kubeConfig"] : typeof item["kubeConfig"] === "string" ? stringToUint8Array(item["kubeConfig"], "base64") : item["kubeConfig"]
  };
}
function _runCommandResultPropertiesDeserializer(item) {
  return {
    provisioningState: item["provisioningState"],
    exitCode: item["exitCode"],
    startedAt: !item["startedAt"] ? item["startedAt"] : new Date(item["startedAt"]),
    finishedAt: !item["finishedAt"] ? item["finishedAt"] : new Date(item["finishedAt"]),
    logs: item["logs"],
    reason: item["reason"]
  };
}
function _managedClusterUpgradeProfilePropertiesDeserializer(item) {
  return {
    controlPlaneProfile: managedClusterPoolUpgradeProfileDeserializer(item["controlPlaneProfile"]),
    agentPoolProfiles: managedClusterPoolUpgradeProfileArrayDeserializer(item["agentPoolProfiles"])
  };
}
function _maintenanceConfigurationPropertiesSerializer(item) {
  return {
    timeInWeek: !item["timeInWeek"] ? item["timeInWeek"] : timeInWeekArraySerializer(item["timeInWeek"]),
    notAllowedTime: !item["notAllowedTime"] ? item["notAllowedTime"] : timeSpanArraySerializer(item["notAllowedTime"]),
    maintenanceWindow: !item["maintenanceWindow"] ? item["maintenanceWindow"] : maintenanceWindowSerializer(item["maintenanceWindow"])
  };
}
function _maintenanceConfigurationPropertiesDeserializer(item) {
  return {
    timeInWeek: !item["timeInWeek"] ? item["timeInWeek"] : timeInWeekArrayDeserializer(item["timeInWeek"]),
    notAllowedTime: !item["notAllowedTime"] ? item["notAllowedTime"] : timeSpanArrayDeserializer(item["notAllowedTime"]),
    maintenanceWindow: !item["maintenanceWindow"] ? item["maintenanceWindow"] : maintenanceWindowDeserializer(item["maintenanceWindow"])
  };
}
function _privateEndpointConnectionPropertiesSerializer(item) {
  return {
    privateEndpoint: !item["privateEndpoint"] ? item["privateEndpoint"] : privateEndpointSerializer(item["privateEndpoint"]),
    privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"] ? item["privateLinkServiceConnectionState"] : privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"])
  };
}
function _privateEndpointConnectionPropertiesDeserializer(item) {
  return {
    provisioningState: item["provisioningState"],
    privateEndpoint: !item["privateEndpoint"] ? item["privateEndpoint"] : privateEndpointDeserializer(item["privateEndpoint"]),
    privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"] ? item["privateLinkServiceConnectionState"] : privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"])
  };
}
function _snapshotPropertiesSerializer(item) {
  return {
    creationData: !item["creationData"] ? item["creationData"] : creationDataSerializer(item["creationData"]),
    snapshotType: item["snapshotType"]
  };
}
function _snapshotPropertiesDeserializer(item) {
  return {
    creationData: !item["creationData"] ? item["creationData"] : creationDataDeserializer(item["creationData"]),
    snapshotType: item["snapshotType"],
    kubernetesVersion: item["kubernetesVersion"],
    nodeImageVersion: item["nodeImageVersion"],
    osType: item["osType"],
    osSku: item["osSku"],
    vmSize: item["vmSize"],
    enableFips: item["enableFIPS"]
  };
}
function _trustedAccessRoleBindingPropertiesSerializer(item) {
  return {
    sourceResourceId: item["sourceResourceId"],
    roles: item["roles"].map((p) => {
      return p;
    })
  };
}
function _trustedAccessRoleBindingPropertiesDeserializer(item) {
  return {
    provisioningState: item["provisioningState"],
    sourceResourceId: item["sourceResourceId"],
    roles: item["roles"].map((p) => {
      return p;
    })
  };
}
function _operationValueDisplayDeserializer(item) {
  return {
    operation: item["operation"],
    resource: item["resource"],
    description: item["description"],
    provider: item["provider"]
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/static-helpers/pagingHelpers.js
function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
  const itemName = options.itemName ?? "value";
  const nextLinkName = options.nextLinkName ?? "nextLink";
  const nextLinkMethod = options.nextLinkMethod ?? "GET";
  const apiVersion = options.apiVersion;
  const pagedResult = {
    getPage: async (pageLink) => {
      let result;
      if (pageLink === void 0) {
        result = await getInitialResponse();
      } else {
        const resolvedPageLink = apiVersion ? addApiVersionToUrl(pageLink, apiVersion) : pageLink;
        result = nextLinkMethod === "POST" ? await client.pathUnchecked(resolvedPageLink).post() : await client.pathUnchecked(resolvedPageLink).get();
      }
      checkPagingRequest(result, expectedStatuses);
      const results = await processResponseBody(result);
      const nextLink = getNextLink(results, nextLinkName);
      const values = getElements(results, itemName);
      return {
        page: values,
        nextPageLink: nextLink
      };
    },
    byPage: (settings) => {
      const { continuationToken } = settings ?? {};
      return getPageAsyncIterator(pagedResult, {
        pageLink: continuationToken
      });
    }
  };
  return getPagedAsyncIterator(pagedResult);
}
function getPagedAsyncIterator(pagedResult) {
  const iter = getItemAsyncIterator(pagedResult);
  return {
    next() {
      return iter.next();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    byPage: pagedResult?.byPage ?? ((settings) => {
      const { continuationToken } = settings ?? {};
      return getPageAsyncIterator(pagedResult, {
        pageLink: continuationToken
      });
    })
  };
}
async function* getItemAsyncIterator(pagedResult) {
  const pages = getPageAsyncIterator(pagedResult);
  for await (const page of pages) {
    yield* page;
  }
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
  const { pageLink } = options;
  let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
  if (!response) {
    return;
  }
  let result = response.page;
  result.continuationToken = response.nextPageLink;
  yield result;
  while (response.nextPageLink) {
    response = await pagedResult.getPage(response.nextPageLink);
    if (!response) {
      return;
    }
    result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
  }
}
function getNextLink(body, nextLinkName) {
  if (!nextLinkName) {
    return void 0;
  }
  const nextLink = body[nextLinkName];
  if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
    throw new RestError(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
  }
  if (nextLink === null) {
    return void 0;
  }
  return nextLink;
}
function getElements(body, itemName) {
  const value = body[itemName];
  if (!Array.isArray(value)) {
    throw new RestError(`Couldn't paginate response
 Body doesn't contain an array property with name: ${itemName}`);
  }
  return value ?? [];
}
function checkPagingRequest(response, expectedStatuses) {
  if (!expectedStatuses.includes(response.status)) {
    throw createRestError(`Pagination failed with unexpected statusCode ${response.status}`, response);
  }
}
function addApiVersionToUrl(url, apiVersion) {
  const urlObj = new URL(url, "https://microsoft.com");
  if (!urlObj.searchParams.get("api-version")) {
    return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
  }
  return url;
}

// node_modules/@azure/arm-containerservice/dist/esm/static-helpers/pollingHelpers.js
function getLongRunningPoller(client, processResponseBody, expectedStatuses, options) {
  const { restoreFrom, getInitialResponse, apiVersion } = options;
  if (!restoreFrom && !getInitialResponse) {
    throw new Error("Either restoreFrom or getInitialResponse must be specified");
  }
  let initialResponse = void 0;
  const pollAbortController = new AbortController();
  const poller = {
    sendInitialRequest: async () => {
      if (!getInitialResponse) {
        throw new Error("getInitialResponse is required when initializing a new poller");
      }
      initialResponse = await getInitialResponse();
      return getLroResponse(initialResponse, expectedStatuses);
    },
    sendPollRequest: async (path, pollOptions) => {
      function abortListener() {
        pollAbortController.abort();
      }
      const abortSignal = pollAbortController.signal;
      if (options.abortSignal?.aborted) {
        pollAbortController.abort();
      } else if (pollOptions?.abortSignal?.aborted) {
        pollAbortController.abort();
      } else if (!abortSignal.aborted) {
        options.abortSignal?.addEventListener("abort", abortListener, {
          once: true
        });
        pollOptions?.abortSignal?.addEventListener("abort", abortListener, {
          once: true
        });
      }
      let response;
      try {
        const pollingPath = apiVersion ? addApiVersionToUrl2(path, apiVersion) : path;
        response = await client.pathUnchecked(pollingPath).get({ abortSignal });
      } finally {
        options.abortSignal?.removeEventListener("abort", abortListener);
        pollOptions?.abortSignal?.removeEventListener("abort", abortListener);
      }
      return getLroResponse(response, expectedStatuses);
    }
  };
  return createHttpPoller(poller, {
    intervalInMs: options?.updateIntervalInMs,
    resourceLocationConfig: options?.resourceLocationConfig,
    restoreFrom: options?.restoreFrom,
    processResult: (result) => {
      return processResponseBody(result);
    }
  });
}
function getLroResponse(response, expectedStatuses) {
  if (!expectedStatuses.includes(response.status)) {
    throw createRestError(response);
  }
  return {
    flatResponse: response,
    rawResponse: {
      ...response,
      statusCode: Number.parseInt(response.status),
      body: response.body
    }
  };
}
function addApiVersionToUrl2(url, apiVersion) {
  const urlObj = new URL(url, "https://microsoft.com");
  if (!urlObj.searchParams.get("api-version")) {
    return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
  }
  return url;
}

// node_modules/@azure/arm-containerservice/dist/esm/static-helpers/urlTemplate.js
function encodeComponent(val, reserved, op) {
  return (reserved ?? op === "+") || op === "#" ? encodeReservedComponent(val) : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map((part) => !/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part).join("");
}
function encodeRFC3986URIComponent(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
  return val !== void 0 && val !== null;
}
function getNamedAndIfEmpty(op) {
  return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
  if (isFirst) {
    return !op || op === "+" ? "" : op;
  } else if (!op || op === "+" || op === "#") {
    return ",";
  } else if (op === "?") {
    return "&";
  } else {
    return op;
  }
}
function getExpandedValue(option) {
  let isFirst = option.isFirst;
  const { op, varName, varValue: value, reserved } = option;
  const vals = [];
  const [named, ifEmpty] = getNamedAndIfEmpty(op);
  if (Array.isArray(value)) {
    for (const val of value.filter(isDefined)) {
      vals.push(`${getFirstOrSep(op, isFirst)}`);
      if (named && varName) {
        vals.push(`${encodeURIComponent(varName)}`);
        if (val === "") {
          vals.push(ifEmpty);
        } else {
          vals.push("=");
        }
      }
      vals.push(encodeComponent(val, reserved, op));
      isFirst = false;
    }
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      const val = value[key];
      if (!isDefined(val)) {
        continue;
      }
      vals.push(`${getFirstOrSep(op, isFirst)}`);
      if (key) {
        vals.push(`${encodeURIComponent(key)}`);
        if (named && val === "") {
          vals.push(ifEmpty);
        } else {
          vals.push("=");
        }
      }
      vals.push(encodeComponent(val, reserved, op));
      isFirst = false;
    }
  }
  return vals.join("");
}
function getNonExpandedValue(option) {
  const { op, varName, varValue: value, isFirst, reserved } = option;
  const vals = [];
  const first = getFirstOrSep(op, isFirst);
  const [named, ifEmpty] = getNamedAndIfEmpty(op);
  if (named && varName) {
    vals.push(encodeComponent(varName, reserved, op));
    if (value === "") {
      if (!ifEmpty) {
        vals.push(ifEmpty);
      }
      return !vals.join("") ? void 0 : `${first}${vals.join("")}`;
    }
    vals.push("=");
  }
  const items = [];
  if (Array.isArray(value)) {
    for (const val of value.filter(isDefined)) {
      items.push(encodeComponent(val, reserved, op));
    }
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (!isDefined(value[key])) {
        continue;
      }
      items.push(encodeRFC3986URIComponent(key));
      items.push(encodeComponent(value[key], reserved, op));
    }
  }
  vals.push(items.join(","));
  return !vals.join(",") ? void 0 : `${first}${vals.join("")}`;
}
function getVarValue(option) {
  const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
  if (!isDefined(value)) {
    return void 0;
  } else if (["string", "number", "boolean"].includes(typeof value)) {
    let val = value.toString();
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    const vals = [getFirstOrSep(op, isFirst)];
    if (named && varName) {
      vals.push(varName);
      if (val === "") {
        vals.push(ifEmpty);
      } else {
        vals.push("=");
      }
    }
    if (modifier && modifier !== "*") {
      val = val.substring(0, parseInt(modifier, 10));
    }
    vals.push(encodeComponent(val, reserved, op));
    return vals.join("");
  } else if (modifier === "*") {
    return getExpandedValue(option);
  } else {
    return getNonExpandedValue(option);
  }
}
function expandUrlTemplate(template, context, option) {
  const result = template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
    if (!expr) {
      return encodeReservedComponent(text);
    }
    let op;
    if (["+", "#", ".", "/", ";", "?", "&"].includes(expr[0])) {
      op = expr[0];
      expr = expr.slice(1);
    }
    const varList = expr.split(/,/g);
    const innerResult = [];
    for (const varSpec of varList) {
      const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
      if (!varMatch || !varMatch[1]) {
        continue;
      }
      const varValue = getVarValue({
        isFirst: innerResult.length === 0,
        op,
        varValue: context[varMatch[1]],
        varName: varMatch[1],
        modifier: varMatch[2] || varMatch[3],
        reserved: option?.allowReserved
      });
      if (varValue) {
        innerResult.push(varValue);
      }
    }
    return innerResult.join("");
  });
  return normalizeUnreserved(result);
}
function normalizeUnreserved(uri) {
  return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    if (/[.~-]/.test(char)) {
      return char;
    }
    return match;
  });
}

// node_modules/@azure/arm-containerservice/dist/esm/api/agentPools/operations.js
function _getUpgradeProfileSend(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/upgradeProfiles/default{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    agentPoolName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getUpgradeProfileDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return agentPoolUpgradeProfileDeserializer(result.body);
}
async function getUpgradeProfile(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
  const result = await _getUpgradeProfileSend(context, resourceGroupName, resourceName, agentPoolName, options);
  return _getUpgradeProfileDeserialize(result);
}
function _getAvailableAgentPoolVersionsSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/availableAgentPoolVersions{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getAvailableAgentPoolVersionsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return agentPoolAvailableVersionsDeserializer(result.body);
}
async function getAvailableAgentPoolVersions(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _getAvailableAgentPoolVersionsSend(context, resourceGroupName, resourceName, options);
  return _getAvailableAgentPoolVersionsDeserialize(result);
}
function _upgradeNodeImageVersionSend(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/upgradeNodeImageVersion{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    agentPoolName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _upgradeNodeImageVersionDeserialize(result) {
  const expectedStatuses = ["202", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function upgradeNodeImageVersion(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _upgradeNodeImageVersionDeserialize, ["202", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _upgradeNodeImageVersionSend(context, resourceGroupName, resourceName, agentPoolName, options),
    resourceLocationConfig: "location",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _deleteMachinesSend(context, resourceGroupName, resourceName, agentPoolName, machines, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/deleteMachines{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    agentPoolName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    body: agentPoolDeleteMachinesParameterSerializer(machines)
  });
}
async function _deleteMachinesDeserialize(result) {
  const expectedStatuses = ["202", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function deleteMachines(context, resourceGroupName, resourceName, agentPoolName, machines, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _deleteMachinesDeserialize, ["202", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _deleteMachinesSend(context, resourceGroupName, resourceName, agentPoolName, machines, options),
    resourceLocationConfig: "azure-async-operation",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _abortLatestOperationSend(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/abort{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    agentPoolName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _abortLatestOperationDeserialize(result) {
  const expectedStatuses = ["202", "204", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function abortLatestOperation(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _abortLatestOperationDeserialize, ["202", "204", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _abortLatestOperationSend(context, resourceGroupName, resourceName, agentPoolName, options),
    resourceLocationConfig: "location",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _listSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _agentPoolListResultDeserializer(result.body);
}
function list(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend(context, resourceGroupName, resourceName, options), _listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _$deleteSend(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}{?api%2Dversion,ignore%2Dpod%2Ddisruption%2Dbudget}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    agentPoolName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01",
    "ignore%2Dpod%2Ddisruption%2Dbudget": options?.ignorePodDisruptionBudget
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).delete({
    ...operationOptionsToRequestParameters(options),
    headers: {
      ...options?.ifMatch !== void 0 ? { "if-match": options?.ifMatch } : {},
      ...options.requestOptions?.headers
    }
  });
}
async function _$deleteDeserialize(result) {
  const expectedStatuses = ["202", "204", "200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function $delete(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize, ["202", "204", "200"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend(context, resourceGroupName, resourceName, agentPoolName, options),
    resourceLocationConfig: "azure-async-operation",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _createOrUpdateSend(context, resourceGroupName, resourceName, agentPoolName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    agentPoolName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: {
      ...options?.ifMatch !== void 0 ? { "if-match": options?.ifMatch } : {},
      ...options?.ifNoneMatch !== void 0 ? { "if-none-match": options?.ifNoneMatch } : {},
      accept: "application/json",
      ...options.requestOptions?.headers
    },
    body: agentPoolSerializer(parameters)
  });
}
async function _createOrUpdateDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return agentPoolDeserializer(result.body);
}
function createOrUpdate(context, resourceGroupName, resourceName, agentPoolName, parameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createOrUpdateDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createOrUpdateSend(context, resourceGroupName, resourceName, agentPoolName, parameters, options),
    resourceLocationConfig: "azure-async-operation",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _getSend(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    agentPoolName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return agentPoolDeserializer(result.body);
}
async function get(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
  const result = await _getSend(context, resourceGroupName, resourceName, agentPoolName, options);
  return _getDeserialize(result);
}

// node_modules/@azure/arm-containerservice/dist/esm/static-helpers/simplePollerHelpers.js
function getSimplePoller(poller) {
  const simplePoller = {
    isDone() {
      return poller.isDone;
    },
    isStopped() {
      throw new Error("isStopped is deprecated. Use abortSignal status to track this instead.");
    },
    getOperationState() {
      if (!poller.operationState) {
        throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
      }
      return poller.operationState;
    },
    getResult() {
      return poller.result;
    },
    toString() {
      if (!poller.operationState) {
        throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
      }
      return JSON.stringify({
        state: poller.operationState
      });
    },
    stopPolling() {
      throw new Error("stopPolling is deprecated. Use abortSignal to stop polling instead.");
    },
    onProgress: poller.onProgress,
    poll: poller.poll,
    pollUntilDone: poller.pollUntilDone,
    serialize: poller.serialize,
    submitted: poller.submitted
  };
  return simplePoller;
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/agentPools/index.js
function _getAgentPools(context) {
  return {
    getUpgradeProfile: (resourceGroupName, resourceName, agentPoolName, options) => getUpgradeProfile(context, resourceGroupName, resourceName, agentPoolName, options),
    getAvailableAgentPoolVersions: (resourceGroupName, resourceName, options) => getAvailableAgentPoolVersions(context, resourceGroupName, resourceName, options),
    upgradeNodeImageVersion: (resourceGroupName, resourceName, agentPoolName, options) => upgradeNodeImageVersion(context, resourceGroupName, resourceName, agentPoolName, options),
    beginUpgradeNodeImageVersion: async (resourceGroupName, resourceName, agentPoolName, options) => {
      const poller = upgradeNodeImageVersion(context, resourceGroupName, resourceName, agentPoolName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpgradeNodeImageVersionAndWait: async (resourceGroupName, resourceName, agentPoolName, options) => {
      return await upgradeNodeImageVersion(context, resourceGroupName, resourceName, agentPoolName, options);
    },
    deleteMachines: (resourceGroupName, resourceName, agentPoolName, machines, options) => deleteMachines(context, resourceGroupName, resourceName, agentPoolName, machines, options),
    beginDeleteMachines: async (resourceGroupName, resourceName, agentPoolName, machines, options) => {
      const poller = deleteMachines(context, resourceGroupName, resourceName, agentPoolName, machines, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteMachinesAndWait: async (resourceGroupName, resourceName, agentPoolName, machines, options) => {
      return await deleteMachines(context, resourceGroupName, resourceName, agentPoolName, machines, options);
    },
    abortLatestOperation: (resourceGroupName, resourceName, agentPoolName, options) => abortLatestOperation(context, resourceGroupName, resourceName, agentPoolName, options),
    beginAbortLatestOperation: async (resourceGroupName, resourceName, agentPoolName, options) => {
      const poller = abortLatestOperation(context, resourceGroupName, resourceName, agentPoolName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginAbortLatestOperationAndWait: async (resourceGroupName, resourceName, agentPoolName, options) => {
      return await abortLatestOperation(context, resourceGroupName, resourceName, agentPoolName, options);
    },
    list: (resourceGroupName, resourceName, options) => list(context, resourceGroupName, resourceName, options),
    delete: (resourceGroupName, resourceName, agentPoolName, options) => $delete(context, resourceGroupName, resourceName, agentPoolName, options),
    beginDelete: async (resourceGroupName, resourceName, agentPoolName, options) => {
      const poller = $delete(context, resourceGroupName, resourceName, agentPoolName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, resourceName, agentPoolName, options) => {
      return await $delete(context, resourceGroupName, resourceName, agentPoolName, options);
    },
    createOrUpdate: (resourceGroupName, resourceName, agentPoolName, parameters, options) => createOrUpdate(context, resourceGroupName, resourceName, agentPoolName, parameters, options),
    beginCreateOrUpdate: async (resourceGroupName, resourceName, agentPoolName, parameters, options) => {
      const poller = createOrUpdate(context, resourceGroupName, resourceName, agentPoolName, parameters, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, agentPoolName, parameters, options) => {
      return await createOrUpdate(context, resourceGroupName, resourceName, agentPoolName, parameters, options);
    },
    get: (resourceGroupName, resourceName, agentPoolName, options) => get(context, resourceGroupName, resourceName, agentPoolName, options)
  };
}
function _getAgentPoolsOperations(context) {
  return {
    ..._getAgentPools(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/api/identityBindings/operations.js
function _listByManagedClusterSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listByManagedClusterDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _identityBindingListResultDeserializer(result.body);
}
function listByManagedCluster(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listByManagedClusterSend(context, resourceGroupName, resourceName, options), _listByManagedClusterDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _$deleteSend2(context, resourceGroupName, resourceName, identityBindingName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    identityBindingName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize2(result) {
  const expectedStatuses = ["202", "204", "200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function $delete2(context, resourceGroupName, resourceName, identityBindingName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize2, ["202", "204", "200"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend2(context, resourceGroupName, resourceName, identityBindingName, options),
    resourceLocationConfig: "location",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _createOrUpdateSend2(context, resourceGroupName, resourceName, identityBindingName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    identityBindingName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: identityBindingSerializer(parameters)
  });
}
async function _createOrUpdateDeserialize2(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return identityBindingDeserializer(result.body);
}
function createOrUpdate2(context, resourceGroupName, resourceName, identityBindingName, parameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createOrUpdateDeserialize2, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createOrUpdateSend2(context, resourceGroupName, resourceName, identityBindingName, parameters, options),
    resourceLocationConfig: "location",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _getSend2(context, resourceGroupName, resourceName, identityBindingName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    identityBindingName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize2(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return identityBindingDeserializer(result.body);
}
async function get2(context, resourceGroupName, resourceName, identityBindingName, options = { requestOptions: {} }) {
  const result = await _getSend2(context, resourceGroupName, resourceName, identityBindingName, options);
  return _getDeserialize2(result);
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/identityBindings/index.js
function _getIdentityBindings(context) {
  return {
    listByManagedCluster: (resourceGroupName, resourceName, options) => listByManagedCluster(context, resourceGroupName, resourceName, options),
    delete: (resourceGroupName, resourceName, identityBindingName, options) => $delete2(context, resourceGroupName, resourceName, identityBindingName, options),
    beginDelete: async (resourceGroupName, resourceName, identityBindingName, options) => {
      const poller = $delete2(context, resourceGroupName, resourceName, identityBindingName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, resourceName, identityBindingName, options) => {
      return await $delete2(context, resourceGroupName, resourceName, identityBindingName, options);
    },
    createOrUpdate: (resourceGroupName, resourceName, identityBindingName, parameters, options) => createOrUpdate2(context, resourceGroupName, resourceName, identityBindingName, parameters, options),
    beginCreateOrUpdate: async (resourceGroupName, resourceName, identityBindingName, parameters, options) => {
      const poller = createOrUpdate2(context, resourceGroupName, resourceName, identityBindingName, parameters, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, identityBindingName, parameters, options) => {
      return await createOrUpdate2(context, resourceGroupName, resourceName, identityBindingName, parameters, options);
    },
    get: (resourceGroupName, resourceName, identityBindingName, options) => get2(context, resourceGroupName, resourceName, identityBindingName, options)
  };
}
function _getIdentityBindingsOperations(context) {
  return {
    ..._getIdentityBindings(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/api/machines/operations.js
function _listSend2(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/machines{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    agentPoolName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize2(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _machineListResultDeserializer(result.body);
}
function list2(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend2(context, resourceGroupName, resourceName, agentPoolName, options), _listDeserialize2, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _getSend3(context, resourceGroupName, resourceName, agentPoolName, machineName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/machines/{machineName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    agentPoolName,
    machineName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize3(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return machineDeserializer(result.body);
}
async function get3(context, resourceGroupName, resourceName, agentPoolName, machineName, options = { requestOptions: {} }) {
  const result = await _getSend3(context, resourceGroupName, resourceName, agentPoolName, machineName, options);
  return _getDeserialize3(result);
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/machines/index.js
function _getMachines(context) {
  return {
    list: (resourceGroupName, resourceName, agentPoolName, options) => list2(context, resourceGroupName, resourceName, agentPoolName, options),
    get: (resourceGroupName, resourceName, agentPoolName, machineName, options) => get3(context, resourceGroupName, resourceName, agentPoolName, machineName, options)
  };
}
function _getMachinesOperations(context) {
  return {
    ..._getMachines(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/api/maintenanceConfigurations/operations.js
function _listByManagedClusterSend2(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listByManagedClusterDeserialize2(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _maintenanceConfigurationListResultDeserializer(result.body);
}
function listByManagedCluster2(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listByManagedClusterSend2(context, resourceGroupName, resourceName, options), _listByManagedClusterDeserialize2, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _$deleteSend3(context, resourceGroupName, resourceName, configName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations/{configName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    configName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize3(result) {
  const expectedStatuses = ["200", "204"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
async function $delete3(context, resourceGroupName, resourceName, configName, options = { requestOptions: {} }) {
  const result = await _$deleteSend3(context, resourceGroupName, resourceName, configName, options);
  return _$deleteDeserialize3(result);
}
function _createOrUpdateSend3(context, resourceGroupName, resourceName, configName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations/{configName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    configName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: maintenanceConfigurationSerializer(parameters)
  });
}
async function _createOrUpdateDeserialize3(result) {
  const expectedStatuses = ["200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return maintenanceConfigurationDeserializer(result.body);
}
async function createOrUpdate3(context, resourceGroupName, resourceName, configName, parameters, options = { requestOptions: {} }) {
  const result = await _createOrUpdateSend3(context, resourceGroupName, resourceName, configName, parameters, options);
  return _createOrUpdateDeserialize3(result);
}
function _getSend4(context, resourceGroupName, resourceName, configName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations/{configName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    configName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize4(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return maintenanceConfigurationDeserializer(result.body);
}
async function get4(context, resourceGroupName, resourceName, configName, options = { requestOptions: {} }) {
  const result = await _getSend4(context, resourceGroupName, resourceName, configName, options);
  return _getDeserialize4(result);
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/maintenanceConfigurations/index.js
function _getMaintenanceConfigurations(context) {
  return {
    listByManagedCluster: (resourceGroupName, resourceName, options) => listByManagedCluster2(context, resourceGroupName, resourceName, options),
    delete: (resourceGroupName, resourceName, configName, options) => $delete3(context, resourceGroupName, resourceName, configName, options),
    createOrUpdate: (resourceGroupName, resourceName, configName, parameters, options) => createOrUpdate3(context, resourceGroupName, resourceName, configName, parameters, options),
    get: (resourceGroupName, resourceName, configName, options) => get4(context, resourceGroupName, resourceName, configName, options)
  };
}
function _getMaintenanceConfigurationsOperations(context) {
  return {
    ..._getMaintenanceConfigurations(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/api/managedClusters/operations.js
function _listKubernetesVersionsSend(context, location, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/kubernetesVersions{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    location,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listKubernetesVersionsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return kubernetesVersionListResultDeserializer(result.body);
}
async function listKubernetesVersions(context, location, options = { requestOptions: {} }) {
  const result = await _listKubernetesVersionsSend(context, location, options);
  return _listKubernetesVersionsDeserialize(result);
}
function _listMeshUpgradeProfilesSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/meshUpgradeProfiles{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listMeshUpgradeProfilesDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _meshUpgradeProfileListDeserializer(result.body);
}
function listMeshUpgradeProfiles(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listMeshUpgradeProfilesSend(context, resourceGroupName, resourceName, options), _listMeshUpgradeProfilesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _getMeshUpgradeProfileSend(context, resourceGroupName, resourceName, mode, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/meshUpgradeProfiles/{mode}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    mode,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getMeshUpgradeProfileDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return meshUpgradeProfileDeserializer(result.body);
}
async function getMeshUpgradeProfile(context, resourceGroupName, resourceName, mode, options = { requestOptions: {} }) {
  const result = await _getMeshUpgradeProfileSend(context, resourceGroupName, resourceName, mode, options);
  return _getMeshUpgradeProfileDeserialize(result);
}
function _listMeshRevisionProfilesSend(context, location, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/meshRevisionProfiles{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    location,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listMeshRevisionProfilesDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _meshRevisionProfileListDeserializer(result.body);
}
function listMeshRevisionProfiles(context, location, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listMeshRevisionProfilesSend(context, location, options), _listMeshRevisionProfilesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _getMeshRevisionProfileSend(context, location, mode, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/meshRevisionProfiles/{mode}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    location,
    mode,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getMeshRevisionProfileDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return meshRevisionProfileDeserializer(result.body);
}
async function getMeshRevisionProfile(context, location, mode, options = { requestOptions: {} }) {
  const result = await _getMeshRevisionProfileSend(context, location, mode, options);
  return _getMeshRevisionProfileDeserialize(result);
}
function _getUpgradeProfileSend2(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/upgradeProfiles/default{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getUpgradeProfileDeserialize2(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return managedClusterUpgradeProfileDeserializer(result.body);
}
async function getUpgradeProfile2(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _getUpgradeProfileSend2(context, resourceGroupName, resourceName, options);
  return _getUpgradeProfileDeserialize2(result);
}
function _listOutboundNetworkDependenciesEndpointsSend(context, resourceGroupName, resourceName, options = {
  requestOptions: {}
}) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/outboundNetworkDependenciesEndpoints{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listOutboundNetworkDependenciesEndpointsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _outboundEnvironmentEndpointCollectionDeserializer(result.body);
}
function listOutboundNetworkDependenciesEndpoints(context, resourceGroupName, resourceName, options = {
  requestOptions: {}
}) {
  return buildPagedAsyncIterator(context, () => _listOutboundNetworkDependenciesEndpointsSend(context, resourceGroupName, resourceName, options), _listOutboundNetworkDependenciesEndpointsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _getCommandResultSend(context, resourceGroupName, resourceName, commandId, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/commandResults/{commandId}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    commandId,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getCommandResultDeserialize(result) {
  const expectedStatuses = ["200", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  if (!result.body) {
    return;
  }
  return runCommandResultDeserializer(result.body);
}
async function getCommandResult(context, resourceGroupName, resourceName, commandId, options = { requestOptions: {} }) {
  const result = await _getCommandResultSend(context, resourceGroupName, resourceName, commandId, options);
  return _getCommandResultDeserialize(result);
}
function _runCommandSend(context, resourceGroupName, resourceName, requestPayload, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/runCommand{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: runCommandRequestSerializer(requestPayload)
  });
}
async function _runCommandDeserialize(result) {
  const expectedStatuses = ["200", "202", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return runCommandResultDeserializer(result.body);
}
function runCommand(context, resourceGroupName, resourceName, requestPayload, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _runCommandDeserialize, ["200", "202", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _runCommandSend(context, resourceGroupName, resourceName, requestPayload, options),
    resourceLocationConfig: "location",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _startSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/start{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _startDeserialize(result) {
  const expectedStatuses = ["202", "204", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function start(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _startDeserialize, ["202", "204", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _startSend(context, resourceGroupName, resourceName, options),
    resourceLocationConfig: "location",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _stopSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/stop{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _stopDeserialize(result) {
  const expectedStatuses = ["202", "204", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function stop(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _stopDeserialize, ["202", "204", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _stopSend(context, resourceGroupName, resourceName, options),
    resourceLocationConfig: "location",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _rotateServiceAccountSigningKeysSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/rotateServiceAccountSigningKeys{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _rotateServiceAccountSigningKeysDeserialize(result) {
  const expectedStatuses = ["202", "204", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function rotateServiceAccountSigningKeys(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _rotateServiceAccountSigningKeysDeserialize, ["202", "204", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _rotateServiceAccountSigningKeysSend(context, resourceGroupName, resourceName, options),
    resourceLocationConfig: "location",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _abortLatestOperationSend2(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/abort{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _abortLatestOperationDeserialize2(result) {
  const expectedStatuses = ["202", "204", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function abortLatestOperation2(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _abortLatestOperationDeserialize2, ["202", "204", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _abortLatestOperationSend2(context, resourceGroupName, resourceName, options),
    resourceLocationConfig: "location",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _rotateClusterCertificatesSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/rotateClusterCertificates{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _rotateClusterCertificatesDeserialize(result) {
  const expectedStatuses = ["202", "204", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function rotateClusterCertificates(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _rotateClusterCertificatesDeserialize, ["202", "204", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _rotateClusterCertificatesSend(context, resourceGroupName, resourceName, options),
    resourceLocationConfig: "location",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _resetAADProfileSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resetAADProfile{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    body: managedClusterAADProfileSerializer(parameters)
  });
}
async function _resetAADProfileDeserialize(result) {
  const expectedStatuses = ["202", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function resetAADProfile(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _resetAADProfileDeserialize, ["202", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _resetAADProfileSend(context, resourceGroupName, resourceName, parameters, options),
    resourceLocationConfig: "location",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _resetServicePrincipalProfileSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resetServicePrincipalProfile{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    body: managedClusterServicePrincipalProfileSerializer(parameters)
  });
}
async function _resetServicePrincipalProfileDeserialize(result) {
  const expectedStatuses = ["202", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function resetServicePrincipalProfile(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _resetServicePrincipalProfileDeserialize, ["202", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _resetServicePrincipalProfileSend(context, resourceGroupName, resourceName, parameters, options),
    resourceLocationConfig: "location",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _listClusterMonitoringUserCredentialsSend(context, resourceGroupName, resourceName, options = {
  requestOptions: {}
}) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/listClusterMonitoringUserCredential{?api%2Dversion,server%2Dfqdn}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01",
    "server%2Dfqdn": options?.serverFqdn
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listClusterMonitoringUserCredentialsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return credentialResultsDeserializer(result.body);
}
async function listClusterMonitoringUserCredentials(context, resourceGroupName, resourceName, options = {
  requestOptions: {}
}) {
  const result = await _listClusterMonitoringUserCredentialsSend(context, resourceGroupName, resourceName, options);
  return _listClusterMonitoringUserCredentialsDeserialize(result);
}
function _listClusterUserCredentialsSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/listClusterUserCredential{?api%2Dversion,server%2Dfqdn,format}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01",
    "server%2Dfqdn": options?.serverFqdn,
    format: options?.format
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listClusterUserCredentialsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return credentialResultsDeserializer(result.body);
}
async function listClusterUserCredentials(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _listClusterUserCredentialsSend(context, resourceGroupName, resourceName, options);
  return _listClusterUserCredentialsDeserialize(result);
}
function _listClusterAdminCredentialsSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/listClusterAdminCredential{?api%2Dversion,server%2Dfqdn}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01",
    "server%2Dfqdn": options?.serverFqdn
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listClusterAdminCredentialsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return credentialResultsDeserializer(result.body);
}
async function listClusterAdminCredentials(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _listClusterAdminCredentialsSend(context, resourceGroupName, resourceName, options);
  return _listClusterAdminCredentialsDeserialize(result);
}
function _getAccessProfileSend(context, resourceGroupName, resourceName, roleName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/accessProfiles/{roleName}/listCredential{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    roleName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getAccessProfileDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return managedClusterAccessProfileDeserializer(result.body);
}
async function getAccessProfile(context, resourceGroupName, resourceName, roleName, options = { requestOptions: {} }) {
  const result = await _getAccessProfileSend(context, resourceGroupName, resourceName, roleName, options);
  return _getAccessProfileDeserialize(result);
}
function _listSend3(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/managedClusters{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize3(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _managedClusterListResultDeserializer(result.body);
}
function list3(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend3(context, options), _listDeserialize3, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listByResourceGroupDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _managedClusterListResultDeserializer(result.body);
}
function listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listByResourceGroupSend(context, resourceGroupName, options), _listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _$deleteSend4(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).delete({
    ...operationOptionsToRequestParameters(options),
    headers: {
      ...options?.ifMatch !== void 0 ? { "if-match": options?.ifMatch } : {},
      ...options.requestOptions?.headers
    }
  });
}
async function _$deleteDeserialize4(result) {
  const expectedStatuses = ["202", "204", "200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function $delete4(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize4, ["202", "204", "200"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend4(context, resourceGroupName, resourceName, options),
    resourceLocationConfig: "azure-async-operation",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _updateTagsSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: {
      ...options?.ifMatch !== void 0 ? { "if-match": options?.ifMatch } : {},
      accept: "application/json",
      ...options.requestOptions?.headers
    },
    body: tagsObjectSerializer(parameters)
  });
}
async function _updateTagsDeserialize(result) {
  const expectedStatuses = ["200", "202", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return managedClusterDeserializer(result.body);
}
function updateTags(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _updateTagsDeserialize, ["200", "202", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _updateTagsSend(context, resourceGroupName, resourceName, parameters, options),
    resourceLocationConfig: "azure-async-operation",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _createOrUpdateSend4(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: {
      ...options?.ifMatch !== void 0 ? { "if-match": options?.ifMatch } : {},
      ...options?.ifNoneMatch !== void 0 ? { "if-none-match": options?.ifNoneMatch } : {},
      accept: "application/json",
      ...options.requestOptions?.headers
    },
    body: managedClusterSerializer(parameters)
  });
}
async function _createOrUpdateDeserialize4(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return managedClusterDeserializer(result.body);
}
function createOrUpdate4(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createOrUpdateDeserialize4, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createOrUpdateSend4(context, resourceGroupName, resourceName, parameters, options),
    resourceLocationConfig: "azure-async-operation",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _getSend5(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize5(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return managedClusterDeserializer(result.body);
}
async function get5(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _getSend5(context, resourceGroupName, resourceName, options);
  return _getDeserialize5(result);
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/managedClusters/index.js
function _getManagedClusters(context) {
  return {
    listKubernetesVersions: (location, options) => listKubernetesVersions(context, location, options),
    listMeshUpgradeProfiles: (resourceGroupName, resourceName, options) => listMeshUpgradeProfiles(context, resourceGroupName, resourceName, options),
    getMeshUpgradeProfile: (resourceGroupName, resourceName, mode, options) => getMeshUpgradeProfile(context, resourceGroupName, resourceName, mode, options),
    listMeshRevisionProfiles: (location, options) => listMeshRevisionProfiles(context, location, options),
    getMeshRevisionProfile: (location, mode, options) => getMeshRevisionProfile(context, location, mode, options),
    getUpgradeProfile: (resourceGroupName, resourceName, options) => getUpgradeProfile2(context, resourceGroupName, resourceName, options),
    listOutboundNetworkDependenciesEndpoints: (resourceGroupName, resourceName, options) => listOutboundNetworkDependenciesEndpoints(context, resourceGroupName, resourceName, options),
    getCommandResult: (resourceGroupName, resourceName, commandId, options) => getCommandResult(context, resourceGroupName, resourceName, commandId, options),
    runCommand: (resourceGroupName, resourceName, requestPayload, options) => runCommand(context, resourceGroupName, resourceName, requestPayload, options),
    beginRunCommand: async (resourceGroupName, resourceName, requestPayload, options) => {
      const poller = runCommand(context, resourceGroupName, resourceName, requestPayload, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginRunCommandAndWait: async (resourceGroupName, resourceName, requestPayload, options) => {
      return await runCommand(context, resourceGroupName, resourceName, requestPayload, options);
    },
    start: (resourceGroupName, resourceName, options) => start(context, resourceGroupName, resourceName, options),
    beginStart: async (resourceGroupName, resourceName, options) => {
      const poller = start(context, resourceGroupName, resourceName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginStartAndWait: async (resourceGroupName, resourceName, options) => {
      return await start(context, resourceGroupName, resourceName, options);
    },
    stop: (resourceGroupName, resourceName, options) => stop(context, resourceGroupName, resourceName, options),
    beginStop: async (resourceGroupName, resourceName, options) => {
      const poller = stop(context, resourceGroupName, resourceName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginStopAndWait: async (resourceGroupName, resourceName, options) => {
      return await stop(context, resourceGroupName, resourceName, options);
    },
    rotateServiceAccountSigningKeys: (resourceGroupName, resourceName, options) => rotateServiceAccountSigningKeys(context, resourceGroupName, resourceName, options),
    beginRotateServiceAccountSigningKeys: async (resourceGroupName, resourceName, options) => {
      const poller = rotateServiceAccountSigningKeys(context, resourceGroupName, resourceName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginRotateServiceAccountSigningKeysAndWait: async (resourceGroupName, resourceName, options) => {
      return await rotateServiceAccountSigningKeys(context, resourceGroupName, resourceName, options);
    },
    abortLatestOperation: (resourceGroupName, resourceName, options) => abortLatestOperation2(context, resourceGroupName, resourceName, options),
    beginAbortLatestOperation: async (resourceGroupName, resourceName, options) => {
      const poller = abortLatestOperation2(context, resourceGroupName, resourceName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginAbortLatestOperationAndWait: async (resourceGroupName, resourceName, options) => {
      return await abortLatestOperation2(context, resourceGroupName, resourceName, options);
    },
    rotateClusterCertificates: (resourceGroupName, resourceName, options) => rotateClusterCertificates(context, resourceGroupName, resourceName, options),
    beginRotateClusterCertificates: async (resourceGroupName, resourceName, options) => {
      const poller = rotateClusterCertificates(context, resourceGroupName, resourceName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginRotateClusterCertificatesAndWait: async (resourceGroupName, resourceName, options) => {
      return await rotateClusterCertificates(context, resourceGroupName, resourceName, options);
    },
    resetAADProfile: (resourceGroupName, resourceName, parameters, options) => resetAADProfile(context, resourceGroupName, resourceName, parameters, options),
    beginResetAADProfile: async (resourceGroupName, resourceName, parameters, options) => {
      const poller = resetAADProfile(context, resourceGroupName, resourceName, parameters, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginResetAADProfileAndWait: async (resourceGroupName, resourceName, parameters, options) => {
      return await resetAADProfile(context, resourceGroupName, resourceName, parameters, options);
    },
    resetServicePrincipalProfile: (resourceGroupName, resourceName, parameters, options) => resetServicePrincipalProfile(context, resourceGroupName, resourceName, parameters, options),
    beginResetServicePrincipalProfile: async (resourceGroupName, resourceName, parameters, options) => {
      const poller = resetServicePrincipalProfile(context, resourceGroupName, resourceName, parameters, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginResetServicePrincipalProfileAndWait: async (resourceGroupName, resourceName, parameters, options) => {
      return await resetServicePrincipalProfile(context, resourceGroupName, resourceName, parameters, options);
    },
    listClusterMonitoringUserCredentials: (resourceGroupName, resourceName, options) => listClusterMonitoringUserCredentials(context, resourceGroupName, resourceName, options),
    listClusterUserCredentials: (resourceGroupName, resourceName, options) => listClusterUserCredentials(context, resourceGroupName, resourceName, options),
    listClusterAdminCredentials: (resourceGroupName, resourceName, options) => listClusterAdminCredentials(context, resourceGroupName, resourceName, options),
    getAccessProfile: (resourceGroupName, resourceName, roleName, options) => getAccessProfile(context, resourceGroupName, resourceName, roleName, options),
    list: (options) => list3(context, options),
    listByResourceGroup: (resourceGroupName, options) => listByResourceGroup(context, resourceGroupName, options),
    delete: (resourceGroupName, resourceName, options) => $delete4(context, resourceGroupName, resourceName, options),
    beginDelete: async (resourceGroupName, resourceName, options) => {
      const poller = $delete4(context, resourceGroupName, resourceName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, resourceName, options) => {
      return await $delete4(context, resourceGroupName, resourceName, options);
    },
    updateTags: (resourceGroupName, resourceName, parameters, options) => updateTags(context, resourceGroupName, resourceName, parameters, options),
    beginUpdateTags: async (resourceGroupName, resourceName, parameters, options) => {
      const poller = updateTags(context, resourceGroupName, resourceName, parameters, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateTagsAndWait: async (resourceGroupName, resourceName, parameters, options) => {
      return await updateTags(context, resourceGroupName, resourceName, parameters, options);
    },
    createOrUpdate: (resourceGroupName, resourceName, parameters, options) => createOrUpdate4(context, resourceGroupName, resourceName, parameters, options),
    beginCreateOrUpdate: async (resourceGroupName, resourceName, parameters, options) => {
      const poller = createOrUpdate4(context, resourceGroupName, resourceName, parameters, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, parameters, options) => {
      return await createOrUpdate4(context, resourceGroupName, resourceName, parameters, options);
    },
    get: (resourceGroupName, resourceName, options) => get5(context, resourceGroupName, resourceName, options)
  };
}
function _getManagedClustersOperations(context) {
  return {
    ..._getManagedClusters(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/api/managedNamespaces/operations.js
function _listCredentialSend(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}/listCredential{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    managedNamespaceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listCredentialDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return credentialResultsDeserializer(result.body);
}
async function listCredential(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
  const result = await _listCredentialSend(context, resourceGroupName, resourceName, managedNamespaceName, options);
  return _listCredentialDeserialize(result);
}
function _listByManagedClusterSend3(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listByManagedClusterDeserialize3(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _managedNamespaceListResultDeserializer(result.body);
}
function listByManagedCluster3(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listByManagedClusterSend3(context, resourceGroupName, resourceName, options), _listByManagedClusterDeserialize3, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _$deleteSend5(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    managedNamespaceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize5(result) {
  const expectedStatuses = ["202", "204", "200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function $delete5(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize5, ["202", "204", "200"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend5(context, resourceGroupName, resourceName, managedNamespaceName, options),
    resourceLocationConfig: "azure-async-operation",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _updateSend(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    managedNamespaceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: tagsObjectSerializer(parameters)
  });
}
async function _updateDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return managedNamespaceDeserializer(result.body);
}
async function update(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options = { requestOptions: {} }) {
  const result = await _updateSend(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options);
  return _updateDeserialize(result);
}
function _createOrUpdateSend5(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    managedNamespaceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: managedNamespaceSerializer(parameters)
  });
}
async function _createOrUpdateDeserialize5(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return managedNamespaceDeserializer(result.body);
}
function createOrUpdate5(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createOrUpdateDeserialize5, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createOrUpdateSend5(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options),
    resourceLocationConfig: "azure-async-operation",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _getSend6(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    managedNamespaceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize6(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return managedNamespaceDeserializer(result.body);
}
async function get6(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
  const result = await _getSend6(context, resourceGroupName, resourceName, managedNamespaceName, options);
  return _getDeserialize6(result);
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/managedNamespaces/index.js
function _getManagedNamespaces(context) {
  return {
    listCredential: (resourceGroupName, resourceName, managedNamespaceName, options) => listCredential(context, resourceGroupName, resourceName, managedNamespaceName, options),
    listByManagedCluster: (resourceGroupName, resourceName, options) => listByManagedCluster3(context, resourceGroupName, resourceName, options),
    delete: (resourceGroupName, resourceName, managedNamespaceName, options) => $delete5(context, resourceGroupName, resourceName, managedNamespaceName, options),
    beginDelete: async (resourceGroupName, resourceName, managedNamespaceName, options) => {
      const poller = $delete5(context, resourceGroupName, resourceName, managedNamespaceName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, resourceName, managedNamespaceName, options) => {
      return await $delete5(context, resourceGroupName, resourceName, managedNamespaceName, options);
    },
    update: (resourceGroupName, resourceName, managedNamespaceName, parameters, options) => update(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options),
    createOrUpdate: (resourceGroupName, resourceName, managedNamespaceName, parameters, options) => createOrUpdate5(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options),
    beginCreateOrUpdate: async (resourceGroupName, resourceName, managedNamespaceName, parameters, options) => {
      const poller = createOrUpdate5(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, managedNamespaceName, parameters, options) => {
      return await createOrUpdate5(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options);
    },
    get: (resourceGroupName, resourceName, managedNamespaceName, options) => get6(context, resourceGroupName, resourceName, managedNamespaceName, options)
  };
}
function _getManagedNamespacesOperations(context) {
  return {
    ..._getManagedNamespaces(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/api/operations/operations.js
function _listSend4(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ContainerService/operations{?api%2Dversion}", {
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize4(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _operationListResultDeserializer(result.body);
}
function list4(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend4(context, options), _listDeserialize4, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/operations/index.js
function _getOperations(context) {
  return {
    list: (options) => list4(context, options)
  };
}
function _getOperationsOperations(context) {
  return {
    ..._getOperations(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/api/privateEndpointConnections/operations.js
function _listSend5(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize5(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return privateEndpointConnectionListResultDeserializer(result.body);
}
async function list5(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _listSend5(context, resourceGroupName, resourceName, options);
  return _listDeserialize5(result);
}
function _$deleteSend6(context, resourceGroupName, resourceName, privateEndpointConnectionName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    privateEndpointConnectionName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize6(result) {
  const expectedStatuses = ["200", "204", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function $delete6(context, resourceGroupName, resourceName, privateEndpointConnectionName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize6, ["200", "204", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend6(context, resourceGroupName, resourceName, privateEndpointConnectionName, options),
    resourceLocationConfig: "azure-async-operation",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _updateSend2(context, resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    privateEndpointConnectionName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: privateEndpointConnectionSerializer(parameters)
  });
}
async function _updateDeserialize2(result) {
  const expectedStatuses = ["200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return privateEndpointConnectionDeserializer(result.body);
}
async function update2(context, resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options = { requestOptions: {} }) {
  const result = await _updateSend2(context, resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options);
  return _updateDeserialize2(result);
}
function _getSend7(context, resourceGroupName, resourceName, privateEndpointConnectionName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    privateEndpointConnectionName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize7(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return privateEndpointConnectionDeserializer(result.body);
}
async function get7(context, resourceGroupName, resourceName, privateEndpointConnectionName, options = { requestOptions: {} }) {
  const result = await _getSend7(context, resourceGroupName, resourceName, privateEndpointConnectionName, options);
  return _getDeserialize7(result);
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/privateEndpointConnections/index.js
function _getPrivateEndpointConnections(context) {
  return {
    list: (resourceGroupName, resourceName, options) => list5(context, resourceGroupName, resourceName, options),
    delete: (resourceGroupName, resourceName, privateEndpointConnectionName, options) => $delete6(context, resourceGroupName, resourceName, privateEndpointConnectionName, options),
    beginDelete: async (resourceGroupName, resourceName, privateEndpointConnectionName, options) => {
      const poller = $delete6(context, resourceGroupName, resourceName, privateEndpointConnectionName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, resourceName, privateEndpointConnectionName, options) => {
      return await $delete6(context, resourceGroupName, resourceName, privateEndpointConnectionName, options);
    },
    update: (resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options) => update2(context, resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options),
    get: (resourceGroupName, resourceName, privateEndpointConnectionName, options) => get7(context, resourceGroupName, resourceName, privateEndpointConnectionName, options)
  };
}
function _getPrivateEndpointConnectionsOperations(context) {
  return {
    ..._getPrivateEndpointConnections(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/api/privateLinkResources/operations.js
function _listSend6(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateLinkResources{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize6(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return privateLinkResourcesListResultDeserializer(result.body);
}
async function list6(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _listSend6(context, resourceGroupName, resourceName, options);
  return _listDeserialize6(result);
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/privateLinkResources/index.js
function _getPrivateLinkResources(context) {
  return {
    list: (resourceGroupName, resourceName, options) => list6(context, resourceGroupName, resourceName, options)
  };
}
function _getPrivateLinkResourcesOperations(context) {
  return {
    ..._getPrivateLinkResources(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/api/resolvePrivateLinkServiceId/operations.js
function _postSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resolvePrivateLinkServiceId{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: privateLinkResourceSerializer(parameters)
  });
}
async function _postDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return privateLinkResourceDeserializer(result.body);
}
async function post(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  const result = await _postSend(context, resourceGroupName, resourceName, parameters, options);
  return _postDeserialize(result);
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/resolvePrivateLinkServiceId/index.js
function _getResolvePrivateLinkServiceId(context) {
  return {
    post: (resourceGroupName, resourceName, parameters, options) => post(context, resourceGroupName, resourceName, parameters, options)
  };
}
function _getResolvePrivateLinkServiceIdOperations(context) {
  return {
    ..._getResolvePrivateLinkServiceId(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/api/snapshots/operations.js
function _listSend7(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/snapshots{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize7(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _snapshotListResultDeserializer(result.body);
}
function list7(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend7(context, options), _listDeserialize7, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _listByResourceGroupSend2(context, resourceGroupName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listByResourceGroupDeserialize2(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _snapshotListResultDeserializer(result.body);
}
function listByResourceGroup2(context, resourceGroupName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listByResourceGroupSend2(context, resourceGroupName, options), _listByResourceGroupDeserialize2, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _$deleteSend7(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize7(result) {
  const expectedStatuses = ["200", "204"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
async function $delete7(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _$deleteSend7(context, resourceGroupName, resourceName, options);
  return _$deleteDeserialize7(result);
}
function _updateTagsSend2(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: tagsObjectSerializer(parameters)
  });
}
async function _updateTagsDeserialize2(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return snapshotDeserializer(result.body);
}
async function updateTags2(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  const result = await _updateTagsSend2(context, resourceGroupName, resourceName, parameters, options);
  return _updateTagsDeserialize2(result);
}
function _createOrUpdateSend6(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: snapshotSerializer(parameters)
  });
}
async function _createOrUpdateDeserialize6(result) {
  const expectedStatuses = ["200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return snapshotDeserializer(result.body);
}
async function createOrUpdate6(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
  const result = await _createOrUpdateSend6(context, resourceGroupName, resourceName, parameters, options);
  return _createOrUpdateDeserialize6(result);
}
function _getSend8(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize8(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return snapshotDeserializer(result.body);
}
async function get8(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _getSend8(context, resourceGroupName, resourceName, options);
  return _getDeserialize8(result);
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/snapshots/index.js
function _getSnapshots(context) {
  return {
    list: (options) => list7(context, options),
    listByResourceGroup: (resourceGroupName, options) => listByResourceGroup2(context, resourceGroupName, options),
    delete: (resourceGroupName, resourceName, options) => $delete7(context, resourceGroupName, resourceName, options),
    updateTags: (resourceGroupName, resourceName, parameters, options) => updateTags2(context, resourceGroupName, resourceName, parameters, options),
    createOrUpdate: (resourceGroupName, resourceName, parameters, options) => createOrUpdate6(context, resourceGroupName, resourceName, parameters, options),
    get: (resourceGroupName, resourceName, options) => get8(context, resourceGroupName, resourceName, options)
  };
}
function _getSnapshotsOperations(context) {
  return {
    ..._getSnapshots(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/api/trustedAccessRoleBindings/operations.js
function _listSend8(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize8(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _trustedAccessRoleBindingListResultDeserializer(result.body);
}
function list8(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend8(context, resourceGroupName, resourceName, options), _listDeserialize8, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _$deleteSend8(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    trustedAccessRoleBindingName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize8(result) {
  const expectedStatuses = ["202", "204", "200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return;
}
function $delete8(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize8, ["202", "204", "200"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend8(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options),
    resourceLocationConfig: "azure-async-operation",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _createOrUpdateSend7(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    trustedAccessRoleBindingName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: trustedAccessRoleBindingSerializer(trustedAccessRoleBinding)
  });
}
async function _createOrUpdateDeserialize7(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return trustedAccessRoleBindingDeserializer(result.body);
}
function createOrUpdate7(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createOrUpdateDeserialize7, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createOrUpdateSend7(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options),
    resourceLocationConfig: "azure-async-operation",
    apiVersion: context.apiVersion ?? "2026-06-01"
  });
}
function _getSend9(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    trustedAccessRoleBindingName,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize9(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return trustedAccessRoleBindingDeserializer(result.body);
}
async function get9(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options = { requestOptions: {} }) {
  const result = await _getSend9(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options);
  return _getDeserialize9(result);
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/trustedAccessRoleBindings/index.js
function _getTrustedAccessRoleBindings(context) {
  return {
    list: (resourceGroupName, resourceName, options) => list8(context, resourceGroupName, resourceName, options),
    delete: (resourceGroupName, resourceName, trustedAccessRoleBindingName, options) => $delete8(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options),
    beginDelete: async (resourceGroupName, resourceName, trustedAccessRoleBindingName, options) => {
      const poller = $delete8(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, resourceName, trustedAccessRoleBindingName, options) => {
      return await $delete8(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options);
    },
    createOrUpdate: (resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options) => createOrUpdate7(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options),
    beginCreateOrUpdate: async (resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options) => {
      const poller = createOrUpdate7(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options) => {
      return await createOrUpdate7(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options);
    },
    get: (resourceGroupName, resourceName, trustedAccessRoleBindingName, options) => get9(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options)
  };
}
function _getTrustedAccessRoleBindingsOperations(context) {
  return {
    ..._getTrustedAccessRoleBindings(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/api/trustedAccessRoles/operations.js
function _listSend9(context, location, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/trustedAccessRoles{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    location,
    "api%2Dversion": context.apiVersion ?? "2026-06-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize9(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _trustedAccessRoleListResultDeserializer(result.body);
}
function list9(context, location, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend9(context, location, options), _listDeserialize9, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}

// node_modules/@azure/arm-containerservice/dist/esm/classic/trustedAccessRoles/index.js
function _getTrustedAccessRoles(context) {
  return {
    list: (location, options) => list9(context, location, options)
  };
}
function _getTrustedAccessRolesOperations(context) {
  return {
    ..._getTrustedAccessRoles(context)
  };
}

// node_modules/@azure/arm-containerservice/dist/esm/containerServiceClient.js
var ContainerServiceClient = class {
  _client;
  /** The pipeline used by this client to make requests */
  pipeline;
  /** The Container Service Client. */
  constructor(credential, subscriptionIdOrOptions, options) {
    let subscriptionId;
    if (typeof subscriptionIdOrOptions === "string") {
      subscriptionId = subscriptionIdOrOptions;
    } else if (typeof subscriptionIdOrOptions === "object") {
      options = subscriptionIdOrOptions;
    }
    options = options ?? {};
    this._client = createContainerService(credential, subscriptionId ?? "", options);
    this.pipeline = this._client.pipeline;
    this.trustedAccessRoles = _getTrustedAccessRolesOperations(this._client);
    this.resolvePrivateLinkServiceId = _getResolvePrivateLinkServiceIdOperations(this._client);
    this.privateLinkResources = _getPrivateLinkResourcesOperations(this._client);
    this.operations = _getOperationsOperations(this._client);
    this.identityBindings = _getIdentityBindingsOperations(this._client);
    this.trustedAccessRoleBindings = _getTrustedAccessRoleBindingsOperations(this._client);
    this.snapshots = _getSnapshotsOperations(this._client);
    this.privateEndpointConnections = _getPrivateEndpointConnectionsOperations(this._client);
    this.machines = _getMachinesOperations(this._client);
    this.managedNamespaces = _getManagedNamespacesOperations(this._client);
    this.maintenanceConfigurations = _getMaintenanceConfigurationsOperations(this._client);
    this.managedClusters = _getManagedClustersOperations(this._client);
    this.agentPools = _getAgentPoolsOperations(this._client);
  }
  /** The operation groups for trustedAccessRoles */
  trustedAccessRoles;
  /** The operation groups for resolvePrivateLinkServiceId */
  resolvePrivateLinkServiceId;
  /** The operation groups for privateLinkResources */
  privateLinkResources;
  /** The operation groups for operations */
  operations;
  /** The operation groups for identityBindings */
  identityBindings;
  /** The operation groups for trustedAccessRoleBindings */
  trustedAccessRoleBindings;
  /** The operation groups for snapshots */
  snapshots;
  /** The operation groups for privateEndpointConnections */
  privateEndpointConnections;
  /** The operation groups for machines */
  machines;
  /** The operation groups for managedNamespaces */
  managedNamespaces;
  /** The operation groups for maintenanceConfigurations */
  maintenanceConfigurations;
  /** The operation groups for managedClusters */
  managedClusters;
  /** The operation groups for agentPools */
  agentPools;
};

// node_modules/@azure/arm-containerservice/dist/esm/restorePollerHelpers.js
function restorePoller(client, serializedState, sourceOperation, options) {
  const pollerConfig = deserializeState(serializedState).config;
  const { initialRequestUrl, requestMethod, metadata } = pollerConfig;
  if (!initialRequestUrl || !requestMethod) {
    throw new Error(`Invalid serialized state: ${serializedState} for sourceOperation ${sourceOperation?.name}`);
  }
  const resourceLocationConfig = metadata?.["resourceLocationConfig"];
  const { deserializer, expectedStatuses = [] } = getDeserializationHelper(initialRequestUrl, requestMethod) ?? {};
  const deserializeHelper = options?.processResponseBody ?? deserializer;
  if (!deserializeHelper) {
    throw new Error(`Please ensure the operation is in this client! We can't find its deserializeHelper for ${sourceOperation?.name}.`);
  }
  const apiVersion = getApiVersionFromUrl(initialRequestUrl);
  return getLongRunningPoller(client["_client"] ?? client, deserializeHelper, expectedStatuses, {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    resourceLocationConfig,
    restoreFrom: serializedState,
    initialRequestUrl,
    apiVersion
  });
}
var deserializeMap = {
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}": { deserializer: _$deleteDeserialize2, expectedStatuses: ["202", "204", "200"] },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}": { deserializer: _createOrUpdateDeserialize2, expectedStatuses: ["200", "201", "202"] },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}": {
    deserializer: _$deleteDeserialize8,
    expectedStatuses: ["202", "204", "200"]
  },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}": {
    deserializer: _createOrUpdateDeserialize7,
    expectedStatuses: ["200", "201", "202"]
  },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections/{privateEndpointConnectionName}": {
    deserializer: _$deleteDeserialize6,
    expectedStatuses: ["200", "204", "202"]
  },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}": { deserializer: _$deleteDeserialize5, expectedStatuses: ["202", "204", "200"] },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}": {
    deserializer: _createOrUpdateDeserialize5,
    expectedStatuses: ["200", "201", "202"]
  },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/runCommand": { deserializer: _runCommandDeserialize, expectedStatuses: ["200", "202", "201"] },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/start": { deserializer: _startDeserialize, expectedStatuses: ["202", "204", "200", "201"] },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/stop": { deserializer: _stopDeserialize, expectedStatuses: ["202", "204", "200", "201"] },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/rotateServiceAccountSigningKeys": {
    deserializer: _rotateServiceAccountSigningKeysDeserialize,
    expectedStatuses: ["202", "204", "200", "201"]
  },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/abort": {
    deserializer: _abortLatestOperationDeserialize2,
    expectedStatuses: ["202", "204", "200", "201"]
  },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/rotateClusterCertificates": {
    deserializer: _rotateClusterCertificatesDeserialize,
    expectedStatuses: ["202", "204", "200", "201"]
  },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resetAADProfile": { deserializer: _resetAADProfileDeserialize, expectedStatuses: ["202", "200", "201"] },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resetServicePrincipalProfile": {
    deserializer: _resetServicePrincipalProfileDeserialize,
    expectedStatuses: ["202", "200", "201"]
  },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}": { deserializer: _$deleteDeserialize4, expectedStatuses: ["202", "204", "200"] },
  "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}": { deserializer: _updateTagsDeserialize, expectedStatuses: ["200", "202", "201"] },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}": {
    deserializer: _createOrUpdateDeserialize4,
    expectedStatuses: ["200", "201", "202"]
  },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/upgradeNodeImageVersion": { deserializer: _upgradeNodeImageVersionDeserialize, expectedStatuses: ["202", "200", "201"] },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/deleteMachines": { deserializer: _deleteMachinesDeserialize, expectedStatuses: ["202", "200", "201"] },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/abort": {
    deserializer: _abortLatestOperationDeserialize,
    expectedStatuses: ["202", "204", "200", "201"]
  },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}": { deserializer: _$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}": { deserializer: _createOrUpdateDeserialize, expectedStatuses: ["200", "201", "202"] }
};
function getDeserializationHelper(urlStr, method) {
  const path = new URL(urlStr).pathname;
  const pathParts = path.split("/");
  let matchedLen = -1, matchedValue;
  for (const [key, value] of Object.entries(deserializeMap)) {
    if (!key.startsWith(method)) {
      continue;
    }
    const candidatePath = getPathFromMapKey(key);
    const candidateParts = candidatePath.split("/");
    let found = true;
    for (let i = candidateParts.length - 1, j = pathParts.length - 1; i >= 1 && j >= 1; i--, j--) {
      if (candidateParts[i]?.startsWith("{") && candidateParts[i]?.indexOf("}") !== -1) {
        const start2 = candidateParts[i].indexOf("}") + 1, end = candidateParts[i]?.length;
        const isMatched = new RegExp(`${candidateParts[i]?.slice(start2, end)}`).test(pathParts[j] || "");
        if (!isMatched) {
          found = false;
          break;
        }
        continue;
      }
      if (candidateParts[i] !== pathParts[j]) {
        found = false;
        break;
      }
    }
    if (found && candidatePath.length > matchedLen) {
      matchedLen = candidatePath.length;
      matchedValue = value;
    }
  }
  return matchedValue;
}
function getPathFromMapKey(mapKey) {
  const pathStart = mapKey.indexOf("/");
  return mapKey.slice(pathStart);
}
function getApiVersionFromUrl(urlStr) {
  const url = new URL(urlStr);
  return url.searchParams.get("api-version") ?? void 0;
}
export {
  AzureClouds,
  ContainerServiceClient,
  KnownAccelerationMode,
  KnownAdoptionPolicy,
  KnownAdvancedNetworkPolicies,
  KnownAgentPoolMode,
  KnownAgentPoolSSHAccess,
  KnownAgentPoolType,
  KnownArtifactSource,
  KnownBackendPoolType,
  KnownCode,
  KnownConnectionStatus,
  KnownContainerNetworkLogs,
  KnownCreatedByType,
  KnownDeletePolicy,
  KnownDranetMode,
  KnownExpander,
  KnownExtendedLocationTypes,
  KnownFormat,
  KnownGPUDriver,
  KnownGPUInstanceProfile,
  KnownGatewayAPIIstioEnabled,
  KnownIdentityBindingProvisioningState,
  KnownIpFamily,
  KnownIstioIngressGatewayMode,
  KnownKeyVaultNetworkAccessTypes,
  KnownKubeletDiskType,
  KnownKubernetesSupportPlan,
  KnownLicenseType,
  KnownLoadBalancerSku,
  KnownLocalDNSForwardDestination,
  KnownLocalDNSForwardPolicy,
  KnownLocalDNSMode,
  KnownLocalDNSProtocol,
  KnownLocalDNSQueryLogging,
  KnownLocalDNSServeStale,
  KnownLocalDNSState,
  KnownManagedClusterNATGatewaySku,
  KnownManagedClusterPodIdentityProvisioningState,
  KnownManagedClusterSKUName,
  KnownManagedClusterSKUTier,
  KnownManagedGatewayType,
  KnownNamespaceProvisioningState,
  KnownNetworkDataplane,
  KnownNetworkMode,
  KnownNetworkPlugin,
  KnownNetworkPluginMode,
  KnownNetworkPolicy,
  KnownNginxIngressControllerType,
  KnownNodeOSUpgradeChannel,
  KnownNodeProvisioningDefaultNodePools,
  KnownNodeProvisioningMode,
  KnownOSDiskType,
  KnownOSType,
  KnownOssku,
  KnownOutboundType,
  KnownPodIPAllocationMode,
  KnownPolicyRule,
  KnownPrivateEndpointConnectionProvisioningState,
  KnownProtocol,
  KnownProxyRedirectionMechanism,
  KnownPublicNetworkAccess,
  KnownResourceIdentityType,
  KnownRestrictionLevel,
  KnownScaleDownMode,
  KnownScaleSetEvictionPolicy,
  KnownScaleSetPriority,
  KnownSchedulerConfigMode,
  KnownServiceMeshMode,
  KnownSnapshotType,
  KnownTransitEncryptionType,
  KnownTrustedAccessRoleBindingProvisioningState,
  KnownType,
  KnownUndrainableNodeBehavior,
  KnownUpgradeChannel,
  KnownVersions,
  KnownWeekDay,
  KnownWorkloadRuntime,
  RestError,
  isRestError,
  restorePoller
};
