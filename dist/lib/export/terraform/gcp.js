/** Terraform mappings of the GCP types (hashicorp/google 6.x): flattened blocks nest again. */
import { take } from "./model.js";
const labels = (body, tags) => {
    if (Object.keys(tags).length > 0)
        body["labels"] = tags;
};
/** An empty list of a nested block type says nothing in Terraform; drop it. */
function dropEmpty(body, keys) {
    for (const k of keys)
        if (Array.isArray(body[k]) && body[k].length === 0)
            delete body[k];
    return body;
}
export const gcpTerraform = {
    google_compute_network: { nameArgument: "name" },
    google_compute_subnetwork: { nameArgument: "name" },
    google_compute_firewall: { nameArgument: "name", shape: (b) => dropEmpty(b, ["allow", "deny"]) },
    google_compute_instance: {
        nameArgument: "name",
        tags: labels,
        shape: (b) => {
            const boot = (take(b, ["boot_disk"])["boot_disk"] ?? {});
            const nic = take(b, ["network", "subnetwork", "external_ip"]);
            const tags = take(b, ["network_tags"])["network_tags"];
            return {
                ...b,
                boot_disk: { initialize_params: boot },
                network_interface: {
                    ...(nic["network"] !== undefined && { network: nic["network"] }),
                    ...(nic["subnetwork"] !== undefined && { subnetwork: nic["subnetwork"] }),
                    // An empty access_config block asks for an ephemeral external IP.
                    ...(nic["external_ip"] === true && { access_config: [{}] }),
                },
                ...(Array.isArray(tags) && tags.length > 0 && { tags }),
            };
        },
    },
    google_compute_disk: { nameArgument: "name", tags: labels },
    google_container_cluster: {
        nameArgument: "name",
        tags: (b, t) => {
            if (Object.keys(t).length > 0)
                b["resource_labels"] = t;
        },
    },
    google_container_node_pool: {
        nameArgument: "name",
        tags: (b, t) => {
            const config = (b["node_config"] ?? {});
            if (Object.keys(t).length > 0)
                b["node_config"] = { ...config, resource_labels: t };
        },
        shape: (b) => ({
            ...b,
            node_config: take(b, ["machine_type", "disk_size_gb", "disk_type", "spot"]),
        }),
    },
    google_sql_database_instance: {
        nameArgument: "name",
        tags: (b, t) => {
            if (Object.keys(t).length > 0)
                b["settings"]["user_labels"] = t;
        },
        shape: (b) => {
            const s = take(b, ["tier", "availability_type", "disk_size", "disk_type"]);
            const ip = take(b, ["ipv4_enabled", "authorized_networks"]);
            return { ...b, settings: { ...s, ip_configuration: ip } };
        },
    },
    google_cloudfunctions_function: { nameArgument: "name", tags: labels },
};
