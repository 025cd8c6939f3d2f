/** Terraform-style confirmation: only the word "yes" goes ahead. */
import { createInterface } from "node:readline/promises";
export async function confirm(question, output) {
    const rl = createInterface({ input: process.stdin, output });
    try {
        return (await rl.question(question)).trim() === "yes";
    }
    finally {
        rl.close();
    }
}
