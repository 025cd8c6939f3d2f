/**
 * Azure SQL Database by sku_name: DTU SKUs (S0, S1) by the hour; vCore SKUs (GP_Gen5_2) by the hour
 * plus the SQL license per vCore and General Purpose storage.
 */
import { booleanAt, numberAt, stringAt } from "../attributes.js";
import { fixedComponent, unknownComponent } from "../components.js";
import { escapeRegExp, findManaged, type Estimator } from "../estimator.js";
import { HOURS_PER_MONTH, type CostComponent } from "../model.js";

const VCORE_SKU = /^(GP|BC|HS)_(?:S_)?Gen5_(\d+)$/;
/** Standard DTU databases include 250 GB; more is billed as extra storage. */
const DTU_INCLUDED_GB = 250;

export const azureSqlEstimators: Record<string, Estimator> = {
  azurerm_mssql_database: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const sku = stringAt(attrs, "sku_name");
      if (sku === undefined)
        return [unknownComponent("Compute", "hour", "sku_name is not set", HOURS_PER_MONTH)];
      const sql = (matches: (component: string, resourceType: string) => boolean, what: string) =>
        findManaged(ctx, "azure", "sql_database", (p) => matches(p.component, p.resourceType), what);
      const computeName = new RegExp(`^Compute \\((?:provisioned, )?${escapeRegExp(sku)}[,)]`);
      const zoneRedundant = booleanAt(attrs, "zone_redundant") === true;
      const maxSize = numberAt(attrs, "max_size_gb");
      const components: CostComponent[] = [];
      const vcore = VCORE_SKU.exec(sku);

      if (zoneRedundant) {
        components.push(
          unknownComponent(
            `Compute (${sku}, zone redundant)`,
            "hour",
            "zone-redundant prices are not in the price data",
          ),
        );
      } else {
        components.push(
          fixedComponent(
            `Compute (${sku})`,
            "hour",
            sql((c) => computeName.test(c), `Azure SQL ${sku}`),
            HOURS_PER_MONTH,
          ),
        );
      }

      if (!vcore) {
        if (maxSize !== undefined && maxSize > DTU_INCLUDED_GB) {
          components.push(
            unknownComponent(
              `Extra storage (${maxSize - DTU_INCLUDED_GB} GB)`,
              "GB-month",
              "extra DTU storage prices are not in the price data",
            ),
          );
        }
        return components;
      }

      const vcores = Number(vcore[2]);
      if (stringAt(attrs, "license_type") !== "BasePrice") {
        components.push(
          fixedComponent(
            `SQL license (${vcores} vCores)`,
            "vCore-hour",
            sql((c) => c === "SQL license", "SQL license"),
            vcores * HOURS_PER_MONTH,
          ),
        );
      }
      const storageName = vcore[1] === "GP" ? "Storage (General Purpose, LRS)" : `Storage (${vcore[1]})`;
      if (maxSize === undefined) {
        components.push(unknownComponent(storageName, "GB-month", "max_size_gb is not set"));
      } else if (vcore[1] !== "GP") {
        components.push(
          unknownComponent(
            storageName,
            "GB-month",
            `${storageName} prices are not in the price data`,
            maxSize,
          ),
        );
      } else {
        components.push(
          fixedComponent(
            storageName,
            "GB-month",
            sql((c) => c === storageName, "General Purpose storage"),
            maxSize,
          ),
        );
      }
      return components;
    },
  },
};
