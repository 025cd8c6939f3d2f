# Plagentic: the CLI and the GitHub App in one image (docs/docker.md).
#
#   docker build -t plagentic .
#   docker run --rm -v ./config.yaml:/app/config.yaml -v ./teams:/app/teams plagentic \
#     plagentic run infrastructure-team -t "Provision staging environment"
#   docker run -p 3000:3000 -e APP_ID -e PRIVATE_KEY -e WEBHOOK_SECRET plagentic serve
#
# CI has no Docker engine: scripts/image-replay.sh replays the runtime stage's COPY and RUN steps
# in a scratch directory, and test/deploy/dockerfile.test.ts checks what the stage must hold. Keep
# the runtime stage's COPY lines in the `COPY --from=build /src/<path> ./<path>` form they read.

# --- build: compile, then keep only the production dependencies -----------------------------
FROM node:24-bookworm-slim AS build
# better-sqlite3 is native; node-gyp builds it when no prebuilt binary fits.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# --- runtime: the package as npm would install it, plus the roadmap's defaults ---------------
FROM node:24-bookworm-slim AS runtime
ARG VERSION=0.1.0
LABEL org.opencontainers.image.title="plagentic" \
  org.opencontainers.image.description="Plan, price and policy-check infrastructure specs, then apply exactly the approved plan. CLI and GitHub App." \
  org.opencontainers.image.source="https://github.com/plagentic/plagentic" \
  org.opencontainers.image.licenses="MIT" \
  org.opencontainers.image.version="${VERSION}"
ENV NODE_ENV=production \
  PLAGENTIC_DATA_DIR=/app/.plagentic \
  PORT=3000
WORKDIR /app
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/bin ./bin
COPY --from=build /src/dist/lib ./dist/lib
COPY --from=build /src/data ./data
COPY --from=build /src/teams ./teams
# Defaults for a run with only config.yaml and teams/ mounted: the bundled environment specs and
# configuration, both replaceable by a mount.
COPY --from=build /src/environments ./environments
COPY --from=build /src/config.yaml ./config.yaml
# The sandbox cloud, the App's delivery log and each repository's state live here; everything
# else stays as root built it, read-only to the process.
RUN mkdir -p /app/.plagentic && chown node:node /app/.plagentic \
  && ln -s /app/bin/plagentic.js /usr/local/bin/plagentic
USER node
EXPOSE 3000
# No curl in a slim image: Node's own fetch asks the App's /healthz on $PORT.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["plagentic"]
CMD ["--help"]
