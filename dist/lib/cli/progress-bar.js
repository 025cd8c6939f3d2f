const WIDTH = 24;
export function fetchProgress(stderr, out, now = Date.now) {
    if (!stderr.isTTY) {
        return {
            onProgress: (e) => {
                if (e.kind === "step")
                    out.progress(`Fetching ${e.label}: ${e.url}`);
            },
            finish: () => undefined,
        };
    }
    let open = false;
    let last = 0;
    const draw = (text) => {
        stderr.write(`\r\x1b[2K${text}`);
        open = true;
    };
    const end = () => {
        if (open)
            stderr.write("\n");
        open = false;
    };
    return {
        onProgress: (e) => {
            if (e.kind === "step") {
                end();
                draw(`${e.label} ...`);
            }
            else if (e.kind === "bytes") {
                if (now() - last < 100)
                    return;
                last = now();
                draw(`${e.label} ${bar(e.received, e.total)}`);
            }
            else {
                draw(`${e.label} ${bar(e.received, e.received)} done`);
                end();
            }
        },
        finish: end,
    };
}
function bar(received, total) {
    const mb = (n) => (n / 1_048_576).toFixed(1);
    if (!total)
        return `${mb(received)} MB`;
    const f = Math.min(1, received / total);
    const filled = Math.round(f * WIDTH);
    return `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${Math.round(f * 100)}% ${mb(received)}/${mb(total)} MB`;
}
