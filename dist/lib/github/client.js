/**
 * The GitHub operations Plagentic needs, as a small port. The App (Probot's Octokit) and the
 * Action (@actions/github's Octokit) both adapt to it with `octokitClient`, so every handler is
 * plain code that neither face owns, and tests can use a local fake GitHub.
 */
export {};
