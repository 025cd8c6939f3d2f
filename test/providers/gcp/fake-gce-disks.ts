/**
 * Persistent disks in the fake GCE, as the Compute REST reference describes them: an inserted disk
 * reports its zone and type as URLs, `sizeGb` as a string (the image's size when only an image is
 * given), the image a family resolved to, a label fingerprint and READY. `resize` only grows a disk;
 * `setLabels` needs the current fingerprint (412 conditionNotMet otherwise).
 */
import type { Body, Reply } from "./fake-gce.js";

const URL_BASE = "https://www.googleapis.com/compute/v1/";
/** What an image family resolves to; the fake's images are all 10 GB. */
const IMAGE_SIZE_GB = 10;
/** GCE's size for a blank disk with no size given. */
const BLANK_SIZE_GB = 500;

let fingerprints = 0;

/** The fields GCE adds to an inserted disk. */
export function storedDisk(where: string, body: Body): Body {
  const image = body["sourceImage"] as string | undefined;
  const type = String(body["type"] ?? `${where}/diskTypes/pd-standard`)
    .split("/")
    .pop();
  return {
    kind: "compute#disk",
    status: "READY",
    sizeGb: String(body["sizeGb"] ?? (image ? IMAGE_SIZE_GB : BLANK_SIZE_GB)),
    type: URL_BASE + `projects/demo/${where}/diskTypes/${type}`,
    labels: { ...((body["labels"] as Record<string, string> | undefined) ?? {}) },
    labelFingerprint: `fp-${++fingerprints}`,
    ...(image && {
      // A family names its newest image; GCE reports the image itself.
      sourceImage:
        URL_BASE +
        image
          .replace(/\/family\/([^/]+)$/, "/images/$1-v20240110")
          .replace(/^(?!projects\/)/, "projects/demo/"),
    }),
  };
}

/**
 * `disks/<name>/resize` and `disks/<name>/setLabels` on a stored disk: undefined when `path` is
 * neither, [200] when applied, or GCE's error reply.
 */
export function diskAction(
  stored: Map<string, Body>,
  path: string,
  body: Body | undefined,
): Reply | undefined {
  const m = /^(projects\/demo\/zones\/[^/]+\/disks\/[^/]+)\/(resize|setLabels)$/.exec(path);
  if (!m) return undefined;
  const disk = stored.get(m[1]!);
  if (!disk) return [404, { error: { code: 404, message: `The resource '${m[1]}' was not found` } }];
  if (m[2] === "resize") {
    const size = Number(body?.["sizeGb"]);
    if (!(size > Number(disk["sizeGb"]))) {
      return [
        400,
        { error: { code: 400, message: "Requested disk size cannot be smaller than the current disk size" } },
      ];
    }
    disk["sizeGb"] = String(size);
    return [200, {}];
  }
  if (body?.["labelFingerprint"] !== disk["labelFingerprint"]) {
    return [
      412,
      { error: { code: 412, message: "Labels fingerprint either invalid or resource labels have changed" } },
    ];
  }
  disk["labels"] = { ...((body?.["labels"] as Record<string, string> | undefined) ?? {}) };
  disk["labelFingerprint"] = `fp-${++fingerprints}`;
  return [200, {}];
}
